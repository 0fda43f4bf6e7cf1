// The Rondes sheet: one row per owner per round, kept by round start and merge. It is the
// coordinator's overview (returned or not, complete or not, deviations, conflicts), with the
// reminder list (Ontbreekt) to copy into an e-mail. The measurements each owner was asked for are
// one row each on the hidden sheet RondeMetingen, so a merge can tell a deleted form row from one
// that was never asked, however many an owner has (a cell holds at most 32,767 characters).
import type { RegistryData } from '../registry/read';
import { ownedTable } from '../registry/schema';
import { findOwned, newOwnedTable, ownedCaptions, printLayout } from '../registry/ownedLayout';
import type { CellInput, CellValue, Edit, WorkbookInfo } from '../workbook/port';
import { REPORTED_TABLE } from './reportedProgress';

const SPEC = ownedTable('rounds');
const ASKED = ownedTable('roundAsked');
export const ROUND_SHEET = SPEC.sheet;
export const ROUND_TABLE = SPEC.table;
export const ASKED_SHEET = ASKED.sheet;
export const ASKED_TABLE = ASKED.table;

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
  /** The asked measurements still without a value, one per line (the first of them, for a long list). */
  missing: string;
}

/** What identifies a measurement. */
export interface MeasurementKey {
  indicator: string;
  area: string;
  period: string;
  dimension: string;
}

/** The Rondes columns: caption and the row's field, from the schema. */
const COLUMNS = SPEC.columns.map((c) => [c.caption, c.key as keyof RoundRow] as const);

export const ROUND_STATUS = { notReturned: 'niet teruggekregen', incomplete: 'onvolledig', complete: 'volledig' } as const;

/** A measurement as a line a coordinator can read: `IND-001 | S-PARKSTRAAT | 2026-S1 | dimensie`. */
export function keyLine(k: MeasurementKey): string {
  return [k.indicator, k.area, k.period, ...(k.dimension ? [k.dimension] : [])].join(' | ');
}

/** A measurement with its names, for a reminder: `Afstand tot openbaar groen (IND-003), Brugse Poort - Rooigem, 2026`. */
export function namedKeyLine(k: MeasurementKey & { name: string; areaName: string }): string {
  return `${k.name ? `${k.name} (${k.indicator})` : k.indicator}, ${k.areaName || k.area}, ${k.period}${k.dimension ? `, ${k.dimension}` : ''}`;
}

/** At most this many lines in Ontbreekt: a reminder, not the record (that is RondeMetingen). */
const MISSING_LINES = 50;

/** The reminder lines of Ontbreekt, with the names a person knows the measurements by. */
export function missingText(keys: (MeasurementKey & { name: string; areaName: string })[]): string {
  const lines = keys.slice(0, MISSING_LINES).map(namedKeyLine);
  if (keys.length > MISSING_LINES) lines.push(`… en nog ${keys.length - MISSING_LINES}`);
  return lines.join('\n');
}

const ASKED_COLUMNS = ASKED.columns.map((c) => [c.caption, c.key as keyof AskedRow] as const);
type AskedRow = MeasurementKey & { roundId: string; owner: string };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : Number(v) || 0);
const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

export interface RoundSheet {
  /** The table's name as it stands, or null when no round was ever started. */
  table: string | null;
  columns: string[];
  /** The rows, with their 0-based data row index for updates. */
  rows: (RoundRow & { index: number })[];
  asked: { table: string | null; rows: AskedRow[] };
}

/** The tables of the round sheets, for openRegistry's `also`: they are read with the registry. */
export const ROUND_TABLES = [ROUND_TABLE, ASKED_TABLE, REPORTED_TABLE];

/** The round sheets as read with the registry (openRegistry with `also: ROUND_TABLES`). */
export function readRoundSheet(data: RegistryData): RoundSheet {
  const read = data.also.get(ROUND_TABLE);
  const askedRead = data.also.get(ASKED_TABLE);
  if (!read) return { table: null, columns: [], rows: [], asked: { table: null, rows: [] } };
  const at = (columns: string[], caption: string) => columns.findIndex((h) => same(h, caption));
  const positions = COLUMNS.map(([caption, key]) => [key, at(read.columns, caption)] as const);
  const rows = read.rows.flatMap((cells, index) => {
    const row = { index } as RoundRow & { index: number };
    for (const [key, i] of positions) {
      const v = i >= 0 ? cells[i] : null;
      (row as unknown as Record<string, CellInput>)[key] = ['asked', 'filled', 'deviations', 'conflicts'].includes(key) ? num(v) : ['created', 'returned'].includes(key) ? v : str(v);
    }
    return row.period && row.owner ? [row] : [];
  });
  const askedAt = ASKED_COLUMNS.map(([caption, key]) => [key, askedRead ? at(askedRead.columns, caption) : -1] as const);
  const asked = (askedRead?.rows ?? []).map((cells) => Object.fromEntries(askedAt.map(([key, i]) => [key, i >= 0 ? str(cells[i]) : ''])) as unknown as AskedRow).filter((r) => r.roundId && r.indicator);
  return { table: read.table, columns: read.columns, rows, asked: { table: askedRead?.table ?? null, rows: asked } };
}

/** The measurements an owner was asked for in a round. */
export function askedOf(sheet: RoundSheet, roundId: string, owner: string): MeasurementKey[] {
  return sheet.asked.rows.filter((r) => r.roundId === roundId && same(r.owner, owner)).map(({ indicator, area, period, dimension }) => ({ indicator, area, period, dimension }));
}

const cellsOf = (columns: string[], row: RoundRow) => columns.map((caption) => {
  const key = COLUMNS.find(([c]) => same(c, caption))?.[1];
  return key ? row[key] : null;
});

/** Appends new rows; the sheet and table are made the first time, and set to print. */
export function appendRoundRows(info: WorkbookInfo, sheet: RoundSheet, rows: RoundRow[], municipality: string | null): Edit[] {
  if (!rows.length) return [];
  const existing = findOwned(info, SPEC);
  if (sheet.table && existing) return [{ kind: 'appendRows', table: sheet.table, rows: rows.map((r) => cellsOf(sheet.columns, r)) }, ...printLayout(SPEC, existing, municipality)];
  return newOwnedTable(info, SPEC, rows.map((r) => cellsOf(ownedCaptions(SPEC), r)), municipality);
}

/** Sets what owners were asked in a round: new owners are appended, an owner asked again is replaced. */
export function askedEdits(info: WorkbookInfo, sheet: RoundSheet, roundId: string, asked: { owner: string; keys: MeasurementKey[] }[]): Edit[] {
  if (!asked.length) return [];
  const fresh: AskedRow[] = asked.flatMap(({ owner, keys }) => keys.map((k) => ({ roundId, owner, ...k })));
  const cells = (r: AskedRow) => ASKED_COLUMNS.map(([, key]) => r[key] || null);
  const { table, rows } = sheet.asked;
  if (!table) return newOwnedTable(info, ASKED, fresh.map(cells));
  const replaced = (r: AskedRow) => r.roundId === roundId && asked.some((a) => same(a.owner, r.owner));
  if (!rows.some(replaced)) return [{ kind: 'appendRows', table, rows: fresh.map(cells) }];
  return [{ kind: 'replaceRows', table, rows: [...rows.filter((r) => !replaced(r)), ...fresh].map(cells) }];
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
