// The Overzicht sheet (issue 5 §7): one row per indicator and area with the latest value, the norm,
// the status and the Vlaams Gewest benchmark; context indicators come after the policy indicators. Toets aan normen owns the sheet: each run replaces
// its rows, and its colours are conditional formats on the status words.
import { columnLetter, parseRange } from '../workbook/address';
import type { CellInput, ConditionalFormat, Edit, TableInfo, WorkbookInfo } from '../workbook/port';
import { LOOK, statusTextFormats } from './status';
import { findOwned, newOwnedTable, ownedCaptions, ownedCells, printLayout } from '../registry/ownedLayout';
import { ownedTable } from '../registry/schema';
import type { OverviewRow } from './types';

const SPEC = ownedTable('overview');
export const OVERVIEW_SHEET = SPEC.sheet;
export const OVERVIEW_TABLE = SPEC.table;
export const OVERVIEW_COLUMNS = ownedCaptions(SPEC);

/** A row's cells by the schema's column keys. */
const cellsOf = (r: OverviewRow): Record<string, CellInput> => ({
  indicator: r.indicator,
  naam: r.naam,
  rol: r.context ? 'contextindicator' : 'beleidsindicator',
  gebied: r.gebied,
  gebiednaam: r.gebiednaam,
  dimensie: r.dimensie || null,
  periode: r.periode,
  waarde: r.waarde,
  eenheid: r.eenheid || null,
  norm: r.norm,
  status: r.status,
  tijdigheid: r.tijdigheid || null,
  vlaamsGewest: r.vlaamsGewest,
  vergelijking: r.vergelijking,
});

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function formats(table: { columns: string[]; address: string }, caption: string): ConditionalFormat[] {
  const range = parseRange(table.address);
  const index = table.columns.findIndex((c) => same(c, caption));
  const cell = `$${columnLetter(range.left + index)}${range.top + 1}`;
  if (caption === 'Status') return statusTextFormats(cell);
  return [
    { formula: `${cell}="beter"`, ...LOOK.good },
    { formula: `${cell}="slechter"`, ...LOOK.deviation },
  ];
}

/** The edits that write the overview: a new sheet and table the first time, new rows after. */
export function overviewEdits(info: WorkbookInfo, all: OverviewRow[], municipality: string | null = null): Edit[] {
  // Context indicators apart: after the policy indicators, which carry the report.
  const rows = [...all.filter((r) => !r.context), ...all.filter((r) => r.context)];
  const existing: TableInfo | undefined = findOwned(info, SPEC);
  const edits: Edit[] = [];
  let table: { name: string; columns: string[]; address: string };
  if (existing) {
    // Columns are found by caption, so a column the user added or moved keeps working.
    edits.push({ kind: 'replaceRows', table: existing.name, rows: rows.map((r) => ownedCells(SPEC, existing.columns, cellsOf(r))) }, ...printLayout(SPEC, existing, municipality));
    table = existing;
  } else {
    edits.push(...newOwnedTable(info, SPEC, rows.map((r) => ownedCells(SPEC, OVERVIEW_COLUMNS, cellsOf(r))), municipality));
    // The formats read only where the table starts.
    table = { name: OVERVIEW_TABLE, columns: OVERVIEW_COLUMNS, address: 'A1' };
  }
  for (const caption of ['Status', 'Tegenover Vlaams Gewest']) {
    if (table.columns.some((c) => same(c, caption))) edits.push({ kind: 'setConditionalFormats', table: table.name, column: table.columns.find((c) => same(c, caption))!, formats: formats(table, caption) });
  }
  return edits;
}
