// From a cell as the workbook port reads it to a typed export value: ISO dates, numbers as Excel
// shows them, text as the user means it. Cells are read the way Controleer register reads them
// (registry/values: decimal comma or point, dates as Excel dates or dd/mm/jjjj text, trimmed text),
// so a value the checks accept exports as that value. A value that cannot have its column's type
// becomes empty and is reported, never guessed.
import { isBlank, parseDate, parseNumber, parsePeriod, text } from '../registry/values';
import { serialToDate } from '../workbook/address';
import type { CellValue } from '../workbook/port';

export { isBlank } from '../registry/values';

/** A value in an exported table: text, a number, an ISO date (`yyyy-mm-dd`) or empty. */
export type ExportValue = string | number | null;

export type Converted = { ok: true; value: ExportValue } | { ok: false; problem: string };

const ok = (value: ExportValue): Converted => ({ ok: true, value });

/**
 * Excel keeps doubles but shows (and lets users type) 15 significant digits; 0.1+0.2 stored as
 * 0.30000000000000004 is 0.3 to the user. Rounding to 15 digits gives the number the user sees,
 * and the same number in CSV, JSON and Parquet. -0 is written as 0.
 */
export function normalizeNumber(n: number): number {
  const rounded = Number(n.toPrecision(15));
  return rounded === 0 ? 0 : rounded;
}

/** Shortest text that reads back as the same double: 48.7, 0.4, -3, 1e-7. */
export function formatNumber(n: number): string {
  return String(normalizeNumber(n));
}

/** A row whose cells are all blank: the one blank row an empty Excel table keeps, or a row cleared by hand. */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlank);
}

/** Text columns: trimmed text; a number in a text column (a NIS code typed as 44021) as its digits. */
export function toText(v: CellValue): Converted {
  if (isBlank(v)) return ok(null);
  return ok(typeof v === 'number' ? formatNumber(v) : text(v));
}

/** A period in its normal form (2023-s1 -> 2023-S1); anything else stays the text it is (the checks report it). */
export function toPeriod(v: CellValue): Converted {
  if (isBlank(v)) return ok(null);
  const period = parsePeriod(v);
  return period.ok ? ok(period.value.code) : toText(v);
}

const quoted = (v: CellValue) => (typeof v === 'string' ? `"${v}"` : text(v));

export function toNumber(v: CellValue): Converted {
  if (isBlank(v)) return ok(null);
  const n = parseNumber(v);
  return n.ok ? ok(normalizeNumber(n.value)) : { ok: false, problem: `${quoted(v)} ${n.problem}` };
}

/** The numeric part of a `value` column: the number, or empty for a label such as energielabel B. */
export function toValueNumber(v: CellValue): ExportValue {
  if (isBlank(v)) return null;
  const n = parseNumber(v);
  return n.ok ? normalizeNumber(n.value) : null;
}

/** The label part of a `value` column: the text when it is not a number, else empty. */
export function toValueLabel(v: CellValue): ExportValue {
  if (isBlank(v) || parseNumber(v).ok) return null;
  return text(v);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real Excel date (a time of day is dropped) or a date typed as text (31/12/2030, 2030-12-31), as `yyyy-mm-dd`. */
export function toDate(v: CellValue): Converted {
  if (isBlank(v)) return ok(null);
  const serial = parseDate(v);
  if (!serial.ok) return { ok: false, problem: `${quoted(v)} ${serial.problem} (dd/mm/jjjj)` };
  const d = serialToDate(serial.value);
  return ok(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
}
