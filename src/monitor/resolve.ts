// Settling the conflicts of an import: for each, the user takes the file's value or keeps the one
// typed by hand. Either way Bronwaarde becomes the file's value, so the next import of the same
// file no longer reports it, and the decision is a line in the Logboek. A value that changed again
// since the import is left alone and reported: the user decided about a value that is gone.
import { logbookEdits, type LogEntry } from '../registry/logbook';
import type { CellInput, Edit, WorkbookPort } from '../workbook/port';
import { readRegistry } from './registry';
import { cellText } from './text';
import type { Conflict } from './types';
import { measurementKey } from '../registry/keys';

export interface Decision {
  conflict: Conflict;
  take: 'file' | 'mine';
}

export interface ResolveOptions {
  /** The file the conflicting values came from, for Bestand and the Logboek. */
  file: string;
  now?: Date;
  user?: string;
}

export interface ResolveResult {
  taken: number;
  kept: number;
  /** Decisions not applied because the value changed since the import, with the reason. */
  skipped: { conflict: Conflict; message: string }[];
}

export async function resolveConflicts(wb: WorkbookPort, decisions: Decision[], options: ResolveOptions): Promise<ResolveResult> {
  const registry = await readRegistry(wb);
  const t = registry.measurements;
  const index = new Map<string, number>();
  t.rows.rows.forEach((row, i) => {
    const key = measurementKey(t.get(row, 'indicator'), t.get(row, 'area'), t.get(row, 'period'), t.get(row, 'dimension'));
    if (!index.has(key)) index.set(key, i);
  });
  const now = options.now ?? new Date();
  const result: ResolveResult = { taken: 0, kept: 0, skipped: [] };
  const cells: { row: number; column: string; value: CellInput }[] = [];
  const log: LogEntry[] = [];
  const set = (row: number, key: string, value: CellInput) => t.col(key) >= 0 && cells.push({ row, column: t.rows.columns[t.col(key)], value });
  for (const { conflict: c, take } of decisions) {
    const row = index.get(measurementKey(c.indicator, c.area, c.period, c.dimension));
    const current = row === undefined ? null : t.get(t.rows.rows[row], 'value');
    if (row === undefined || cellText(current) !== cellText(c.workbookValue)) {
      result.skipped.push({ conflict: c, message: `${c.cell}: de waarde is sinds het importeren veranderd (nu ${cellText(current) || 'leeg'}); er is niets aangepast. Importeer opnieuw om te zien of er nog een conflict is.` });
      continue;
    }
    const key = { indicator: c.indicator, area: c.area, period: c.period, dimension: c.dimension };
    set(row, 'sourceValue', c.fileValue);
    if (take === 'file') {
      set(row, 'value', c.fileValue);
      set(row, 'file', options.file);
      log.push({ operation: 'correctie', source: `${options.file}: waarde uit het bestand overgenomen`, ...key, old: current, new: c.fileValue });
      result.taken++;
    } else {
      log.push({ operation: 'correctie', source: `${options.file}: met de hand aangepaste waarde behouden (het bestand gaf ${cellText(c.fileValue)})`, ...key, old: current, new: current });
      result.kept++;
    }
  }
  const edits: Edit[] = cells.length ? [{ kind: 'updateCells', table: t.rows.table, cells }, ...logbookEdits(registry.info, log, { now, user: options.user })] : [];
  if (edits.length) await wb.apply(edits);
  return result;
}
