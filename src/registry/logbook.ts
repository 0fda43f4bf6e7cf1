// The Logboek: every change an operation makes to Metingen (import, round merge, a correction the
// user accepted) as one line, so "who changed this value, and when" always has an answer. The
// operations own the sheet and only ever append to it; columns are found by caption, so a column
// the user moved or added keeps working.
import { findOwned, newOwnedTable, ownedCaptions, ownedCells } from './ownedLayout';
import { ownedTable } from './schema';
import type { CellInput, CellValue, Edit, WorkbookInfo } from '../workbook/port';

const SPEC = ownedTable('logbook');
export const LOGBOOK_SHEET = SPEC.sheet;
export const LOGBOOK_TABLE = SPEC.table;

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

export const LOGBOOK_COLUMNS = ownedCaptions(SPEC);

const two = (n: number) => String(n).padStart(2, '0');

/** Local time as text that sorts and reads the same everywhere: 2026-06-30 14:05. */
export function timestamp(d: Date): string {
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** An entry's cells by the schema's column keys. */
const cellsOf = (e: LogEntry, when: string, user: string | null): Record<string, CellInput> => ({
  when,
  operation: e.operation,
  source: e.source,
  indicator: e.indicator,
  area: e.area,
  period: e.period,
  dimension: e.dimension || null,
  old: e.old,
  new: e.new,
  user,
});

/** The edits that append the entries: the sheet and table are made the first time. */
export function logbookEdits(info: WorkbookInfo, entries: LogEntry[], context: LogContext): Edit[] {
  if (!entries.length) return [];
  const when = timestamp(context.now);
  const user = context.user?.trim() || null;
  const existing = findOwned(info, SPEC);
  if (existing) return [{ kind: 'appendRows', table: existing.name, rows: entries.map((e) => ownedCells(SPEC, existing.columns, cellsOf(e, when, user))) }];
  return newOwnedTable(info, SPEC, entries.map((e) => ownedCells(SPEC, LOGBOOK_COLUMNS, cellsOf(e, when, user))));
}
