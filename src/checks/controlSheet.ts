// Writes the findings of a check to the Controle sheet, each with a link to its cell, and marks the
// offending cells. The marks are conditional formats that look the cell up in the Controle table,
// so they need no add-in, and a re-check that rewrites the table clears the marks that no longer
// apply without touching any cell of the registry. A column's formats are decided together with
// the norm flags (registry/columnFormats), so a check keeps the colours of Toets aan normen. A
// warning accepted on the sheet (a name in Aanvaard door) is written again as `aanvaard`, unmarked,
// while its row stays as it was (see accept.ts).
import { columnFormatEdits } from '../registry/columnFormats';
import { registrySchema, type RegistrySchema } from '../registry/schema';
import { quoteSheet } from '../workbook/address';
import type { CellInput, Edit, WorkbookPort } from '../workbook/port';
import type { Finding } from '../findings';
import { ACCEPT_COLUMNS, identityOf, type AcceptedFinding } from './accept';
import type { CheckResult } from './index';
import { CELLS, CONTROL_TABLE, SEVERITIES, SEVERITY_TEXT, cellKey } from './marks';
import { rules, type RuleId } from './rules';

export { CONTROL_TABLE, SEVERITY_TEXT, markFormats } from './marks';
export const CONTROL_SHEET = 'Controle';
const A = ACCEPT_COLUMNS;
const COLUMNS = ['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing', A.by, A.reason, A.key, A.fingerprint];

/** A finding's cells by caption; an accepted warning keeps who accepted it and why. */
function cellsOf(f: Finding | AcceptedFinding): Record<string, CellInput> {
  const where = f.cell ? { text: cellKey(f.sheet, f.cell), link: `${quoteSheet(f.sheet)}!${f.cell}` } : f.sheet;
  const id = identityOf(f);
  const accepted = 'by' in f;
  return {
    Ernst: accepted ? SEVERITY_TEXT.accepted : SEVERITY_TEXT[f.severity],
    Regel: f.rule,
    Blad: f.sheet,
    Cel: where,
    Kolom: f.column,
    Melding: f.message,
    Oplossing: rules[f.rule as RuleId]?.fix ?? null,
    [A.by]: accepted ? f.by : null,
    [A.reason]: accepted ? f.reason || null : null,
    [A.key]: id?.key ?? null,
    [A.fingerprint]: id?.fingerprint ?? null,
  };
}

/** Replaces the Controle sheet's findings and (re)sets the marks on every column of the registry. */
export async function writeControlSheet(wb: WorkbookPort, result: CheckResult, schema: RegistrySchema = registrySchema): Promise<void> {
  const info = await wb.info();
  const findings = [...result.findings, ...result.accepted];
  const edits: Edit[] = [];
  const existing = info.tables.find((t) => t.name.toLowerCase() === CONTROL_TABLE.toLowerCase());
  if (existing) {
    // A Controle sheet of an older version gets the columns for accepting warnings.
    const missing = COLUMNS.filter((c) => !existing.columns.some((e) => e.toLowerCase() === c.toLowerCase()));
    if (missing.length) edits.push({ kind: 'addColumns', table: existing.name, columns: missing });
    const columns = [...existing.columns, ...missing];
    const rows = findings.map((f) => {
      const cells = cellsOf(f);
      return columns.map((c) => cells[COLUMNS.find((k) => k.toLowerCase() === c.toLowerCase()) ?? ''] ?? null);
    });
    edits.push({ kind: 'replaceRows', table: existing.name, rows });
  } else {
    const rows = findings.map((f) => COLUMNS.map((c) => cellsOf(f)[c] ?? null));
    if (!info.sheets.some((s) => s.name.toLowerCase() === CONTROL_SHEET.toLowerCase())) edits.push({ kind: 'addSheet', sheet: CONTROL_SHEET, tabColor: '#C50F1F' });
    edits.push(
      { kind: 'addTable', sheet: CONTROL_SHEET, table: CONTROL_TABLE, at: 'A1', columns: COLUMNS, rows, style: 'TableStyleLight9' },
      // Sleutel and Vingerafdruk are for the next check, not for reading.
      { kind: 'setSheetLayout', sheet: CONTROL_SHEET, widths: { A: 13, B: 26, C: 18, D: 22, E: 18, F: 80, G: 60, H: 18, I: 40, J: 30, K: 12 }, freezeRows: 1, hidden: ['J', 'K'] },
    );
  }
  if (info.names[CELLS] !== `${CONTROL_TABLE}[Cel]`) edits.push({ kind: 'setName', name: CELLS, formula: `${CONTROL_TABLE}[Cel]` });
  if (info.names[SEVERITIES] !== `${CONTROL_TABLE}[Ernst]`) edits.push({ kind: 'setName', name: SEVERITIES, formula: `${CONTROL_TABLE}[Ernst]` });
  edits.push(...columnFormatEdits(info, { marks: true }, undefined, schema));
  await wb.apply(edits);
}
