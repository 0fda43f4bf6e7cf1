// Issue 16 §7: staff who type 82,5 % in a form's % row get a cell holding 0,825 with a percent
// format; merge reads it as the 82,5 they typed, through the one number parser.
import ExcelJS from 'exceljs';
import { writeDemo } from '../../src/registry/demo';
import { tableSpec } from '../../src/registry/schema';
import { parseNumber } from '../../src/registry/values';
import { mergeForms, startRound } from '../../src/rounds';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const now = new Date('2027-01-10T10:00:00Z');

test.each([
  [0.825, '0.0%', 82.5],
  [0.825, '0%', 82.5],
  [0.825, '0.0" %"', 0.825],
  [0.825, null, 0.825],
  ['82,5', '0.0%', 82.5],
])('%p in a cell formatted %p reads as %p', (value, format, read) => {
  expect(parseNumber(value, { format })).toEqual({ ok: true, value: read });
});

test('82,5 % typed in the % row of a form merges as 82,5', async () => {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  // Slaapverstoorden (IND-002, unit %) as an in-house survey: with the demo's Bron Gemeente-Stadsmonitor it
  // comes from the monitor import and is not asked in a round (issue 16 B).
  const indicators = tableSpec('indicators');
  const [list] = await registry.readTables([indicators.table]);
  const row = list.rows.findIndex((r) => r[list.columns.indexOf('ID')] === 'IND-002');
  const bron = indicators.columns.find((c) => c.key === 'source')!.caption;
  await registry.apply([{ kind: 'updateCells', table: indicators.table, cells: [{ row, column: bron, value: 'Burgerbevraging dienst Milieu' }] }]);
  const started = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
  const form = XlsxWorkbook.create();
  await form.apply(started.forms[0].file!.edits);
  // What Excel stores when a user types 82,5 % (ExcelJS stands in for Excel here).
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await form.save()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  // Find Nieuwe waarde in the form's table header (the row that starts with Indicator), and the Slaapverstoorden row (unit %).
  let header = 0;
  sheet.eachRow((row, n) => void (!header && row.getCell(1).value === 'Indicator' && (header = n)));
  const column = (sheet.getRow(header).values as unknown[]).indexOf('Nieuwe waarde');
  let typed = 0;
  sheet.eachRow((row) => {
    if (row.getCell(1).value !== 'IND-002') return;
    const cell = row.getCell(column);
    cell.value = 0.825;
    cell.numFmt = '0.0%';
    typed++;
  });
  expect(typed).toBe(1);
  const returned = await XlsxWorkbook.load(new Uint8Array(await book.xlsx.writeBuffer()));

  const result = await mergeForms(registry, [{ name: 'Update 2026-S2 Milieu.xlsx', wb: returned }], { now });
  expect(result).toMatchObject({ accepted: 1, rejected: [] });
  const [metingen] = await registry.readTables(['tblMetingen']);
  const at = (c: string) => metingen.columns.indexOf(c);
  expect(metingen.rows.filter((r) => r[at('Indicator')] === 'IND-002' && r[at('Periode')] === '2026').map((r) => r[at('Waarde')])).toEqual([82.5]);
});
