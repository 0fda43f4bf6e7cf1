// What merge wrote from an owner's progress table in a round, one row per value on the hidden sheet
// RondeVoortgang. It plays the part Bronwaarde plays for measurements: when the same owner sends the
// form of the same round again with a corrected value, the registry still holding what their first
// merge wrote means nobody changed it since, so the correction replaces it; a value changed by hand
// in between differs from it and stays a conflict.
import type { RegistryData } from '../registry/read';
import { findOwned, newOwnedTable, ownedCaptions, ownedCells } from '../registry/ownedLayout';
import { ownedTable } from '../registry/schema';
import { text } from '../registry/values';
import type { CellValue, Edit, WorkbookInfo } from '../workbook/port';

const SPEC = ownedTable('roundProgress');
export const REPORTED_TABLE = SPEC.table;

/** One value written: the round, the owner, the action or measure, the form's column and the value. */
export interface Reported {
  roundId: string;
  owner: string;
  kind: string;
  code: string;
  field: string;
  value: number | string;
}

const keyOf = (r: Omit<Reported, 'value'>) => [r.roundId, r.owner, r.kind, r.code, r.field].map((p) => p.trim().toLowerCase()).join('\u0001');

export class ReportedProgress {
  /** The rows as read, by key, with their 0-based data row; and what this merge writes. */
  private readonly rows = new Map<string, { index: number; value: CellValue }>();
  private readonly written = new Map<string, Reported>();
  private readonly columns: string[] | null;

  constructor(data: RegistryData) {
    const read = data.also.get(REPORTED_TABLE);
    this.columns = read?.columns ?? null;
    if (!read) return;
    const at = (key: string) => read.columns.findIndex((h) => h.trim().toLowerCase() === SPEC.columns.find((c) => c.key === key)!.caption.toLowerCase());
    const [roundId, owner, kind, code, field, value] = ['roundId', 'owner', 'kind', 'code', 'field', 'value'].map(at);
    if ([roundId, owner, kind, code, field, value].some((i) => i < 0)) return;
    read.rows.forEach((cells, index) => {
      this.rows.set(keyOf({ roundId: text(cells[roundId]), owner: text(cells[owner]), kind: text(cells[kind]), code: text(cells[code]), field: text(cells[field]) }), { index, value: cells[value] });
    });
  }

  /** The value this owner's form of this round last had written, or undefined. */
  find(k: Omit<Reported, 'value'>): CellValue | undefined {
    const key = keyOf(k);
    return this.written.get(key)?.value ?? this.rows.get(key)?.value;
  }

  put(r: Reported): void {
    this.written.set(keyOf(r), r);
  }

  /** The edits: a value written again is updated in its row, a new one appended; the sheet is made the first time. */
  edits(info: WorkbookInfo): Edit[] {
    if (!this.written.size) return [];
    const cells = (r: Reported, headers: readonly string[]) => ownedCells(SPEC, headers, { ...r });
    const existing = this.columns && findOwned(info, SPEC);
    if (!existing || !this.columns) return newOwnedTable(info, SPEC, [...this.written.values()].map((r) => cells(r, ownedCaptions(SPEC))));
    const valueCaption = SPEC.columns.find((c) => c.key === 'value')!.caption;
    const column = this.columns.find((h) => h.trim().toLowerCase() === valueCaption.toLowerCase())!;
    const update = [...this.written].flatMap(([k, r]) => (this.rows.has(k) ? [{ row: this.rows.get(k)!.index, column, value: r.value }] : []));
    const append = [...this.written].flatMap(([k, r]) => (this.rows.has(k) ? [] : [cells(r, this.columns!)]));
    return [...(update.length ? [{ kind: 'updateCells' as const, table: existing.name, cells: update }] : []), ...(append.length ? [{ kind: 'appendRows' as const, table: existing.name, rows: append }] : [])];
  }
}
