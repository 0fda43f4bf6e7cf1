import { parseFileValue, periodCode, type Decimal } from '../../src/registry/values';

describe('values as monitor files write them', () => {
  const cases: [string, unknown, Decimal, ReturnType<typeof parseFileValue>][] = [
    ['decimal comma', '200000,0', ',', { kind: 'number', value: 200000 }],
    ['decimal comma with fraction', '12,45', ',', { kind: 'number', value: 12.45 }],
    ['thousands points and decimal comma', '1.234,5', ',', { kind: 'number', value: 1234.5 }],
    ['thousands points only', '6.821.770', ',', { kind: 'number', value: 6821770 }],
    ['one thousands point in a decimal-comma file', '265.086', ',', { kind: 'number', value: 265086 }],
    ['a decimal point that is no grouping', '0.5', ',', { kind: 'number', value: 0.5 }],
    ['thousands commas and decimal point', '1,234.5', '.', { kind: 'number', value: 1234.5 }],
    ['decimal point file', '1234.5', '.', { kind: 'number', value: 1234.5 }],
    ['Swing: lone comma is decimal', '1,5', 'auto', { kind: 'number', value: 1.5 }],
    ['Swing: lone point is decimal', '1.234', 'auto', { kind: 'number', value: 1.234 }],
    ['spaces group thousands', '1 234,5', ',', { kind: 'number', value: 1234.5 }],
    ['non-breaking space groups thousands', '1\u00a0234', ',', { kind: 'number', value: 1234 }],
    ['negative', '-3,5', ',', { kind: 'number', value: -3.5 }],
    ['trailing percent sign', '12,5%', ',', { kind: 'number', value: 12.5 }],
    ['an Excel number', 0.35, ',', { kind: 'number', value: 0.35 }],
    ['empty field', '', ',', { kind: 'empty' }],
    ['only spaces', '   ', ',', { kind: 'empty' }],
    ['null cell', null, ',', { kind: 'empty' }],
    ['marker -', '-', ',', { kind: 'empty' }],
    ['marker x (suppressed)', 'x', ',', { kind: 'empty' }],
    ['marker X', 'X', ',', { kind: 'empty' }],
    ['marker ?', '?', ',', { kind: 'empty' }],
    ['marker nvt', 'nvt', ',', { kind: 'empty' }],
    ['marker n.v.t.', 'n.v.t.', ',', { kind: 'empty' }],
    ['a word', 'veel', ',', { kind: 'invalid' }],
    ['two decimal commas', '1,2,3', ',', { kind: 'invalid' }],
    ['a formula', '=1+1', ',', { kind: 'invalid' }],
    ['a grouping point that groups no thousands', '266.1,5', ',', { kind: 'invalid' }],
    ['a grouping comma that groups no thousands', '1,23.5', '.', { kind: 'invalid' }],
  ];
  test.each(cases)('%s: %p', (_, raw, decimal, expected) => {
    expect(parseFileValue(raw, decimal)).toEqual(expected);
  });
});

describe('periods in the registry form (FORMATS.md §5)', () => {
  const cases: [string | number | null, string | null][] = [
    ['2023', '2023'],
    [2023, '2023'],
    ['2023-S1', '2023-S1'],
    ['2023s2', '2023-S2'],
    ['2023H1', '2023-S1'],
    ['S2 2023', '2023-S2'],
    ['2023-Q2', '2023-Q2'],
    ['2023Q4', '2023-Q4'],
    ['Q1 2024', '2024-Q1'],
    ['2023-06', '2023-06'],
    ['2023-6', '2023-06'],
    ['2023M11', '2023-11'],
    ['06/2023', '2023-06'],
    ['twintig', null],
    ['2023-13', null],
    ['2023-S3', null],
    [2023.5, null],
    ['', null],
    [null, null],
  ];
  test.each(cases)('%p -> %p', (raw, expected) => {
    expect(periodCode(raw)).toBe(expected);
  });
});
