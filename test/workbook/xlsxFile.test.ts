// What the xlsx adapter puts in the file itself, beyond what the port reads back: links as places in
// the workbook, rules that follow a table that grows and shrinks, number formats of single cells.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { attributes, decodeEntities } from '../../src/ooxml/opc';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

/** The XML of a sheet and of its relationships (empty when it has none), found by sheet name. */
async function sheetParts(bytes: Uint8Array, sheet: string): Promise<{ xml: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await text('xl/workbook.xml');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(await text('xl/_rels/workbook.xml.rels'))?.[1];
  if (!target) throw new Error(`no sheet ${sheet} in the file`);
  const file = `xl/${target.replace(/^\/?xl\//, '')}`;
  return { xml: await text(file), rels: await text(file.replace(/([^/]+)$/, '_rels/$1.rels')) };
}

async function saved(edits: Edit[][]): Promise<Uint8Array> {
  let wb = XlsxWorkbook.create();
  for (const list of edits) {
    await wb.apply(list);
    wb = await XlsxWorkbook.load(await wb.save());
  }
  return wb.save();
}

const controle: Edit[] = [
  { kind: 'addSheet', sheet: "Thema's" },
  { kind: 'addSheet', sheet: 'Controle' },
  {
    kind: 'addTable', sheet: 'Controle', table: 'tblControle', at: 'A1', columns: ['Cel', 'Melding'],
    rows: [[{ text: "Thema's!B2", link: "'Thema''s'!B2" }, 'fout'], [{ text: 'Controle!A1', link: 'Controle!$A$1' }, 'let op']],
  },
];

describe('xlsx file: links', () => {
  const dir = useTempDir();

  test('a link is an internal hyperlink with a location and no relationship to a file', async () => {
    const { xml, rels } = await sheetParts(await saved([controle]), 'Controle');
    const links = [...xml.matchAll(/<hyperlink\b[^>]*>/g)].map((m) => Object.fromEntries(Object.entries(attributes(m[0])).map(([name, value]) => [name, decodeEntities(value)])));
    // Excel takes a place with or without `$`; the quoted sheet name keeps its doubled quote.
    expect(links).toEqual([
      expect.objectContaining({ ref: 'A2', location: "'Thema''s'!B2" }),
      expect.objectContaining({ ref: 'A3', location: expect.stringMatching(/^Controle!\$?A\$?1$/) }),
    ]);
    expect(links.filter((link) => 'r:id' in link)).toEqual([]);
    expect(rels).not.toContain('relationships/hyperlink');
  });

  test('a load and save keeps the links, which have only a location', async () => {
    const bytes = await saved([controle, [{ kind: 'writeRange', sheet: 'Controle', at: 'E1', values: [['iets anders']] }]]);
    const { xml } = await sheetParts(bytes, 'Controle');
    expect(xml.match(/<hyperlink /g)).toHaveLength(2);
  });

  test('replaceRows takes the links of rows that now hold plain values, and of the rows the table leaves', async () => {
    const bytes = await saved([controle, [{ kind: 'replaceRows', table: 'tblControle', rows: [['geen link', 'fout']] }]]);
    const { xml } = await sheetParts(bytes, 'Controle');
    expect(xml).not.toContain('<hyperlink');
  });

  test('LibreOffice opens the link as a place in the workbook', async () => {
    const file = path.join(dir(), 'links.xlsx');
    writeFileSync(file, await saved([controle]));
    const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), 'html')), 'utf8');
    expect(html).toMatch(/<a href="#'Thema''s'[.!]B2">Thema's!B2<\/a>/);
    expect(html).toMatch(/<a href="#Controle[.!]A1">Controle!A1<\/a>/);
  });
});

describe('xlsx file: rules of a table that grows and shrinks', () => {
  const people = (count: number) => Array.from({ length: count }, (_, i) => [`P${i}`, i]);
  const setUp: Edit[] = [
    { kind: 'addSheet', sheet: 'Mensen' },
    { kind: 'addTable', sheet: 'Mensen', table: 'tblMensen', at: 'A1', columns: ['ID', 'Leeftijd'], rows: people(2) },
    { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'whole', min: 0, max: 130 } } },
    { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats: [{ formula: 'B2>100', fill: '#FFC7CE' }] },
  ];

  // A single cell may be written as `B2` or `B2:B2`.
  test.each([
    [5, /^B2:B6$/],
    [1, /^B2(:B2)?$/],
    [0, /^B2(:B2)?$/],
  ])('replaceRows to %i rows: validation and format cover exactly the data rows', async (count, covered) => {
    const bytes = await saved([setUp, [{ kind: 'replaceRows', table: 'tblMensen', rows: people(5) }], [{ kind: 'replaceRows', table: 'tblMensen', rows: people(count) }]]);
    const { xml } = await sheetParts(bytes, 'Mensen');
    const refs = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]);
    expect(refs(/<dataValidation [^>]*sqref="([^"]+)"/g)).toEqual([expect.stringMatching(covered)]);
    expect(refs(/<conditionalFormatting sqref="([^"]+)"/g)).toEqual([expect.stringMatching(covered)]);
  });
});

test('a cell that changes style leaves the cells that shared its style in the loaded file alone', async () => {
  const link = (n: number) => [{ text: `P${n}`, link: 'Data!A1' }];
  let wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Data' },
    { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Cel'], rows: [link(1), link(2), link(3)] },
  ]);
  wb = await XlsxWorkbook.load(await wb.save()); // A2:A4 now share one style (one cellXfs index) in the file
  await wb.apply([{ kind: 'updateCells', table: 'tblData', cells: [{ row: 0, column: 'Cel', value: new Date(Date.UTC(2024, 5, 1)) }] }]);
  const { xml } = await sheetParts(await wb.save(), 'Data');
  const style = (cell: string) => new RegExp(`<c r="${cell}"(?: s="(\\d+)")?`).exec(xml)?.[1];
  expect(style('A2')).not.toBe(style('A3'));
  expect(style('A3')).toBe(style('A4'));
  expect(xml.match(/<hyperlink /g)).toHaveLength(2);
});

describe('xlsx file: update forms', () => {
  const dir = useTempDir();
  const ownerRule = 'IF($C2="",ISNUMBER(B2),ISNUMBER(FIND(";"&UPPER(B2)&";",";"&UPPER($C2)&";")))';
  const validation = { rule: { type: 'custom' as const, formula: ownerRule }, error: { title: 'Onbekende code', message: 'Kies een code uit kolom C.', style: 'stop' as const } };
  const form = (rows: number): Edit[] => [
    { kind: 'addSheet', sheet: 'Uitleg' },
    { kind: 'addSheet', sheet: 'Lijsten', visibility: 'hidden' },
    { kind: 'addSheet', sheet: 'Update' },
    { kind: 'addTable', sheet: 'Update', table: 'tblUpdate', at: 'A1', columns: ['ID', 'Eigenaar', 'Codes'], rows: Array.from({ length: rows }, (_, i) => [`P${i}`, null, 'AB;CD']) },
    { kind: 'setValidation', table: 'tblUpdate', column: 'Eigenaar', validation },
    { kind: 'setSheetLayout', sheet: 'Update', hidden: ['C'] },
    { kind: 'protectSheet', sheet: 'Update', unlocked: [`B2:B${rows + 1}`] },
  ];

  test('LibreOffice opens a custom validation and keeps it, with the sheet protection and the hidden column', async () => {
    const file = path.join(dir(), 'form.xlsx');
    writeFileSync(file, await saved([form(30)]));
    const bytes = readFileSync(await sofficeConvert(file, 'xlsx', path.join(dir(), 'calc')));
    const [rules] = await (await XlsxWorkbook.load(bytes)).readColumnRules('tblUpdate', ['Eigenaar']);
    expect(rules.validation).toEqual(validation);
    const { xml } = await sheetParts(bytes, 'Update');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    expect(xml).toMatch(/<sheetProtection [^>]*formatColumns="(0|false)"/);
    expect(xml).toMatch(/<col [^>]*hidden="(1|true)"[^>]*max="3" min="3"|<col [^>]*min="3" max="3"[^>]*hidden="(1|true)"/);
  });

  test('a load and save keeps a validation one range from the first data row, so a relative formula stays right', async () => {
    const bytes = await saved([form(40), [{ kind: 'writeRange', sheet: 'Uitleg', at: 'A1', values: [['Vul kolom B in.']] }]]);
    const { xml } = await sheetParts(bytes, 'Update');
    expect([...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(['B2:B41']);
  });

  test('select: the file opens on that sheet and cell, with only its tab selected', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([...form(3), { kind: 'setSheetLayout', sheet: 'Update', freezeRows: 1 }]);
    await wb.select('Uitleg', 'A1');
    await wb.select('Update', 'b3');
    const selectedTabs = async (bytes: Uint8Array) =>
      (await Promise.all(['Uitleg', 'Lijsten', 'Update'].map(async (sheet) => /tabSelected="1"/.test((await sheetParts(bytes, sheet)).xml)))).join();
    let bytes = await wb.save();
    expect(await selectedTabs(bytes)).toBe('false,false,true');
    // A load and save keeps the open tab and its selection.
    bytes = await (await XlsxWorkbook.load(bytes)).save();
    expect(await selectedTabs(bytes)).toBe('false,false,true');
    expect(await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')).toMatch(/<workbookView [^>]*activeTab="2"/);
    expect((await sheetParts(bytes, 'Update')).xml).toMatch(/<pane [^>]*state="frozen"[^>]*\/><selection [^>]*activeCell="B3"/);
  });

  test('select in a file saved open on another tab: that tab is no longer selected', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(form(3));
    // As Excel saves a file that was open on Uitleg, the first sheet.
    const zip = await JSZip.loadAsync(await wb.save());
    const first = 'xl/worksheets/sheet1.xml';
    zip.file(first, (await zip.file(first)!.async('string')).replace(/<sheetView /, '<sheetView tabSelected="1" '));
    const other = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    expect((await sheetParts(await other.save(), 'Uitleg')).xml).toMatch(/<sheetView [^>]*tabSelected="1"/);
    await other.select('Update', 'B2');
    const bytes = await other.save();
    const selected = await Promise.all(['Uitleg', 'Lijsten', 'Update'].map(async (sheet) => /tabSelected="(1|true)"/.test((await sheetParts(bytes, sheet)).xml)));
    expect(selected).toEqual([false, false, true]);
    expect(await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')).toMatch(/<workbookView [^>]*activeTab="2"/);
  });
});

test("rewriting a table's rows shows the rows a user's filter hid", async () => {
  let wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Controle' },
    { kind: 'addTable', sheet: 'Controle', table: 'tblControle', at: 'A1', columns: ['Cel', 'Melding'], rows: [['B2', 'fout'], ['B3', 'let op'], ['B4', 'fout']] },
  ]);
  // As Excel saves a filter on Melding that shows only "fout": its criteria, and row 3 hidden.
  const zip = await JSZip.loadAsync(await wb.save());
  const table = 'xl/tables/table1.xml';
  const filter = '<filterColumn colId="1" hiddenButton="0"><customFilters><customFilter operator="equal" val="fout"/></customFilters></filterColumn>';
  zip.file(table, (await zip.file(table)!.async('string')).replace(/<filterColumn colId="1"[^>]*\/>/, filter));
  const sheet = 'xl/worksheets/sheet1.xml';
  zip.file(sheet, (await zip.file(sheet)!.async('string')).replace(/<row r="3"/, '<row r="3" hidden="1"'));
  wb = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
  expect((await sheetParts(await wb.save(), 'Controle')).xml).toMatch(/<row r="3"[^>]* hidden="1"/);

  await wb.apply([{ kind: 'replaceRows', table: 'tblControle', rows: [['C2', 'let op'], ['C3', 'fout'], ['C4', 'let op']] }]);
  expect((await sheetParts(await wb.save(), 'Controle')).xml).not.toMatch(/hidden="1"/);
});
