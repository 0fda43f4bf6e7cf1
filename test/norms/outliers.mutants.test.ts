// Opvallend and the hundredfold jump (src/norms/outliers.ts) on the pure functions alone: the exact
// median, spread and z reported, the threshold and the shortest series at their own bounds, and the
// bounds of "about a hundred times". Fast enough for every mutant Stryker makes of the file.
import { hundredfold, outliers } from '../../src/norms/outliers';

/** The robust spread of a series whose MAD is `mad`: the MAD scaled to a standard deviation. */
const scaled = (mad: number) => mad / 0.6745;

describe('outliers', () => {
  test('reports the median, the spread (MAD ÷ 0,6745) and z of the value, whatever the order of the series', () => {
    // Sorted 8 9 10 10 11 12 50: median 10; deviations 0 0 1 1 2 2 40: MAD 1.
    for (const values of [[10, 9, 11, 8, 12, 10, 50], [50, 12, 11, 10, 10, 9, 8], [11, 50, 8, 10, 12, 9, 10]]) {
      const found = outliers(values);
      expect([...found.keys()]).toEqual([values.indexOf(50)]);
      expect(found.get(values.indexOf(50))).toEqual({ median: 10, spread: scaled(1), z: 40 / scaled(1) });
    }
  });

  test('an even series: the median is the mean of the middle two', () => {
    // Sorted 1 2 3 4 5 100: median 3,5; deviations ,5 ,5 1,5 1,5 2,5 96,5: MAD 1,5.
    const found = outliers([4, 1, 100, 3, 5, 2]);
    expect([...found]).toEqual([[2, { median: 3.5, spread: scaled(1.5), z: 96.5 / scaled(1.5) }]]);
  });

  test('more than half the values equal: the mean absolute deviation × 1,2533 is the spread', () => {
    const found = outliers([0, 0, 5, 0, 0, 0]);
    expect([...found]).toEqual([[2, { median: 0, spread: (5 / 6) * 1.2533, z: 5 / ((5 / 6) * 1.2533) }]]);
    // The same with a median that is not 0: deviations are distances from the median.
    expect([...outliers([7, 7, 7, 7, 12, 7])]).toEqual([[4, { median: 7, spread: (5 / 6) * 1.2533, z: 5 / ((5 / 6) * 1.2533) }]]);
  });

  test('a value at exactly 3,5 is not flagged, just above it is', () => {
    // Sorted -2 -1 0 0 0 1 2 v: median 0, MAD 1, so z = v ÷ (1 ÷ 0,6745).
    const base = [0, 1, -1, 2, -2, 0, 0];
    const atThreshold = 3.5 * scaled(1);
    expect(outliers([...base, atThreshold]).size).toBe(0);
    expect([...outliers([...base, atThreshold + 0.01]).keys()]).toEqual([7]);
    // A value far below the median counts as well as one far above.
    expect([...outliers([...base, -atThreshold - 0.01]).keys()]).toEqual([7]);
  });

  test('five values are judged, four are not', () => {
    expect([...outliers([10, 10, 11, 9, 80]).keys()]).toEqual([4]);
    expect(outliers([10, 11, 9, 80]).size).toBe(0);
  });

  test('values that are all equal, or a steady series, flag nothing', () => {
    expect(outliers([3, 3, 3, 3, 3, 3]).size).toBe(0);
    expect(outliers([1, 2, 3, 4, 5]).size).toBe(0);
  });
});

describe('hundredfold', () => {
  const jumps = (values: number[]) => [...hundredfold(values)];

  test('a longer series: each value is measured against the median, the first one too', () => {
    expect(jumps([0.825, 81, 80.2])).toEqual([[0, { typical: 80.2, factor: 0.01 }]]);
    expect(jumps([40, 0.4, 0.41, 0.39])).toEqual([[0, { typical: 0.405, factor: 100 }]]);
  });

  test('two values: the later one against the first', () => {
    expect(jumps([82.1, 0.825])).toEqual([[1, { typical: 82.1, factor: 0.01 }]]);
    expect(jumps([0.5, 50])).toEqual([[1, { typical: 0.5, factor: 100 }]]);
    expect(jumps([50, 50])).toEqual([]);
  });

  test('one value or none: nothing to compare', () => {
    expect(jumps([0.5])).toEqual([]);
    expect(jumps([])).toEqual([]);
  });

  test('"about a hundred times" is 70 to 140 times, both bounds included, and a hundredth likewise', () => {
    expect(jumps([1, 70])).toEqual([[1, { typical: 1, factor: 100 }]]);
    expect(jumps([1, 140])).toEqual([[1, { typical: 1, factor: 100 }]]);
    expect(jumps([1, 69.9])).toEqual([]);
    expect(jumps([1, 140.1])).toEqual([]);
    expect(jumps([70, 1])).toEqual([[1, { typical: 70, factor: 0.01 }]]);
    expect(jumps([140, 1])).toEqual([[1, { typical: 140, factor: 0.01 }]]);
    expect(jumps([69.9, 1])).toEqual([]);
    expect(jumps([140.1, 1])).toEqual([]);
  });

  test('zero on either side is no jump', () => {
    expect(jumps([0, 0, 5])).toEqual([]);
    expect(jumps([5, 0])).toEqual([]);
    expect(jumps([0, 5])).toEqual([]);
  });
});
