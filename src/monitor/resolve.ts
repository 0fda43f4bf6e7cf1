// Settling the conflicts of an import: for each, the user takes the file's value or keeps the one
// typed by hand. Either way Bronwaarde becomes the file's value, so the next import of the same
// file no longer reports it, and the decision is a line in the Logboek. A value that changed again
// since the import is left alone and reported: the user decided about a value that is gone.
import { problem, type Problem } from '../rules';
import { logbookEdits, type LogEntry } from '../registry/logbook';
import type { Edit, WorkbookPort } from '../workbook/port';
import { MeasurementStore } from '../registry/upsert';
import { openImportRegistry } from './registry';
import { cellText } from './text';
import type { Conflict } from './types';

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
  skipped: ({ conflict: Conflict } & Problem)[];
}

export async function resolveConflicts(wb: WorkbookPort, decisions: Decision[], options: ResolveOptions): Promise<ResolveResult> {
  const registry = await openImportRegistry(wb);
  const store = new MeasurementStore(registry.measurements);
  const now = options.now ?? new Date();
  const result: ResolveResult = { taken: 0, kept: 0, skipped: [] };
  const log: LogEntry[] = [];
  for (const { conflict: c, take } of decisions) {
    const row = store.find(c);
    const current = row?.get('value') ?? null;
    if (!row || cellText(current) !== cellText(c.workbookValue)) {
      result.skipped.push({ conflict: c, ...problem('import.veranderd', { cell: c.cell, current: cellText(current) }) });
      continue;
    }
    const key = { indicator: c.indicator, area: c.area, period: c.period, dimension: c.dimension };
    if (take === 'file') {
      store.put(c, c.fileValue, { file: options.file }, { force: true });
      log.push({ operation: 'correctie', source: `${options.file}: waarde uit het bestand overgenomen`, ...key, old: current, new: c.fileValue });
      result.taken++;
    } else {
      store.set(row, { sourceValue: c.fileValue });
      log.push({ operation: 'correctie', source: `${options.file}: met de hand aangepaste waarde behouden (het bestand gaf ${cellText(c.fileValue)})`, ...key, old: current, new: current });
      result.kept++;
    }
  }
  const measurements = store.edits();
  const edits: Edit[] = measurements.length ? [...measurements, ...logbookEdits(registry.data.info, log, { now, user: options.user })] : [];
  if (edits.length) await wb.apply(edits);
  return result;
}
