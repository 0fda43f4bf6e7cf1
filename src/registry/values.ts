// Reading a cell as the schema's value type, the way a Flemish user writes it: decimal comma or
// point, dates as real Excel dates or dd/mm/jjjj text, periods like 2023-S1. Each reader returns
// the value or a Dutch description of what is wrong; nothing throws.
import { dateToSerial } from '../workbook/address';
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

const GROUPED_POINT = /^[+-]?\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3})+$/;

/** Whether a number format shows the cell as a percentage (a % outside quotes and escapes). */
export function isPercentFormat(format: string | null): boolean {
  return format !== null && format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/**
 * A number written with a decimal comma or point, with or without thousands separators:
 * 0,4 · 0.4 · 1.234,5 · 1,234.5 · 1 234,5. With one kind of separator it is the decimal one,
 * unless it occurs more than once (1.234.567). Given the cell's number format, a number in a
 * percent-formatted cell is read as the percentage the user typed and sees: 82,5 % (stored by
 * Excel as 0,825) is 82,5 (issue 16 §7); only for cells of a `%` value.
 */
export function parseNumber(value: CellValue, format: string | null = null): Parsed<number> {
  if (typeof value === 'number' && isPercentFormat(format)) return Number.isFinite(value) ? ok(Number((value * 100).toPrecision(15))) : fail('is geen eindig getal');
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('is geen eindig getal');
  const s = text(value).replace(/[\s\u00a0]/g, '');
  if (!/^[+-]?(\d|[.,]\d)/.test(s) || !/^[+-]?[\d.,]+$/.test(s)) return fail('is geen getal');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    // The grouping must hold: 1.234,5 is a number, 266.1,5 is a typing error.
    if (!(decimal === ',' ? GROUPED_POINT : GROUPED_COMMA).test(s.slice(0, Math.max(lastComma, lastDot)))) return fail('is geen getal');
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    normal = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.split(',').join('');
  } else {
    normal = s.indexOf('.') === lastDot ? s : s.split('.').join('');
  }
  const n = Number(normal);
  return Number.isFinite(n) ? ok(n) : fail('is geen getal');
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

/** A period: a year (2023), semester (2023-S1), quarter (2023-Q2) or month (2023-06); case does not matter. */
export function parsePeriod(value: CellValue): Parsed<Period> {
  const s = text(value).toUpperCase();
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return ok({ code: m[1], kind: 'jaar', year: y, start: day(y, 1, 1), end: day(y, 12, 31) });
  }
  m = /^(\d{4})-S([12])$/.exec(s);
  if (m) {
    const [y, n] = [Number(m[1]), Number(m[2])];
    return ok({ code: `${y}-S${n}`, kind: 'semester', year: y, start: day(y, n * 6 - 5, 1), end: monthEnd(y, n * 6) });
  }
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) {
    const [y, n] = [Number(m[1]), Number(m[2])];
    return ok({ code: `${y}-Q${n}`, kind: 'kwartaal', year: y, start: day(y, n * 3 - 2, 1), end: monthEnd(y, n * 3) });
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) {
    const [y, n] = [Number(m[1]), Number(m[2])];
    return ok({ code: `${y}-${m[2]}`, kind: 'maand', year: y, start: day(y, n, 1), end: monthEnd(y, n) });
  }
  return fail('is geen periode');
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
