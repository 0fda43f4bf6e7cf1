import { outliers } from '../../src/norms/outliers';

test.each([
  ['an entry error ten times too large', [48.1, 47.9, 48.3, 481, 48.0], [3]],
  ['a decimal comma lost', [0.52, 0.49, 45, 0.45, 0.44, 0.47], [2]],
  ['a steady trend', [52.1, 51.8, 51.2, 49.6, 48.7], []],
  ['a long linear trend', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], []],
  ['too short a series to judge', [1, 1, 100, 1], []],
  ['mostly equal values with one that differs (mean deviation instead of MAD)', [0, 0, 0, 0, 0, 5], [5]],
  ['all values equal', [3, 3, 3, 3, 3], []],
  ['a real but moderate jump', [10, 11, 10, 12, 11, 15], []],
])('%s', (_, values, flagged) => {
  expect([...outliers(values).keys()]).toEqual(flagged);
});
