// Writes the findings of a check to the Controle sheet, each with a link to its cell, and marks the
// offending cells. The marks are conditional formats that look the cell up in the Controle table,
// so they need no add-in, and a re-check that rewrites the table clears the marks that no longer
// apply without touching any cell of the registry. A column's formats are decided together with
// the norm flags (registry/columnFormats), so a check keeps the colours of Toets aan normen.
import { columnFormatEdits } from '../registry/columnFormats';
import { registrySchema, type RegistrySchema } from '../registry/schema';
import { quoteSheet } from '../workbook/address';
import type { CellInput, Edit, WorkbookPort } from '../workbook/port';
import type { CheckResult } from './index';
import { CELLS, CONTROL_TABLE, SEVERITIES, SEVERITY_TEXT, cellKey } from './marks';
import { rules, type RuleId } from './rules';

export { CONTROL_TABLE, SEVERITY_TEXT, markFormats } from './marks';
export const CONTROL_SHEET = 'Controle';
const COLUMNS = ['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing'];

function rowOf(f: CheckResult['findings'][number]): CellInput[] {
  const where = f.cell ? { text: cellKey(f.sheet, f.cell), link: `${quoteSheet(f.sheet)}!${f.cell}` } : f.sheet;
  return [SEVERITY_TEXT[f.severity], f.rule, f.sheet, where, f.column, f.message, rules[f.rule as RuleId]?.fix ?? null];
}

/** Replaces the Controle sheet's findings and (re)sets the marks on every column of the registry. */
export async function writeControlSheet(wb: WorkbookPort, result: CheckResult, schema: RegistrySchema = registrySchema): Promise<void> {
  const info = await wb.info();
  const rows = result.findings.map(rowOf);
  const edits: Edit[] = [];
  if (info.tables.some((t) => t.name.toLowerCase() === CONTROL_TABLE.toLowerCase())) {
    edits.push({ kind: 'replaceRows', table: CONTROL_TABLE, rows });
  } else {
    if (!info.sheets.some((s) => s.name.toLowerCase() === CONTROL_SHEET.toLowerCase())) edits.push({ kind: 'addSheet', sheet: CONTROL_SHEET, tabColor: '#C50F1F' });
    edits.push(
      { kind: 'addTable', sheet: CONTROL_SHEET, table: CONTROL_TABLE, at: 'A1', columns: COLUMNS, rows, style: 'TableStyleLight9' },
      { kind: 'setSheetLayout', sheet: CONTROL_SHEET, widths: { A: 13, B: 26, C: 18, D: 22, E: 18, F: 80, G: 60 }, freezeRows: 1 },
    );
  }
  if (info.names[CELLS] !== `${CONTROL_TABLE}[Cel]`) edits.push({ kind: 'setName', name: CELLS, formula: `${CONTROL_TABLE}[Cel]` });
  if (info.names[SEVERITIES] !== `${CONTROL_TABLE}[Ernst]`) edits.push({ kind: 'setName', name: SEVERITIES, formula: `${CONTROL_TABLE}[Ernst]` });
  edits.push(...columnFormatEdits(info, { marks: true }, undefined, schema));
  await wb.apply(edits);
}
