// Upserts measurements on their natural key (indicator, gebied, periode, dimensie) without losing
// anything. Bronwaarde holds the value as the last import read it, so Waarde ≠ Bronwaarde means a
// person changed it: such a value is never overwritten; a different value from the file is a
// conflict for the user to decide. The same value again changes nothing, so a re-import is a no-op.
import { problem } from '../rules';
import { measurementKey } from '../registry/keys';
import type { LogEntry } from '../registry/logbook';
import type { TableView } from '../registry/read';
import { MeasurementStore } from '../registry/upsert';
import type { CellValue, Edit } from '../workbook/port';
import { cellText } from './text';
import type { Conflict } from './types';

export interface IncomingValue {
  indicator: string;
  area: string;
  period: string;
  dimension: string;
  value: number;
  unit: string | null;
  source: string;
  file: string;
  line: number;
  sheet?: string;
}

export type Outcome = { kind: 'added' | 'updated' | 'unchanged' } | { kind: 'conflict'; conflict: Conflict } | { kind: 'duplicate'; line: number; sheet?: string };

/** A value as a Flemish reader writes it: decimal comma; a blank cell (or a number that is none) is ''. */
export const dutchNumber = (v: CellValue | number) => (typeof v === 'number' ? cellText(v).replace('.', ',') : cellText(v));

/** The import's side of the one upsert (registry/upsert): a file's duplicates, conflict messages and the Logboek. */
export class MeasurementUpsert {
  private readonly store: MeasurementStore;
  /** Where each key was first met in the file: a line, or a line on a sheet. */
  private readonly seen = new Map<string, number | { line: number; sheet: string }>();
  /** Values that replaced another, for the Logboek. */
  private readonly changed: Omit<LogEntry, 'operation' | 'source'>[] = [];
  /** New measurements per indicator, for the Logboek: one line each, not one per row. */
  private readonly addedPer = new Map<string, { count: number; first: string; last: string; areas: Set<string> }>();

  constructor(
    table: TableView,
    private readonly retrieved: Date,
  ) {
    this.store = new MeasurementStore(table);
  }

  /** Whether a measurement already stands in the registry (for values the file leaves empty). */
  has(v: Pick<IncomingValue, 'indicator' | 'area' | 'period' | 'dimension'>): boolean {
    return this.store.find(v) !== undefined;
  }

  put(v: IncomingValue): Outcome {
    const key = measurementKey(v.indicator, v.area, v.period, v.dimension);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) return typeof earlier === 'number' ? { kind: 'duplicate', line: earlier } : { kind: 'duplicate', ...earlier };
    this.seen.set(key, v.sheet ? { line: v.line, sheet: v.sheet } : v.line);

    const outcome = this.store.put(v, v.value, { unit: v.unit, source: v.source, file: v.file, retrieved: this.retrieved }, { confirm: { file: v.file }, key });
    if (outcome.kind === 'added') {
      const per = this.addedPer.get(v.indicator) ?? { count: 0, first: v.period, last: v.period, areas: new Set<string>() };
      per.count++;
      if (v.period < per.first) per.first = v.period;
      if (v.period > per.last) per.last = v.period;
      per.areas.add(v.area);
      this.addedPer.set(v.indicator, per);
      return outcome;
    }
    if (outcome.kind === 'updated') {
      this.changed.push({ indicator: v.indicator, area: v.area, period: v.period, dimension: v.dimension, old: outcome.old, new: v.value });
      return { kind: 'updated' };
    }
    if (outcome.kind === 'unchanged') return outcome;
    const at = outcome.row.at('value');
    return { kind: 'conflict', conflict: this.conflict(`${at.sheet}!${at.cell}`, v, outcome.current, outcome.source) };
  }

  private conflict(cell: string, v: IncomingValue, current: CellValue, source: CellValue): Conflict {
    return {
      indicator: v.indicator,
      area: v.area,
      period: v.period,
      dimension: v.dimension,
      cell,
      workbookValue: current,
      fileValue: v.value,
      line: v.line,
      ...(v.sheet ? { sheet: v.sheet } : {}),
      ...problem('import.conflict', { cell, what: [v.indicator, v.area, v.period, v.dimension].filter(Boolean).join(', '), current: dutchNumber(current), source: dutchNumber(source), value: dutchNumber(v.value) }),
    };
  }

  /** What the Logboek keeps of this upsert: every replaced value, and the new rows per indicator. */
  logEntries(source: string): LogEntry[] {
    const entries: LogEntry[] = [...this.addedPer].map(([indicator, per]) => ({
      operation: 'import',
      source,
      indicator,
      area: per.areas.size === 1 ? [...per.areas][0] : `${per.areas.size} gebieden`,
      period: per.first === per.last ? per.first : `${per.first} tot ${per.last}`,
      dimension: '',
      old: null,
      new: `${per.count} ${per.count === 1 ? 'nieuwe meting' : 'nieuwe metingen'}`,
    }));
    return entries.concat(this.changed.map((c) => ({ operation: 'import', source, ...c })));
  }

  /** The edits for the workbook (registry/upsert): new rows appended, changed cells updated. */
  edits(): Edit[] {
    return this.store.edits();
  }
}
