// What lets the xlsx adapter save and load a registry of hundreds of thousands of rows: a long sheet
// is written part by part (longSheets.ts), and validation ranges are read whole (validationRanges.ts).
// Parts of three rows stand in for parts of 20,000.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { installHooks } from '../../src/workbook/xlsx/hooks';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { rangesHidden } from '../../src/workbook/xlsx/validationRanges';

const ROWS = 10;

/** A workbook with what a registry sheet holds: a table, shared strings, numbers, dates, a style, a note, a link, a rule. */
function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 10, 23));
  const ws = wb.addWorksheet('Metingen');
  ws.addTable({
    name: 'tblMetingen',
    ref: 'A1',
    headerRow: true,
    columns: ['Indicator', 'Periode', 'Waarde', 'Opgehaald op'].map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: ROWS }, (_, i) => [`IND-00${i % 3}`, `20${10 + i}`, i * 1.5, new Date(Date.UTC(2026, 0, i + 1))]),
  });
  ws.getCell('D3').numFmt = 'dd/mm/yyyy';
  ws.getCell('C4').note = 'Afwijking: boven de norm';
  ws.getCell('A5').value = { text: 'Normen!B2', hyperlink: '#Normen!B2' };
  // ExcelJS's typings lack the worksheet's validations.
  (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add('C2:C11', { type: 'decimal', operator: 'between', formulae: [0, 100], allowBlank: true });
  wb.addWorksheet('Kort').getCell('A1').value = 'één rij';
  return wb;
}

async function entries(bytes: ExcelJS.Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => !n.endsWith('/') && n !== 'docProps/core.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

test('a sheet written in parts is the sheet ExcelJS writes in one go', async () => {
  const inOne = book();
  installHooks(inOne, Infinity);
  const whole = await entries(await inOne.xlsx.writeBuffer());
  const parted = book();
  installHooks(parted, 3);
  const inParts = await entries(await parted.xlsx.writeBuffer());
  expect(Object.keys(inParts).sort()).toEqual(Object.keys(whole).sort());
  for (const name of Object.keys(whole)) expect([name, inParts[name]]).toEqual([name, whole[name]]);
  // The parted workbook is left as it was: a second save writes the same.
  expect(await entries(await parted.xlsx.writeBuffer())).toEqual(inParts);
});

describe('the hooks refuse an ExcelJS without what they hook', () => {
  test('a missing member stops the hooks before anything is loaded or saved', () => {
    const wb = book();
    (wb.xlsx as unknown as Record<string, unknown>).addWorksheets = undefined;
    expect(() => installHooks(wb)).toThrow('xlsx.addWorksheets');
  });

  test('a long sheet written without its splice point is refused, not saved without its rows', async () => {
    const wb = book();
    // An ExcelJS that writes an empty sheet's data differently from the one the hook knows.
    const xlsx = wb.xlsx as unknown as { addWorksheets(zip: { append(data: unknown, o: { name: string }): void }, model: unknown): Promise<void> };
    const original = xlsx.addWorksheets.bind(xlsx);
    xlsx.addWorksheets = (zip, model) => original({ append: (data, o) => zip.append(typeof data === 'string' ? data.replace('<sheetData/>', '<sheetData></sheetData>') : data, o) }, model);
    installHooks(wb, 3);
    await expect(wb.xlsx.writeBuffer()).rejects.toThrow(/without <sheetData\/>/);
  });
});

test('the adapter writes a sheet longer than one part, and reads it back', async () => {
  const rows = 20_000 * 2 + 7;
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Lang' },
    { kind: 'addTable', sheet: 'Lang', table: 'tblLang', at: 'A1', columns: ['Nr', 'Tekst'], rows: [] },
    { kind: 'appendRows', table: 'tblLang', rows: Array.from({ length: rows }, (_, i) => [i, `rij ${i}`]) },
  ]);
  const back = await XlsxWorkbook.load(await wb.save());
  const [table] = await back.readTables(['tblLang']);
  expect(table.rows).toHaveLength(rows);
  expect([table.rows[0], table.rows[20_000], table.rows[rows - 1]]).toEqual([[0, 'rij 0'], [20_000, 'rij 20000'], [rows - 1, `rij ${rows - 1}`]]);
});

describe('validation ranges are read whole', () => {
  const collect = async (chunks: string[]) => {
    const out: unknown[] = [];
    for await (const c of rangesHidden((async function* () { yield* chunks; })())) out.push(c);
    return out.join('');
  };

  test('the colon of a validation range is hidden, also when a chunk cuts the tag, and nothing else changes', async () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>1:2</v></c></row></sheetData><dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="C2:C1048576 E4"><formula1>lst_X</formula1></dataValidation><dataValidation type="whole" sqref="B2:B9"/></dataValidations><mergeCells><mergeCell ref="F1:G1"/></mergeCells>';
    const expected = xml.replace('sqref="C2:C1048576 E4"', 'sqref="C2_C1048576 E4"').replace('sqref="B2:B9"', 'sqref="B2_B9"');
    for (let cut = 1; cut < xml.length; cut += 7) expect(await collect([xml.slice(0, cut), xml.slice(cut, cut + 40), xml.slice(cut + 40)])).toBe(expected);
  });

  const withRule = async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Blad' },
      { kind: 'addTable', sheet: 'Blad', table: 'tblBlad', at: 'A1', columns: ['Getal'], rows: [[1], [2], [3]] },
      { kind: 'setValidation', table: 'tblBlad', column: 'Getal', validation: { rule: { type: 'whole', min: 0, max: 9 } } },
    ]);
    const zip = await JSZip.loadAsync(await wb.save());
    return { zip, sheet: Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n))! };
  };

  test('the rule of a column is read back after a load', async () => {
    const { zip } = await withRule();
    const loaded = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    expect((await loaded.readColumnRules('tblBlad', ['Getal']))[0].validation).toEqual({ rule: { type: 'whole', min: 0, max: 9 } });
  });

  test('a rule on a whole column (a million cells) is saved again as it was', async () => {
    const { zip, sheet } = await withRule();
    zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('sqref="A2:A4"', 'sqref="A2:A1048576"'));
    const loaded = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    const again = await JSZip.loadAsync(await loaded.save());
    expect(await again.file(sheet)!.async('string')).toMatch(/<dataValidation [^>]*sqref="A2:A1048576"/);
  });
});
