// The intended effects beside the change measured since the measure started (src/norms/effects.ts),
// on a new Gent registry with a few planted rows: which measurements are before and after the start
// (the start day itself on either side), where the area and unit come from when the row leaves them
// blank, and every text a user reads in Beoogd effect en verandering. Fast enough for every mutant.
import { effects } from '../../src/norms/effects';
import type { RegistryData } from '../../src/registry/read';
import type { Row } from '../../src/registry/defaults';
import { contextOf, day, read, type Planted } from './small';

const areas: Row[] = [
  { code: 'W-BINNENSTAD', name: 'Binnenstad', level: 'wijk', parent: '44021' },
  { code: 'W-BRUGSEPOORT', name: 'Brugse Poort', level: 'wijk', parent: '44021' },
];
const indicators: Row[] = [
  { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-004', name: 'Energielabel', unit: 'label', direction: 'hoger is beter', scale: 'A;B;C', frequency: 'jaarlijks' },
  { id: 'IND-009', name: 'Zonder eenheid', frequency: 'jaarlijks' },
];
const norms: Row[] = [
  { id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, area: '44021' },
  { id: 'NRM-002', indicator: 'IND-004', kind: 'norm', operator: 'min', value: 'B', area: '44021' },
  { id: 'NRM-003', indicator: 'IND-009', kind: 'norm', operator: 'max', value: 5, area: 'W-BRUGSEPOORT' },
  { id: 'NRM-004', indicator: 'IND-404', kind: 'norm', operator: 'max', value: 5, unit: 'km' },
  { id: 'NRM-005', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB', dimension: 'nacht' },
];
const m = (area: string, period: string, value: number | string | null, dimension?: string): Row => ({ indicator: 'IND-001', area, period, value, dimension: dimension ?? null });

async function effectsOf(planted: Planted, gemeente: string | null = '44021', change: (data: RegistryData) => RegistryData = (data) => data) {
  const data = change(await read({ areas, indicators, norms, ...planted }, gemeente));
  return effects(contextOf(data), data);
}
const messages = async (planted: Planted, gemeente?: string | null) => (await effectsOf(planted, gemeente)).map((e) => e.comparison);

test('the last value before the start and the last one after it: their difference, at the precision of the finer value', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'Stil asfalt', area: 'W-BINNENSTAD', start: day('2025-01-01') }],
    intendedEffects: [{ id: 'EFF-001', measure: 'maa-001', norm: 'nrm-001', effect: -3 }],
    measurements: [
      m('W-BINNENSTAD', '2022', 53), m('W-BINNENSTAD', '2023', 52.5), m('W-BINNENSTAD', '2024', 52),
      m('W-BINNENSTAD', '2025', 50.3), m('W-BINNENSTAD', '2026', 49.6), m('W-BINNENSTAD', '2027', null),
      // Another dimension and another area are other series.
      m('W-BINNENSTAD', '2026', 40, 'nacht'), m('W-BRUGSEPOORT', '2026', 30),
    ],
  };
  const [found, ...rest] = await effectsOf(planted);
  expect(rest).toEqual([]);
  const message = 'beoogd -3 dB(A); verandering in het gebied sinds de start -2,4 dB(A) (Binnenstad: 52 dB(A) in 2024, 49,6 dB(A) in 2026)';
  expect(found.measured).toBe(-2.4);
  expect(found.comparison).toBe(message);
  expect(found.row.row).toBe(2);
  expect(found.flag).toEqual({
    sheet: 'BeoogdeEffecten', row: 2, effect: 'EFF-001', maatregel: 'maa-001', norm: 'nrm-001', indicator: 'IND-001', gebied: 'W-BINNENSTAD', eenheid: 'dB(A)',
    beoogd: -3, gemeten: -2.4, voor: { periode: '2024', waarde: 52 }, na: { periode: '2026', waarde: 49.6 }, message,
  });
});

test('the start day itself: a period ending on it is not before, a period starting on it is after', async () => {
  const planted: Planted = {
    measures: [
      { id: 'MAA-001', name: 'Op de laatste dag', area: 'W-BINNENSTAD', start: day('2024-12-31') },
      { id: 'MAA-002', name: 'Op de eerste dag', area: 'W-BRUGSEPOORT', start: day('2025-01-01') },
    ],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -1, unit: 'dB(A)' },
      { id: 'EFF-002', measure: 'MAA-002', norm: 'NRM-001', effect: 2, unit: 'dB(A)' },
    ],
    measurements: [
      m('W-BINNENSTAD', '2023', 50), m('W-BINNENSTAD', '2024', 51), m('W-BINNENSTAD', '2025', 49),
      m('W-BRUGSEPOORT', '2024', 51), m('W-BRUGSEPOORT', '2025', 53),
    ],
  };
  expect(await messages(planted)).toEqual([
    'beoogd -1 dB(A); verandering in het gebied sinds de start -1 dB(A) (Binnenstad: 50 dB(A) in 2023, 49 dB(A) in 2025)',
    'beoogd +2 dB(A); verandering in het gebied sinds de start +2 dB(A) (Brugse Poort: 51 dB(A) in 2024, 53 dB(A) in 2025)',
  ]);
});

test('no value before the start, or none after it: not yet measurable, saying which', async () => {
  const planted: Planted = {
    measures: [
      { id: 'MAA-001', name: 'Te vroeg', area: 'W-BINNENSTAD', start: day('2020-03-01') },
      { id: 'MAA-002', name: 'Te laat', area: 'W-BRUGSEPOORT', start: day('2026-06-15') },
    ],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -1 },
      { id: 'EFF-002', measure: 'MAA-002', norm: 'NRM-001', effect: -1 },
    ],
    measurements: [m('W-BINNENSTAD', '2024', 51), m('W-BRUGSEPOORT', '2024', 51), m('W-BRUGSEPOORT', '2025', 50)],
  };
  const [early, late] = await effectsOf(planted);
  expect(early.comparison).toBe('beoogd -1 dB(A); nog niet te meten: geen meting van IND-001 in Binnenstad vóór de start van de maatregel (01/03/2020)');
  expect(early.flag).toMatchObject({ gemeten: null, voor: null, na: { periode: '2024', waarde: 51 } });
  expect(early.measured).toBeNull();
  expect(late.comparison).toBe('beoogd -1 dB(A); nog niet te vergelijken: geen meting van IND-001 in Brugse Poort na de start van de maatregel (15/06/2026)');
  expect(late.flag).toMatchObject({ gemeten: null, voor: { periode: '2025', waarde: 50 }, na: null });
});

test('what cannot be measured says why', async () => {
  const planted: Planted = {
    measures: [
      { id: 'MAA-001', name: 'Zonder start', area: 'W-BINNENSTAD' },
      { id: 'MAA-002', name: 'Met een start die geen datum is', area: 'W-BINNENSTAD', start: 'ooit' },
      { id: 'MAA-003', name: 'Gewoon', area: 'W-BINNENSTAD', start: day('2025-01-01') },
    ],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -1 },
      { id: 'EFF-002', measure: 'MAA-002', norm: 'NRM-001', effect: -1 },
      { id: 'EFF-003', measure: 'MAA-404', norm: 'NRM-001', effect: -1 },
      { id: 'EFF-004', measure: 'MAA-003', norm: 'NRM-404', effect: -1 },
      { id: 'EFF-005', measure: 'MAA-003', norm: 'NRM-004', effect: -1 },
      { id: 'EFF-006', measure: 'MAA-003', norm: 'NRM-002', effect: 1 },
    ],
  };
  const found = await effectsOf(planted);
  expect(found.map((e) => e.comparison)).toEqual([
    'beoogd -1 dB(A); niet te meten: de maatregel heeft geen startdatum',
    'beoogd -1 dB(A); niet te meten: de maatregel heeft geen startdatum',
    'beoogd -1 dB(A); niet te meten: de maatregel heeft geen startdatum',
    'beoogd -1; niet te meten: de norm of haar indicator staat niet in het register',
    'beoogd -1 km; niet te meten: de norm of haar indicator staat niet in het register',
    'beoogd +1 label; niet als getal te meten: de indicator heeft een schaal met labels',
  ]);
  expect(found.map((e) => e.flag.indicator)).toEqual(['IND-001', 'IND-001', 'IND-001', null, null, 'IND-004']);
});

test('a blank or unreadable intended effect is unknown', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'x', area: 'W-BINNENSTAD' }],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001' },
      { id: 'EFF-002', measure: 'MAA-001', norm: 'NRM-001', effect: 'veel' },
      { id: 'EFF-003', measure: 'MAA-001', norm: 'NRM-001', effect: 0 },
    ],
  };
  const found = await effectsOf(planted);
  expect(found.map((e) => [e.flag.beoogd, e.comparison.split(';')[0]])).toEqual([[null, 'beoogd onbekend'], [null, 'beoogd onbekend'], [0, 'beoogd 0 dB(A)']]);
});

test('the area: the row’s, else the measure’s, else the norm’s, else the municipality (none without one)', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'Overal', area: 'W-BINNENSTAD' }, { id: 'MAA-002', name: 'Nergens in het bijzonder' }],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -1, area: 'W-BRUGSEPOORT' },
      { id: 'EFF-002', measure: 'MAA-001', norm: 'NRM-003', effect: -1 },
      { id: 'EFF-003', measure: 'MAA-002', norm: 'NRM-003', effect: -1 },
      { id: 'EFF-004', measure: 'MAA-002', norm: 'NRM-005', effect: -1 },
      { id: 'EFF-005', measure: 'MAA-002', norm: 'NRM-404', effect: -1 },
    ],
  };
  expect((await effectsOf(planted)).map((e) => e.flag.gebied)).toEqual(['W-BRUGSEPOORT', 'W-BINNENSTAD', 'W-BRUGSEPOORT', '44021', '44021']);
  expect((await effectsOf(planted, null)).map((e) => e.flag.gebied)).toEqual(['W-BRUGSEPOORT', 'W-BINNENSTAD', 'W-BRUGSEPOORT', '', '']);
});

test('the unit: the row’s, else the norm’s, else the indicator’s; none at all leaves it out', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'x', area: 'W-BRUGSEPOORT', start: day('2025-01-01') }],
    intendedEffects: [
      { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-005', effect: -1, unit: 'dB(C)' },
      { id: 'EFF-002', measure: 'MAA-001', norm: 'NRM-005', effect: -1 },
      { id: 'EFF-003', measure: 'MAA-001', norm: 'NRM-001', effect: -1 },
      { id: 'EFF-004', measure: 'MAA-001', norm: 'NRM-003', effect: -1 },
    ],
    measurements: [{ indicator: 'IND-009', area: 'W-BRUGSEPOORT', period: '2024', value: 7 }, { indicator: 'IND-009', area: 'W-BRUGSEPOORT', period: '2025', value: 4 }],
  };
  const found = await effectsOf(planted);
  expect(found.map((e) => e.flag.eenheid)).toEqual(['dB(C)', 'dB', 'dB(A)', '']);
  expect(found[3].comparison).toBe('beoogd -1; verandering in het gebied sinds de start -3 (Brugse Poort: 7 in 2024, 4 in 2025)');
});

test('the norm’s dimension picks the series', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'x', area: 'W-BINNENSTAD', start: day('2025-01-01') }],
    intendedEffects: [{ id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-005', effect: -1 }],
    measurements: [m('W-BINNENSTAD', '2024', 51), m('W-BINNENSTAD', '2025', 50), m('W-BINNENSTAD', '2024', 45, 'nacht'), m('W-BINNENSTAD', '2025', 42, 'nacht')],
  };
  expect((await effectsOf(planted)).map((e) => e.measured)).toEqual([-3]);
});

test('a registry without Maatregelen, Normen or BeoogdeEffecten tables', async () => {
  const planted: Planted = {
    measures: [{ id: 'MAA-001', name: 'x', area: 'W-BINNENSTAD', start: day('2025-01-01') }],
    intendedEffects: [{ id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -1 }],
  };
  const without = (key: string) => (data: RegistryData) => ({ ...data, tables: new Map([...data.tables].filter(([k]) => k !== key)) }) as RegistryData;
  expect((await effectsOf(planted, '44021', without('measures'))).map((e) => [e.flag.gebied, e.comparison])).toEqual([['44021', 'beoogd -1 dB(A); niet te meten: de maatregel heeft geen startdatum']]);
  expect((await effectsOf(planted, '44021', without('norms'))).map((e) => e.comparison)).toEqual(['beoogd -1; niet te meten: de norm of haar indicator staat niet in het register']);
  expect(await effectsOf(planted, '44021', without('intendedEffects'))).toEqual([]);
});
