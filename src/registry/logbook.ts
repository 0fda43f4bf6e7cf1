// The Logboek: every change an operation makes to Metingen (import, round merge, a correction the
// user accepted) as one line, so "who changed this value, and when" always has an answer. The
// operations own the sheet and only ever append to it; columns are found by caption, so a column
// the user moved or added keeps working.
import { columnLetter } from '../workbook/address';
import { captionOf } from './schema';
import type { CellInput, CellValue, Edit, WorkbookInfo } from '../workbook/port';

export const LOGBOOK_SHEET = 'Logboek';
export const LOGBOOK_TABLE = 'tblLogboek';

export type LogOperation = 'import' | 'ronde' | 'correctie';

export interface LogEntry {
  operation: LogOperation;
  /** Where the new value comes from: a file name, `update Milieu 2026-S1 (formulier.xlsx)` … */
  source: string;
  indicator: string;
  area: string;
  period: string;
  dimension: string;
  old: CellValue;
  new: CellInput;
}

export interface LogContext {
  now: Date;
  /** The user's name, when the host tells it (the CLI does; Office.js does not). */
  user?: string;
}

const COLUMNS: [caption: string, width: number, get: (e: LogEntry, when: string, user: string | null) => CellInput][] = [
  ['Tijdstip', 17, (_, when) => when],
  ['Bewerking', 11, (e) => e.operation],
  ['Bron', 40, (e) => e.source],
  [captionOf('measurements', 'indicator'), 11, (e) => e.indicator],
  [captionOf('measurements', 'area'), 14, (e) => e.area],
  [captionOf('measurements', 'period'), 10, (e) => e.period],
  [captionOf('measurements', 'dimension'), 16, (e) => e.dimension || null],
  ['Oude waarde', 12, (e) => e.old],
  ['Nieuwe waarde', 12, (e) => e.new],
  ['Gebruiker', 16, (_, __, user) => user],
];
export const LOGBOOK_COLUMNS = COLUMNS.map(([caption]) => caption);

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const two = (n: number) => String(n).padStart(2, '0');

/** Local time as text that sorts and reads the same everywhere: 2026-06-30 14:05. */
export function timestamp(d: Date): string {
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The edits that append the entries: the sheet and table are made the first time. */
export function logbookEdits(info: WorkbookInfo, entries: LogEntry[], context: LogContext): Edit[] {
  if (!entries.length) return [];
  const when = timestamp(context.now);
  const user = context.user?.trim() || null;
  const existing = info.tables.find((t) => same(t.name, LOGBOOK_TABLE));
  if (existing) {
    const getters = existing.columns.map((caption) => COLUMNS.find(([c]) => same(c, caption))?.[2]);
    return [{ kind: 'appendRows', table: existing.name, rows: entries.map((e) => getters.map((get) => get?.(e, when, user) ?? null)) }];
  }
  const edits: Edit[] = [];
  if (!info.sheets.some((s) => same(s.name, LOGBOOK_SHEET))) edits.push({ kind: 'addSheet', sheet: LOGBOOK_SHEET, tabColor: '#605E5C' });
  const widths = Object.fromEntries(COLUMNS.map(([, width], i) => [columnLetter(i + 1), width]));
  edits.push(
    { kind: 'addTable', sheet: LOGBOOK_SHEET, table: LOGBOOK_TABLE, at: 'A1', columns: LOGBOOK_COLUMNS, rows: entries.map((e) => COLUMNS.map(([, , get]) => get(e, when, user))), style: 'TableStyleLight15' },
    { kind: 'setSheetLayout', sheet: LOGBOOK_SHEET, widths, freezeRows: 1 },
  );
  return edits;
}
