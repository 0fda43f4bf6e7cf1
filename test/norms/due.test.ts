// The semester rhythm: a period's value is due at the first semester end (30 June, 31 December) on
// or after its last day; Ontbreekt when the last due value is missing, Verouderd when more is.
import { dueDate, gapOf, lastDuePeriod, lastSemesterEnd } from '../../src/norms/due';
import { parsePeriod, type Period } from '../../src/registry/values';
import { dateToSerial, serialToDate } from '../../src/workbook/address';
import { FIRST_NEW_MEASUREMENT as NEW, add, d, evaluate, set, sheetRow } from './helpers';

const day = (iso: string) => dateToSerial(d(iso));
const iso = (serial: number) => serialToDate(serial).toISOString().slice(0, 10);
const p = (code: string): Period => {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(code);
  return r.value;
};

test.each([
  ['2026-S1', '2026-06-30'],
  ['2026-S2', '2026-12-31'],
  ['2026-Q1', '2026-06-30'],
  ['2026-Q3', '2026-12-31'],
  ['2026-06', '2026-06-30'],
  ['2026-07', '2026-12-31'],
  ['2026', '2026-12-31'],
])('%s is due on %s', (code, due) => {
  expect(iso(dueDate(p(code)))).toBe(due);
});

test.each([
  ['2026-06-29', '2025-12-31'],
  ['2026-06-30', '2026-06-30'],
  ['2026-12-30', '2026-06-30'],
  ['2026-12-31', '2026-12-31'],
  ['2027-01-01', '2026-12-31'],
])('on %s the last semester end is %s', (today, end) => {
  expect(iso(lastSemesterEnd(day(today)))).toBe(end);
});

// frequency, today, last period with a value (anchors multi-year frequencies), last due period
test.each([
  ['halfjaarlijks', 6, '2026-06-29', null, '2025-S2'],
  ['halfjaarlijks', 6, '2026-06-30', null, '2026-S1'],
  ['halfjaarlijks', 6, '2026-12-30', null, '2026-S1'],
  ['halfjaarlijks', 6, '2026-12-31', null, '2026-S2'],
  ['jaarlijks', 12, '2026-12-30', null, '2025'],
  ['jaarlijks', 12, '2026-12-31', null, '2026'],
  ['driemaandelijks', 3, '2026-06-29', null, '2025-Q4'],
  ['driemaandelijks', 3, '2026-07-01', null, '2026-Q2'],
  ['maandelijks', 1, '2026-10-15', null, '2026-06'],
  ['driejaarlijks after 2023', 36, '2026-11-23', '2023', '2023'],
  ['driejaarlijks after 2023', 36, '2026-12-31', '2023', '2026'],
  ['tweejaarlijks after 2023', 24, '2026-12-31', '2023', '2025'],
  ['eenmalig', Number.POSITIVE_INFINITY, '2026-12-31', '2023', null],
])('%s (%d months) on %s, last value %s: due %s', (_, months, today, latest, due) => {
  expect(lastDuePeriod(months, day(today), latest ? p(latest) : null)?.code ?? null).toBe(due);
});

test.each([
  ['the value of the last due semester is there', 6, ['2025-S2', '2026-S1'], '2026-11-23', null],
  ['the last due semester is missing', 6, ['2025-S1', '2025-S2'], '2026-11-23', { status: 'missing', period: '2026-S1' }],
  ['a day before S1 is due it is not missing yet', 6, ['2025-S2'], '2026-06-29', null],
  ['on 30 June S1 is due', 6, ['2025-S2'], '2026-06-30', { status: 'missing', period: '2026-S1' }],
  ['two semesters behind: Verouderd, naming the last value', 6, ['2025-S1'], '2026-11-23', { status: 'stale', period: '2025-S1' }],
  ['no value at all: the last due period is missing', 6, [], '2026-11-23', { status: 'missing', period: '2026-S1' }],
  ['yearly values for a half-yearly indicator count by their end', 6, ['2025'], '2026-06-30', { status: 'missing', period: '2026-S1' }],
  ['driejaarlijks: 2026 is missing at the end of 2026', 36, ['2020', '2023'], '2026-12-31', { status: 'missing', period: '2026' }],
  ['driejaarlijks: two rounds missed is Verouderd', 36, ['2023'], '2029-12-31', { status: 'stale', period: '2023' }],
  ['unknown frequency: nothing can be said', undefined, ['2020'], '2026-11-23', null],
] as const)('%s', (_, months, periods, today, gap) => {
  const found = gapOf(months, periods.map(p), day(today));
  expect(found ? { status: found.status, period: found.period.code } : null).toEqual(gap);
});

test('in the demo on 23/11/2026 the noise on the Parkstraat misses its 2026-S1 value, and the Citadelpark’s stopped after 2025-S1', async () => {
  const { result } = await evaluate([]);
  expect(result.gaps).toEqual([
    { indicator: 'IND-001', gebied: 'S-PARKSTRAAT', periode: '2026-S1', status: 'missing', message: 'Geen waarde van IND-001 (Geluidsdruk gevel) voor Parkstraat in 2026-S1: die werd verwacht tegen 30/06/2026 (halfjaarlijks).' },
    {
      indicator: 'IND-001',
      gebied: 'P-CITADELPARK',
      periode: '2025-S1',
      status: 'stale',
      message: 'De laatste waarde van IND-001 (Geluidsdruk gevel) voor Citadelpark (stille zone) is van 2025-S1: te oud voor een indicator die halfjaarlijks bijgewerkt wordt.',
    },
  ]);
  expect(result.counts).toMatchObject({ missing: 1, stale: 1 });
});

test('a row made for the round but left empty is Ontbreekt once its period is due, and blank before', async () => {
  const empty = (period: string) => add('measurements', { indicator: 'IND-001', area: 'S-PARKSTRAAT', period, unit: 'dB(A)', source: 'update dienst Milieu' });
  const { result, rows } = await evaluate([empty('2026-S1'), empty('2026-S2')]);
  expect(rows.find((r) => r.row.row === sheetRow(NEW))?.status).toBe('Ontbreekt');
  expect(rows.find((r) => r.row.row === sheetRow(NEW + 1))?.status).toBeNull();
  expect(result.measurements.map((m) => m.row)).not.toContain(sheetRow(NEW));
  expect(result.gaps.filter((g) => g.gebied === 'S-PARKSTRAAT').map((g) => g.periode)).toEqual(['2026-S1']);
});

test('an indicator without any value is missing for the municipality, and benchmark areas have no gaps', async () => {
  const { result } = await evaluate([
    add('indicators', { id: 'IND-015', name: 'Fietsdelen', unit: 'aantal', frequency: 'jaarlijks' }),
    add('measurements', { indicator: 'IND-003', area: '2000', period: '2019', value: 0.6, unit: 'km' }),
  ]);
  expect(result.gaps.map((g) => [g.indicator, g.gebied, g.periode, g.status])).toEqual([
    ['IND-001', 'S-PARKSTRAAT', '2026-S1', 'missing'],
    ['IND-001', 'P-CITADELPARK', '2025-S1', 'stale'],
    ['IND-015', '44021', '2025', 'missing'],
  ]);
});

describe('Beschikbaar na: a value is due in the first round after it can exist (issue 16 §3)', () => {
  test.each([
    ['2026', 4, '2027-06-30'],
    ['2026', 6, '2027-06-30'],
    ['2026', 7, '2027-12-31'],
    ['2026-S1', 2, '2026-12-31'],
    ['2026-03', 3, '2026-06-30'],
    ['2026-Q2', 1, '2026-12-31'],
  ])('%s, available %d months later, is due on %s', (code, lag, due) => {
    expect(iso(dueDate(p(code), lag))).toBe(due);
  });

  test.each([
    ['jaarlijks, 4 months', 12, 4, '2027-01-02', '2025'],
    ['jaarlijks, 4 months', 12, 4, '2027-06-30', '2026'],
    ['halfjaarlijks, 3 months', 6, 3, '2026-12-31', '2026-S1'],
    ['driemaandelijks, 2 months', 3, 2, '2026-12-31', '2026-Q3'],
    ['maandelijks, 1 month', 1, 1, '2026-06-30', '2026-05'],
  ])('%s on %s: due %s', (_, months, lag, today, due) => {
    expect(lastDuePeriod(months, day(today), null, lag)?.code).toBe(due);
  });

  test('the yearly value of 2026 is not Ontbreekt on 2 January 2027 when the source publishes in April', () => {
    expect(gapOf(12, [p('2025')], day('2027-01-02'))).toMatchObject({ status: 'missing' });
    expect(gapOf(12, [p('2025')], day('2027-01-02'), 4)).toBeNull();
    expect(gapOf(12, [p('2025')], day('2027-06-30'), 4)).toMatchObject({ status: 'missing', period: expect.objectContaining({ code: '2026' }) });
  });

  test('Toets aan normen follows the indicator’s Beschikbaar na, and says so', async () => {
    const january = new Date('2027-01-02T12:00:00Z');
    const groen = (r: Awaited<ReturnType<typeof evaluate>>['result']) => r.gaps.filter((g) => g.indicator === 'IND-003');
    expect(groen((await evaluate([], january)).result).map((g) => g.periode)).toEqual(['2026', '2026', '2026']);
    expect(groen((await evaluate([set('indicators', 2, 'availableAfter', 4)], january)).result)).toEqual([]);
    const june = groen((await evaluate([set('indicators', 2, 'availableAfter', 4)], new Date('2027-07-01T12:00:00Z'))).result);
    expect(june[0].message).toBe(
      'Geen waarde van IND-003 (Afstand tot openbaar groen) voor Brugse Poort - Rooigem in 2026: die werd verwacht tegen 30/06/2027 (jaarlijks, beschikbaar 4 maanden na de periode).',
    );
  });
});
