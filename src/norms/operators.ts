// The norm operators (DESIGN.md §2): max, min, tussen, gelijk, toename max. % and afname min. %
// against a reference value, and max/min/tussen/gelijk on an ordinal scale. The same comparisons
// are written as live conditional formats (liveFormats.ts); both must agree on every boundary.
import { formatNumber, withUnit } from './text';

export const OPERATORS = ['max', 'min', 'tussen', 'gelijk', 'toename max. %', 'afname min. %'] as const;
export type Operator = (typeof OPERATORS)[number];
export const RELATIVE: readonly Operator[] = ['toename max. %', 'afname min. %'];

/** Relative changes are compared with this margin, so 0 % is not breached by rounding noise. */
export const RELATIVE_EPSILON = 1e-9;

export function toOperator(text: string): Operator | undefined {
  const wanted = text.trim().toLowerCase();
  return OPERATORS.find((o) => o === wanted);
}

/** What a value is tested against: the values are numbers, or labels when `scale` is given. */
export interface Test {
  operator: Operator;
  value: number | string;
  /** tussen: the upper bound (for a scale: the better label). */
  upper: number | string | null;
  /** toename/afname: the measured value in the norm's reference period. */
  reference: number | null;
  /** An ordinal scale, best label first. */
  scale: string[] | null;
}

/** Excel's ROUND: half away from zero, on the decimal digits a user sees (2,675 rounds to 2,68). */
export function roundExcel(x: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(x) * Math.round(Number((Math.abs(x) * factor).toPrecision(15)))) / factor;
}

/** Decimals a norm value is given with (0 to 4): `gelijk` holds at that precision. */
export function decimalsOf(n: number): number {
  let d = 0;
  for (let k = 0; k <= 3; k++) if (roundExcel(n, k) !== n) d++;
  return d;
}

/** Rank on a scale (0 = best), any case; -1 when the label is not on it. */
export function rank(scale: readonly string[], label: string): number {
  const wanted = label.trim().toLowerCase();
  return scale.findIndex((l) => l.toLowerCase() === wanted);
}

/** The change in percent of the reference value (negative for a decrease). */
export function changePercent(value: number, reference: number): number {
  return ((value - reference) / Math.abs(reference)) * 100;
}

/**
 * Whether `measured` breaches the test: true, false, or null when they cannot be compared (a label
 * off the scale, a number against a scale, a reference value of zero).
 */
export function breaches(test: Test, measured: number | string): boolean | null {
  if (test.scale) {
    if (typeof measured !== 'string' || typeof test.value !== 'string') return null;
    // Ranks count from the best label, so a smaller rank is a better value.
    const [w, n] = [rank(test.scale, measured), rank(test.scale, test.value)];
    if (w < 0 || n < 0) return null;
    switch (test.operator) {
      case 'max':
        return w < n;
      case 'min':
        return w > n;
      case 'gelijk':
        return w !== n;
      case 'tussen': {
        const b = typeof test.upper === 'string' ? rank(test.scale, test.upper) : -1;
        if (b < 0) return null;
        return w > n || w < b;
      }
      default:
        return null;
    }
  }
  if (typeof measured !== 'number' || typeof test.value !== 'number') return null;
  const [w, n] = [measured, test.value];
  switch (test.operator) {
    case 'max':
      return w > n;
    case 'min':
      return w < n;
    case 'tussen':
      return typeof test.upper === 'number' ? w < n || w > test.upper : null;
    case 'gelijk':
      return roundExcel(w, decimalsOf(n)) !== n;
    case 'toename max. %':
      return test.reference === null || test.reference === 0 ? null : changePercent(w, test.reference) > n + RELATIVE_EPSILON;
    case 'afname min. %':
      return test.reference === null || test.reference === 0 ? null : -changePercent(w, test.reference) < n - RELATIVE_EPSILON;
  }
}

/** The test as a user reads it: "max. 48 dB(A)", "min. B", "tussen 10 en 20 %", "toename max. 0 %". */
export function describeTest(test: Pick<Test, 'operator' | 'value' | 'upper'>, unit: string): string {
  const v = (x: number | string) => withUnit(x, unit);
  switch (test.operator) {
    case 'max':
      return `max. ${v(test.value)}`;
    case 'min':
      return `min. ${v(test.value)}`;
    case 'gelijk':
      return `gelijk aan ${v(test.value)}`;
    case 'tussen':
      return typeof test.value === 'number' ? `tussen ${formatNumber(test.value)} en ${v(test.upper ?? '')}` : `tussen ${test.value} en ${test.upper ?? ''}`;
    case 'toename max. %':
      return `toename max. ${formatNumber(Number(test.value))} %`;
    case 'afname min. %':
      return `afname min. ${formatNumber(Number(test.value))} %`;
  }
}
