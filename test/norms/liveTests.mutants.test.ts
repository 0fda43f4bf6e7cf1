// The limits of the Toetsen table (src/norms/liveTests.ts): what each norm test comes down to on one
// value, a row's key as the formats build it, and the edits that write the table and its names.
import { limitsOf, testKey, testsEdits, TESTS_NAMES, TESTS_SHEET, TESTS_TABLE, type Limit } from '../../src/norms/liveTests';
import type { Test } from '../../src/norms/operators';
import type { WorkbookInfo } from '../../src/workbook/port';

const test_ = (operator: Test['operator'], value: number | string, more: Partial<Test> = {}): Test => ({ operator, value, upper: null, reference: null, scale: null, ...more });

describe('limitsOf', () => {
  test('max and min are their own limit; tussen a min and a max; gelijk with the decimals of the norm', () => {
    expect(limitsOf(test_('max', 48))).toEqual([{ kind: 'max', value: 48 }]);
    expect(limitsOf(test_('min', 9))).toEqual([{ kind: 'min', value: 9 }]);
    expect(limitsOf(test_('tussen', 10, { upper: 20 }))).toEqual([{ kind: 'min', value: 10 }, { kind: 'max', value: 20 }]);
    expect(limitsOf(test_('gelijk', 2.5))).toEqual([{ kind: 'gelijk', value: 2.5, decimals: 1 }]);
    expect(limitsOf(test_('gelijk', 3))).toEqual([{ kind: 'gelijk', value: 3, decimals: 0 }]);
  });

  test('no limits without a number, or tussen without a numeric upper bound', () => {
    expect(limitsOf(test_('max', 'B'))).toBeNull();
    expect(limitsOf(test_('tussen', 10))).toBeNull();
    expect(limitsOf(test_('tussen', 10, { upper: 'B' }))).toBeNull();
  });

  test('a relative norm is a maximum on the value, with the margin of breaches()', () => {
    // toename max. 10 % on 200: above 220 (plus the margin) breaches.
    const [rise] = limitsOf(test_('toename max. %', 10, { reference: 200 })) as { kind: string; value: number }[];
    expect(rise.kind).toBe('max');
    expect(rise.value).toBeCloseTo(220.000000002, 12);
    // afname min. 10 % on 200: above 180 (plus the margin) has not fallen enough.
    const [fall] = limitsOf(test_('afname min. %', 10, { reference: 200 })) as { kind: string; value: number }[];
    expect(fall.kind).toBe('max');
    expect(fall.value).toBeCloseTo(180.000000002, 12);
    // A negative reference: a rise is towards zero.
    const [negative] = limitsOf(test_('toename max. %', 10, { reference: -200 })) as { kind: string; value: number }[];
    expect(negative.value).toBeCloseTo(-179.999999998, 12);
  });

  test('a relative norm without reference, or with reference 0, gives no limit', () => {
    expect(limitsOf(test_('toename max. %', 10))).toBeNull();
    expect(limitsOf(test_('afname min. %', 10, { reference: 0 }))).toBeNull();
  });

  test('on a scale: the labels that breach, best first', () => {
    const scale = ['A++', 'A+', 'A', 'B', 'C'];
    expect(limitsOf(test_('min', 'A', { scale }))).toEqual([{ kind: 'label', label: 'B' }, { kind: 'label', label: 'C' }]);
    expect(limitsOf(test_('max', 'A+', { scale }))).toEqual([{ kind: 'label', label: 'A++' }]);
    expect(limitsOf(test_('gelijk', 'C', { scale }))).toEqual(['A++', 'A+', 'A', 'B'].map((label) => ({ kind: 'label', label })));
    expect(limitsOf(test_('min', 'C', { scale }))).toEqual([]);
  });
});

test('a key is indicator|gebied|dimensie|periode as the cells read, an empty cell empty', () => {
  expect(testKey({ indicator: 'IND-001', area: 44021, dimension: null, period: '2024' })).toBe('IND-001|44021||2024');
  expect(testKey({ indicator: null, area: 'W-X', dimension: 'Open', period: 2024 })).toBe('|W-X|Open|2024');
});

describe('testsEdits', () => {
  const NAMES = { key: 'tblToetsen[Sleutel]', kind: 'tblToetsen[Soort]', value: 'tblToetsen[Grens]', decimals: 'tblToetsen[Decimalen]', label: 'tblToetsen[Label]' };
  const info = (more: Partial<WorkbookInfo> = {}): WorkbookInfo => ({ sheets: [], tables: [], names: {}, capabilities: { charts: false, notes: true, printLayout: true }, ...more });
  const limits: { key: string; limits: Limit[] }[] = [
    { key: 'IND-001|W-X||2024', limits: [{ kind: 'min', value: 9 }, { kind: 'gelijk', value: 2.5, decimals: 1 }] },
    { key: 'IND-009|W-X||2024', limits: [{ kind: 'label', label: 'C' }] },
  ];

  test('the names over the columns the formats read', () => {
    expect([TESTS_SHEET, TESTS_TABLE]).toEqual(['Toetsen', 'tblToetsen']);
    expect(TESTS_NAMES).toEqual({ key: 'lst_ToetsSleutel', kind: 'lst_ToetsSoort', value: 'lst_ToetsGrens', decimals: 'lst_ToetsDecimalen', label: 'lst_ToetsLabel' });
  });

  test('the first time: a hidden sheet, the table with a row per limit, and every name', () => {
    expect(testsEdits(info(), limits)).toEqual([
      { kind: 'addSheet', sheet: 'Toetsen', visibility: 'hidden' },
      {
        kind: 'addTable',
        sheet: 'Toetsen',
        table: 'tblToetsen',
        at: 'A1',
        columns: ['Sleutel', 'Soort', 'Grens', 'Decimalen', 'Label'],
        rows: [
          ['IND-001|W-X||2024', 'min', 9, null, null],
          ['IND-001|W-X||2024', 'gelijk', 2.5, 1, null],
          ['IND-009|W-X||2024', 'label', null, null, 'C'],
        ],
        style: 'TableStyleLight1',
      },
      ...Object.entries(NAMES).map(([key, formula]) => ({ kind: 'setName', name: TESTS_NAMES[key as keyof typeof NAMES], formula })),
    ]);
  });

  test('again: the rows replaced under the columns as they stand, and only the names that differ', () => {
    const table = { name: 'TBLtoetsen', sheet: 'Toetsen', columns: ['Label', 'Mijn kolom', 'Sleutel', 'Soort', 'Grens', 'Decimalen'], address: 'A1:F4', rowCount: 3 };
    const names = { lst_ToetsSleutel: NAMES.key, lst_ToetsSoort: NAMES.kind, lst_ToetsGrens: 'tblToetsen[Oud]', lst_ToetsDecimalen: NAMES.decimals };
    expect(testsEdits(info({ tables: [table], names }), limits)).toEqual([
      {
        kind: 'replaceRows',
        table: 'TBLtoetsen',
        rows: [
          [null, null, 'IND-001|W-X||2024', 'min', 9, null],
          [null, null, 'IND-001|W-X||2024', 'gelijk', 2.5, 1],
          ['C', null, 'IND-009|W-X||2024', 'label', null, null],
        ],
      },
      { kind: 'setName', name: 'lst_ToetsGrens', formula: 'tblToetsen[Grens]' },
      { kind: 'setName', name: 'lst_ToetsLabel', formula: 'tblToetsen[Label]' },
    ]);
  });

  test('no limits: the table emptied, the names kept', () => {
    const table = { name: 'tblToetsen', sheet: 'Toetsen', columns: ['Sleutel', 'Soort', 'Grens', 'Decimalen', 'Label'], address: 'A1:E2', rowCount: 1 };
    const names = Object.fromEntries(Object.entries(NAMES).map(([key, formula]) => [TESTS_NAMES[key as keyof typeof NAMES], formula]));
    expect(testsEdits(info({ tables: [table], names }), [])).toEqual([{ kind: 'replaceRows', table: 'tblToetsen', rows: [] }]);
  });
});
