// Numbers, dates, periods and validity as a Flemish user reads them in notes and messages:
// decimal comma, dd/mm/jjjj, "geldig 2024–2030".
import { serialToDate } from '../workbook/address';

const numberFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 4 });

// Intl's format is slow next to a Map lookup, and a registry repeats its values, norms and dates
// in message after message: each is formatted once (the Map is emptied before it grows large).
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= 100_000) made.clear();
      made.set(key, (value = make(key)));
    }
    return value;
  };
}

const formatted = memo((n: number) => numberFormat.format(n));

export function formatNumber(n: number): string {
  // A Map takes -0 for 0, Intl does not ("-0").
  return Object.is(n, -0) ? numberFormat.format(n) : formatted(n);
}

/** A number with a sign, for changes: +0,6 or -1,2. */
export function formatChange(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/** A value with its unit: 52,1 dB(A), 12,4 %, or a label as it is (an ordinal scale has no unit to show). */
export function withUnit(value: number | string, unit: string): string {
  if (typeof value === 'string') return value;
  return unit && unit.toLowerCase() !== 'label' ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

const dates = memo((serial: number) => serialToDate(serial).toISOString().slice(0, 10).split('-').reverse().join('/'));

export function formatDate(serial: number): string {
  return dates(serial);
}

const isFirstOfYear = (serial: number) => formatDate(serial).startsWith('01/01/');
const isLastOfYear = (serial: number) => formatDate(serial).startsWith('31/12/');
const year = (serial: number) => serialToDate(serial).getUTCFullYear();

const validityTexts = new Map<string, string>();

/** "geldig 2024–2030", "geldig vanaf 2025", "geldig 01/10/2023–31/12/2030", "zonder einddatum". */
export function formatValidity(from: number | null, to: number | null): string {
  // Every message of a norm repeats its validity: worked out once per pair of days.
  const key = `${from}:${to}`;
  let text = validityTexts.get(key);
  if (text === undefined) validityTexts.set(key, (text = validityText(from, to)));
  return text;
}

/** "vanaf 2026", "vanaf 01/10/2026": when a norm starts to hold. */
export function formatStart(from: number): string {
  return `vanaf ${isFirstOfYear(from) ? year(from) : formatDate(from)}`;
}

function validityText(from: number | null, to: number | null): string {
  // Whole years read as years; as soon as one end is a day, both are written as days.
  const years = (from === null || isFirstOfYear(from)) && (to === null || isLastOfYear(to));
  const start = from === null ? null : years ? String(year(from)) : formatDate(from);
  const end = to === null ? null : years ? String(year(to)) : formatDate(to);
  if (start && end) return `geldig ${start}–${end}`;
  if (start) return `geldig vanaf ${start}`;
  if (end) return `geldig tot ${end}`;
  return 'zonder einddatum';
}
