// Writes the findings of a check to the Controle sheet, each with a link to its cell, and marks the
// offending cells. The marks are conditional formats that look the cell up in the Controle table,
// so they need no add-in, and a re-check that rewrites the table clears the marks that no longer
// apply without touching any cell of the registry. A column's formats are decided together with
// the norm flags (columnFormats.ts), so a check keeps the colours of Toets aan normen. A
// warning accepted on the sheet (a name in Aanvaard door) is written again as `aanvaard`, unmarked,
// while its row stays as it was (see accept.ts).
import { columnFormatEdits } from '../columnFormats';
import { findOwned, newOwnedTable, ownedCaptions, ownedCells, printLayout } from '../registry/ownedLayout';
import { ownedTable, registrySchema, type RegistrySchema } from '../registry/schema';
import { quoteSheet } from '../workbook/address';
import type { CellInput, Edit, WorkbookPort } from '../workbook/port';
import type { Finding } from '../findings';
import { identityOf, type AcceptedFinding } from './accept';
import type { CheckResult } from './index';
import { CELLS, CONTROL_TABLE, SEVERITIES, SEVERITY_TEXT, cellKey } from './marks';
import { rules, type RuleId } from '../rules';

export { CONTROL_TABLE, SEVERITY_TEXT, markFormats } from './marks';
const SPEC = ownedTable('control');
export const CONTROL_SHEET = SPEC.sheet;

/** A finding's cells by column key; an accepted warning keeps who accepted it and why. */
function cellsOf(f: Finding | AcceptedFinding): Record<string, CellInput> {
  const where = f.cell ? { text: cellKey(f.sheet, f.cell), link: `${quoteSheet(f.sheet)}!${f.cell}` } : f.sheet;
  const id = identityOf(f);
  const accepted = 'by' in f;
  return {
    severity: accepted ? SEVERITY_TEXT.accepted : SEVERITY_TEXT[f.severity],
    rule: f.rule,
    sheet: f.sheet,
    cell: where,
    column: f.column,
    message: f.message,
    fix: rules[f.rule as RuleId]?.fix ?? null,
    by: accepted ? f.by : null,
    reason: accepted ? f.reason || null : null,
    key: id?.key ?? null,
    fingerprint: id?.fingerprint ?? null,
  };
}

/** Replaces the Controle sheet's findings and (re)sets the marks on every column of the registry. */
export async function writeControlSheet(wb: WorkbookPort, result: CheckResult, schema: RegistrySchema = registrySchema): Promise<void> {
  const info = await wb.info();
  const findings = [...result.findings, ...result.accepted];
  const edits: Edit[] = [];
  const existing = findOwned(info, SPEC);
  if (existing) {
    // A Controle sheet of an older version gets the columns for accepting warnings; a header with
    // spaces around is the column itself, as the rows are filled (ownedCells), not a reason to add it again.
    const missing = ownedCaptions(SPEC).filter((c) => !existing.columns.some((e) => e.trim().toLowerCase() === c.toLowerCase()));
    if (missing.length) edits.push({ kind: 'addColumns', table: existing.name, columns: missing });
    const columns = [...existing.columns, ...missing];
    edits.push({ kind: 'replaceRows', table: existing.name, rows: findings.map((f) => ownedCells(SPEC, columns, cellsOf(f))) }, ...printLayout(SPEC, existing, result.municipality ?? null));
  } else {
    edits.push(...newOwnedTable(info, SPEC, findings.map((f) => ownedCells(SPEC, ownedCaptions(SPEC), cellsOf(f))), result.municipality ?? null));
  }
  if (info.names[CELLS] !== `${CONTROL_TABLE}[Cel]`) edits.push({ kind: 'setName', name: CELLS, formula: `${CONTROL_TABLE}[Cel]` });
  if (info.names[SEVERITIES] !== `${CONTROL_TABLE}[Ernst]`) edits.push({ kind: 'setName', name: SEVERITIES, formula: `${CONTROL_TABLE}[Ernst]` });
  edits.push(...columnFormatEdits(info, { marks: true }, undefined, schema));
  await wb.apply(edits);
}
