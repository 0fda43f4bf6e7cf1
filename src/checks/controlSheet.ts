// Writes the findings of a check to the Controle sheet, each with a link to its cell, and marks the
// offending cells. The marks are conditional formats that look the cell up in the Controle table,
// so they need no add-in, and a re-check that rewrites the table clears the marks that no longer
// apply without touching any cell of the registry.
import { registrySchema, type RegistrySchema } from '../registry/schema';
import { quoteSheet } from '../workbook/address';
import type { CellInput, ConditionalFormat, Edit, WorkbookPort } from '../workbook/port';
import type { CheckResult } from './index';
import { rules, type RuleId } from './rules';

export const CONTROL_SHEET = 'Controle';
export const CONTROL_TABLE = 'tblControle';
const COLUMNS = ['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing'];
const CELLS = 'lst_ControleCellen';
const SEVERITIES = 'lst_ControleErnst';
export const SEVERITY_TEXT = { error: 'fout', warning: 'waarschuwing' } as const;

/** Excel's own colours for bad and neutral cells. */
const MARK = { error: { fill: '#FFC7CE', fontColor: '#9C0006' }, warning: { fill: '#FFEB9C', fontColor: '#9C5700' } };

/** The key a finding's cell has in the Controle table, and that a mark's formula builds for its cell. */
const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Marks for any column on `sheet`: red where the cell has an error, yellow where it has only warnings. */
export function markFormats(sheet: string): ConditionalFormat[] {
  const here = `"${cellKey(sheet, '').replace(/"/g, '""')}"&ADDRESS(ROW(),COLUMN(),4)`;
  return [
    { formula: `COUNTIFS(${CELLS},${here},${SEVERITIES},"${SEVERITY_TEXT.error}")>0`, ...MARK.error },
    { formula: `COUNTIF(${CELLS},${here})>0`, ...MARK.warning },
  ];
}

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
  for (const spec of schema.tables) {
    const table = info.tables.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
    if (!table) continue;
    for (const column of table.columns) edits.push({ kind: 'setConditionalFormats', table: table.name, column, formats: markFormats(table.sheet) });
  }
  await wb.apply(edits);
}
