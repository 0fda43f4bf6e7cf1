// The Rondes sheet: one row per owner per round, kept by round start and merge. It is the
// coordinator's overview (returned or not, complete or not, deviations, conflicts) and holds the
// measurements each owner was asked for, so a merge can tell a deleted form row from one that was
// never asked, and the reminder list (Ontbreekt) can be copied straight into an e-mail.
import { columnLetter } from '../workbook/address';
import type { CellInput, CellValue, Edit, WorkbookInfo, WorkbookPort } from '../workbook/port';

export const ROUND_SHEET = 'Rondes';
export const ROUND_TABLE = 'tblRondes';

export interface RoundRow {
  roundId: string;
  period: string;
  owner: string;
  contact: string;
  /** File name of the form, or the sheet it is on in the registry. */
  form: string;
  created: CellInput;
  asked: number;
  returned: CellInput;
  filled: number;
  deviations: number;
  conflicts: number;
  status: string;
  /** The asked measurements still without a value, one per line. */
  missing: string;
  /** Every asked measurement, one per line (see keyLine). */
  askedKeys: string;
}

const COLUMNS: [caption: string, key: keyof RoundRow, width: number][] = [
  ['Periode', 'period', 9],
  ['Dienst', 'owner', 18],
  ['Contact', 'contact', 22],
  ['Formulier', 'form', 30],
  ['Aangemaakt op', 'created', 13],
  ['Gevraagd', 'asked', 9],
  ['Teruggekregen op', 'returned', 15],
  ['Ingevuld', 'filled', 9],
  ['Afwijkingen', 'deviations', 11],
  ['Conflicten', 'conflicts', 10],
  ['Status', 'status', 18],
  ['Ontbreekt', 'missing', 40],
  ['Gevraagde metingen', 'askedKeys', 40],
  ['Ronde', 'roundId', 38],
];

export const ROUND_STATUS = { notReturned: 'niet teruggekregen', incomplete: 'onvolledig', complete: 'volledig' } as const;

/** One asked measurement as a line a coordinator can read and a merge can parse: `IND-001 | S-PARKSTRAAT | 2026-S1 | dimensie`. */
export function keyLine(k: { indicator: string; area: string; period: string; dimension: string }): string {
  return [k.indicator, k.area, k.period, ...(k.dimension ? [k.dimension] : [])].join(' | ');
}

export function parseKeyLines(text: string): { indicator: string; area: string; period: string; dimension: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.split(' | ').map((p) => p.trim()))
    .filter((p) => p.length >= 3 && p[0])
    .map(([indicator, area, period, ...rest]) => ({ indicator, area, period, dimension: rest.join(' | ') }));
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : Number(v) || 0);
const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

export interface RoundSheet {
  /** The table's name as it stands, or null when no round was ever started. */
  table: string | null;
  columns: string[];
  /** The rows, with their 0-based data row index for updates. */
  rows: (RoundRow & { index: number })[];
}

export async function readRoundSheet(wb: WorkbookPort, info: WorkbookInfo): Promise<RoundSheet> {
  const found = info.tables.find((t) => same(t.name, ROUND_TABLE));
  if (!found) return { table: null, columns: [], rows: [] };
  const [read] = await wb.readTables([found.name]);
  const at = (caption: string) => read.columns.findIndex((h) => same(h, caption));
  const positions = COLUMNS.map(([caption, key]) => [key, at(caption)] as const);
  const rows = read.rows.flatMap((cells, index) => {
    const row = { index } as RoundRow & { index: number };
    for (const [key, i] of positions) {
      const v = i >= 0 ? cells[i] : null;
      (row as unknown as Record<string, CellInput>)[key] = ['asked', 'filled', 'deviations', 'conflicts'].includes(key) ? num(v) : ['created', 'returned'].includes(key) ? v : str(v);
    }
    return row.period && row.owner ? [row] : [];
  });
  return { table: found.name, columns: read.columns, rows };
}

const cellsOf = (columns: string[], row: RoundRow) => columns.map((caption) => {
  const key = COLUMNS.find(([c]) => same(c, caption))?.[1];
  return key ? row[key] : null;
});

/** Appends new rows; the sheet and table are made the first time. */
export function appendRoundRows(sheet: RoundSheet, rows: RoundRow[]): Edit[] {
  if (!rows.length) return [];
  if (sheet.table) return [{ kind: 'appendRows', table: sheet.table, rows: rows.map((r) => cellsOf(sheet.columns, r)) }];
  const captions = COLUMNS.map(([c]) => c);
  return [
    { kind: 'addSheet', sheet: ROUND_SHEET, tabColor: '#FFC000' },
    { kind: 'addTable', sheet: ROUND_SHEET, table: ROUND_TABLE, at: 'A1', columns: captions, rows: rows.map((r) => cellsOf(captions, r)), style: 'TableStyleMedium7' },
    { kind: 'setSheetLayout', sheet: ROUND_SHEET, widths: Object.fromEntries(COLUMNS.map(([, , w], i) => [columnLetter(i + 1), w])), freezeRows: 1 },
  ];
}

/** Updates the given fields of existing rows. */
export function updateRoundRows(sheet: RoundSheet, changes: { index: number; values: Partial<RoundRow> }[]): Edit[] {
  if (!sheet.table || !changes.length) return [];
  const cells = changes.flatMap(({ index, values }) =>
    Object.entries(values).flatMap(([key, value]) => {
      const caption = COLUMNS.find(([, k]) => k === key)?.[0];
      const column = caption && sheet.columns.find((h) => same(h, caption));
      return column ? [{ row: index, column, value: value as CellInput }] : [];
    }),
  );
  return cells.length ? [{ kind: 'updateCells', table: sheet.table, cells }] : [];
}
