// When a value is due (src/norms/due.ts), on the pure functions alone: the frequencies the demo does
// not use (monthly, quarterly, every two months, none), the periods counted back for Verouderd, and
// a multi-year series whose next value is not due yet. Fast enough for every mutant of the file.
import { gapOf, lastDuePeriod } from '../../src/norms/due';
import { parsePeriod, type Period } from '../../src/registry/values';
import { dateToSerial } from '../../src/workbook/address';

const day = (iso: string) => dateToSerial(new Date(`${iso}T00:00:00Z`));
const p = (code: string): Period => {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(code);
  return r.value;
};
const gap = (months: number | undefined, codes: string[], today: string, lag = 0) => {
  const g = gapOf(months, codes.map(p), day(today), lag);
  return g && [g.status, g.period.code];
};

test('no frequency, or none that repeats: nothing is due', () => {
  for (const months of [0, -6, Number.NaN, Number.POSITIVE_INFINITY]) expect(lastDuePeriod(months, day('2026-12-31'), null)).toBeNull();
  expect(gap(undefined, [], '2026-12-31')).toBeNull();
  expect(gap(0, [], '2026-12-31')).toBeNull();
});

test.each([
  // months, periods with a value, today, expected gap
  [1, ['2024-09'], '2024-12-31', ['stale', '2024-09']],
  [1, ['2024-11'], '2024-12-31', ['missing', '2024-12']],
  [1, ['2024-12'], '2024-12-31', null],
  [3, ['2024-Q1'], '2024-12-31', ['stale', '2024-Q1']],
  [3, ['2024-Q3'], '2024-12-31', ['missing', '2024-Q4']],
  [6, ['2023-S1'], '2024-12-31', ['stale', '2023-S1']],
  [6, ['2024-S1'], '2024-12-31', ['missing', '2024-S2']],
  [12, ['2024', '2022'], '2025-12-31', ['missing', '2025']],
  [12, ['2022', '2024'], '2025-12-31', ['missing', '2025']],
  [12, ['2022', '2023'], '2025-12-31', ['stale', '2023']],
] as [number, string[], string, [string, string] | null][])('every %p months with %j on %s: %j', (months, codes, today, expected) => {
  expect(gap(months, codes, today)).toEqual(expected);
});

test('every two months asks for the last month due, not a year', () => {
  expect(lastDuePeriod(2, day('2024-12-31'), p('2024-06'))!.code).toBe('2024-12');
});

test('a multi-year series counts from its last value; before its next value is due nothing is', () => {
  // driejaarlijks after 2023: 2026 is due at the end of 2026, not before.
  expect(lastDuePeriod(36, day('2026-12-31'), p('2023'))!.code).toBe('2026');
  expect(lastDuePeriod(36, day('2026-06-30'), p('2023'))!.code).toBe('2023');
  // A value of this year: the due year is its own.
  expect(lastDuePeriod(36, day('2024-12-31'), p('2024'))!.code).toBe('2024');
  // A value of a year not yet due: nothing is due, and nothing is missing.
  expect(lastDuePeriod(36, day('2024-12-31'), p('2025'))).toBeNull();
  expect(gap(36, ['2025'], '2024-12-31')).toBeNull();
  // Without any value, the last year due.
  expect(lastDuePeriod(36, day('2024-12-31'), null)!.code).toBe('2024');
  // Yearly: the last year due, whatever the last value.
  expect(lastDuePeriod(12, day('2024-12-31'), p('2025'))!.code).toBe('2024');
});
