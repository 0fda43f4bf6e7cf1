// Upserts measurements on their natural key (indicator, gebied, periode, dimensie) without losing
// anything. Bronwaarde holds the value as the last import read it, so Waarde ≠ Bronwaarde means a
// person changed it: such a value is never overwritten; a different value from the file is a
// conflict for the user to decide. The same value again changes nothing, so a re-import is a no-op.
import { measurementKey, naturalKey } from '../registry/keys';
import type { LogEntry } from '../registry/logbook';
import { tableSpec } from '../registry/schema';
import { parseNumber } from '../registry/values';
import { columnIndex, columnLetter } from '../workbook/address';
import type { CellInput, CellValue, Edit } from '../workbook/port';
import type { RegistryTable } from './registry';
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

const blank = (v: CellValue | undefined) => v === null || v === undefined || cellText(v) === '';

/** A cell and a number are the same value (a number typed as text counts; tiny float noise does not). */
function sameValue(cell: CellValue | undefined, value: number): boolean {
  if (blank(cell)) return false;
  const parsed = parseNumber(cell ?? null);
  if (!parsed.ok) return false;
  return Math.abs(parsed.value - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (typeof b === 'number') return sameValue(a, b);
  if (typeof a === 'number') return sameValue(b, a);
  return !blank(a) && cellText(a) === cellText(b);
}

/** A number as a Flemish reader writes it: decimal comma. */
export const dutchNumber = (v: CellValue | number) => (typeof v === 'number' ? String(v).replace('.', ',') : cellText(v));


export class MeasurementUpsert {
  private readonly existing = new Map<string, number>();
  /** Where each key was first met in the file: a line, or a line on a sheet. */
  private readonly seen = new Map<string, number | { line: number; sheet: string }>();
  private readonly added: CellInput[][] = [];
  private readonly updates = new Map<number, Record<string, CellInput>>();
  /** Values that replaced another, for the Logboek. */
  private readonly changed: Omit<LogEntry, 'operation' | 'source'>[] = [];
  /** New measurements per indicator, for the Logboek: one line each, not one per row. */
  private readonly addedPer = new Map<string, { count: number; first: string; last: string; areas: Set<string> }>();

  constructor(
    private readonly table: RegistryTable,
    private readonly retrieved: Date,
  ) {
    table.rows.rows.forEach((row, i) => {
      const [ind, area, period] = [table.get(row, 'indicator'), table.get(row, 'area'), table.get(row, 'period')];
      if (blank(ind) && blank(area) && blank(period)) return;
      const key = measurementKey(ind, area, period, table.get(row, 'dimension'));
      if (!this.existing.has(key)) this.existing.set(key, i);
    });
  }

  /** Whether a measurement already stands in the registry (for values the file leaves empty). */
  has(v: Pick<IncomingValue, 'indicator' | 'area' | 'period' | 'dimension'>): boolean {
    return this.existing.has(measurementKey(v.indicator, v.area, v.period, v.dimension));
  }

  put(v: IncomingValue): Outcome {
    const key = measurementKey(v.indicator, v.area, v.period, v.dimension);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) return typeof earlier === 'number' ? { kind: 'duplicate', line: earlier } : { kind: 'duplicate', ...earlier };
    this.seen.set(key, v.sheet ? { line: v.line, sheet: v.sheet } : v.line);

    const index = this.existing.get(key);
    if (index === undefined) {
      this.added.push(
        this.table.cells({ indicator: v.indicator, area: v.area, period: v.period, dimension: v.dimension || null, value: v.value, sourceValue: v.value, unit: v.unit, source: v.source, file: v.file, retrieved: this.retrieved }),
      );
      const per = this.addedPer.get(v.indicator) ?? { count: 0, first: v.period, last: v.period, areas: new Set<string>() };
      per.count++;
      if (v.period < per.first) per.first = v.period;
      if (v.period > per.last) per.last = v.period;
      per.areas.add(v.area);
      this.addedPer.set(v.indicator, per);
      return { kind: 'added' };
    }
    const fresh = { value: v.value, sourceValue: v.value, unit: v.unit, source: v.source, file: v.file, retrieved: this.retrieved };
    const row = this.table.rows.rows[index];
    const [current, source] = [this.table.get(row, 'value'), this.table.get(row, 'sourceValue')];
    if (sameValue(current, v.value)) {
      // A value typed by hand that the source now confirms: remember it as the source's value.
      if (!sameValue(source, v.value)) this.update(index, { sourceValue: v.value, file: v.file });
      return { kind: 'unchanged' };
    }
    const untouched = blank(current) ? blank(source) : sameCell(current, source);
    if (untouched) {
      this.update(index, fresh);
      this.changed.push({ indicator: v.indicator, area: v.area, period: v.period, dimension: v.dimension, old: current, new: v.value });
      return { kind: 'updated' };
    }
    if (sameValue(source, v.value)) return { kind: 'unchanged' };
    return { kind: 'conflict', conflict: this.conflict(index, v, current, source) };
  }

  private update(index: number, values: Record<string, CellInput>): void {
    this.updates.set(index, { ...this.updates.get(index), ...values });
  }

  private conflict(index: number, v: IncomingValue, current: CellValue, source: CellValue): Conflict {
    const { sheet, firstRow, firstColumn } = this.table.rows;
    const cell = `${sheet}!${columnLetter(columnIndex(firstColumn) + this.table.col('value'))}${firstRow + index}`;
    const what = [v.indicator, v.area, v.period, v.dimension].filter(Boolean).join(', ');
    const before = blank(source) ? 'met de hand ingevuld' : `met de hand aangepast (de vorige import las ${dutchNumber(source)})`;
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
      message: `${cell} (${what}): in het register staat ${blank(current) ? 'niets' : dutchNumber(current)}, ${before}; het bestand geeft ${dutchNumber(v.value)}. De waarde is niet overschreven. Neem de waarde uit het bestand over in Waarde, of zet ${dutchNumber(v.value)} in Bronwaarde om uw eigen waarde te houden.`,
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

  /**
   * The edits for the workbook: the new rows appended, changed cells updated, with the keys of their
   * rows as read, so a table a co-author sorted since is refused rather than written on other rows.
   */
  edits(): Edit[] {
    const edits: Edit[] = [];
    const { table, columns, rows } = this.table.rows;
    if (this.added.length) edits.push({ kind: 'appendRows', table, rows: this.added });
    const cells: { row: number; column: string; value: CellInput }[] = [];
    const expect: { row: number; column: string; value: CellValue }[] = [];
    for (const [row, values] of this.updates) {
      for (const [key, value] of Object.entries(values)) {
        const col = this.table.col(key);
        if (col >= 0) cells.push({ row, column: columns[col], value });
      }
      for (const key of naturalKey(tableSpec('measurements'))) {
        const col = this.table.col(key);
        if (col >= 0) expect.push({ row, column: columns[col], value: this.table.get(rows[row], key) ?? null });
      }
    }
    if (cells.length) edits.push({ kind: 'updateCells', table, cells, expect });
    return edits;
  }
}
