// Reading a cell as the schema's value type, the way a Flemish user writes it: decimal comma or
// point, dates as real Excel dates or dd/mm/jjjj text, periods like 2023-S1. One reader per type,
// for registry cells and monitor files alike (options say which); each returns the value or a
// Dutch description of what is wrong; nothing throws.
import { dateToSerial } from '../workbook/address';
import { isPercentFormat } from '../workbook/numberFormats';
import type { CellValue } from '../workbook/port';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text as a user means it: trimmed; numbers and booleans as they show. */
export function text(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  return String(value).trim();
}

/** Markers monitor files and Swing use for "no value": missing, suppressed (x), unknown (?), not applicable. */
const MISSING = new Set(['', '-', '--', 'x', '?', 'nvt', 'n.v.t.', 'n.v.t', 'na', 'n/a', '.', '..', '...']);

export function isMissingMarker(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

/** Which separator a lone `,` or `.` is in a file: a decimal comma, a decimal point, or either (auto). */
export type Decimal = ',' | '.' | 'auto';

export interface NumberReading {
  /** The cell's number format: a number in a percent-formatted cell is the percentage the user sees. */
  format?: string | null;
  /**
   * A value from a monitor file rather than a registry cell: read leniently, with the file's decimal
   * separator (thousands points in a decimal-comma file), apostrophes grouping thousands, an exponent
   * and a trailing % as decoration. Registry cells are strict: `12%` there is no number.
   */
  file?: Decimal;
}

const GROUPED_POINT = /^[+-]?\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3})+$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const PLAIN_OR_EXPONENT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** What nearly every monitor value looks like: 200000,0 or 12 (decimal comma, no grouping). */
const PLAIN_COMMA = /^-?\d{1,15}(,\d{1,15})?$/;
/** No number anyone writes is this long; a field that swallowed a broken line can be megabytes. */
const MAX_NUMBER_LENGTH = 100;
/** Thousands grouped by a space (or a file's apostrophe), with an optional decimal part. */
const SPACE_GROUPED = /^[+-]?\d{1,3}([\s\u00a0\u202f']\d{3})+([.,]\d+)?$/;

/**
 * The one number reader. A number written with a decimal comma or point, with or without thousands
 * separators: 0,4 · 0.4 · 1.234,5 · 1,234.5 · 1 234,5. With one kind of separator it is the decimal
 * one (unless the file says otherwise), unless it occurs more than once (1.234.567). Given the
 * cell's number format, a number in a percent-formatted cell is read as the percentage the user
 * typed and sees: 82,5 % (stored by Excel as 0,825) is 82,5 (issue 16 §7).
 */
export function parseNumber(value: CellValue, how: NumberReading = {}): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('is geen eindig getal');
    return ok(isPercentFormat(how.format ?? null) ? Number((value * 100).toPrecision(15)) : value);
  }
  if (typeof value === 'boolean') return fail('is geen getal');
  const trimmed = text(value);
  const decimal = how.file ?? 'auto';
  if (how.file !== undefined && decimal !== '.' && PLAIN_COMMA.test(trimmed)) return ok(Number(trimmed.replace(',', '.')));
  let s = how.file === undefined ? trimmed : trimmed.replace(/[\s\u00a0\u202f]*%$/, '');
  // A space only groups thousands (files also write 1'234): 1 234 567 is a number, 47 48 two numbers in one cell.
  if ((how.file === undefined ? /[\s\u00a0]/ : /[\s\u00a0\u202f']/).test(s)) {
    if (!SPACE_GROUPED.test(s)) return fail('is geen getal');
    s = s.replace(/[\s\u00a0\u202f']/g, '');
  }
  if (s.length > MAX_NUMBER_LENGTH) return fail('is geen getal');
  const comma = s.lastIndexOf(',');
  const point = s.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    const [dec, group] = comma > point ? [',', '.'] : ['.', ','];
    // The grouping must hold: 1.234,5 is a number, 266.1,5 is a typing error.
    if (!(dec === ',' ? GROUPED_POINT : GROUPED_COMMA).test(s.slice(0, s.lastIndexOf(dec)))) return fail('is geen getal');
    s = s.split(group).join('').replace(dec, '.');
  } else if (comma >= 0) {
    // 1,234,567 groups; 1,234 is a decimal comma unless the file writes decimal points.
    s = GROUPED_COMMA.test(s) && (decimal === '.' || s.indexOf(',') !== comma) ? s.split(',').join('') : s.replace(',', '.');
  } else if (point >= 0) {
    s = GROUPED_POINT.test(s) && (decimal === ',' || s.indexOf('.') !== point) ? s.split('.').join('') : s;
  }
  if (!(how.file === undefined ? PLAIN : PLAIN_OR_EXPONENT).test(s)) return fail('is geen getal');
  const n = Number(s);
  return Number.isFinite(n) ? ok(n) : fail('is geen getal');
}

/**
 * The one rule for value cells of a row in `unit` (Metingen, the forms): in a % row a number in a
 * percent-formatted cell is the percentage the user typed, 82,5 % stored as 0,825 is 82,5 (issue 16
 * §7); every other cell stays as read. Readers apply it once, so every operation sees the same value.
 */
export function percentTyped(value: CellValue, unit: string, format: string | null | undefined): CellValue {
  if (typeof value !== 'number' || unit.trim() !== '%' || !isPercentFormat(format ?? null)) return value;
  const n = parseNumber(value, { format });
  return n.ok ? n.value : value;
}

export type FileValue = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

/** A value from a monitor file: a number, empty (blank or a marker such as x or nvt), or invalid. */
export function parseFileValue(raw: unknown, decimal: Decimal): FileValue {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'string' && isMissingMarker(raw)) return { kind: 'empty' };
  const n = parseNumber(typeof raw === 'number' ? raw : String(raw), { file: decimal });
  return n.ok ? { kind: 'number', value: n.value } : { kind: 'invalid' };
}

const FIRST_SERIAL = 1;
const LAST_SERIAL = dateToSerial(new Date(Date.UTC(2100, 11, 31)));

/** A date as an Excel serial number: a real date cell, or text dd/mm/jjjj (also d-m-jjjj) or jjjj-mm-dd. */
export function parseDate(value: CellValue): Parsed<number> {
  if (typeof value === 'number') {
    return value >= FIRST_SERIAL && value <= LAST_SERIAL ? ok(Math.floor(value)) : fail('is geen datum tussen 1900 en 2100');
  }
  const s = text(value);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let [y, mo, d] = m ? [Number(m[3]), Number(m[2]), Number(m[1])] : [0, 0, 0];
  if (!m) {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return fail('is geen datum');
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return fail('is geen bestaande datum');
  const serial = dateToSerial(date);
  return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? ok(serial) : fail('is geen datum tussen 1900 en 2100');
}

export type PeriodKind = 'jaar' | 'semester' | 'kwartaal' | 'maand';

export interface Period {
  /** Normal form: 2023, 2023-S1, 2023-Q2, 2023-06. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** First and last day, as Excel serial numbers (S1 ends 30 June, S2 31 December). */
  start: number;
  end: number;
}

const day = (y: number, m: number, d: number) => dateToSerial(new Date(Date.UTC(y, m - 1, d)));
/** Last day of month m (1-12): day 0 of the next month. */
const monthEnd = (y: number, m: number) => day(y, m + 1, 0);

const PERIOD_PATTERNS: [RegExp, (m: RegExpExecArray) => [string, PeriodKind, number] | null][] = [
  [/^(\d{4})(?:\.0+)?$/, (m) => [m[1], 'jaar', 0]],
  [/^(\d{4}) ?[-/]? ?[SH]([12])$/, (m) => [m[1], 'semester', Number(m[2])]],
  [/^[SH]([12]) ?[-/ ]? ?(\d{4})$/, (m) => [m[2], 'semester', Number(m[1])]],
  [/^(\d{4}) ?[-/]? ?[QK]([1-4])$/, (m) => [m[1], 'kwartaal', Number(m[2])]],
  [/^[QK]([1-4]) ?[-/ ]? ?(\d{4})$/, (m) => [m[2], 'kwartaal', Number(m[1])]],
  [/^(\d{4}) ?(?:[-/]|M) ?(\d{1,2})$/, (m) => [m[1], 'maand', Number(m[2])]],
  [/^(\d{1,2}) ?[-/] ?(\d{4})$/, (m) => [m[2], 'maand', Number(m[1])]],
];

/**
 * The one period reader: a year (2023), semester (2023-S1), quarter (2023-Q2) or month (2023-06),
 * in normal form. It also reads what sources and people write for the same period, since none of
 * these can mean anything else: 2023 as a number, 2023S1, 2023 s1, 2023H1, S1 2023, 2023Q2, Q2 2023,
 * 2023M06, 2023-6, 06/2023. So a registry cell `2023S1` is the period 2023-S1 for every operation.
 */
export function parsePeriod(value: CellValue): Parsed<Period> {
  if (typeof value === 'number' && !Number.isInteger(value)) return fail('is geen periode');
  const s = text(value).toUpperCase().replace(/\s+/g, ' ');
  for (const [pattern, read] of PERIOD_PATTERNS) {
    const m = pattern.exec(s);
    const found = m && read(m);
    if (!found) continue;
    const [y, kind, n] = [Number(found[0]), found[1], found[2]];
    if (y < 1900 || y > 2100) return fail('is geen periode');
    if (kind === 'jaar') return ok({ code: String(y), kind, year: y, start: day(y, 1, 1), end: day(y, 12, 31) });
    if (kind === 'semester') return ok({ code: `${y}-S${n}`, kind, year: y, start: day(y, n * 6 - 5, 1), end: monthEnd(y, n * 6) });
    if (kind === 'kwartaal') return ok({ code: `${y}-Q${n}`, kind, year: y, start: day(y, n * 3 - 2, 1), end: monthEnd(y, n * 3) });
    if (n >= 1 && n <= 12) return ok({ code: `${y}-${String(n).padStart(2, '0')}`, kind, year: y, start: day(y, n, 1), end: monthEnd(y, n) });
  }
  return fail('is geen periode');
}

/** A period's normal form (2023S1 -> 2023-S1), or null when it is none. */
export function periodCode(value: CellValue): string | null {
  const parsed = parsePeriod(value);
  return parsed.ok ? parsed.value.code : null;
}

/** parsePeriod, once per distinct value: a registry repeats a handful of periods over many rows. */
export function periodReader(): (raw: CellValue) => Parsed<Period> {
  const seen = new Map<CellValue, Parsed<Period>>();
  return (raw) => {
    let parsed = seen.get(raw);
    if (!parsed) seen.set(raw, (parsed = parsePeriod(raw)));
    return parsed;
  };
}

/** The labels of an ordinal scale, best first, as declared on an indicator (`A++;A+;A;B`). */
export function parseScale(value: CellValue): string[] {
  return text(value)
    .split(';')
    .map((label) => label.trim())
    .filter(Boolean);
}
