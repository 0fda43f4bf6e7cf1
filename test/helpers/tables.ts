// Reading a workbook's tables and forms in tests as a person reads them: rows by caption, and a
// form as its owner gets it (a file of its own, saved and opened again).
import type { StartedForm } from '../../src/rounds';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

/** The rows of a table as objects by caption. */
export async function rowsOf(wb: WorkbookPort, table: string): Promise<Record<string, unknown>[]> {
  const [t] = await wb.readTables([table]);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

/** A started round's form as a file of its own, saved and opened again. */
export async function formFile(form: StartedForm): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(form.file!.edits);
  return XlsxWorkbook.load(await wb.save());
}
