// Issue 16 §1: a value is tested against every norm and target path that applies; its status is
// the worst of them, the message names every breach, and the flag columns carry the deciding test.
// What was tested is data on the result (getoetst, toetsen), not words in a message.
import { FIRST_NEW_MEASUREMENT as NEW, add, d, evaluate, set, sheetRow } from './helpers';

// The method's own example: a building height of min. 9 m and max. 25 m for the whole municipality.
const height = [
  add('indicators', { id: 'IND-010', name: 'Bouwhoogte', unit: 'm', direction: 'lager is beter', frequency: 'jaarlijks', owner: 'Ruimte' }),
  add(
    'norms',
    { id: 'NRM-020', indicator: 'IND-010', document: 'BES-001', kind: 'norm', operator: 'min', value: 9, unit: 'm', area: '44021' },
    { id: 'NRM-021', indicator: 'IND-010', document: 'BES-001', kind: 'norm', operator: 'max', value: 25, unit: 'm', area: '44021' },
  ),
];
const building = (value: number) => add('measurements', { indicator: 'IND-010', area: '44021', period: '2025', value, unit: 'm' });

describe('min. 9 m and max. 25 m on one indicator', () => {
  test.each([
    [30, 'deviation', 'NRM-021', ['ok', 'deviation'], /^30 m ligt boven de norm max\. 25 m \(NRM-021, Beleidsplan Geluid 2030, zonder einddatum\)\. De norm min\. 9 m \(NRM-020\) is gehaald\.$/],
    [5, 'deviation', 'NRM-020', ['deviation', 'ok'], /^5 m ligt onder de norm min\. 9 m \(NRM-020, Beleidsplan Geluid 2030, zonder einddatum\)\. De norm max\. 25 m \(NRM-021\) is gehaald\.$/],
    [20, 'ok', 'NRM-020', ['ok', 'ok'], /^20 m voldoet aan de norm min\. 9 m .*De norm max\. 25 m \(NRM-021\) is gehaald\.$/],
  ])('%d m: %s, decided by %s', async (value, status, norm, outcomes, message) => {
    const { result, rows } = await evaluate([...height, building(value)]);
    const flag = result.measurements.find((m) => m.row === sheetRow(NEW));
    expect(flag).toMatchObject({ status, norm, getoetst: 'norm' });
    expect(flag?.message).toMatch(message);
    expect(flag?.toetsen.map((t) => [t.norm, t.uitkomst])).toEqual([
      ['NRM-020', outcomes[0]],
      ['NRM-021', outcomes[1]],
    ]);
    // The flag columns carry the deciding norm, so the live colour follows it.
    expect(rows.find((r) => r.row.row === sheetRow(NEW))?.test).toMatchObject({ normId: norm, normOperator: norm === 'NRM-021' ? 'max' : 'min' });
  });
});

describe('the demo keeps its deviations when a harmless norm is added', () => {
  const min30 = (values: Record<string, string | Date | null>) =>
    add('norms', { id: 'NRM-020', indicator: 'IND-001', document: 'BES-001', kind: 'norm', operator: 'min', value: 30, unit: 'dB(A)', ...values });
  test.each([
    ['for the municipality, without validity', { area: '44021' }],
    ['for the Parkstraat, from 2024', { area: 'S-PARKSTRAAT', validFrom: d('2024-01-01') }],
    ['for the municipality, newer than max. 48', { area: '44021', validFrom: d('2024-07-01') }],
  ])('min. 30 dB(A) %s', async (_, values) => {
    const before = (await evaluate([])).result;
    const { result } = await evaluate([min30(values)]);
    // The 8 deviations of the demo, and the bouwhoogte above max. 25 m added since.
    expect(result.counts.deviation).toBe(9);
    const deviations = (r: typeof result) => r.measurements.filter((m) => m.status === 'deviation').map((m) => [m.row, m.norm]);
    expect(deviations(result)).toEqual(deviations(before));
  });

  test('…except the Citadelpark’s typing error 24,1, which breaches it (and stays Opvallend)', async () => {
    const { result } = await evaluate([min30({ area: '44021' })]);
    const typo = result.measurements.find((m) => m.gebied === 'P-CITADELPARK' && m.periode === '2025-S1');
    expect(typo).toMatchObject({ status: 'outlier', norm: 'NRM-020', getoetst: 'norm' });
    expect(typo?.message).toMatch(/24,1 dB\(A\) ligt onder de norm min\. 30 dB\(A\) \(NRM-020/);
  });
});

describe('norms and target paths at once', () => {
  test('a breached norm decides over the path; the path’s outcome is data on the result', async () => {
    const { result } = await evaluate([]);
    const flag = result.measurements.find((m) => m.row === sheetRow(1));
    expect(flag).toMatchObject({ status: 'deviation', norm: 'NRM-001', getoetst: 'norm' });
    expect(flag?.toetsen).toEqual([
      { soort: 'norm', norm: 'NRM-001', streefwaarde: null, operator: 'max', normwaarde: 48, bovengrens: null, referentiewaarde: null, uitkomst: 'deviation' },
      { soort: 'streefpad', norm: 'NRM-003', streefwaarde: 'NRM-002', operator: 'max', normwaarde: 51.46, bovengrens: null, referentiewaarde: null, uitkomst: 'off_track' },
    ]);
  });

  test('a norm that is met leaves the path to decide', async () => {
    const { result } = await evaluate([]);
    const flag = result.measurements.find((m) => m.row === sheetRow(20));
    expect(flag).toMatchObject({ status: 'off_track', norm: 'NRM-009', getoetst: 'streefpad' });
    expect(flag?.toetsen.map((t) => [t.soort, t.norm, t.uitkomst])).toEqual([
      ['norm', 'NRM-004', 'ok'],
      ['streefpad', 'NRM-009', 'off_track'],
    ]);
  });

  test('a norm that replaces a target (Vervangt) leaves no path there', async () => {
    const { result } = await evaluate([add('norms', { id: 'NRM-020', indicator: 'IND-003', kind: 'norm', operator: 'max', value: 0.37, unit: 'km', area: 'W-BINNENSTAD', replaces: 'NRM-008' })]);
    const flag = result.measurements.find((m) => m.row === sheetRow(20));
    expect(flag).toMatchObject({ status: 'ok', norm: 'NRM-020', getoetst: 'norm' });
    expect(flag?.toetsen.map((t) => t.norm)).toEqual(['NRM-020', 'NRM-004']);
    expect(flag?.message).toMatch(/NRM-020 vervangt NRM-008 in Binnenstad\./);
  });
});

describe('an ordinal min. beside an ordinal max.', () => {
  // Energielabel: min. B (NRM-005) and, planted, max. A+: no better than A+ is asked of the median.
  const maxAPlus = add('norms', { id: 'NRM-020', indicator: 'IND-004', document: 'BES-004', kind: 'norm', operator: 'max', value: 'A+', unit: 'label', validFrom: d('2025-01-01'), area: '44021' });
  const label = (value: string) => add('measurements', { indicator: 'IND-004', area: '44021', period: '2026', value, unit: 'label' });
  test.each([
    ['C', 'deviation', 'NRM-005', /^C is slechter dan de norm min\. B/],
    ['A++', 'deviation', 'NRM-020', /^A\+\+ is beter dan de norm max\. A\+/],
    ['A', 'ok', 'NRM-005', /De norm max\. A\+ \(NRM-020\) is gehaald\.$/],
  ])('%s: %s (%s)', async (value, status, norm, message) => {
    const { result } = await evaluate([maxAPlus, label(value)]);
    const flag = result.measurements.find((m) => m.row === sheetRow(NEW));
    expect(flag).toMatchObject({ status, norm });
    expect(flag?.message).toMatch(message);
    expect(flag?.toetsen).toHaveLength(2);
  });
});

test('Overzicht names a streefwaarde that starts after the latest value instead of "Geen norm"', async () => {
  const { result } = await evaluate([
    set('norms', 5, 'area', 'W-BRUGSEPOORT'),
    add('norms', { id: 'NRM-020', indicator: 'IND-002', kind: 'streefwaarde', operator: 'max', value: 10, unit: '%', referencePeriod: '2023', targetDate: d('2030-12-31'), validFrom: d('2026-01-01'), area: '44021' }),
  ]);
  expect(result.overview.find((r) => r.indicator === 'IND-002')).toMatchObject({ periode: '2023', norm: 'streefwaarde max. 10 % (NRM-020)', status: 'streefwaarde vanaf 2026' });
});
