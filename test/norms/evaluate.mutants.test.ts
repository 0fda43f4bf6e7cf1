// Toets aan normen composed (src/norms/evaluate.ts) on a new Gent registry with a few planted rows:
// what is written on each Metingen row (status, test columns, explanation, note), the findings in
// sheet, row and cell order, the counts, the live limits of rows with more than their deciding norm,
// and the effects and Overzicht handed on. Small and fast enough for every mutant of the file.
import { evaluateRegistry, isNoted } from '../../src/norms/evaluate';
import { NO_TEST } from '../../src/norms/measurementTests';
import { STATUS_TEXT } from '../../src/norms/status';
import { openRegistry } from '../../src/registry/read';
import type { CellInput, Edit } from '../../src/workbook/port';
import { useFixedClock } from '../helpers/clock';
import { newRegistry } from '../monitor/helpers';
import { NOW, add, d } from './helpers';

async function read(edits: Edit[]) {
  const wb = await newRegistry('44021');
  await wb.apply(edits);
  return openRegistry(wb);
}
const evaluate = async (...edits: Edit[]) => evaluateRegistry(await read(edits), { now: NOW });

const noise = { id: 'IND-001', name: 'Geluid', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' };
/** No unit: the checks cannot compare a measurement's unit with its norm's, so flag does. */
const loose = { id: 'IND-002', name: 'Zonder eenheid', frequency: 'jaarlijks' };
const indicators = add('indicators', noise, loose);
const norm = (values: Record<string, CellInput>) => ({ indicator: 'IND-001', kind: 'norm', unit: 'dB(A)', ...values });
const max48 = norm({ id: 'NRM-001', operator: 'max', value: 48 });
const min40 = norm({ id: 'NRM-002', operator: 'min', value: 40 });
const inMetres = { id: 'NRM-003', indicator: 'IND-002', kind: 'norm', operator: 'max', value: 5, unit: 'm' };
const m = (values: Record<string, CellInput>) => ({ indicator: 'IND-001', area: '44021', unit: 'dB(A)', ...values });

/** The planted registry: a row blocked by the checks first, then tested, empty and flag-blocked rows. */
const planted = [
  indicators,
  add('norms', max48, min40, inMetres),
  add(
    'measurements',
    m({ period: '2022', value: 'hoog' }),
    m({ period: '2023', value: 47 }),
    m({ period: '2024', value: 50 }),
    m({ period: '2026', value: null }),
    m({ period: '2025', value: null }),
    m({ indicator: 'IND-002', period: '2024', value: 3, unit: 'km' }),
    { status: 'OK', comment: 'nog in te vullen' },
  ),
];

const notTested = (why: string) => `Deze meting is niet getoetst: ${why}`;
const hoog = '"hoog" in Waarde is geen getal, en indicator IND-001 heeft geen schaal. Geef een getal, bv. 48 of 0,4.';
const km = 'Eenheid "km" verschilt van die van norm NRM-003 ("m"). Gebruik dezelfde eenheid: er wordt niet omgerekend.';
const ok47 = '47 dB(A) voldoet aan de norm max. 48 dB(A) (NRM-001, zonder einddatum). De norm min. 40 dB(A) (NRM-002) is gehaald.';
const above50 = '50 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, zonder einddatum). De norm min. 40 dB(A) (NRM-002) is gehaald.';
const required = [['Indicator', 'IND-001'], ['Gebied', '2000'], ['Periode', '2023 of 2023-S1']].map(([c, e]) => `${c} is verplicht maar leeg. Vul een waarde in, bv. ${e}.`).join(' ');
const max48Test = { normId: 'NRM-001', normOperator: 'max', normValue: 48, normUpper: null, normReference: null, normScale: null };

describe('the rows written on Metingen', () => {
  test('every row in sheet order: its status, test columns, explanation, and a note for the statuses that get one', async () => {
    const { rows } = await evaluate(...planted);
    expect(rows.map((r) => ({ ...r, row: r.row.row }))).toEqual([
      { row: 2, status: 'Niet getoetst', test: NO_TEST, explanation: notTested(hoog), note: notTested(hoog) },
      { row: 3, status: 'OK', test: max48Test, explanation: ok47, note: null },
      { row: 4, status: 'Afwijking', test: max48Test, explanation: above50, note: above50 },
      // Not due yet (2026 is due at the end of the year): left empty.
      { row: 5, status: null, test: NO_TEST, explanation: null, note: null },
      { row: 6, status: 'Ontbreekt', test: NO_TEST, explanation: 'Geen waarde voor 2025: die werd verwacht tegen 31/12/2025.', note: null },
      { row: 7, status: 'Niet getoetst', test: NO_TEST, explanation: notTested(km), note: notTested(km) },
      {
        row: 8,
        status: 'Niet getoetst',
        test: NO_TEST,
        explanation: notTested(required),
        note: notTested(required),
      },
    ]);
  });

  test('the statuses whose explanation also goes into a note on the value', () => {
    const noted = Object.values(STATUS_TEXT).filter(isNoted);
    expect(noted.sort()).toEqual(['Afwijking', 'Niet getoetst', 'Niet op koers', 'Opvallend']);
    expect(isNoted(null)).toBe(false);
  });
});

describe('the result', () => {
  test('the measurements tested, by row, with the counts of their statuses and of the gaps', async () => {
    const { result } = await evaluate(...planted);
    expect(result.evaluated).toBe(2);
    expect(result.measurements.map((f) => [f.row, f.status, f.norm, f.message])).toEqual([
      [3, 'ok', 'NRM-001', ok47],
      [4, 'deviation', 'NRM-001', above50],
    ]);
    expect(result.gaps.map((g) => [g.indicator, g.gebied, g.periode, g.status])).toEqual([
      ['IND-001', '44021', '2025', 'missing'],
      ['IND-002', '44021', '2025', 'missing'],
    ]);
    expect(result.counts).toEqual({ ok: 1, deviation: 1, on_track: 0, off_track: 0, no_norm: 0, missing: 2, stale: 0, outlier: 0 });
    // The Overzicht shows each indicator's latest value with the status flag gave it.
    expect(result.overview.map((o) => [o.indicator, o.periode, o.waarde, o.norm, o.status, o.tijdigheid])).toEqual([
      ['IND-001', '2024', 50, 'max. 48 dB(A) (NRM-001)', 'Afwijking', 'Ontbreekt: 2025'],
      ['IND-002', '2024', 3, null, 'Niet getoetst', 'Ontbreekt: 2025'],
    ]);
  });

  test('the findings once each, Normen before Metingen, by row: those of the checks, of flag and of the tests', async () => {
    const { result } = await evaluate(
      ...planted,
      // A relative norm without a value in its reference period: reported (once) on Normen by the tests.
      add('norms', norm({ id: 'NRM-004', operator: 'toename max. %', value: 5, referencePeriod: '2019' }), { ...inMetres, id: 'NRM-005', unit: 'mm' }),
    );
    expect(result.findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ['toets.geen-referentiewaarde', 'Normen!I5'],
      ['waarde.geen-getal', 'Metingen!E2'],
      ['eenheid.verschilt', 'Metingen!F7'],
      ['waarde.verplicht', 'Metingen!A8'],
      ['waarde.verplicht', 'Metingen!B8'],
      ['waarde.verplicht', 'Metingen!C8'],
    ]);
    expect(result.findings[1].message).toBe(hoog);
    expect(result.findings[2].message).toBe(km);
  });

  test('findings on one row by cell, whatever order the checks found them in', async () => {
    const { result } = await evaluate(indicators, add('norms', norm({ id: 'NRM-001', indicator: 'IND-009', operator: 'hoogstens', value: 48, validFrom: d('2025-01-01'), validTo: d('2024-01-01') })));
    expect(result.findings.map((f) => f.cell)).toEqual(['B2', 'E2', 'M2']);
  });
});

describe('without a day given, today is the clock’s', () => {
  useFixedClock(new Date('2025-06-30T12:00:00Z'));
  test('on 30/06/2025 the value of 2025 is not due yet', async () => {
    const data = await read(planted);
    expect(evaluateRegistry(data).rows.find((r) => r.row.row === 6)).toMatchObject({ status: null, explanation: null });
  });
});

describe('live limits: every norm of a row whose test columns do not hold its only norm', () => {
  test('two norms on a value or on an empty row; none for a row without norms', async () => {
    const { live } = await evaluate(...planted);
    const both = [{ kind: 'max', value: 48 }, { kind: 'min', value: 40 }];
    expect(live).toEqual([
      { key: 'IND-001|44021||2023', limits: both },
      { key: 'IND-001|44021||2024', limits: both },
      { key: 'IND-001|44021||2026', limits: both },
      { key: 'IND-001|44021||2025', limits: both },
    ]);
  });

  test('one norm: only for an empty row, keyed by the cells as typed', async () => {
    const { live, rows } = await evaluate(
      indicators,
      add('norms', max48),
      add('measurements', m({ period: 2024, value: 47, dimension: 'blok 1' }), m({ indicator: 'ind-001', period: 2025, value: null, dimension: 'blok 1' }), m({ indicator: 'IND-002', period: '2024', value: 1, unit: null })),
    );
    expect(rows.map((r) => r.status)).toEqual(['OK', 'Ontbreekt', 'Geen norm']);
    expect(live).toEqual([{ key: 'ind-001|44021|blok 1|2025', limits: [{ kind: 'max', value: 48 }] }]);
  });
});

describe('effects', () => {
  test('each intended effect beside the change measured since the measure started, for the result and for BeoogdeEffecten', async () => {
    const { result, effects } = await evaluate(
      ...planted,
      add('measures', { id: 'MAA-001', name: 'Stil asfalt', start: d('2024-01-01') }),
      add('intendedEffects', { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -3 }),
    );
    const message = 'beoogd -3 dB(A); verandering in het gebied sinds de start +3 dB(A) (Gent: 47 dB(A) in 2023, 50 dB(A) in 2024)';
    expect(result.effects).toEqual([expect.objectContaining({ effect: 'EFF-001', beoogd: -3, gemeten: 3, message })]);
    expect(effects.map((e) => ({ ...e, row: e.row.row }))).toEqual([{ row: 2, measured: 3, comparison: message }]);
  });
});
