// Which norms apply to a measurement: validity to the day, area nesting through Bovenliggend,
// dimensions and two-level lists; every one that applies is tested (issue 16), the worst outcome
// decides, and a norm drops out only where another replaces it (Vervangt).
// Planted in the demo registry; `row` is the data row of Metingen (demo rows 0–20, new rows from 21).
import type { Edit } from '../../src/workbook/port';
import { FIRST_NEW_MEASUREMENT as NEW, add, d, evaluate, set, sheetRow } from './helpers';

const norm = (values: Record<string, string | number | Date | null>) =>
  add('norms', { indicator: 'IND-003', document: 'BES-003', kind: 'norm', operator: 'max', unit: 'km', validFrom: d('2023-10-01'), validTo: d('2030-12-31'), area: '44021', ...values });
const groen = (values: Record<string, string | number | Date | null>) =>
  add('measurements', { indicator: 'IND-003', area: '44021', period: '2025', unit: 'km', ...values });
// Parkstraat without its targets: only NRM-001 (Gent) can apply.
const noTargets: Edit[] = [set('norms', 1, 'area', 'W-BRUGSEPOORT'), set('norms', 2, 'area', 'W-BRUGSEPOORT')];
// The Binnenstad without its target path (NRM-008): only norms can apply to its afstand tot groen.
const noBinnenstadTarget: Edit[] = [set('norms', 7, 'area', 'W-BRUGSEPOORT')];

type Expect = { status: string; norm: string | null; message?: RegExp };
const cases: [string, Edit[], number, Expect][] = [
  // Validity: the period must lie wholly within Geldig van – Geldig tot, both days included.
  ['a period that starts on Geldig van is covered', noTargets, 1, { status: 'deviation', norm: 'NRM-001' }],
  ['a period that starts the day before Geldig van is not', noTargets, 0, { status: 'no_norm', norm: null, message: /NRM-001 is geldig 2024–2030/ }],
  ['Geldig van one day into the period leaves it out', [...noTargets, set('norms', 0, 'validFrom', d('2024-01-02'))], 1, { status: 'no_norm', norm: null }],
  ['…and covers the next period', [...noTargets, set('norms', 0, 'validFrom', d('2024-01-02'))], 2, { status: 'deviation', norm: 'NRM-001' }],
  ['a period that ends on Geldig tot is covered', [...noTargets, set('norms', 0, 'validTo', d('2025-12-31'))], 4, { status: 'deviation', norm: 'NRM-001' }],
  ['Geldig tot one day before the period ends leaves it out', [...noTargets, set('norms', 0, 'validTo', d('2025-12-30'))], 4, { status: 'no_norm', norm: null }],
  ['no Geldig tot: valid without end', [set('norms', 4, 'validTo', null)], 12, { status: 'deviation', norm: 'NRM-005' }],

  // Areas: a norm for an area applies to every area within it.
  ['a municipality norm applies to a street two levels down (straat → wijk → gemeente)', noTargets, 3, { status: 'deviation', norm: 'NRM-001' }],
  ['a norm for a wijk does not apply to another wijk', [norm({ id: 'NRM-020', value: 0.3, area: 'W-BINNENSTAD' })], 8, { status: 'deviation', norm: 'NRM-004' }],
  ['a norm without werkingsgebied holds for the whole municipality', [set('norms', 3, 'area', null)], 8, { status: 'deviation', norm: 'NRM-004' }],
  ['a municipality norm does not apply to the Vlaams Gewest benchmark', [groen({ area: '2000', value: 0.6 })], NEW, { status: 'no_norm', norm: null }],
  ['a norm for a street does not apply to its wijk', [...noBinnenstadTarget, norm({ id: 'NRM-020', value: 0.1, area: 'S-PARKSTRAAT' }), groen({ area: 'W-BINNENSTAD', dimension: 'Open bebouwing', value: 0.3 })], NEW, { status: 'ok', norm: 'NRM-004' }],

  // Every norm that applies is tested; the worst outcome decides and the message names every breach.
  [
    'a wijk norm beside the municipality norm: both are tested, the breach of the municipal one decides',
    [norm({ id: 'NRM-020', value: 0.5, area: 'W-BRUGSEPOORT' })],
    8,
    { status: 'deviation', norm: 'NRM-004', message: /^0,49 km ligt boven de norm max\. 0,4 km \(NRM-004.*\. De norm max\. 0,5 km \(NRM-020\) is gehaald\.$/ },
  ],
  [
    'a wijk norm that replaces the municipality norm (Vervangt) is the only one there',
    [norm({ id: 'NRM-020', value: 0.5, area: 'W-BRUGSEPOORT', replaces: 'NRM-004' })],
    8,
    { status: 'ok', norm: 'NRM-020', message: /voldoet aan de norm max\. 0,5 km \(NRM-020.*\. NRM-020 vervangt NRM-004 in Brugse Poort - Rooigem\.$/ },
  ],
  ['…and replaces nothing outside its own area', [norm({ id: 'NRM-020', value: 0.3, area: 'W-BRUGSEPOORT', replaces: 'NRM-004' })], 10, { status: 'ok', norm: 'NRM-004' }],
  [
    'a norm for a dimension is tested beside the general one',
    [norm({ id: 'NRM-020', value: 0.5, dimension: 'Open bebouwing' }), groen({ dimension: 'Open bebouwing', value: 0.45 })],
    NEW,
    { status: 'deviation', norm: 'NRM-004', message: /De norm max\. 0,5 km \(NRM-020\) is gehaald\./ },
  ],
  ['a norm for a dimension does not apply to the total', [norm({ id: 'NRM-020', value: 0.3, dimension: 'Open bebouwing' })], 10, { status: 'ok', norm: 'NRM-004' }],
  ['a sector hoofdtype covers its subtypes', [norm({ id: 'NRM-020', value: 0.3, sector: 'Tertiair' }), groen({ dimension: 'Horeca', value: 0.35 })], NEW, { status: 'deviation', norm: 'NRM-020' }],
  [
    'a subtype norm and its hoofdtype’s both hold: the hoofdtype’s stricter maximum is breached',
    [norm({ id: 'NRM-020', value: 0.3, sector: 'Tertiair' }), norm({ id: 'NRM-021', value: 0.4, sector: 'Horeca' }), groen({ dimension: 'Horeca', value: 0.35 })],
    NEW,
    { status: 'deviation', norm: 'NRM-020' },
  ],
  ['a sector norm does not apply to another sector', [norm({ id: 'NRM-020', value: 0.3, sector: 'Industrie' }), groen({ dimension: 'Horeca', value: 0.35 })], NEW, { status: 'ok', norm: 'NRM-004' }],
  [
    'two equally specific norms: the stricter one that is breached decides, whatever its row or date',
    [norm({ id: 'NRM-020', value: 0.35 })],
    10,
    { status: 'deviation', norm: 'NRM-020', message: /^0,38 km ligt boven de norm max\. 0,35 km \(NRM-020.*De norm max\. 0,4 km \(NRM-004\) is gehaald\.$/ },
  ],
  [
    'two breaches: the most specific decides and the message names both',
    [norm({ id: 'NRM-020', value: 0.45, area: 'W-BRUGSEPOORT' })],
    8,
    { status: 'deviation', norm: 'NRM-020', message: /^0,49 km ligt boven de norm max\. 0,45 km \(NRM-020.*\. 0,49 km ligt boven de norm max\. 0,4 km \(NRM-004.*\.$/ },
  ],
  ['a norm of another indicator never applies', [add('norms', { id: 'NRM-020', indicator: 'IND-003', kind: 'norm', operator: 'max', value: 0.1, unit: 'km', area: '44021' })], 6, { status: 'no_norm', norm: null }],
];

test.each(cases)('%s', async (_, edits, row, expected) => {
  const { result } = await evaluate(edits);
  const flag = result.measurements.find((m) => m.row === sheetRow(row));
  expect(flag).toMatchObject({ status: expected.status, norm: expected.norm });
  if (expected.message) expect(flag?.message).toMatch(expected.message);
});

test('the note of a deviation names the value, the norm, its document and validity', async () => {
  const { result } = await evaluate(noTargets);
  expect(result.measurements.find((m) => m.row === sheetRow(1))?.message).toBe('51,8 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030).');
  expect(result.measurements.find((m) => m.row === sheetRow(12))?.message).toBe('C is slechter dan de norm min. B (NRM-005, Klimaatplan Wonen, geldig vanaf 2025).');
});

describe('a change is judged only after its reference period, which is its baseline', () => {
  // NRM-006: Slaapverstoorden (IND-002) toename max. 0 % tegenover 2020, here without Geldig van (the demo's
  // starts in 2024), so its validity covers both measurements: 11,8 % in 2020 and 12,4 % in 2023.
  const slaap = async (edits: Edit[]) => {
    const { result } = await evaluate([set('norms', 5, 'validFrom', null), ...edits]);
    return Object.fromEntries(result.measurements.filter((m) => m.indicator === 'IND-002').map((m) => [m.periode, { status: m.status, norm: m.norm }]));
  };

  test('toename max. 0 %: the reference year is not tested against itself, and says why; 2023 is a rise', async () => {
    expect(await slaap([])).toEqual({ '2020': { status: 'no_norm', norm: null }, '2023': { status: 'deviation', norm: 'NRM-006' } });
    const { result } = await evaluate([set('norms', 5, 'validFrom', null)]);
    expect(result.measurements.find((m) => m.indicator === 'IND-002' && m.periode === '2020')?.message).toBe(
      'Geen norm of streefwaarde van toepassing op IND-002 in Gent voor 2020. NRM-006 meet de verandering tegenover 2020; een meting van 2020 of eerder wordt er niet aan getoetst.',
    );
  });

  test('afname min. 10 %: the reference year itself is no deviation (a change of 0 % against itself)', async () => {
    const afname = [set('norms', 5, 'operator', 'afname min. %'), set('norms', 5, 'value', 10)];
    expect(await slaap(afname)).toEqual({ '2020': { status: 'no_norm', norm: null }, '2023': { status: 'deviation', norm: 'NRM-006' } });
  });

  test('a period before the reference period is not judged either', async () => {
    expect(await slaap([set('norms', 5, 'referencePeriod', '2023')])).toEqual({ '2020': { status: 'no_norm', norm: null }, '2023': { status: 'no_norm', norm: null } });
  });
});
