// Numbers, dates and validity as notes and messages show them (src/norms/text.ts), on the pure
// functions alone: fast enough for every mutant Stryker makes of the file.
import { formatChange, formatDate, formatNumber, formatStart, formatValidity, withUnit } from '../../src/norms/text';
import { dateToSerial } from '../../src/workbook/address';

const day = (iso: string) => dateToSerial(new Date(`${iso}T00:00:00Z`));

describe('numbers', () => {
  test('a decimal comma, a point between thousands, at most four decimals', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0.123456)).toBe('0,1235');
    expect(formatNumber(48)).toBe('48');
    // Asked again: the same text from the memo.
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  test('-0 stays -0 even after 0 was formatted (a Map takes -0 for 0)', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('-0');
  });

  test('a change has a plus sign when it rises, none when it falls or stays', () => {
    expect(formatChange(0.6)).toBe('+0,6');
    expect(formatChange(-1.2)).toBe('-1,2');
    expect(formatChange(0)).toBe('0');
  });

  test('a value with its unit; a label, or a number of the unit label, without', () => {
    expect(withUnit(52.1, 'dB(A)')).toBe('52,1 dB(A)');
    expect(withUnit(12.4, '%')).toBe('12,4 %');
    expect(withUnit(3, '')).toBe('3');
    expect(withUnit(3, 'Label')).toBe('3');
    expect(withUnit(3, 'label')).toBe('3');
    expect(withUnit('B', 'dB(A)')).toBe('B');
  });
});

describe('dates and validity', () => {
  test('a day reads dd/mm/jjjj', () => {
    expect(formatDate(day('2024-03-05'))).toBe('05/03/2024');
    expect(formatDate(day('2030-12-31'))).toBe('31/12/2030');
  });

  test('whole years read as years', () => {
    expect(formatValidity(day('2024-01-01'), day('2030-12-31'))).toBe('geldig 2024–2030');
    expect(formatValidity(day('2025-01-01'), null)).toBe('geldig vanaf 2025');
    expect(formatValidity(null, day('2030-12-31'))).toBe('geldig tot 2030');
    expect(formatValidity(null, null)).toBe('zonder einddatum');
    // Asked again: the same text from the cache.
    expect(formatValidity(day('2024-01-01'), day('2030-12-31'))).toBe('geldig 2024–2030');
  });

  test('as soon as one end is a day, both are days', () => {
    expect(formatValidity(day('2023-10-01'), day('2030-12-31'))).toBe('geldig 01/10/2023–31/12/2030');
    expect(formatValidity(day('2024-01-01'), day('2030-06-30'))).toBe('geldig 01/01/2024–30/06/2030');
    // 31 December as a start and 1 January as an end are days, not years.
    expect(formatValidity(day('2023-12-31'), day('2031-01-01'))).toBe('geldig 31/12/2023–01/01/2031');
    expect(formatValidity(day('2023-10-01'), null)).toBe('geldig vanaf 01/10/2023');
    expect(formatValidity(null, day('2030-06-30'))).toBe('geldig tot 30/06/2030');
  });

  test('when a norm starts: a year, or a day', () => {
    expect(formatStart(day('2026-01-01'))).toBe('vanaf 2026');
    expect(formatStart(day('2026-10-01'))).toBe('vanaf 01/10/2026');
    expect(formatStart(day('2026-12-31'))).toBe('vanaf 31/12/2026');
  });
});
