// Reading the values and periods of monitor files. Monitor CSVs write a decimal comma (200000,0),
// sometimes with thousands points (1.234,5); Swing tables may use a decimal point; Excel sheets hold
// real numbers. Missing or suppressed values are empty or a marker (-, x, ?, nvt).

export type Decimal = ',' | '.' | 'auto';

export type ParsedValue = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

/** Markers the monitor and Swing use for "no value": missing, suppressed (x), unknown (?), not applicable. */
const MISSING = new Set(['', '-', '--', 'x', '?', 'nvt', 'n.v.t.', 'n.v.t', 'na', 'n/a', '.', '..', '...']);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3})+$/;
const GROUPED_POINT = /^[+-]?\d{1,3}(\.\d{3})+$/;
const MAX_NUMBER_LENGTH = 100;
/** What nearly every monitor value looks like: 200000,0 or 12 (decimal comma, no grouping). */
const PLAIN_COMMA = /^-?\d{1,15}(,\d{1,15})?$/;

export function isMissingMarker(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

/** A number from a cell or field; `decimal` says which separator a lone `,` or `.` is. */
export function parseValue(raw: unknown, decimal: Decimal): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'invalid' };
  const trimmed = String(raw).trim();
  if (decimal !== '.' && PLAIN_COMMA.test(trimmed)) return { kind: 'number', value: Number(trimmed.replace(',', '.')) };
  if (isMissingMarker(trimmed)) return { kind: 'empty' };
  // Spaces (also non-breaking) and apostrophes group thousands; a trailing % is only decoration.
  let s = trimmed.replace(/[\s\u00a0\u202f']/g, '').replace(/%$/, '');
  const comma = s.lastIndexOf(',');
  const point = s.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    const [dec, group] = comma > point ? [',', '.'] : ['.', ','];
    // The grouping must hold: 1.234,5 is a number, 266.1,5 is a typing error.
    if (!(dec === ',' ? GROUPED_POINT : GROUPED_COMMA).test(s.slice(0, s.lastIndexOf(dec)))) return { kind: 'invalid' };
    s = s.split(group).join('').replace(dec, '.');
  } else if (comma >= 0) {
    // 1,234,567 groups; 1,234 is a decimal comma unless the file writes decimal points.
    s = GROUPED_COMMA.test(s) && (decimal === '.' || s.indexOf(',') !== comma) ? s.split(',').join('') : s.replace(',', '.');
  } else if (point >= 0) {
    s = GROUPED_POINT.test(s) && (decimal === ',' || s.indexOf('.') !== point) ? s.split('.').join('') : s;
  }
  // No number a source writes is this long; a field that swallowed a broken line can be megabytes,
  // and the regular expression below would run out of stack on it.
  if (s.length > MAX_NUMBER_LENGTH || !NUMBER.test(s)) return { kind: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/**
 * A period in the registry's form (FORMATS.md §5): `2023`, `2023-S1`, `2023-Q2` or `2023-06`.
 * Also reads what sources write: 2023 as a number, 2023S1, 2023H1, S1 2023, 2023Q2, Q2 2023,
 * 2023M06, 2023-6, 06/2023. Null when it is none of these.
 */
export function normalisePeriod(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? String(raw) : null;
  const s = String(raw ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
  const year = (y: string) => Number(y) >= 1900 && Number(y) <= 2100;
  let m = /^(\d{4})(?:\.0+)?$/.exec(s);
  if (m) return year(m[1]) ? m[1] : null;
  m = /^(\d{4}) ?[-/]? ?[SH]([12])$/.exec(s);
  if (m) return year(m[1]) ? `${m[1]}-S${m[2]}` : null;
  m = /^[SH]([12]) ?[-/ ]? ?(\d{4})$/.exec(s);
  if (m) return year(m[2]) ? `${m[2]}-S${m[1]}` : null;
  m = /^(\d{4}) ?[-/]? ?[QK]([1-4])$/.exec(s);
  if (m) return year(m[1]) ? `${m[1]}-Q${m[2]}` : null;
  m = /^[QK]([1-4]) ?[-/ ]? ?(\d{4})$/.exec(s);
  if (m) return year(m[2]) ? `${m[2]}-Q${m[1]}` : null;
  m = /^(\d{4}) ?(?:[-/]|M) ?(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return year(m[1]) ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
  m = /^(\d{1,2}) ?[-/] ?(\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return year(m[2]) ? `${m[2]}-${m[1].padStart(2, '0')}` : null;
  return null;
}
