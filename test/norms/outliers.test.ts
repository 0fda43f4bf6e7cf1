import { hundredfold, outliers } from '../../src/norms/outliers';
import { checkRegistry } from '../../src/checks';
import { FIRST_NEW_MEASUREMENT as NEW, NOW, add, demo, evaluate, sheetRow } from './helpers';

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

describe('a jump by a factor of 100 (issue 16 §7)', () => {
  test.each([
    ['82,5 % stored as 0,825 after 81 and 80,2', [81, 80.2, 0.825], [[2, 0.01]]],
    ['two values are enough: the later one is reported', [82.1, 0.825], [[1, 0.01]]],
    ['a hundred times too large', [0.4, 0.41, 39], [[2, 100]]],
    ['a tenfold error is the outliers’ work, not this', [48.1, 481], []],
    ['a real fall by half', [80, 40], []],
  ] as [string, number[], [number, number][]][])('%s', (_, values, flagged) => {
    expect([...hundredfold(values)].map(([i, h]) => [i, h.factor])).toEqual(flagged);
  });

  // A value typed as 0,125 in a cell without percent format: in a % row, 12,5 % written as a fraction.
  const planted = add('measurements', { indicator: 'IND-002', area: '44021', period: '2026', value: 0.125, unit: '%' });
  const expected = /^0,125 % is ongeveer 100 keer kleiner dan de rest van de reeks van IND-002 in Gent \(11,8 %\)\. Staat het percentage als fractie\? Vul dan 12,5 in, of typ 12,5 % in een cel met procentopmaak\./;

  test('Toets aan normen reports it as Opvallend, saying what was probably meant, as the catalogue rule meting.honderdvoud', async () => {
    const { result } = await evaluate([planted]);
    const flag = result.measurements.find((m) => m.row === sheetRow(NEW));
    expect(flag?.status).toBe('outlier');
    expect(flag?.message).toMatch(expected);
    expect(result.findings.filter((f) => f.rule === 'meting.honderdvoud').map((f) => [f.cell, f.severity])).toEqual([[`E${sheetRow(NEW)}`, 'warning']]);
  });

  test('Controleer register reports it too, on the cell, and nothing on the untouched demo', async () => {
    const before = await checkRegistry(await demo(), { now: NOW });
    expect(before.findings.filter((f) => f.rule === 'meting.honderdvoud')).toEqual([]);
    const wb = await demo();
    await wb.apply([planted]);
    const jumps = (await checkRegistry(wb, { now: NOW })).findings.filter((f) => f.rule === 'meting.honderdvoud');
    expect(jumps.map((f) => [f.sheet, f.cell, f.column])).toEqual([['Metingen', `E${sheetRow(NEW)}`, 'Waarde']]);
    expect(jumps[0].message).toMatch(expected);
  });
});
