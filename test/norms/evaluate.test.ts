// The evaluation of the demo registry with planted rows: relative norms against their reference
// period, ordinal scales, bad input that is reported and left out while the rest is flagged,
// outliers, and the measured effects next to the intended ones.
import type { Edit } from '../../src/workbook/port';
import { FIRST_NEW_MEASUREMENT as NEW, add, d, evaluate, set, sheetRow } from './helpers';

const slaap = (period: string, value: number | null) => add('measurements', { indicator: 'IND-002', area: '44021', period, value, unit: '%' });

describe('relative norms: toename max. and afname min. against the reference period', () => {
  test.each([
    ['a rise breaches toename max. 0 %', [slaap('2024', 12.1)], { status: 'deviation', referentiewaarde: 11.8, normwaarde: 0, operator: 'toename max. %', message: /^12,1 % is een toename van 2,5 % tegenover 2020 \(11,8 %\); de norm is toename max\. 0 %/ }],
    ['the reference value itself is no rise', [slaap('2024', 11.8)], { status: 'ok', message: /is een toename van 0 % tegenover 2020/ }],
    ['a fall is fine', [slaap('2024', 11)], { status: 'ok', message: /is een afname van 6,8 %/ }],
    ['afname min. 10 %: 5 % down is not enough', [set('norms', 5, 'operator', 'afname min. %'), set('norms', 5, 'value', 10), slaap('2024', 11.2)], { status: 'deviation' }],
    ['afname min. 10 %: 15 % down is enough', [set('norms', 5, 'operator', 'afname min. %'), set('norms', 5, 'value', 10), slaap('2024', 10)], { status: 'ok' }],
  ] as [string, Edit[], Record<string, unknown>][])('%s', async (_, edits, expected) => {
    const { result } = await evaluate(edits);
    const flag = result.measurements.find((m) => m.row === sheetRow(NEW));
    const { message, ...rest } = expected;
    expect(flag).toMatchObject({ norm: 'NRM-006', ...rest });
    if (message) expect(flag?.message).toMatch(message as RegExp);
  });

  test('without a measurement in the reference period the norm is not applied, and that is reported once', async () => {
    const { result } = await evaluate([set('norms', 5, 'referencePeriod', '2019'), slaap('2024', 12.1), slaap('2025', 12.2)]);
    expect(result.measurements.filter((m) => m.row >= sheetRow(NEW))).toEqual([
      expect.objectContaining({ status: 'no_norm', message: expect.stringContaining('Norm NRM-006 kan niet getoetst worden: er is geen meting in 2019 voor Gent.') }),
      expect.objectContaining({ status: 'no_norm' }),
    ]);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'toets.geen-referentiewaarde', cell: 'I7', message: expect.stringContaining('geen meting van IND-002 in 2019 voor Gent') })]);
  });
});

describe('ordinal scales', () => {
  test.each([
    ['C against min. B', 'C', 'deviation'],
    ['B against min. B', 'B', 'ok'],
    ['A++ against min. B', 'A++', 'ok'],
    ['a label typed in lower case', 'a', 'ok'],
  ])('%s', async (_, label, status) => {
    const { result, rows } = await evaluate([set('measurements', 12, 'value', label)]);
    expect(result.measurements.find((m) => m.row === sheetRow(12))).toMatchObject({ status, norm: 'NRM-005', operator: 'min', normwaarde: 'B' });
    expect(rows.find((r) => r.row.row === sheetRow(12))?.test.normScale).toBe('A++;A+;A;B;C;D;E;F');
  });
});

describe('bad input is reported as findings of the rule catalogue; the rest is flagged', () => {
  // The last element: the Metingen data row that is not evaluated, or (for a bad norm) the row that loses its norm.
  const cases: [string, Edit[], { rule: string; sheet: string; cell: string }, { blocked: number } | { normless: number }][] = [
    ['a norm with a text value', [set('norms', 3, 'value', 'dichtbij')], { rule: 'waarde.geen-getal', sheet: 'Normen', cell: 'F5' }, { normless: 8 }],
    ['a norm with an unknown operator', [set('norms', 3, 'operator', 'hoogstens')], { rule: 'waarde.keuzelijst', sheet: 'Normen', cell: 'E5' }, { normless: 8 }],
    ['a validity that ends before it starts', [set('norms', 3, 'validTo', d('2023-01-01'))], { rule: 'norm.geldigheid', sheet: 'Normen', cell: 'M5' }, { normless: 8 }],
    ['a norm whose unit differs from its indicator', [set('norms', 3, 'unit', 'm')], { rule: 'eenheid.verschilt', sheet: 'Normen', cell: 'H5' }, { normless: 8 }],
    ['a relative operator on a scale of labels', [set('norms', 4, 'operator', 'toename max. %'), set('norms', 4, 'value', 0), set('norms', 4, 'referencePeriod', '2024')], { rule: 'norm.operator-schaal', sheet: 'Normen', cell: 'E6' }, { normless: 12 }],
    ['a measurement whose unit differs from its indicator', [set('measurements', 8, 'unit', 'm')], { rule: 'eenheid.verschilt', sheet: 'Metingen', cell: 'F10' }, { blocked: 8 }],
    ['a measurement without a period', [set('measurements', 8, 'period', null)], { rule: 'waarde.verplicht', sheet: 'Metingen', cell: 'C10' }, { blocked: 8 }],
    ['a measurement with a period that does not exist', [set('measurements', 8, 'period', '2024-S3')], { rule: 'waarde.periode', sheet: 'Metingen', cell: 'C10' }, { blocked: 8 }],
    ['a measurement of an unknown indicator', [set('measurements', 8, 'indicator', 'IND-099')], { rule: 'verwijzing.onbekend', sheet: 'Metingen', cell: 'A10' }, { blocked: 8 }],
    ['text where a number belongs', [set('measurements', 8, 'value', 'ver')], { rule: 'waarde.geen-getal', sheet: 'Metingen', cell: 'E10' }, { blocked: 8 }],
    // The indicator has no unit, so the checks cannot compare; flag compares measurement and norm itself.
    ['a measurement unit unlike the norm’s when the indicator has none', [set('indicators', 2, 'unit', null), set('measurements', 8, 'unit', 'm')], { rule: 'eenheid.verschilt', sheet: 'Metingen', cell: 'F10' }, { blocked: 8 }],
  ];

  test.each(cases)('%s', async (_, edits, expected, effect) => {
    const { result, rows } = await evaluate(edits);
    expect(result.findings).toEqual([expect.objectContaining(expected)]);
    if ('blocked' in effect) {
      expect(result.measurements.map((m) => m.row)).not.toContain(sheetRow(effect.blocked));
      const row = rows.find((r) => r.row.row === sheetRow(effect.blocked));
      expect(row).toMatchObject({ status: 'Niet getoetst', note: expect.stringContaining('Deze meting is niet getoetst: ') });
    } else {
      // The norm is left out, so the value it applied to has none now.
      expect(result.measurements.find((m) => m.row === sheetRow(effect.normless))).toMatchObject({ status: 'no_norm', norm: null });
    }
    // The rest is flagged as before.
    expect(result.measurements.find((m) => m.row === sheetRow(1))).toMatchObject({ status: 'deviation', norm: 'NRM-001' });
    expect(result.evaluated).toBeGreaterThanOrEqual(12);
  });

  test('a duplicate measurement is no reason not to evaluate it', async () => {
    const { result } = await evaluate([add('measurements', { indicator: 'IND-003', area: 'W-BRUGSEPOORT', period: '2024', value: 0.49, unit: 'km' })]);
    expect(result.findings).toEqual([]);
    expect(result.measurements.find((m) => m.row === sheetRow(NEW))?.status).toBe('deviation');
  });

  test('the untouched demo has no findings', async () => {
    expect((await evaluate([])).result.findings).toEqual([]);
  });
});

describe('Opvallend: a value far outside its own series', () => {
  const groen = (period: string, value: number) => add('measurements', { indicator: 'IND-003', area: '44021', period, value, unit: 'km' });
  const series = (last: number) => [groen('2020', 0.41), groen('2021', 0.4), groen('2022', 0.39), groen('2023', 0.39), groen('2024', last)];

  test('an entry error (3,8 for 0,38 in a series with the demo’s 0,38 of 2025) is Opvallend, explained with median and spread', async () => {
    const { result } = await evaluate(series(3.8));
    const flag = result.measurements.find((m) => m.indicator === 'IND-003' && m.periode === '2024' && m.gebied === '44021');
    expect(flag?.status).toBe('outlier');
    expect(flag?.message).toMatch(/^3,8 km valt ver buiten de eigen reeks van IND-003 in Gent: de mediaan is 0,395 km en de gewone spreiding 0,0148 km; deze waarde ligt 229,7 keer die spreiding van de mediaan/);
    // It still carries its test, so the live colour works when the value is corrected.
    expect(flag).toMatchObject({ norm: 'NRM-004', normwaarde: 0.4 });
    expect(result.measurements.filter((m) => m.indicator === 'IND-003' && m.status === 'outlier')).toHaveLength(1);
  });

  test('a value that merely continues the series is not', async () => {
    const { result } = await evaluate(series(0.38));
    expect(result.measurements.filter((m) => m.indicator === 'IND-003' && m.status === 'outlier')).toEqual([]);
  });

  test('the demo’s steadily falling noise on the Parkstraat is a trend; only the Citadelpark’s 24,1 for 42,1 is Opvallend', async () => {
    const { result } = await evaluate([]);
    expect(result.measurements.filter((m) => m.status === 'outlier').map((m) => [m.gebied, m.periode, m.waarde])).toEqual([['P-CITADELPARK', '2025-S1', 24.1]]);
  });
});

describe('intended versus measured effect', () => {
  test('the change between the last value before the measure started and the last one after', async () => {
    const { result, effects } = await evaluate([]);
    expect(result.effects.map((e) => e.message)).toEqual([
      'beoogd -3 dB(A); verandering in het gebied sinds de start -2,5 dB(A) (Parkstraat: 51,2 dB(A) in 2024-S2, 48,7 dB(A) in 2025-S2)',
      'beoogd -0,1 km; verandering in het gebied sinds de start -0,07 km (Brugse Poort - Rooigem: 0,52 km in 2023, 0,45 km in 2025)',
    ]);
    expect(result.effects[0]).toMatchObject({ beoogd: -3, gemeten: -2.5, voor: { periode: '2024-S2', waarde: 51.2 }, na: { periode: '2025-S2', waarde: 48.7 } });
    expect(effects.map((e) => e.measured)).toEqual([-2.5, -0.07]);
  });

  test('no value after the start yet', async () => {
    const { result } = await evaluate([set('measures', 0, 'start', d('2026-01-01'))]);
    expect(result.effects[0]).toMatchObject({ gemeten: null, message: 'beoogd -3 dB(A); nog niet te vergelijken: geen meting van IND-001 in Parkstraat na de start van de maatregel (01/01/2026)' });
  });
});
