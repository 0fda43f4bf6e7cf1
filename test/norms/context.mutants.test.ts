// What every job of Toets aan normen looks things up in (src/norms/context.ts), on the model of a new
// Gent registry with a few planted rows: series in period order with their outliers, values by
// period, the norms that hold for a key and the ones that hold in other periods, milestones by
// target, the municipality's areas, and findings reported once. Fast enough for every mutant.
import { Context, findingKey, today } from '../../src/norms/context';
import { areaTree } from '../../src/norms/areas';
import { buildModel, type Measurement } from '../../src/norms/model';
import { openRegistry } from '../../src/registry/read';
import { parsePeriod, type Period } from '../../src/registry/values';
import { dateToSerial } from '../../src/workbook/address';
import type { Finding } from '../../src/findings';
import type { CellInput, Edit } from '../../src/workbook/port';
import { useFixedClock } from '../helpers/clock';
import { newRegistry } from '../monitor/helpers';
import { NOW, add, d } from './helpers';

const TODAY = today({ now: NOW });

async function context(...edits: Edit[]) {
  const wb = await newRegistry('44021');
  await wb.apply(edits);
  return new Context(buildModel(await openRegistry(wb)), TODAY);
}

const period = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(code);
  return p.value;
};
const key = (period_: string, more: { indicator?: string; area?: string; dimension?: string } = {}) => ({ indicator: 'ind-001', area: '44021', dimension: '', period: period(period_), ...more });
const codes = (ms: readonly Measurement[]) => ms.map((m) => `${m.period.code}=${m.value}`);

const indicators = add('indicators', { id: 'IND-001', name: 'Geluid', unit: 'dB(A)', frequency: 'halfjaarlijks' }, { id: 'IND-002', name: 'Energielabel', unit: 'label', scale: 'A;B;C' });
const norm = (values: Record<string, CellInput>) => ({ indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB(A)', ...values });
const m = (period_: string, value: CellInput, more: Record<string, CellInput> = {}) => ({ indicator: 'IND-001', area: '44021', period: period_, value, unit: 'dB(A)', ...more });

describe('today', () => {
  test('the day of the given moment as an Excel serial day, without its hours', () => {
    expect(TODAY).toBe(dateToSerial(d('2026-11-23')));
  });

  describe('without a moment', () => {
    useFixedClock(new Date('2031-02-03T23:59:00Z'));
    test('the clock’s', () => {
      expect(today({})).toBe(dateToSerial(d('2031-02-03')));
    });
  });
});

describe('series', () => {
  test('a series in period order, by start then end, whatever the spelling of its key; values by period', async () => {
    const ctx = await context(
      indicators,
      add('measurements', m('2024', 47), m('2023-S2', 46), m('2023', 45), m('2023-S1', 44), m('2022', null), m('2022', 43), m('2021', 40, { indicator: 'ind-001', area: '044021', dimension: 'Open bebouwing' }), m('2020', 'B', { indicator: 'IND-002', unit: 'label' })),
    );
    expect(codes(ctx.seriesOf('ind-001', '44021', ''))).toEqual(['2022=null', '2022=43', '2023-S1=44', '2023=45', '2023-S2=46', '2024=47']);
    // Asked again, and by another spelling of the same key: the same series.
    expect(ctx.seriesOf('ind-001', '44021', '')).toBe(ctx.seriesOf('ind-001', '44021', ''));
    expect(codes(ctx.seriesOf('ind-001', '44021', 'open-bebouwing'))).toEqual(['2021=40']);
    expect(codes(ctx.seriesOf('ind-001', '44021', 'Open bebouwing'))).toEqual(['2021=40']);
    expect(codes(ctx.seriesOf('ind-001', 'W-01', ''))).toEqual([]);
    expect(codes(ctx.seriesOf('ind-009', '44021', ''))).toEqual([]);
    // The value of a period: the row that has one.
    expect([ctx.valueAt('ind-001', '44021', '', '2022'), ctx.valueAt('ind-001', '44021', '', '2023'), ctx.valueAt('ind-001', '44021', '', '2019')]).toEqual([43, 45, null]);
    expect([ctx.valueAt('ind-002', '44021', '', '2020'), ctx.numberAt('ind-002', '44021', '', '2020'), ctx.numberAt('ind-001', '44021', '', '2023-S2')]).toEqual(['B', null, 46]);
  });

  test('outliers and hundredfold jumps of a series, on its numbers, by measurement', async () => {
    const ctx = await context(
      indicators,
      add(
        'measurements',
        ...[40, 41, null, 40, 42, 41, 90].map((v, i) => m(String(2018 + i), v)),
        m('2024', 0.5, { dimension: 'blok 1' }),
        m('2025', 50, { dimension: 'blok 1' }),
      ),
    );
    expect([...ctx.outliers].map(([x, o]) => [x.period.code, x.value, o.median])).toEqual([['2024', 90, 41]]);
    expect([...ctx.hundredfolds].map(([x, h]) => [x.period.code, x.value, h.factor, h.typical])).toEqual([['2025', 50, 100, 0.5]]);
  });
});

describe('norms', () => {
  const norms = add(
    'norms',
    norm({ id: 'NRM-001', validFrom: d('2024-01-01') }),
    norm({ id: 'NRM-002', kind: 'streefwaarde', value: 45, referencePeriod: '2020', targetDate: d('2030-12-31') }),
    norm({ id: 'NRM-003', kind: 'tussentijdse streefwaarde', value: 47, targetDate: d('2027-12-31'), target: 'nrm-002' }),
    norm({ id: 'NRM-004', kind: 'tussentijdse streefwaarde', value: 46, targetDate: d('2028-12-31'), target: 'NRM-002' }),
    norm({ id: 'NRM-005', area: 'W-01', value: 45, replaces: 'NRM-001' }),
    norm({ id: 'NRM-006', operator: 'min', value: 30, validTo: d('2022-12-31') }),
    norm({ id: 'NRM-007', indicator: 'IND-002', value: 'B', unit: 'label' }),
  );
  const wijk = add('areas', { code: 'W-01', name: 'Binnenstad', level: 'wijk', parent: '44021' });
  const ids = (ns: { id: string }[]) => ns.map((n) => n.id);

  test('the norms and targets that hold for a key, the ones replaced, and the milestones of a target', async () => {
    const ctx = await context(indicators, wijk, norms);
    const gent = ctx.applicableTo(key('2024'));
    expect([ids(gent.norms), ids(gent.targets), gent.replaced]).toEqual([['NRM-001'], ['NRM-002'], []]);
    const binnenstad = ctx.applicableTo(key('2024', { area: 'W-01' }));
    expect([ids(binnenstad.norms), ids(binnenstad.targets), binnenstad.replaced]).toEqual([['NRM-005'], ['NRM-002'], ['NRM-005 vervangt NRM-001 in Binnenstad.']]);
    expect(ids(ctx.applicableTo(key('2021')).norms)).toEqual(['NRM-006']);
    expect(ctx.applicableTo(key('2024', { indicator: 'ind-009' }))).toEqual({ norms: [], targets: [], replaced: [] });
    const target = ctx.model.norms.find((n) => n.id === 'NRM-002')!;
    expect(ids(ctx.milestones(target))).toEqual(['NRM-003', 'NRM-004']);
    expect(ctx.milestones(ctx.model.norms[0])).toEqual([]);
  });

  test('the norms of the same area and dimension that hold in other periods', async () => {
    const ctx = await context(indicators, wijk, norms);
    expect(ids(ctx.otherPeriods(key('2023')))).toEqual(['NRM-001', 'NRM-006']);
    expect(ids(ctx.otherPeriods(key('2024')))).toEqual(['NRM-006']);
    expect(ids(ctx.otherPeriods(key('2021')))).toEqual(['NRM-001']);
    expect(ids(ctx.otherPeriods(key('2023', { area: 'W-01' })))).toEqual(['NRM-001', 'NRM-006']);
    expect(ids(ctx.otherPeriods(key('2021', { area: '2000' })))).toEqual([]);
    expect(ctx.otherPeriods(key('2021', { indicator: 'ind-009' }))).toEqual([]);
  });

  test('where a norm comes from: its ID, decision document and validity', async () => {
    const ctx = await context(indicators, norms, add('documents', { id: 'BES-001', title: 'Beleidsplan Geluid 2030', kind: 'beleidsplan' }), add('norms', norm({ id: 'NRM-008', document: 'BES-001', validFrom: d('2024-01-01'), validTo: d('2030-12-31') })));
    const source = (id: string) => ctx.source(ctx.model.norms.find((n) => n.id === id)!);
    expect([source('NRM-008'), source('NRM-002'), source('NRM-006')]).toEqual(['(NRM-008, Beleidsplan Geluid 2030, geldig 2024–2030)', '(NRM-002, zonder einddatum)', '(NRM-006, geldig tot 2022)']);
  });
});

describe('areas', () => {
  test('names, and an area with its dimension', async () => {
    const ctx = await context(indicators);
    expect([ctx.areaName('44021'), ctx.areaName('W-99'), ctx.where({ area: '44021', dimension: 'blok 3' }), ctx.where({ area: '40000', dimension: '' })]).toEqual(['Gent', 'W-99', 'Gent (blok 3)', 'Provincie Oost-Vlaanderen']);
    expect(ctx.indicator({ indicator: 'ind-002' }).scale).toEqual(['A', 'B', 'C']);
  });

  test('the municipality’s areas: within the settings’ municipality, or without one anything below a province but the Flemish Region', async () => {
    const ctx = await context(indicators, add('areas', { code: 'W-01', name: 'Binnenstad', level: 'wijk', parent: '44021' }, { code: 'P-01', name: 'Park', level: 'plangebied' }));
    expect(['44021', 'w-01', 'P-01', '2000', '40000'].map((a) => ctx.inMunicipality(a))).toEqual([true, true, false, false, false]);
    const nowhere = new Context({ ...ctx.model, gemeente: null }, TODAY);
    expect(['44021', 'W-01', 'P-01', '2000', '40000', '02000'].map((a) => nowhere.inMunicipality(a))).toEqual([true, true, true, false, false, false]);
    // Without areas on the list, the region is still known by its code.
    const bare = new Context({ ...ctx.model, gemeente: null, areas: areaTree([]) }, TODAY);
    expect(['44021', '2000', '02000'].map((a) => bare.inMunicipality(a))).toEqual([true, false, false]);
  });
});

describe('findings', () => {
  const f = (more: Partial<Finding>): Finding => ({ severity: 'error', rule: 'toets.geen-referentiewaarde', sheet: 'Normen', row: 2, column: 'Referentieperiode', cell: 'I2', message: 'geen meting', ...more }) as Finding;

  test('each finding once, in the order met; another rule, sheet, cell or message is another finding', async () => {
    const ctx = await context();
    const all = [f({}), f({ rule: 'toets.geen-nulmeting' }), f({ sheet: 'Metingen' }), f({ cell: 'I3' }), f({ message: 'anders' })];
    for (const x of [...all, f({}), f({ row: 9, column: 'x' }), ...all]) ctx.report(x);
    expect(ctx.allFindings()).toEqual(all);
    expect(new Set(all.map(findingKey)).size).toBe(5);
  });
});
