// Everything a user could see change in a workbook, read through the port: sheets, tables with
// their rows, defined names, every column's validation and formats, and the system sheet's cells.
// Two snapshots are equal when an operation changed nothing (xlsx bytes differ by zip timestamps).
import type { WorkbookPort } from '../../src/workbook/port';

export async function snapshot(wb: WorkbookPort) {
  const info = await wb.info();
  const tables = await wb.readTables(info.tables.map((t) => t.name));
  const rules = await Promise.all(info.tables.map((t) => wb.readColumnRules(t.name, t.columns)));
  const system = info.sheets.some((s) => s.name === 'Systeem') ? await wb.readRange('Systeem', 'A1:Z40') : null;
  return { info, tables, rules, system };
}
