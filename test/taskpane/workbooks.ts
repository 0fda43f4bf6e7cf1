// Real workbooks in memory for the pane's tests: the demo registry through the xlsx adapter (as the
// standalone page opens it) or through the Office.js adapter on the fake Excel (as the add-in runs
// it). The pane runs the real domain on them; failures are brought in by replacing single calls.

import { writeDemo } from '../../src/registry/demo';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import type { CellInput, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { FakeExcel } from '../workbook/excel/fakeExcel';

/** The demo registry in a file, as the standalone page holds it. */
export async function demoFile(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return wb;
}

/** The demo registry in Excel (the fake behind the Office.js adapter), which can select cells and insert charts. */
export async function demoInExcel(): Promise<{ wb: ExcelWorkbook; excel: FakeExcel }> {
  const excel = new FakeExcel();
  const wb = new ExcelWorkbook(excel.run, { requirements: excel.requirements });
  await writeDemo(wb);
  return { wb, excel };
}

/** `wb` with some of its calls replaced: how a failure (or a slow call) is brought in. */
export function withCalls(wb: WorkbookPort, calls: Partial<WorkbookPort>): WorkbookPort {
  return new Proxy(wb, {
    get: (target, key) => calls[key as keyof WorkbookPort] ?? (target[key as keyof WorkbookPort] as (...args: unknown[]) => unknown).bind(target),
  });
}

export { rowsOf } from '../helpers/tables';

/** Types `value` into one cell of a table, as a user would: the row is found by its first column. */
export async function typeInto(wb: WorkbookPort, table: string, key: string, column: string, value: CellInput): Promise<void> {
  const [t] = await wb.readTables([table]);
  const row = t.rows.findIndex((r) => r[0] === key);
  if (row < 0) throw new Error(`${table} has no row ${key}`);
  await wb.apply([{ kind: 'updateCells', table, cells: [{ row, column, value }] }]);
}
