// The one upsert into Metingen, used by the import, the round merge and the settling of conflicts.
// Rows are found by their natural key (registry/keys). The hand-edit rule (README, "Waarden met de
// hand"): Bronwaarde holds the value as an operation last wrote it, so
// - an empty Waarde (with an empty Bronwaarde) is filled, and a value nobody changed since an
//   operation wrote it (Waarde = Bronwaarde) is replaced by a new value;
// - the same value again changes nothing (a re-import or a form returned twice is a no-op); a value
//   typed by hand that the incoming value confirms gets that Bronwaarde;
// - a value changed or typed by hand (Waarde ≠ Bronwaarde) is never overwritten: a different
//   incoming value is a conflict for the user, unless it is the one that was already set aside
//   (incoming = Bronwaarde), which changes nothing. Settling a conflict (`force`) writes it.
import type { CellInput, CellValue, Edit } from '../workbook/port';
import type { Row } from './defaults';
import { measurementKey, naturalKey } from './keys';
import { rowWriter } from './layout';
import type { RowView, TableView } from './read';
import { isBlank, parseNumber, text } from './values';

export interface MeasurementId {
  indicator: string;
  area: string;
  period: string;
  dimension: string;
}

export type Outcome = { kind: 'added' } | { kind: 'updated'; row: RowView; old: CellValue } | { kind: 'unchanged' } | { kind: 'conflict'; row: RowView; current: CellValue; source: CellValue };

/** A cell and a value are the same value: a number typed as text counts, float noise does not; a label in any case. */
export function sameValue(cell: CellValue | undefined, value: number | string): boolean {
  if (cell === undefined || isBlank(cell)) return false;
  if (typeof value === 'string') return text(cell).toLowerCase() === value.trim().toLowerCase();
  const n = parseNumber(cell);
  return n.ok && Math.abs(n.value - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

export class MeasurementStore {
  private readonly index = new Map<string, RowView>();
  /** New rows as the cells written, made as they come: a Row object per new measurement kept to the save costs more. */
  private readonly added: CellInput[][] = [];
  private readonly updates = new Map<RowView, Row>();
  private readonly cells: (row: Row) => CellInput[];

  constructor(readonly table: TableView) {
    for (const r of table.rows) {
      const key = measurementKey(r.get('indicator'), r.get('area'), r.get('period'), r.get('dimension'));
      if (!this.index.has(key)) this.index.set(key, r);
    }
    this.cells = rowWriter(table.spec, table.headers);
  }

  /** The row of a measurement, if Metingen has it; by its parts or by its key (registry/keys.measurementKey). */
  find(id: MeasurementId | string): RowView | undefined {
    return this.index.get(typeof id === 'string' ? id : measurementKey(id.indicator, id.area, id.period, id.dimension));
  }

  /**
   * Puts a value by the hand-edit rule above. `fields` are written with it (Bron, Bestand, Opgehaald
   * op …; Waarde and Bronwaarde are the value), `newRow` besides in a new row, `confirm` besides
   * Bronwaarde when the value confirms one typed by hand; `force` settles a conflict for the value;
   * `key` is the measurement's key when the caller has it already.
   */
  put(id: MeasurementId, value: number | string, fields: Row, options: { force?: boolean; confirm?: Row; newRow?: Row; key?: string } = {}): Outcome {
    const row = this.find(options.key ?? id);
    const written = { ...fields, value, sourceValue: value };
    if (!row) {
      this.added.push(this.cells({ indicator: id.indicator, area: id.area, period: id.period, dimension: id.dimension || null, ...options.newRow, ...written }));
      return { kind: 'added' };
    }
    const [current, source] = [row.get('value'), row.get('sourceValue')];
    if (sameValue(current, value)) {
      if (!sameValue(source, value)) this.set(row, { sourceValue: value, ...options.confirm });
      return { kind: 'unchanged' };
    }
    const untouched = isBlank(current) ? isBlank(source) : sameCell(current, source);
    if (untouched || options.force) {
      this.set(row, written);
      return { kind: 'updated', row, old: current };
    }
    if (sameValue(source, value)) return { kind: 'unchanged' };
    return { kind: 'conflict', row, current, source };
  }

  /** Sets cells of a row by column key (a decision on a conflict). */
  set(row: RowView, values: Row): void {
    this.updates.set(row, { ...this.updates.get(row), ...values });
  }

  /**
   * The edits: new rows appended, changed cells updated with the natural keys of their rows as read,
   * so a Metingen a co-author sorted since is refused rather than written on other rows.
   */
  edits(): Edit[] {
    const t = this.table;
    const edits: Edit[] = [];
    if (this.added.length) edits.push({ kind: 'appendRows', table: t.table, rows: this.added.slice() });
    const cells: { row: number; column: string; value: CellInput }[] = [];
    const expect: { row: number; column: string; value: CellValue }[] = [];
    for (const [row, values] of this.updates) {
      for (const [key, value] of Object.entries(values)) {
        const column = t.columns.get(key);
        // A Waarde typed as 12,5 % keeps its percent format: 13 goes in as 0,13, which shows and reads as 13 %.
        const written = key === 'value' && typeof value === 'number' && t.percentRows?.has(row.row) ? Number((value / 100).toPrecision(15)) : value;
        if (column) cells.push({ row: row.row - t.firstRow, column: column.caption, value: written ?? null });
      }
      for (const key of naturalKey(t.spec)) {
        const column = t.columns.get(key);
        if (column) expect.push({ row: row.row - t.firstRow, column: column.caption, value: row.get(key) ?? null });
      }
    }
    if (cells.length) edits.push({ kind: 'updateCells', table: t.table, cells, expect });
    return edits;
  }
}

/** Waarde and Bronwaarde hold the same value (both numbers, or the same text). */
function sameCell(a: CellValue, b: CellValue): boolean {
  if (typeof b === 'number') return sameValue(a, b);
  if (typeof a === 'number') return sameValue(b, a);
  return !isBlank(a) && text(a) === text(b);
}
