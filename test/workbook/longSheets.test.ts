// A long sheet is written part by part (longSheets.ts): the file must be the one ExcelJS writes in one
// go, and the adapter must read it back. Parts of three rows stand in for parts of 20,000.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeLongSheetsInParts } from '../../src/workbook/xlsx/longSheets';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

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
  const whole = await entries(await book().xlsx.writeBuffer());
  const parted = book();
  writeLongSheetsInParts(parted, 3);
  const inParts = await entries(await parted.xlsx.writeBuffer());
  expect(Object.keys(inParts).sort()).toEqual(Object.keys(whole).sort());
  for (const name of Object.keys(whole)) expect([name, inParts[name]]).toEqual([name, whole[name]]);
  // The parted workbook is left as it was: a second save writes the same.
  expect(await entries(await parted.xlsx.writeBuffer())).toEqual(inParts);
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
