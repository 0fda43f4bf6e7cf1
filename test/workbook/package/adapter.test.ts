// The xlsx adapter on packages made by hand where the contract suite's own files cannot show a
// case: parts as other writers leave them, edited between a save and the next load.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Edit } from '../../../src/workbook/port';
import { ZipPackage } from '../../../src/ooxml/zipPackage';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';

/** A new workbook with these edits, saved. */
async function made(edits: Edit[]): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply(edits);
  return wb.save();
}

/** The parts of a package as text, by name. */
const files = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const zipped = (parts: Record<string, string>): Uint8Array => zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));

/** The package with `change` made to its parts' texts. */
function edited(bytes: Uint8Array, change: (parts: Record<string, string>) => void): Uint8Array {
  const parts = files(bytes);
  change(parts);
  return zipped(parts);
}

const DATA: Edit[] = [
  { kind: 'addSheet', sheet: 'Data' },
  { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Code', 'Naam'], rows: [['A', 'Een']] },
];

describe('sheets added to a loaded workbook', () => {
  // The workbook part of registries from earlier releases has no <bookViews>: the open tab moved
  // (a sheet went before it) and the sheets changed, and the part came back with its old <sheets>
  // behind the new ones, so the next load saw the old list: WorkbookPart.toXml put the bookViews it
  // added after the new <sheets> and then wrote the old one again.
  test('come back after save and load, with their tables, in a workbook part without bookViews', async () => {
    const old = edited(await made(DATA), (f) => {
      f['xl/workbook.xml'] = f['xl/workbook.xml'].replace(/<bookViews>[\s\S]*?<\/bookViews>/, '');
    });
    const wb = await XlsxWorkbook.load(old);
    await wb.apply([
      { kind: 'addSheet', sheet: 'Start', position: 0 },
      { kind: 'addSheet', sheet: 'Opvolging' },
      { kind: 'addTable', sheet: 'Opvolging', table: 'tblOpvolging', at: 'A1', columns: ['Wat'], rows: [['x']] },
    ]);
    const again = await XlsxWorkbook.load(await wb.save());
    const info = await again.info();
    expect(info.sheets.map((s) => s.name)).toEqual(['Start', 'Data', 'Opvolging']);
    expect(info.tables.map((t) => [t.name, t.sheet])).toEqual([
      ['tblData', 'Data'],
      ['tblOpvolging', 'Opvolging'],
    ]);
    expect(files(await again.save())['xl/workbook.xml'].match(/<sheets\b/g)).toHaveLength(1);
  });
});

/** The parts of a sheet's relationships, by type (the last segment). */
function related(f: Record<string, string>, sheetPart: string): Record<string, string> {
  const rels = f[sheetPart.replace(/([^/]+)$/, '_rels/$1.rels')] ?? '';
  return Object.fromEntries([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Type="[^"]*\/([^"/]+)"/.exec(m[0])![1], /Target="([^"]+)"/.exec(m[0])![1]]));
}

describe('notes in a drawing that also holds a form control', () => {
  const CHECKBOX =
    '<v:shape id="_x0000_s1100" type="#_x0000_t201" style="position:absolute;margin-left:200pt;margin-top:20pt;width:80pt;height:15pt;z-index:9" filled="f" stroked="f"><v:textbox><div>Akkoord</div></v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>4, 0, 1, 0, 5, 0, 2, 0</x:Anchor><x:Checked>1</x:Checked></x:ClientData></v:shape>';
  const SHEET = 'xl/worksheets/sheet1.xml';

  async function withCheckbox(): Promise<Uint8Array> {
    const bytes = await made([...DATA, { kind: 'setNote', sheet: 'Data', cell: 'B2', text: 'eerste' }]);
    return edited(bytes, (f) => {
      const vml = `xl/${related(f, SHEET).vmlDrawing.replace(/^\.\.\//, '')}`;
      f[vml] = f[vml].replace('</xml>', `${CHECKBOX}</xml>`);
    });
  }

  test('keeps the control when a note is added: only the note shapes are made again', async () => {
    const wb = await XlsxWorkbook.load(await withCheckbox());
    await wb.apply([{ kind: 'setNote', sheet: 'Data', cell: 'A2', text: 'tweede' }]);
    const f = files(await wb.save());
    const vml = f[`xl/${related(f, SHEET).vmlDrawing.replace(/^\.\.\//, '')}`];
    expect(vml).toContain(CHECKBOX);
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(2);
    expect(vml).not.toContain('id="_x0000_s1100" type="#_x0000_t202"');
    expect(await (await XlsxWorkbook.load(zipped(f))).readNotes('Data', ['A2', 'B2'])).toEqual(['tweede', 'eerste']);
  });

  test('keeps the drawing with the control and its <legacyDrawing> when the last note goes; the comments part goes', async () => {
    const wb = await XlsxWorkbook.load(await withCheckbox());
    await wb.apply([{ kind: 'setNote', sheet: 'Data', cell: 'B2', text: null }]);
    const f = files(await wb.save());
    const rels = related(f, SHEET);
    expect(rels.comments).toBeUndefined();
    expect(Object.keys(f).filter((name) => /comments/i.test(name))).toEqual([]);
    const vml = f[`xl/${rels.vmlDrawing.replace(/^\.\.\//, '')}`];
    expect(vml).toContain(CHECKBOX);
    expect(vml).not.toContain('ObjectType="Note"');
    expect(f[SHEET]).toMatch(/<legacyDrawing [^>]*r:id="rId\d+"/);
  });

  test('a drawing of notes alone goes with the last note, with its relationship and <legacyDrawing>', async () => {
    const wb = await XlsxWorkbook.load(await made([...DATA, { kind: 'setNote', sheet: 'Data', cell: 'B2', text: 'eerste' }]));
    await wb.apply([{ kind: 'setNote', sheet: 'Data', cell: 'B2', text: null }]);
    const f = files(await wb.save());
    expect(related(f, SHEET)).not.toHaveProperty('vmlDrawing');
    expect(Object.keys(f).filter((name) => /comments|vml/i.test(name))).toEqual([]);
    expect(f[SHEET]).not.toContain('legacyDrawing');
  });
});

describe('links to web pages on cells the adapter writes', () => {
  const SHEET = 'xl/worksheets/sheet1.xml';
  const RELS = 'xl/worksheets/_rels/sheet1.xml.rels';
  const external = (id: string, url: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}" TargetMode="External"/>`;

  test('a value written over a linked cell takes the link and its relationship away; other links stay', async () => {
    const bytes = edited(await made(DATA), (f) => {
      f[SHEET] = f[SHEET].replace('<pageMargins', '<hyperlinks><hyperlink ref="B2" r:id="rId8"/><hyperlink ref="D5" r:id="rId9" tooltip="blijft"/></hyperlinks><pageMargins');
      f[RELS] = f[RELS].replace('</Relationships>', `${external('rId8', 'https://example.org/weg')}${external('rId9', 'https://example.org/blijft')}</Relationships>`);
    });
    const wb = await XlsxWorkbook.load(bytes);
    await wb.apply([{ kind: 'updateCells', table: 'tblData', cells: [{ row: 0, column: 'Naam', value: 'Twee' }] }]);
    const f = files(await wb.save());
    expect(f[SHEET]).not.toContain('rId8');
    expect(f[SHEET]).toContain('<hyperlink ref="D5" r:id="rId9" tooltip="blijft"/>');
    expect(f[RELS]).not.toContain('example.org/weg');
    expect(f[RELS]).toContain(external('rId9', 'https://example.org/blijft'));
    expect(await (await XlsxWorkbook.load(zipped(f))).readRange('Data', 'B2')).toEqual([['Twee']]);
  });
});

describe('a file it cannot read gets a Dutch refusal, never the English of the parsers below the port', () => {
  const SHEET = 'xl/worksheets/sheet1.xml';

  /** The package stored (not deflated), with `change` made to the central-directory entry of `part`. */
  function patched(parts: Record<string, string>, part: string, change: (view: DataView, at: number) => void): Uint8Array {
    const bytes = zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { level: 0 });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const name = strFromU8(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
      if (name === part) change(view, at);
    }
    return bytes;
  }

  /** The refusal's rule and message, as the user gets them. */
  async function refusal(run: () => Promise<unknown>): Promise<{ rule: string; message: string }> {
    try {
      await run();
    } catch (e) {
      const { problem, message } = e as { problem?: { rule: string }; message: string };
      return { rule: problem?.rule ?? 'none', message };
    }
    throw new Error('not refused');
  }

  test('a part with a password in the zip: the workbook is protected', async () => {
    const bytes = patched(files(await made(DATA)), SHEET, (view, at) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true));
    expect(await refusal(() => XlsxWorkbook.load(bytes))).toMatchObject({ rule: 'werkmap.beveiligd', message: expect.stringMatching(/beveiligd met een wachtwoord/) });
  });

  test('a part compressed another way than deflate: a part Beleidsregister cannot read', async () => {
    const bytes = patched(files(await made(DATA)), SHEET, (view, at) => view.setUint16(at + 10, 12, true)); // bzip2
    expect(await refusal(() => XlsxWorkbook.load(bytes))).toMatchObject({ rule: 'werkmap.onderdeel-onleesbaar' });
  });

  test('a sheet that does not inflate: the file is damaged, said when the sheet is first read', async () => {
    const bytes = patched(files(await made(DATA)), SHEET, (view, at) => view.setUint16(at + 10, 8, true)); // stored text read as deflated
    const wb = await XlsxWorkbook.load(bytes);
    expect(await refusal(() => wb.readTables(['tblData']))).toMatchObject({ rule: 'werkmap.onleesbaar', message: expect.stringMatching(/beschadigd/) });
  });

  test.each([
    ['that ends inside its cells', (xml: string) => xml.slice(0, xml.indexOf('</sheetData>'))],
    ['without a root element', () => '<?xml version="1.0"?>'],
  ])('a sheet %s: a part Beleidsregister cannot read', async (_, cut) => {
    const wb = await XlsxWorkbook.load(edited(await made(DATA), (f) => (f[SHEET] = cut(f[SHEET]))));
    const read = await refusal(() => wb.readRange('Data', 'A1:B2'));
    expect(read).toMatchObject({ rule: 'werkmap.onderdeel-onleesbaar' });
    // It names the part, never the parser's words.
    expect(read.message).toContain('onderdeel (xl/worksheets/sheet1.xml) dat');
    expect(read.message).not.toMatch(/root|ends inside|sheetData/);
    expect(await refusal(() => wb.apply([{ kind: 'appendRows', table: 'tblData', rows: [['B', 'Twee']] }]))).toMatchObject({ rule: 'werkmap.onderdeel-onleesbaar' });
  });

  test('a table without an extent is refused when the file is opened', async () => {
    const bytes = edited(await made(DATA), (f) => (f['xl/tables/table1.xml'] = f['xl/tables/table1.xml'].replace(/ ref="[^"]*"/, ' ref=""')));
    expect(await refusal(() => XlsxWorkbook.load(bytes))).toMatchObject({ rule: 'werkmap.onderdeel-onleesbaar' });
  });
});

test('a sheet is read from its inflated slices, never inflated whole into one buffer', async () => {
  const bytes = await made([...DATA, { kind: 'addSheet', sheet: 'Vast' }, { kind: 'protectSheet', sheet: 'Vast', unlocked: [] }, { kind: 'addSheet', sheet: 'Open' }]);
  const wb = await XlsxWorkbook.load(bytes);
  const whole = jest.spyOn(ZipPackage.prototype, 'bytes');
  const sliced = jest.spyOn(ZipPackage.prototype, 'chunks');
  try {
    // Protection and the selected tab are found in sheets not parsed yet, the cells in the one read.
    expect((await wb.info()).sheets.map((s) => [s.name, s.protected])).toEqual([
      ['Data', false],
      ['Vast', true],
      ['Open', false],
    ]);
    await wb.select('Open', 'B2');
    expect(await wb.readRange('Data', 'A2:B2')).toEqual([['A', 'Een']]);
    expect(whole.mock.calls.filter(([part]) => part.includes('worksheets/'))).toEqual([]);
    expect(new Set(sliced.mock.calls.map(([part]) => part))).toEqual(new Set(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']));
  } finally {
    whole.mockRestore();
    sliced.mockRestore();
  }
  const again = await XlsxWorkbook.load(await wb.save());
  expect((await again.info()).sheets.map((s) => s.protected)).toEqual([false, true, false]);
});

// Issue 17's review: what other writers leave in a sheet, and saves that fail.
describe('links as Excel writes them', () => {
  const SHEET = 'xl/worksheets/sheet1.xml';
  /** tblData with two rows, an internal link in A2 and row 3 hidden by a filter; `ref` is the link's ref as patched. */
  async function linked(ref: string): Promise<Uint8Array> {
    const bytes = await made([...DATA, { kind: 'appendRows', table: 'tblData', rows: [['B', 'Twee']] }, { kind: 'updateCells', table: 'tblData', cells: [{ row: 0, column: 'Code', value: { text: 'A', link: 'Data!B5' } }] }]);
    return edited(bytes, (f) => {
      f[SHEET] = f[SHEET].replace(/(<hyperlink [^>]*ref=")A2"/, `$1${ref}"`).replace(/<row r="3"/, '<row r="3" hidden="1"');
    });
  }

  test('a link over a range (A2:B2) does not stop replaceRows halfway: the rows are replaced, the link goes, no row stays hidden', async () => {
    const source = await linked('A2:B2');
    expect(files(source)[SHEET]).toContain('ref="A2:B2"');
    const wb = await XlsxWorkbook.load(source);
    await wb.apply([{ kind: 'replaceRows', table: 'tblData', rows: [['C', 'Drie']] }]);
    const f = files(await wb.save());
    expect(f[SHEET]).not.toContain('<hyperlink');
    expect(f[SHEET]).not.toMatch(/hidden="1"/);
    expect(await (await XlsxWorkbook.load(zipped(f))).readRange('Data', 'A2:B3')).toEqual([['C', 'Drie'], [null, null]]);
  });

  test('clearRange over part of a range link takes the link away', async () => {
    const wb = await XlsxWorkbook.load(await linked('A2:B2'));
    await wb.apply([{ kind: 'clearRange', sheet: 'Data', address: 'B2' }]);
    expect(files(await wb.save())[SHEET]).not.toContain('<hyperlink');
  });

  test.each(['$A$2', 'a2'])('a link written as %s is the link of A2: a plain value over it takes it away', async (ref) => {
    const wb = await XlsxWorkbook.load(await linked(ref));
    await wb.apply([{ kind: 'updateCells', table: 'tblData', cells: [{ row: 0, column: 'Code', value: 'X' }] }]);
    const f = files(await wb.save());
    expect(f[SHEET]).not.toContain('<hyperlink');
    expect(await (await XlsxWorkbook.load(zipped(f))).readRange('Data', 'A2')).toEqual([['X']]);
  });
});

test('hiding the sheet the file opens on selects the tab that opens now, and unselects the hidden one', async () => {
  const wb = await XlsxWorkbook.load(await made([...DATA, { kind: 'addSheet', sheet: 'Info' }]));
  await wb.select('Info', 'A1');
  await wb.apply([{ kind: 'setSheetVisibility', sheet: 'Info', visibility: 'hidden' }]);
  const f = files(await wb.save());
  expect(f['xl/worksheets/sheet2.xml']).not.toContain('tabSelected');
  expect(f['xl/worksheets/sheet1.xml']).toContain('tabSelected="1"');
  expect(f['xl/workbook.xml']).toMatch(/activeTab="0"|<workbookView(?![^>]*activeTab)/);
});

test("a table that grows keeps the attributes of another writer's validation on its column; only the sqref changes", async () => {
  const SHEET = 'xl/worksheets/sheet1.xml';
  const bytes = edited(await made([...DATA, { kind: 'setValidation', table: 'tblData', column: 'Code', validation: { rule: { type: 'decimal' } } }]), (f) => {
    f[SHEET] = f[SHEET].replace(/<dataValidation /, '<dataValidation xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{ABC}" showDropDown="1" ');
  });
  expect(files(bytes)[SHEET]).toContain('xr:uid="{ABC}"');
  const wb = await XlsxWorkbook.load(bytes);
  await wb.apply([{ kind: 'appendRows', table: 'tblData', rows: [['B', 'Twee']] }]);
  const xml = files(await wb.save())[SHEET];
  const validation = /<dataValidation [^>]*>/.exec(xml)![0];
  expect(validation).toContain('xr:uid="{ABC}"');
  expect(validation).toContain('showDropDown="1"');
  expect(validation).toContain('sqref="A2:A3"');
});

test('a new note drawing takes a block of shape ids no other drawing has', async () => {
  const first = await made([{ kind: 'addSheet', sheet: 'A' }, { kind: 'addSheet', sheet: 'B' }, { kind: 'setNote', sheet: 'B', cell: 'B2', text: 'b' }]);
  const wb = await XlsxWorkbook.load(first);
  await wb.apply([{ kind: 'addSheet', sheet: 'C', position: 0 }, { kind: 'setNote', sheet: 'A', cell: 'B2', text: 'a' }]);
  const f = files(await wb.save());
  const blocks = Object.keys(f).filter((name) => name.endsWith('.vml')).map((name) => /<o:idmap [^>]*data="([^"]*)"/.exec(f[name])![1]);
  expect(blocks).toHaveLength(2);
  expect(new Set(blocks).size).toBe(2);
});

test('a new drawing of more than 1023 notes claims every block its shape ids use', async () => {
  const edits: Edit[] = [{ kind: 'addSheet', sheet: 'A' }];
  for (let row = 1; row <= 1100; row++) edits.push({ kind: 'setNote', sheet: 'A', cell: `B${row}`, text: 'n' });
  const f = files(await made(edits));
  const vml = f[Object.keys(f).find((name) => name.endsWith('.vml'))!];
  expect(vml).toContain('data="1,2"');
  expect(vml).toContain('_x0000_s2124"'); // ids 1025 … 2124: the last lies in block 2
});

test('a save that fails keeps the changes, and the next save writes them', async () => {
  const wb = await XlsxWorkbook.load(await made(DATA));
  await wb.apply([
    { kind: 'setNote', sheet: 'Data', cell: 'B2', text: 'blijft' },
    { kind: 'appendRows', table: 'tblData', rows: [['B', 'Twee']] },
  ]);
  // The first part written (the notes') fails: nothing of the save may count as written.
  const write = jest.spyOn(ZipPackage.prototype, 'set').mockImplementationOnce(() => {
    throw new Error('schijf vol');
  });
  try {
    await expect(wb.save()).rejects.toThrow();
  } finally {
    write.mockRestore();
  }
  const again = await XlsxWorkbook.load(await wb.save());
  expect(await again.readNotes('Data', ['B2'])).toEqual(['blijft']);
  expect((await again.readTables(['tblData']))[0].rows).toEqual([
    ['A', 'Een'],
    ['B', 'Twee'],
  ]);
});

test('a validation range that cannot be read refuses appendRows before the first row is written', async () => {
  const SHEET = 'xl/worksheets/sheet1.xml';
  const bytes = edited(await made([...DATA, { kind: 'setValidation', table: 'tblData', column: 'Code', validation: { rule: { type: 'decimal' } } }]), (f) => {
    f[SHEET] = f[SHEET].replace(/sqref="A2"/, 'sqref="A2 ?9"');
  });
  expect(files(bytes)[SHEET]).toContain('sqref="A2 ?9"');
  const wb = await XlsxWorkbook.load(bytes);
  await expect(wb.apply([{ kind: 'appendRows', table: 'tblData', rows: [['B', 'Twee']] }])).rejects.toMatchObject({ problem: { rule: 'werkmap.onderdeel-onleesbaar' } });
  expect((await (await XlsxWorkbook.load(await wb.save())).readTables(['tblData']))[0].rows).toEqual([['A', 'Een']]);
});
