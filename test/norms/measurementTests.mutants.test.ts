// The measurement tests of Toets aan normen (src/norms/measurementTests.ts) on a new Gent registry
// with a few planted rows: every norm and target path that applies tested, the worst outcome
// deciding, an outlier or a hundredfold jump overriding it, the tests that cannot be made and why,
// and the sentences of Toelichting toets word for word. Fast enough to run for every mutant of the file.
import { Context } from '../../src/norms/context';
import { MeasurementTests } from '../../src/norms/measurementTests';
import { buildModel } from '../../src/norms/model';
import type { Row } from '../../src/registry/defaults';
import { openRegistry } from '../../src/registry/read';
import type { TableKey } from '../../src/registry/types';
import { parsePeriod } from '../../src/registry/values';
import { dateToSerial } from '../../src/workbook/address';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

const TODAY = dateToSerial(new Date('2026-11-23T00:00:00Z'));

let blank: Promise<Uint8Array> | undefined;

/** MeasurementTests on a new Gent registry with `planted` rows appended. */
async function tester(planted: Partial<Record<TableKey, Row[]>>, tables?: TableKey[]) {
  blank ??= newRegistry('44021').then((wb) => wb.save());
  const wb = await XlsxWorkbook.load(await blank);
  await wb.apply(plant(planted));
  const ctx = new Context(buildModel(await openRegistry(wb, tables ? { tables } : {})), TODAY);
  const findings = () => ctx.allFindings().map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.message]);
  return { ctx, tests: new MeasurementTests(ctx), measurements: ctx.model.measurements, findings };
}

/** Each measured value's outcome, in row order: its flag, or the finding that blocks it. */
async function flags(planted: Partial<Record<TableKey, Row[]>>) {
  const { tests, measurements, findings } = await tester(planted);
  const out = measurements.filter((m) => m.value !== null).map((m) => tests.measurement(m));
  return { out, flags: out.map((o) => ('flag' in o ? o.flag : null)), findings: findings() };
}

const GELUID: Row = { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' };
const LABEL: Row = { id: 'IND-002', name: 'EPC-label', scale: 'A;B;C;D', direction: 'hoger is beter', frequency: 'jaarlijks' };
const PLAN: Row = { id: 'BES-001', title: 'Beleidsplan Geluid 2030', kind: 'beleidsplan' };
const norm = (id: string, more: Row = {}): Row => ({ id, indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, ...more });
const meting = (period: string, value: number | string | null, more: Row = {}): Row => ({ indicator: 'IND-001', area: '44021', period, value, ...more });

/** A norm test outcome as flag lists it under toetsen. */
const outcome = (norm: string, operator: string, normwaarde: number | string, uitkomst: string, more: object = {}) => ({ soort: 'norm', norm, streefwaarde: null, operator, normwaarde, bovengrens: null, referentiewaarde: null, uitkomst, ...more });
const NONE = { normId: null, normOperator: null, normValue: null, normUpper: null, normReference: null, normScale: null };

describe('one norm', () => {
  test('a value above a max: Afwijking, the norm written on the row, the sentence naming its source', async () => {
    const { out } = await flags({
      indicators: [GELUID],
      documents: [PLAN],
      norms: [norm('NRM-001', { document: 'BES-001', validFrom: '01/01/2024', validTo: '31/12/2030' })],
      measurements: [meting('2024', 50), meting('2025', 48)],
    });
    const written = { normId: 'NRM-001', normOperator: 'max', normValue: 48, normUpper: null, normReference: null, normScale: null };
    expect(out[0]).toEqual({
      flag: {
        sheet: 'Metingen', row: 2, indicator: 'IND-001', gebied: '44021', periode: '2024', dimensie: '', waarde: 50,
        norm: 'NRM-001', operator: 'max', normwaarde: 48, bovengrens: null, referentiewaarde: null, status: 'deviation', getoetst: 'norm',
        toetsen: [outcome('NRM-001', 'max', 48, 'deviation')],
        message: '50 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030).',
      },
      written,
      norms: [{ test: { operator: 'max', value: 48, upper: null, reference: null, scale: null }, written }],
    });
    expect(out[1]).toMatchObject({ flag: { row: 3, status: 'ok', message: '48 dB(A) voldoet aan de norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030).' }, written });
  });

  test('no norm for the period: when the norms of the key do hold', async () => {
    const { flags: [flag] } = await flags({
      indicators: [GELUID],
      norms: [norm('NRM-001', { validFrom: '01/01/2024', validTo: '31/12/2030' }), norm('NRM-002', { validFrom: '01/01/2027' }), norm('NRM-003', { validFrom: '01/01/2027', dimension: 'gevel' })],
      measurements: [meting('2023', 50)],
    });
    expect(flag).toMatchObject({ status: 'no_norm', norm: null, toetsen: [], message: 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2023. NRM-001 is geldig 2024–2030; NRM-002 is geldig vanaf 2027.' });
  });

  test.each([
    ['max', 48, null, 50, '50 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, zonder einddatum).'],
    ['min', 48, null, 45, '45 dB(A) ligt onder de norm min. 48 dB(A) (NRM-001, zonder einddatum).'],
    ['tussen', 40, 48, 50, '50 dB(A) ligt buiten de norm tussen 40 en 48 dB(A) (NRM-001, zonder einddatum).'],
    ['gelijk', 48, null, 47, '47 dB(A) wijkt af van de norm gelijk aan 48 dB(A) (NRM-001, zonder einddatum).'],
  ])('a number breaching %s: the verdict in words', async (operator, value, upper, measured, message) => {
    const { flags: [flag] } = await flags({ indicators: [GELUID], norms: [norm('NRM-001', { operator, value, upper })], measurements: [meting('2024', measured)] });
    expect(flag).toMatchObject({ status: 'deviation', norm: 'NRM-001', operator, normwaarde: value, bovengrens: upper, message });
  });

  test.each([
    ['max', 'B', null, 'A', 'A is beter dan de norm max. B (NRM-001, zonder einddatum).'],
    ['min', 'B', null, 'C', 'C is slechter dan de norm min. B (NRM-001, zonder einddatum).'],
    ['tussen', 'C', 'B', 'D', 'D ligt buiten de norm tussen C en B (NRM-001, zonder einddatum).'],
    ['gelijk', 'B', null, 'C', 'C wijkt af van de norm gelijk aan B (NRM-001, zonder einddatum).'],
  ])('a label breaching %s: the verdict in words of a scale, the scale written', async (operator, value, upper, measured, message) => {
    const { out: [o] } = await flags({ indicators: [LABEL], norms: [norm('NRM-001', { indicator: 'IND-002', operator, value, upper })], measurements: [meting('2024', measured, { indicator: 'IND-002' })] });
    expect(o).toMatchObject({ flag: { status: 'deviation', norm: 'NRM-001', normwaarde: value, bovengrens: upper, message }, written: { normScale: 'A;B;C;D' } });
  });

  test('the unit of the norm, else of the indicator, in the rule; a unit of its own on the measurement', async () => {
    const { flags: [withOwn, withIndicators] } = await flags({
      indicators: [{ id: 'IND-003', name: 'Afstand tot groen' }, GELUID],
      norms: [norm('NRM-001', { indicator: 'IND-003', value: 0.4, unit: 'km' }), norm('NRM-002', { unit: '' })],
      measurements: [meting('2024', 0.5, { indicator: 'IND-003', unit: 'km' }), meting('2024', 50)],
    });
    expect(withOwn!.message).toBe('0,5 km ligt boven de norm max. 0,4 km (NRM-001, zonder einddatum).');
    expect(withIndicators!.message).toBe('50 dB(A) ligt boven de norm max. 48 dB(A) (NRM-002, zonder einddatum).');
  });
});

describe('toename and afname against the reference period', () => {
  const planted = (measured: Row[]) => ({
    indicators: [GELUID],
    norms: [
      norm('NRM-001', { operator: 'toename max. %', value: 5, referencePeriod: '2023', unit: '%', dimension: 'toename', validFrom: '01/01/2024' }),
      norm('NRM-002', { operator: 'afname min. %', value: 10, referencePeriod: '2023', dimension: 'afname', validFrom: '01/01/2024' }),
    ],
    measurements: measured,
  });

  test('a change within the norm, at it, beyond it, and none at all: in percent of the reference value', async () => {
    const { out, findings } = await flags(planted([
      meting('2023', 40, { dimension: 'toename' }), meting('2024', 42, { dimension: 'toename' }), meting('2025', 43, { dimension: 'toename' }), meting('2026', 40, { dimension: 'toename' }),
      meting('2023', 40, { dimension: 'afname' }), meting('2024', 35, { dimension: 'afname' }), meting('2025', 38.1, { dimension: 'afname' }),
    ]));
    expect(findings).toEqual([]);
    const messages = out.map((o) => ('flag' in o ? [o.flag.status, o.flag.message] : o));
    expect(messages).toEqual([
      ['no_norm', 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2023. NRM-001 is geldig vanaf 2024.'],
      ['ok', '42 dB(A) is een toename van 5 % tegenover 2023 (40 dB(A)): dat voldoet aan de norm toename max. 5 % (NRM-001, geldig vanaf 2024).'],
      ['deviation', '43 dB(A) is een toename van 7,5 % tegenover 2023 (40 dB(A)); de norm is toename max. 5 % (NRM-001, geldig vanaf 2024).'],
      ['ok', '40 dB(A) is een toename van 0 % tegenover 2023 (40 dB(A)): dat voldoet aan de norm toename max. 5 % (NRM-001, geldig vanaf 2024).'],
      ['no_norm', 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2023. NRM-002 is geldig vanaf 2024.'],
      ['ok', '35 dB(A) is een afname van 12,5 % tegenover 2023 (40 dB(A)): dat voldoet aan de norm afname min. 10 % (NRM-002, geldig vanaf 2024).'],
      ['deviation', '38,1 dB(A) is een afname van 4,8 % tegenover 2023 (40 dB(A)); de norm is afname min. 10 % (NRM-002, geldig vanaf 2024).'],
    ]);
    expect(out[2]).toMatchObject({ flag: { norm: 'NRM-001', operator: 'toename max. %', normwaarde: 5, referentiewaarde: 40 }, written: { normId: 'NRM-001', normReference: 40, normScale: null } });
  });
});

describe('a test that cannot be made', () => {
  const relative = norm('NRM-001', { operator: 'toename max. %', value: 5, referencePeriod: '2023', validFrom: '01/01/2024' });

  test('no value in the reference period: reported once at the norm, and said in Toelichting toets', async () => {
    const { flags: found, findings } = await flags({
      indicators: [GELUID],
      norms: [relative, norm('NRM-002', { dimension: 'blok 3' })],
      measurements: [meting('2024', 42), meting('2025', 44), meting('2024', 42, { dimension: 'blok 3' })],
    });
    expect(found.map((f) => [f!.status, f!.norm, f!.getoetst, f!.toetsen.length, f!.message])).toEqual([
      ['no_norm', null, null, 0, 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2024. Norm NRM-001 kan niet getoetst worden: er is geen meting in 2023 voor Gent.'],
      ['no_norm', null, null, 0, 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2025. Norm NRM-001 kan niet getoetst worden: er is geen meting in 2023 voor Gent.'],
      ['ok', 'NRM-002', 'norm', 1, '42 dB(A) voldoet aan de norm max. 48 dB(A) (NRM-002, zonder einddatum). Norm NRM-001 kan niet getoetst worden: er is geen meting in 2023 voor Gent (blok 3).'],
    ]);
    expect(findings).toEqual([
      ['toets.geen-referentiewaarde', 'Normen!I2', 'Norm NRM-001 vergelijkt met 2023, maar er is geen meting van IND-001 in 2023 voor Gent. De metingen van Gent worden niet aan deze norm getoetst.'],
      ['toets.geen-referentiewaarde', 'Normen!I2', 'Norm NRM-001 vergelijkt met 2023, maar er is geen meting van IND-001 in 2023 voor Gent (blok 3). De metingen van Gent (blok 3) worden niet aan deze norm getoetst.'],
    ]);
  });

  test('a reference value of 0: no change in percent, said so', async () => {
    const { flags: found, findings } = await flags({ indicators: [GELUID], norms: [relative], measurements: [meting('2023', 0), meting('2024', 3)] });
    expect(found[1]!.message).toBe('Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2024. Norm NRM-001 kan niet getoetst worden: de meting van 2023 is 0 voor Gent.');
    expect(findings).toEqual([
      ['toets.geen-referentiewaarde', 'Normen!I2', 'Norm NRM-001 vergelijkt met 2023, maar de meting van 2023 voor Gent is 0: een toename of afname in procent van 0 bestaat niet. De metingen van Gent worden niet aan deze norm getoetst.'],
    ]);
  });

  test('for a value not yet typed: the norms that can be tested, and nothing reported', async () => {
    const { ctx, tests, measurements, findings } = await tester({
      indicators: [GELUID],
      norms: [relative, norm('NRM-002'), norm('NRM-003', { operator: 'afname min. %', value: 10, referencePeriod: '2022' })],
      measurements: [meting('2022', 50), meting('2024', null)],
    });
    expect(tests.normTests(measurements[1]).map((t) => [t.written.normId, t.test.reference])).toEqual([['NRM-002', null], ['NRM-003', 50]]);
    expect(findings()).toEqual([]);
    expect(tests.normTest(measurements[1], ctx.model.norms[0])).toEqual({ reason: 'Norm NRM-001 kan niet getoetst worden: er is geen meting in 2023 voor Gent.' });
    expect(findings().map(([rule]) => rule)).toEqual(['toets.geen-referentiewaarde']);
  });

  test('a value the norm cannot judge (a label against numbers): said, and no status from it', async () => {
    const { tests, measurements } = await tester({ indicators: [GELUID], norms: [norm('NRM-001')], measurements: [meting('2024', 50)] });
    const result = tests.measurement({ ...measurements[0], value: 'hoog' });
    expect(result).toMatchObject({
      flag: { status: 'no_norm', norm: null, getoetst: null, toetsen: [], message: 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2024. Norm NRM-001 kan niet getoetst worden op hoog.' },
      written: NONE,
      norms: [],
    });
  });
});

describe('several norms at once', () => {
  const WIJK: Row = { code: 'W-BINNENSTAD', name: 'Binnenstad', level: 'wijk', parent: '44021' };

  test('every norm tested; a breach decides, and every breach is said in full, a norm met in short', async () => {
    const { out } = await flags({
      indicators: [GELUID],
      norms: [norm('NRM-001', { operator: 'min', value: 10 }), norm('NRM-002', { value: 49 }), norm('NRM-003', { value: 46, unit: 'dB(A)' })],
      measurements: [meting('2024', 50)],
    });
    expect(out[0]).toMatchObject({
      flag: {
        status: 'deviation', norm: 'NRM-002', operator: 'max', normwaarde: 49, getoetst: 'norm',
        toetsen: [outcome('NRM-001', 'min', 10, 'ok'), outcome('NRM-002', 'max', 49, 'deviation'), outcome('NRM-003', 'max', 46, 'deviation')],
        message: '50 dB(A) ligt boven de norm max. 49 dB(A) (NRM-002, zonder einddatum). De norm min. 10 dB(A) (NRM-001) is gehaald. 50 dB(A) ligt boven de norm max. 46 dB(A) (NRM-003, zonder einddatum).',
      },
      written: { normId: 'NRM-002', normValue: 49 },
    });
    expect('norms' in out[0] && out[0].norms.map((n) => n.written.normId)).toEqual(['NRM-001', 'NRM-002', 'NRM-003']);
  });

  test('of norms all met, the most specific (the wijk\'s own) decides; a norm it replaces is said, not tested', async () => {
    const { flags: [both, replacing] } = await flags({
      indicators: [GELUID],
      areas: [WIJK],
      norms: [norm('NRM-001'), norm('NRM-002', { area: 'W-BINNENSTAD', value: 50 }), norm('NRM-003', { area: 'W-BINNENSTAD', value: 52, replaces: 'NRM-001', dimension: 'gevel' })],
      measurements: [meting('2024', 45, { area: 'W-BINNENSTAD' }), meting('2024', 51, { area: 'W-BINNENSTAD', dimension: 'gevel' })],
    });
    expect(both).toMatchObject({
      status: 'ok', norm: 'NRM-002', normwaarde: 50, gebied: 'W-BINNENSTAD',
      message: '45 dB(A) voldoet aan de norm max. 50 dB(A) (NRM-002, zonder einddatum). De norm max. 48 dB(A) (NRM-001) is gehaald.',
    });
    expect(replacing).toMatchObject({
      status: 'deviation', norm: 'NRM-002', dimensie: 'gevel',
      toetsen: [outcome('NRM-003', 'max', 52, 'ok'), outcome('NRM-002', 'max', 50, 'deviation')],
      message: '51 dB(A) ligt boven de norm max. 50 dB(A) (NRM-002, zonder einddatum). De norm max. 52 dB(A) (NRM-003) is gehaald. NRM-003 vervangt NRM-001 in Binnenstad.',
    });
  });
});

describe('a target\'s path', () => {
  const target = (more: Row = {}): Row => norm('STR-001', { kind: 'streefwaarde', value: 45, referencePeriod: '2020', targetDate: '31/12/2030', document: 'BES-001', ...more });
  const milestone = norm('TTS-001', { kind: 'tussentijdse streefwaarde', target: 'STR-001', targetDate: '31/12/2025' });

  test('behind the path and on it: the point asked for this period, and the route to the next (tussentijdse) streefwaarde', async () => {
    const { out, findings } = await flags({
      indicators: [GELUID],
      documents: [PLAN],
      norms: [target(), milestone],
      measurements: [meting('2020', 52), meting('2023', 50), meting('2027', 46)],
    });
    expect(findings).toEqual([]);
    expect(out[0]).toMatchObject({ flag: { status: 'no_norm', toetsen: [], message: 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2020.' }, written: NONE });
    // 31/12/2023 lies 1095 of the 1826 days from the baseline to TTS-001: 52 − 4 × 0,5997 = 49,6.
    expect(out[1]).toEqual({
      flag: {
        sheet: 'Metingen', row: 3, indicator: 'IND-001', gebied: '44021', periode: '2023', dimensie: '', waarde: 50,
        norm: 'TTS-001', operator: 'max', normwaarde: 49.6, bovengrens: null, referentiewaarde: null, status: 'off_track', getoetst: 'streefpad',
        toetsen: [{ soort: 'streefpad', norm: 'TTS-001', streefwaarde: 'STR-001', operator: 'max', normwaarde: 49.6, bovengrens: null, referentiewaarde: null, uitkomst: 'off_track' }],
        message: '50 dB(A) loopt achter op het streefpad: dat vraagt max. 49,6 dB(A) voor 2023 (van 52 dB(A) in 2020 naar 48 dB(A) tegen 31/12/2025; TTS-001).',
      },
      written: { ...NONE, normId: 'TTS-001', normOperator: 'max', normValue: 49.6 },
      norms: [],
    });
    // 31/12/2027: 730 of the 1826 days from TTS-001 to STR-001: 48 − 3 × 0,3998 = 46,8.
    expect(out[2]).toMatchObject({
      flag: { norm: 'STR-001', normwaarde: 46.8, status: 'on_track', message: '46 dB(A) is op koers: het streefpad vraagt max. 46,8 dB(A) voor 2027 (van 52 dB(A) in 2020 naar 45 dB(A) tegen 31/12/2030; STR-001, Beleidsplan Geluid 2030).' },
    });
  });

  // The path to STR-002 (for gevel only) is more specific than the one to STR-001, so it comes first.
  test('beside a norm: the worse of the two decides, the other in short', async () => {
    const { out, flags: found } = await flags({
      indicators: [GELUID],
      norms: [
        target({ document: null }), norm('NRM-001', { value: 55 }), norm('NRM-002', { value: 46, dimension: 'gevel' }), target({ id: 'STR-002', dimension: 'gevel', document: null }),
        norm('NRM-003', { value: 46, dimension: 'hoek' }),
      ],
      measurements: [meting('2020', 52), meting('2025', 50), meting('2020', 52, { dimension: 'gevel' }), meting('2025', 47, { dimension: 'gevel' }), meting('2020', 52, { dimension: 'hoek' }), meting('2025', 49, { dimension: 'hoek' })],
    });
    // The norms made on the value, for the live colours: the norms only, not the paths.
    expect(out.map((o) => 'norms' in o && o.norms.map((n) => n.written.normId))).toEqual([['NRM-001'], ['NRM-001'], ['NRM-002', 'NRM-001'], ['NRM-002', 'NRM-001'], ['NRM-003', 'NRM-001'], ['NRM-003', 'NRM-001']]);
    expect(found[1]).toMatchObject({
      status: 'off_track', getoetst: 'streefpad', norm: 'STR-001', normwaarde: 48.5,
      message: '50 dB(A) loopt achter op het streefpad: dat vraagt max. 48,5 dB(A) voor 2025 (van 52 dB(A) in 2020 naar 45 dB(A) tegen 31/12/2030; STR-001). De norm max. 55 dB(A) (NRM-001) is gehaald.',
    });
    expect(found[3]).toMatchObject({
      status: 'deviation', getoetst: 'norm', norm: 'NRM-002',
      message: '47 dB(A) ligt boven de norm max. 46 dB(A) (NRM-002, zonder einddatum). De norm max. 55 dB(A) (NRM-001) is gehaald. Streefpad: op koers (max. 48,5 dB(A), STR-002). Streefpad: op koers (max. 48,5 dB(A), STR-001).',
    });
    expect(found[5]).toMatchObject({
      status: 'deviation', norm: 'NRM-003',
      message: '49 dB(A) ligt boven de norm max. 46 dB(A) (NRM-003, zonder einddatum). De norm max. 55 dB(A) (NRM-001) is gehaald. Streefpad: niet op koers (max. 48,5 dB(A), STR-001).',
    });
  });

  test('on a scale: the label the path has reached, the scale written', async () => {
    const { out } = await flags({
      indicators: [LABEL],
      norms: [target({ indicator: 'IND-002', value: 'A', document: null })],
      measurements: [meting('2020', 'C', { indicator: 'IND-002' }), meting('2025', 'C', { indicator: 'IND-002' })],
    });
    expect(out[1]).toMatchObject({
      flag: { status: 'off_track', message: 'C loopt achter op het streefpad: dat vraagt min. B voor 2025 (van C in 2020 naar A tegen 31/12/2030; STR-001).' },
      written: { ...NONE, normId: 'STR-001', normOperator: 'min', normValue: 'B', normScale: 'A;B;C;D' },
    });
  });

  test('no baseline: reported at the target, and said', async () => {
    const { flags: found, findings } = await flags({ indicators: [GELUID], norms: [target({ document: null })], measurements: [meting('2025', 50, { dimension: 'blok 3' })] });
    expect(found[0]).toMatchObject({
      status: 'no_norm',
      message: 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2025. Streefwaarde STR-001 heeft geen nulmeting in 2020 voor Gent (blok 3): er is geen streefpad.',
    });
    expect(findings).toEqual([
      ['toets.geen-nulmeting', 'Normen!I2', 'Streefwaarde STR-001 vertrekt van 2020, maar er is geen meting van IND-001 in 2020 voor Gent (blok 3): er is geen streefpad, dus de metingen van Gent (blok 3) worden niet aan deze streefwaarde getoetst.'],
    ]);
  });

  test('a value the path cannot judge (a label against numbers): no test from the path', async () => {
    const { tests, measurements } = await tester({ indicators: [GELUID], norms: [target({ document: null })], measurements: [meting('2020', 52), meting('2025', 50)] });
    expect(tests.measurement({ ...measurements[1], value: 'hoog' })).toMatchObject({ flag: { status: 'no_norm', toetsen: [], message: 'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2025.' }, written: NONE });
  });
});

describe('a value far off its series', () => {
  const series = (dimension: string, values: number[]) => values.map((v, i) => meting(String(2019 + i), v, { dimension }));

  test('an outlier: Opvallend, said first, the norm still tested and written', async () => {
    const { out, findings } = await flags({ indicators: [GELUID], norms: [norm('NRM-001', { value: 100 })], measurements: series('gevel', [48, 49, 48, 50, 49, 95]) });
    expect(findings).toEqual([]);
    expect(out.map((o) => 'flag' in o && o.flag.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'outlier']);
    // Median 49, MAD 1: the spread 1 / 0,6745 and 95 lies 46 × 0,6745 = 31,03 spreads off.
    expect(out[5]).toMatchObject({
      flag: {
        status: 'outlier', norm: 'NRM-001', getoetst: 'norm', toetsen: [outcome('NRM-001', 'max', 100, 'ok')],
        message:
          '95 dB(A) valt ver buiten de eigen reeks van IND-001 in Gent (gevel): de mediaan is 49 dB(A) en de gewone spreiding 1,4826 dB(A); deze waarde ligt 31 keer die spreiding van de mediaan (meer dan 3,5 is opvallend). Kijk na of de waarde juist is ingevoerd. 95 dB(A) voldoet aan de norm max. 100 dB(A) (NRM-001, zonder einddatum).',
      },
      written: { normId: 'NRM-001' },
    });
  });

  test('about 100 times the rest: reported at the value, and said before the outlier', async () => {
    const { out, findings } = await flags({ indicators: [GELUID], norms: [norm('NRM-001', { value: 60 })], measurements: [...series('gevel', [0.48, 48]), ...series('straat', [48, 49, 48, 50, 49, 4900])] });
    expect(out.map((o) => 'flag' in o && o.flag.status)).toEqual(['ok', 'outlier', 'ok', 'ok', 'ok', 'ok', 'ok', 'outlier']);
    expect(findings).toEqual([
      ['meting.honderdvoud', 'Metingen!E3', '48 dB(A) is ongeveer 100 keer groter dan de rest van de reeks van IND-001 in Gent (gevel) (0,48 dB(A)). Kijk na of de waarde juist is ingevoerd.'],
      ['meting.honderdvoud', 'Metingen!E9', '4.900 dB(A) is ongeveer 100 keer groter dan de rest van de reeks van IND-001 in Gent (straat) (49 dB(A)). Kijk na of de waarde juist is ingevoerd.'],
    ]);
    expect((out[1] as { flag: { message: string } }).flag.message).toBe(`${findings[0][2]} 48 dB(A) voldoet aan de norm max. 60 dB(A) (NRM-001, zonder einddatum).`);
    expect((out[7] as { flag: { message: string } }).flag.message).toBe(`${findings[1][2]} 4.900 dB(A) ligt boven de norm max. 60 dB(A) (NRM-001, zonder einddatum).`);
  });
});

describe('units the checks could not compare', () => {
  const AFSTAND: Row = { id: 'IND-003', name: 'Afstand tot groen' };
  const afstand = (id: string, more: Row = {}) => norm(id, { indicator: 'IND-003', value: 0.4, ...more });
  const value = (unit: string, more: Row = {}) => meting('2024', 0.3, { indicator: 'IND-003', unit, ...more });

  test('an indicator without unit, a norm in m and a value in km: the value is not tested, and why', async () => {
    const { out } = await flags({ indicators: [AFSTAND], norms: [afstand('NRM-001', { unit: 'km' }), afstand('NRM-002', { unit: 'm', dimension: 'd' })], measurements: [value('KM'), value('km', { dimension: 'd' })] });
    expect(out[0]).toMatchObject({ flag: { status: 'ok', norm: 'NRM-001' } });
    expect(out[1]).toEqual({ finding: expect.objectContaining({ rule: 'eenheid.verschilt', sheet: 'Metingen', cell: 'F3', message: 'Eenheid "km" verschilt van die van norm NRM-002 ("m"). Gebruik dezelfde eenheid: er wordt niet omgerekend.' }) });
  });

  test('a target in m against a value in km: also not tested', async () => {
    const { out } = await flags({
      indicators: [AFSTAND],
      norms: [afstand('STR-001', { kind: 'streefwaarde', unit: 'm', referencePeriod: '2020', targetDate: '31/12/2030' })],
      measurements: [value('km', { period: '2020' }), value('km')],
    });
    expect(out.map((o) => ('finding' in o ? o.finding.rule : o.flag.status))).toEqual(['eenheid.verschilt', 'eenheid.verschilt']);
  });

  test('no unit on either side, or a relative norm in %: tested', async () => {
    const { out } = await flags({
      indicators: [AFSTAND],
      norms: [afstand('NRM-001', { unit: 'km', dimension: 'zonder' }), afstand('NRM-002', { dimension: 'norm zonder' }), afstand('NRM-003', { operator: 'toename max. %', value: 5, unit: '%', referencePeriod: '2023', dimension: 'relatief' })],
      measurements: [value('', { dimension: 'zonder' }), value('km', { dimension: 'norm zonder' }), value('km', { dimension: 'relatief', period: '2023' }), value('km', { dimension: 'relatief' })],
    });
    // The 2023 value is the relative norm's baseline, not judged against itself.
    expect(out.map((o) => ('finding' in o ? o.finding.rule : [o.flag.norm, o.flag.status]))).toEqual([['NRM-001', 'ok'], ['NRM-002', 'ok'], [null, 'no_norm'], ['NRM-003', 'ok']]);
  });
});

test('a registry read without Metingen still gets its tests: a key\'s norms for an update form', async () => {
  const { ctx, tests } = await tester({ indicators: [GELUID], norms: [norm('NRM-001')] }, ['indicators', 'norms']);
  const period = parsePeriod('2024');
  if (!period.ok) throw new Error('2024');
  const key = { indicator: 'ind-001', area: '44021', dimension: '', period: period.value };
  expect(tests.normTests(key).map((t) => t.written)).toEqual([{ normId: 'NRM-001', normOperator: 'max', normValue: 48, normUpper: null, normReference: null, normScale: null }]);
  expect(ctx.model.measurements).toEqual([]);
});
