// The Overzicht sheet (issue 5 §7): one row per indicator and area with the latest value, the norm,
// the status and the Vlaams Gewest benchmark; context indicators come after the policy indicators. Toets aan normen owns the sheet: each run replaces
// its rows, and its colours are conditional formats on the status words.
import { columnLetter, parseRange } from '../workbook/address';
import type { CellInput, ConditionalFormat, Edit, TableInfo, WorkbookInfo } from '../workbook/port';
import { LOOK, statusTextFormats } from './status';
import type { OverviewRow } from './types';

export const OVERVIEW_SHEET = 'Overzicht';
export const OVERVIEW_TABLE = 'tblOverzicht';

const COLUMNS: [string, (r: OverviewRow) => CellInput, number][] = [
  ['Indicator', (r) => r.indicator, 12],
  ['Naam', (r) => r.naam, 30],
  ['Rol', (r) => (r.context ? 'contextindicator' : 'beleidsindicator'), 16],
  ['Gebied', (r) => r.gebied, 16],
  ['Gebiednaam', (r) => r.gebiednaam, 24],
  ['Dimensie', (r) => r.dimensie || null, 16],
  ['Laatste periode', (r) => r.periode, 15],
  ['Waarde', (r) => r.waarde, 10],
  ['Eenheid', (r) => r.eenheid || null, 10],
  ['Norm', (r) => r.norm, 34],
  ['Status', (r) => r.status, 14],
  ['Tijdigheid', (r) => r.tijdigheid || null, 26],
  ['Vlaams Gewest', (r) => r.vlaamsGewest, 14],
  ['Tegenover Vlaams Gewest', (r) => r.vergelijking, 24],
];
export const OVERVIEW_COLUMNS = COLUMNS.map(([caption]) => caption);

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
export function overviewEdits(info: WorkbookInfo, all: OverviewRow[]): Edit[] {
  // Context indicators apart: after the policy indicators, which carry the report.
  const rows = [...all.filter((r) => !r.context), ...all.filter((r) => r.context)];
  const existing: TableInfo | undefined = info.tables.find((t) => same(t.name, OVERVIEW_TABLE));
  const edits: Edit[] = [];
  let table: { name: string; columns: string[]; address: string };
  if (existing) {
    // Columns are found by caption, so a column the user added or moved keeps working.
    const cells = rows.map((r) => existing.columns.map((caption) => COLUMNS.find(([c]) => same(c, caption))?.[1](r) ?? null));
    edits.push({ kind: 'replaceRows', table: existing.name, rows: cells });
    table = existing;
  } else {
    if (!info.sheets.some((s) => same(s.name, OVERVIEW_SHEET))) edits.push({ kind: 'addSheet', sheet: OVERVIEW_SHEET, tabColor: '#107C10' });
    const widths = Object.fromEntries(COLUMNS.map(([, , width], i) => [columnLetter(i + 1), width]));
    edits.push(
      { kind: 'addTable', sheet: OVERVIEW_SHEET, table: OVERVIEW_TABLE, at: 'A1', columns: OVERVIEW_COLUMNS, rows: rows.map((r) => COLUMNS.map(([, get]) => get(r))), style: 'TableStyleMedium4' },
      { kind: 'setSheetLayout', sheet: OVERVIEW_SHEET, widths, freezeRows: 1 },
    );
    table = { name: OVERVIEW_TABLE, columns: OVERVIEW_COLUMNS, address: `A1:${columnLetter(COLUMNS.length)}${Math.max(rows.length, 1) + 1}` };
  }
  for (const caption of ['Status', 'Tegenover Vlaams Gewest']) {
    if (table.columns.some((c) => same(c, caption))) edits.push({ kind: 'setConditionalFormats', table: table.name, column: table.columns.find((c) => same(c, caption))!, formats: formats(table, caption) });
  }
  return edits;
}
