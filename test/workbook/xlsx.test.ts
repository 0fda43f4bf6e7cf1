// The port's contract on the package-level adapter (issue 17): every reopen() is a real save to
// .xlsx bytes and a fresh load, and what the port does not read back is read from the saved file
// by ExcelJS.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { parseRelationships, relsName, resolveTarget } from '../../src/ooxml/opc';
import { workbookContract, type WorkbookLook } from './contract';

/** The sheet protection as ExcelJS reads it from the file. */
interface SheetProtection {
  sheet?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
}

/** The XML of a sheet's part, found through the workbook's relationships (part names are not fixed). */
function sheetXml(files: Record<string, Uint8Array>, sheet: string): string {
  const workbook = strFromU8(files['xl/workbook.xml']);
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`)) ?? '';
  const id = /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = parseRelationships(strFromU8(files[relsName('xl/workbook.xml')])).find((r) => r.id === id);
  return rel ? strFromU8(files[resolveTarget('xl/workbook.xml', rel.target)]) : '';
}

/** Reads the saved file with ExcelJS itself, not through the adapter. */
async function lookInto(bytes: Uint8Array): Promise<WorkbookLook> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = (name: string) => file.worksheets.find((ws) => ws.name === name) as ExcelJS.Worksheet;
  return {
    locked: (name, cell) => sheet(name).getCell(cell).protection?.locked !== false,
    protection: (name) => {
      const p = (sheet(name) as unknown as { sheetProtection?: SheetProtection | null }).sheetProtection;
      if (!p?.sheet) return null;
      // In the file an allowed action is an attribute "0" (not protected); selecting is allowed unless "1".
      return {
        selectLocked: p.selectLockedCells !== false,
        selectUnlocked: p.selectUnlockedCells !== false,
        formatCells: p.formatCells === true,
        formatColumns: p.formatColumns === true,
        formatRows: p.formatRows === true,
      };
    },
    columnHidden: (name, column) => sheet(name).getColumn(column).hidden,
    // Every cell of the column written so far wraps, the last one added included.
    columnWraps: (name, column) => {
      const ws = sheet(name);
      const cells = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(`${column}${i + 1}`));
      return cells.every((c) => c.alignment?.wrapText === true);
    },
    selection: () => {
      const ws = file.worksheets[file.views[0]?.activeTab ?? 0];
      return { sheet: ws.name, cell: ws.views[0]?.activeCell ?? 'A1' };
    },
    printLayout: (name) => {
      const ws = sheet(name);
      const setup = ws.pageSetup;
      // Page breaks straight from the sheet's XML: ExcelJS does not read them.
      const xml = sheetXml(unzipSync(bytes), name);
      return {
        landscape: setup.orientation === 'landscape',
        a4: setup.paperSize === 9,
        fitsWidth: setup.fitToPage === true && setup.fitToWidth === 1,
        titleRows: setup.printTitlesRow?.replace(/\$/g, '') ?? null,
        header: (ws.headerFooter.oddHeader ?? '').replace(/^&C/, '').replace(/&&/g, '&'),
        breaksBefore: [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1),
      };
    },
  };
}

workbookContract('xlsx (package, saved and reloaded)', () => {
  let current: XlsxWorkbook;
  return {
    async open() {
      current = XlsxWorkbook.create();
      return current;
    },
    async reopen() {
      current = await XlsxWorkbook.load(await current.save());
      return current;
    },
    async look() {
      return lookInto(await current.save());
    },
  };
}, { charts: false, notes: true, printLayout: true });

/** Each entry's data as stored in the zip (still compressed), by part name: what "byte for byte" compares. */
function storedEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out = new Map<string, Uint8Array>();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, bytes.subarray(data, data + view.getUint32(at + 20, true)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** A package changed part by part, as another writer would have written it; deflated like Excel's. */
async function rewritten(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  change(files);
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]);
const edit = (files: Record<string, Uint8Array>, name: string, change: (xml: string) => string) => (files[name] = strToU8(change(text(files, name))));

/** Two sheets with a table each, saved by the adapter. */
async function twoSheets(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Eerste' },
    { kind: 'addTable', sheet: 'Eerste', table: 'tblEen', at: 'A1', columns: ['Naam', 'Getal'], rows: [['a', 1], ['b', 2]] },
    { kind: 'addSheet', sheet: 'Tweede' },
    { kind: 'addTable', sheet: 'Tweede', table: 'tblTwee', at: 'A1', columns: ['Code'], rows: [['x']] },
  ]);
  return wb.save();
}

describe('xlsx package: what the adapter does not change stays as it was', () => {
  test('only the parts an edit changes are rewritten; the others, and parts of other writers, keep their stored bytes', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => {
      files['xl/charts/chart1.xml'] = strToU8('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
      edit(files, '[Content_Types].xml', (xml) => xml.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
    });
    const wb = await XlsxWorkbook.load(bytes);
    // A text the strings table has already: only the sheet and its table change.
    await wb.apply([{ kind: 'appendRows', table: 'tblEen', rows: [['a', 3]] }]);
    const saved = await wb.save();
    const before = storedEntries(bytes);
    const after = storedEntries(saved);
    const changed = [...after.keys()].filter((name) => !before.has(name) || Buffer.compare(before.get(name)!, after.get(name)!) !== 0).sort();
    expect(changed).toEqual(['xl/tables/table1.xml', 'xl/worksheets/sheet1.xml']);
    expect([...before.keys()].sort()).toEqual([...after.keys()].sort());
    expect((await (await XlsxWorkbook.load(saved)).readTables(['tblEen', 'tblTwee'])).map((t) => t.rows)).toEqual([[['a', 1], ['b', 2], ['a', 3]], [['x']]]);
  });

  test('a chart on a sheet that is rewritten stays drawn there: its drawing element, relationship and parts stay', async () => {
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:lineChart/></c:plotArea></c:chart></c:chartSpace>';
    const bytes = await rewritten(await twoSheets(), (files) => {
      files['xl/charts/chart1.xml'] = strToU8(chart);
      files['xl/drawings/drawing1.xml'] = strToU8('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
      files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
      edit(files, 'xl/worksheets/_rels/sheet1.xml.rels', (xml) => xml.replace('</Relationships>', `<Relationship Id="rIdD" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`));
      edit(files, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<tableParts', '<drawing r:id="rIdD"/><tableParts'));
      edit(files, '[Content_Types].xml', (xml) =>
        xml.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'),
      );
    });
    const wb = await XlsxWorkbook.load(bytes);
    await wb.apply([{ kind: 'appendRows', table: 'tblEen', rows: [['c', 3]] }, { kind: 'setSheetLayout', sheet: 'Eerste', widths: { A: 20 } }]);
    const saved = await wb.save();
    const [before, after] = [storedEntries(bytes), storedEntries(saved)];
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']) expect(Buffer.compare(after.get(part)!, before.get(part)!)).toBe(0);
    const files = unzipSync(saved);
    expect(text(files, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rIdD"\/><tableParts/);
    expect(text(files, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Id="rIdD"');
    expect(text(files, '[Content_Types].xml')).toContain('/xl/charts/chart1.xml');
  });

  test('a defined name with commas, a sheet-scoped and a hidden one stay as written when other names change', async () => {
    const bytes = await rewritten(await twoSheets(), (files) =>
      edit(files, 'xl/workbook.xml', (xml) =>
        xml.replace('</sheets>', '</sheets><definedNames><definedName name="Gebied">Eerste!$A$1:$A$3,Tweede!$A$1</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Tweede!$A$1:$A$2</definedName></definedNames>'),
      ),
    );
    const wb = await XlsxWorkbook.load(bytes);
    expect((await wb.info()).names).toEqual({ Gebied: 'Eerste!$A$1:$A$3,Tweede!$A$1' });
    await wb.apply([{ kind: 'setName', name: 'lst_Een', formula: 'tblEen[Naam]' }]);
    const xml = text(unzipSync(await wb.save()), 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="Gebied">Eerste!$A$1:$A$3,Tweede!$A$1</definedName>');
    expect(xml).toMatch(/<definedName name="_xlnm._FilterDatabase" [^>]*hidden="1"[^>]*>Tweede!\$A\$1:\$A\$2<\/definedName>/);
    expect((await (await XlsxWorkbook.load(await wb.save())).info()).names).toEqual({ Gebied: 'Eerste!$A$1:$A$3,Tweede!$A$1', lst_Een: 'tblEen[Naam]' });
  });

  test('an unchanged workbook saves to the same stored parts', async () => {
    const bytes = await rewritten(await twoSheets(), () => {});
    const wb = await XlsxWorkbook.load(bytes);
    await wb.readTables(['tblEen', 'tblTwee']);
    const before = storedEntries(bytes);
    const after = storedEntries(await wb.save());
    expect([...after].every(([name, data]) => Buffer.compare(data, before.get(name)!) === 0)).toBe(true);
  });

  test('the calculation chain goes, with its relationship and content type, once a sheet is rewritten', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => {
      files['xl/calcChain.xml'] = strToU8('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>');
      edit(files, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
      edit(files, '[Content_Types].xml', (xml) => xml.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    });
    const kept = unzipSync(await (await XlsxWorkbook.load(bytes)).save());
    expect(kept['xl/calcChain.xml']).toBeDefined();
    const wb = await XlsxWorkbook.load(bytes);
    await wb.apply([{ kind: 'writeRange', sheet: 'Tweede', at: 'D1', values: [['y']] }]);
    const files = unzipSync(await wb.save());
    expect(files['xl/calcChain.xml']).toBeUndefined();
    expect(text(files, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(text(files, '[Content_Types].xml')).not.toContain('calcChain');
  });

  test('a sheet added before others keeps their sheet-scoped names (print titles) on their own sheet', async () => {
    let wb = await XlsxWorkbook.load(await twoSheets());
    await wb.apply([{ kind: 'setPrintLayout', sheet: 'Tweede', orientation: 'portrait', titleRows: '1:1' }]);
    wb = await XlsxWorkbook.load(await wb.save());
    await wb.apply([{ kind: 'addSheet', sheet: 'Vooraan', position: 0 }]);
    const saved = await wb.save();
    expect((await (await XlsxWorkbook.load(saved)).info()).sheets.map((s) => s.name)).toEqual(['Vooraan', 'Eerste', 'Tweede']);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(saved as unknown as ArrayBuffer);
    expect(['Vooraan', 'Eerste', 'Tweede'].map((name) => file.getWorksheet(name)?.pageSetup.printTitlesRow?.replace(/\$/g, ''))).toEqual([undefined, undefined, '1:1']);
  });
});

describe('xlsx package: files of other writers', () => {
  test('absolute relationship targets, as openpyxl writes them, are followed', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => {
      edit(files, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
      edit(files, 'xl/worksheets/_rels/sheet1.xml.rels', (xml) => xml.replace('Target="../tables/', 'Target="/xl/tables/'));
    });
    const wb = await XlsxWorkbook.load(bytes);
    await wb.apply([{ kind: 'appendRows', table: 'tblEen', rows: [['c', 3]] }, { kind: 'setNote', sheet: 'Eerste', cell: 'B2', text: 'let op' }]);
    const again = await XlsxWorkbook.load(await wb.save());
    expect((await again.readTables(['tblEen']))[0].rows).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(await again.readNotes('Eerste', ['B2'])).toEqual(['let op']);
  });

  test('notes in parts named as openpyxl names them are edited there, and go with their drawing when the last one goes', async () => {
    const wb = await XlsxWorkbook.load(await twoSheets());
    await wb.apply([{ kind: 'setNote', sheet: 'Eerste', cell: 'B2', text: 'eerste' }]);
    const bytes = await rewritten(await wb.save(), (files) => {
      files['xl/comments/comment1.xml'] = files['xl/comments1.xml'];
      files['xl/drawings/commentsDrawing1.vml'] = files['xl/drawings/vmlDrawing1.vml'];
      delete files['xl/comments1.xml'];
      delete files['xl/drawings/vmlDrawing1.vml'];
      edit(files, 'xl/worksheets/_rels/sheet1.xml.rels', (xml) => xml.replace('../comments1.xml', '/xl/comments/comment1.xml').replace('../drawings/vmlDrawing1.vml', '/xl/drawings/commentsDrawing1.vml'));
      edit(files, '[Content_Types].xml', (xml) => xml.replace('/xl/comments1.xml', '/xl/comments/comment1.xml').replace('/xl/drawings/vmlDrawing1.vml', '/xl/drawings/commentsDrawing1.vml'));
    });
    let file = await XlsxWorkbook.load(bytes);
    expect(await file.readNotes('Eerste', ['B2'])).toEqual(['eerste']);
    await file.apply([{ kind: 'setNote', sheet: 'Eerste', cell: 'B2', text: 'tweede' }, { kind: 'setNote', sheet: 'Eerste', cell: 'A3', text: 'derde' }]);
    let files = unzipSync(await file.save());
    expect(Object.keys(files).filter((name) => /comment|vml/i.test(name)).sort()).toEqual(['xl/comments/comment1.xml', 'xl/drawings/commentsDrawing1.vml']);
    file = await XlsxWorkbook.load(await file.save());
    expect(await file.readNotes('Eerste', ['B2', 'A3'])).toEqual(['tweede', 'derde']);
    await file.apply([{ kind: 'setNote', sheet: 'Eerste', cell: 'B2', text: null }, { kind: 'setNote', sheet: 'Eerste', cell: 'A3', text: null }]);
    files = unzipSync(await file.save());
    expect(Object.keys(files).filter((name) => /comment|vml/i.test(name))).toEqual([]);
    expect(text(files, 'xl/worksheets/_rels/sheet1.xml.rels')).not.toMatch(/comment/i);
    expect(text(files, 'xl/worksheets/sheet1.xml')).not.toContain('legacyDrawing');
    expect(text(files, '[Content_Types].xml')).not.toContain('comment');
  });

  test('a part a relationship points to that is missing is refused in Dutch, naming it', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => delete files['xl/tables/table2.xml']);
    await expect(XlsxWorkbook.load(bytes)).rejects.toThrow(/het onderdeel xl\/tables\/table2\.xml \(een tabel\) ontbreekt: xl\/worksheets\/_rels\/sheet2\.xml\.rels verwijst ernaar/);
  });

  test('a part that cannot be read is refused in Dutch, without the parser’s words', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => (files['xl/workbook.xml'] = strToU8('<workbook')));
    await expect(XlsxWorkbook.load(bytes)).rejects.toThrow(/^deze werkmap bevat een onderdeel \(xl\/workbook\.xml\) dat Beleidsregister niet kan lezen/);
  });

  test('a sheet that cannot be read refuses the edit list in Dutch before anything changes; the other sheets still work', async () => {
    const bytes = await rewritten(await twoSheets(), (files) => (files['xl/worksheets/sheet2.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></row></sheetData>')));
    const wb = await XlsxWorkbook.load(bytes);
    await expect(wb.apply([{ kind: 'addSheet', sheet: 'Nieuw' }, { kind: 'writeRange', sheet: 'Tweede', at: 'D1', values: [['y']] }])).rejects.toThrow(/^deze werkmap bevat een onderdeel \(xl\/worksheets\/sheet2\.xml\) dat Beleidsregister niet kan lezen/);
    expect((await wb.info()).sheets.map((s) => s.name)).toEqual(['Eerste', 'Tweede']);
    await wb.apply([{ kind: 'appendRows', table: 'tblEen', rows: [['c', 3]] }]);
    expect((await (await XlsxWorkbook.load(await wb.save())).readTables(['tblEen']))[0].rows).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  test('a package without a shared-strings part gets one, with its relationship and content type, when text is written', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([{ kind: 'addSheet', sheet: 'Getallen' }, { kind: 'writeRange', sheet: 'Getallen', at: 'A1', values: [[1, 2]] }]);
    const bytes = await rewritten(await wb.save(), (files) => {
      delete files['xl/sharedStrings.xml'];
      edit(files, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
      edit(files, '[Content_Types].xml', (xml) => xml.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
    });
    expect(strFromU8(unzipSync(bytes)['xl/_rels/workbook.xml.rels'])).not.toContain('sharedStrings');
    const file = await XlsxWorkbook.load(bytes);
    await file.apply([{ kind: 'writeRange', sheet: 'Getallen', at: 'C1', values: [['drie']] }]);
    const saved = await file.save();
    const files = unzipSync(saved);
    expect(text(files, 'xl/_rels/workbook.xml.rels')).toContain('Target="sharedStrings.xml"');
    expect(text(files, '[Content_Types].xml')).toContain('PartName="/xl/sharedStrings.xml"');
    expect(await (await XlsxWorkbook.load(saved)).readRange('Getallen', 'A1:C1')).toEqual([[1, 2, 'drie']]);
    const excelJs = new ExcelJS.Workbook();
    await excelJs.xlsx.load(saved as unknown as ArrayBuffer);
    expect(excelJs.getWorksheet('Getallen')?.getCell('C1').value).toBe('drie');
  });

  test('in the 1904 date system dates read and write as 1900 serials', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Data' },
      { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Datum', 'Getal'], rows: [[new Date(Date.UTC(2024, 0, 1)), 5]] },
    ]);
    const bytes = await rewritten(await wb.save(), (files) => {
      edit(files, 'xl/workbook.xml', (xml) => xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
      // As a Mac Excel file stores 2024-01-01: 1462 days fewer.
      edit(files, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<v>45292</v>', `<v>${45292 - 1462}</v>`));
    });
    const file = await XlsxWorkbook.load(bytes);
    expect((await file.readTables(['tblData']))[0].rows).toEqual([[45292, 5]]);
    await file.apply([{ kind: 'appendRows', table: 'tblData', rows: [[new Date(Date.UTC(2024, 0, 2)), 6]] }]);
    const saved = await file.save();
    expect(text(unzipSync(saved), 'xl/worksheets/sheet1.xml')).toContain(`<v>${45293 - 1462}</v>`);
    expect((await (await XlsxWorkbook.load(saved)).readTables(['tblData']))[0].rows).toEqual([[45292, 5], [45293, 6]]);
  });
});

describe('xlsx package: cells and tabs', () => {
  test('a hidden sheet is not the tab the file opens on', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([{ kind: 'addSheet', sheet: 'Systeem', visibility: 'hidden' }, { kind: 'addSheet', sheet: 'Open' }]);
    expect(text(unzipSync(await wb.save()), 'xl/workbook.xml')).toMatch(/<workbookView [^>]*activeTab="1"/);
  });

  test('empty values at the ends of a written row make no cells', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Leeg' },
      { kind: 'addTable', sheet: 'Leeg', table: 'tblLeeg', at: 'A1', columns: ['A', 'B', 'C', 'D'], rows: [[null, 'b', 1, null]] },
      { kind: 'writeRange', sheet: 'Leeg', at: 'A5', values: [[null, null, 'x', null]] },
    ]);
    const xml = text(unzipSync(await wb.save()), 'xl/worksheets/sheet1.xml');
    expect([...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(['A1', 'B1', 'C1', 'D1', 'B2', 'C2', 'C5']);
  });
});
