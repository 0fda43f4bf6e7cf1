// The Overzicht rows (src/norms/overview.ts) on a new Gent registry with a few indicators: the latest
// value of each indicator and area (the total before dimensions), its norm or the path, a norm that
// starts later, the timeliness words and the comparison with the Vlaams Gewest both ways, numbers and
// labels. Fast enough for every mutant Stryker makes of the file.
import { evaluateRegistry } from '../../src/norms/evaluate';
import type { Row } from '../../src/registry/defaults';
import { NOW } from './helpers';
import { day, read, type Planted } from './small';

const VG = '02000';
const areas: Row[] = [
  { code: 'W-BINNENSTAD', name: 'Binnenstad', level: 'wijk', parent: '44021' },
  { code: 'W-BRUGSEPOORT', name: 'Brugse Poort', level: 'wijk', parent: '44021' },
];
const indicators: Row[] = [
  { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-002', name: 'Tevredenheid', unit: '%', direction: 'hoger is beter' },
  { id: 'IND-003', name: 'Energielabel', unit: 'label', direction: 'hoger is beter', scale: 'A;B;C;D', frequency: 'jaarlijks' },
  { id: 'IND-004', name: 'Zonder eenheid', frequency: 'jaarlijks' },
  { id: 'IND-005', name: 'Lawaaihinder', unit: '%', direction: 'lager is beter', frequency: 'jaarlijks', role: 'contextindicator' },
  { id: 'IND-006', name: 'Klachten', unit: 'aantal', direction: 'lager is beter', frequency: 'jaarlijks', status: 'stopgezet', statusSince: day('2025-07-01') },
  { id: 'IND-007', name: 'Nog nooit gemeten', unit: 'aantal', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-008', name: 'Op weg', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-009', name: 'Later', unit: '%', direction: 'hoger is beter', frequency: 'jaarlijks' },
];
const norms: Row[] = [
  { id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, area: '44021', validFrom: day('2024-01-01') },
  { id: 'NRM-020', indicator: 'IND-002', kind: 'norm', operator: 'min', value: 35, area: '44021', validFrom: day('2027-01-01') },
  { id: 'NRM-040', indicator: 'IND-004', kind: 'norm', operator: 'max', value: 5, unit: 'km', area: '44021' },
  { id: 'NRM-080', indicator: 'IND-008', kind: 'streefwaarde', operator: 'max', value: 40, area: '44021', referencePeriod: '2024', targetDate: day('2028-12-31') },
  { id: 'NRM-091', indicator: 'IND-009', kind: 'norm', operator: 'min', value: 50, area: '44021', validFrom: day('2027-01-01') },
  { id: 'NRM-090', indicator: 'IND-009', kind: 'streefwaarde', operator: 'min', value: 60, area: '44021', referencePeriod: '2025', targetDate: day('2030-12-31'), validFrom: day('2026-07-01') },
];
const m = (indicator: string, area: string, period: string, value: number | string | null, dimension?: string, unit?: string): Row => ({ indicator, area, period, value, dimension: dimension ?? null, unit: unit ?? null });
const measurements: Row[] = [
  m('IND-001', '44021', '2024', 50), m('IND-001', '44021', '2025', 49), m('IND-001', VG, '2025', 55),
  m('IND-001', 'W-BINNENSTAD', '2025', 47, 'dag'), m('IND-001', 'W-BINNENSTAD', '2025', 44, 'nacht'), m('IND-001', VG, '2025', 47, 'dag'),
  m('IND-001', 'w-brugsepoort', '2023', 51), m('IND-001', 'W-BRUGSEPOORT', '2024', null), m('IND-001', VG, '2023', 50),
  m('IND-002', '44021', '2025', 30), m('IND-002', VG, '2025', 30),
  m('IND-003', '44021', '2025', 'B'), m('IND-003', VG, '2025', 'C'), m('IND-003', 'W-BINNENSTAD', '2024', 'D'), m('IND-003', VG, '2024', 'C'), m('IND-003', 'W-BRUGSEPOORT', '2023', 'B'), m('IND-003', VG, '2023', 'B'),
  m('IND-004', '44021', '2025', 3, undefined, 'm'), m('IND-004', VG, '2025', 4),
  m('IND-005', '44021', '2025', 12),
  m('IND-006', '44021', '2024', 80),
  m('IND-008', '44021', '2024', 50), m('IND-008', '44021', '2025', 49),
  m('IND-009', '44021', '2025', 45),
  m('IND-002', 'W-BINNENSTAD', '2025', 40), m('IND-001', '44021', '2026', 40, 'dag'),
];

async function overview(planted: Planted = {}, gemeente: string | null = '44021') {
  const data = await read({ areas, indicators, norms, measurements, ...planted }, gemeente);
  return evaluateRegistry(data, { now: NOW }).result.overview;
}

/** The columns a user reads, in the order of the sheet (name, role and area name apart). */
const COLUMNS = ['indicator', 'gebied', 'dimensie', 'periode', 'waarde', 'eenheid', 'norm', 'status', 'tijdigheid', 'vlaamsGewest', 'vergelijking'] as const;
const table = (rows: Awaited<ReturnType<typeof overview>>) => rows.map((r) => COLUMNS.map((k) => r[k]));

test('per indicator and area of the municipality: the latest value, its test and status, its timeliness, and the Vlaams Gewest beside it', async () => {
  expect(table(await overview())).toEqual([
    // Gent: the total, not the later value of a dimension; above its norm, below the Vlaams Gewest (lower is better).
    // Binnenstad has only dimensions: the first of the latest period; Brugse Poort is spelt as first typed, its empty 2024 skipped.
    ['IND-001', '44021', '', '2025', 49, 'dB(A)', 'max. 48 dB(A) (NRM-001)', 'Afwijking', 'Actueel', 55, 'beter'],
    ['IND-001', 'W-BINNENSTAD', 'dag', '2025', 47, 'dB(A)', 'max. 48 dB(A) (NRM-001)', 'OK', 'Actueel', 47, 'gelijk'],
    ['IND-001', 'w-brugsepoort', '', '2023', 51, 'dB(A)', 'max. 48 dB(A) (NRM-001)', 'norm vanaf 2024', 'Verouderd: laatste waarde 2023', 50, 'slechter'],
    ['IND-002', '44021', '', '2025', 30, '%', 'min. 35 % (NRM-020)', 'norm vanaf 2027', '', 30, 'gelijk'],
    ['IND-002', 'W-BINNENSTAD', '', '2025', 40, '%', 'min. 35 % (NRM-020)', 'norm vanaf 2027', '', 30, 'beter'],
    ['IND-003', '44021', '', '2025', 'B', 'label', null, 'Geen norm', 'Actueel', 'C', 'beter'],
    ['IND-003', 'W-BINNENSTAD', '', '2024', 'D', 'label', null, 'Geen norm', 'Ontbreekt: 2025', 'C', 'slechter'],
    ['IND-003', 'W-BRUGSEPOORT', '', '2023', 'B', 'label', null, 'Geen norm', 'Verouderd: laatste waarde 2023', 'B', 'gelijk'],
    ['IND-004', '44021', '', '2025', 3, 'm', null, 'Niet getoetst', 'Actueel', 4, null],
    ['IND-005', '44021', '', '2025', 12, '%', null, 'Geen norm', 'Actueel', null, null],
    ['IND-006', '44021', '', '2024', 80, 'aantal', null, 'Geen norm', 'Niet meer opgevolgd', null, null],
    ['IND-007', '44021', '', null, null, 'aantal', null, null, 'Ontbreekt: 2025', null, null],
    ['IND-008', '44021', '', '2025', 49, 'dB(A)', 'streefpad max. 47,5 dB(A) (NRM-080)', 'Niet op koers', 'Actueel', null, null],
    ['IND-009', '44021', '', '2025', 45, '%', 'streefwaarde min. 60 % (NRM-090)', 'streefwaarde vanaf 01/07/2026', 'Actueel', null, null],
  ]);
});

test('names, roles and area names', async () => {
  const rows = await overview();
  expect(rows.map((r) => [r.naam, r.context, r.gebiednaam]).slice(0, 5)).toEqual([
    ['Geluidsdruk gevel', false, 'Gent'], ['Geluidsdruk gevel', false, 'Binnenstad'], ['Geluidsdruk gevel', false, 'Brugse Poort'], ['Tevredenheid', false, 'Gent'], ['Tevredenheid', false, 'Binnenstad'],
  ]);
  expect(rows.filter((r) => r.context).map((r) => r.naam)).toEqual(['Lawaaihinder']);
});

test('without a municipality: no row for an indicator never measured, and areas outside Flanders’ levels only', async () => {
  expect((await overview({}, null)).map((r) => `${r.indicator} ${r.gebied}`)).toEqual(['IND-001 W-BINNENSTAD', 'IND-001 w-brugsepoort', 'IND-002 W-BINNENSTAD', 'IND-003 W-BINNENSTAD', 'IND-003 W-BRUGSEPOORT']);
});

test('the best label on either side; an earlier norm is not a later one; a later norm beside Opvallend', async () => {
  const more: Planted = {
    areas: [...areas, { code: 'W-DAMPOORT', name: 'Dampoort', level: 'wijk', parent: '44021' }],
    indicators: [...indicators, { id: 'IND-010', name: 'Opvallend later', unit: '%', direction: 'hoger is beter', frequency: 'jaarlijks' }, { id: 'IND-011', name: 'Half jaar', unit: '%', direction: 'hoger is beter', frequency: 'jaarlijks' }],
    norms: [
      ...norms,
      { id: 'NRM-021', indicator: 'IND-002', kind: 'norm', operator: 'min', value: 20, area: '44021', validFrom: day('2019-01-01'), validTo: day('2022-12-31') },
      { id: 'NRM-100', indicator: 'IND-010', kind: 'norm', operator: 'min', value: 50, area: '44021', validFrom: day('2027-01-01') },
      // Starts on the first day of the latest period but ends within it: it does not hold for that value, and it is not later.
      { id: 'NRM-110', indicator: 'IND-011', kind: 'norm', operator: 'min', value: 50, area: '44021', validFrom: day('2025-01-01'), validTo: day('2025-06-30') },
    ],
    measurements: [
      ...measurements, m('IND-003', 'W-BINNENSTAD', '2026', 'A'), m('IND-003', VG, '2026', 'B'), m('IND-003', 'W-DAMPOORT', '2022', 'B'), m('IND-003', VG, '2022', 'A'),
      ...[45, 46, 44, 45, 90].map((v, i) => m('IND-010', '44021', String(2021 + i), v)),
      m('IND-011', '44021', '2025', 45),
    ],
  };
  const rows = (await overview(more)).filter((r) => ['IND-002', 'IND-003', 'IND-010', 'IND-011'].includes(r.indicator) && r.gebied !== 'W-BRUGSEPOORT');
  expect(table(rows)).toEqual([
    ['IND-002', '44021', '', '2025', 30, '%', 'min. 35 % (NRM-020)', 'norm vanaf 2027', '', 30, 'gelijk'],
    ['IND-002', 'W-BINNENSTAD', '', '2025', 40, '%', 'min. 35 % (NRM-020)', 'norm vanaf 2027', '', 30, 'beter'],
    ['IND-003', '44021', '', '2025', 'B', 'label', null, 'Geen norm', 'Actueel', 'C', 'beter'],
    ['IND-003', 'W-BINNENSTAD', '', '2026', 'A', 'label', null, 'Geen norm', 'Actueel', 'B', 'beter'],
    ['IND-003', 'W-DAMPOORT', '', '2022', 'B', 'label', null, 'Geen norm', 'Verouderd: laatste waarde 2022', 'A', 'slechter'],
    ['IND-010', '44021', '', '2025', 90, '%', 'min. 50 % (NRM-100)', 'Opvallend', 'Actueel', null, null],
    ['IND-011', '44021', '', '2025', 45, '%', null, 'Geen norm', 'Actueel', null, null],
  ]);
});
