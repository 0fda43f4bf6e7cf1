// The model Toets aan normen works on (src/norms/model.ts), read from a new Gent registry with a few
// planted rows: what each indicator, norm and measurement becomes, which rows are left out and why,
// and the area tree and hoofdtype lists beside them. Small and fast enough for every mutant of the file.
import { buildModel, lagOf, valueOf, type Indicator } from '../../src/norms/model';
import { openRegistry } from '../../src/registry/read';
import { dateToSerial } from '../../src/workbook/address';
import type { CellInput, Edit } from '../../src/workbook/port';
import { newRegistry } from '../monitor/helpers';
import { add, d } from './helpers';

const day = (iso: string) => dateToSerial(d(iso));

async function read(edits: Edit[], gemeente = '44021') {
  const wb = await newRegistry(gemeente);
  await wb.apply(edits);
  return openRegistry(wb);
}
const model = async (...edits: Edit[]) => buildModel(await read(edits));

const noise = { id: 'IND-001', name: 'Geluid', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' };
const label = { id: 'IND-002', name: 'Energielabel', unit: 'label', direction: 'hoger is beter', scale: 'A++;A+;A;B;C;D', frequency: 'halfjaarlijks' };
const indicators = add('indicators', noise, label);
const norm = (values: Record<string, CellInput>) => add('norms', { indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB(A)', ...values });
const measurement = (values: Record<string, CellInput>) => add('measurements', { indicator: 'IND-001', area: '44021', period: '2024', value: 50, unit: 'dB(A)', ...values });

describe('indicators', () => {
  test('each indicator as flag reads it: direction, scale, frequency in months, role, life cycle and lag', async () => {
    const m = await model(
      add(
        'indicators',
        noise,
        label,
        { id: 'IND-003', name: 'Bevolking', direction: 'Hoger is beter', frequency: 'Driejaarlijks', role: 'contextindicator', availableAfter: 2.5 },
        { id: 'IND-004', name: 'Oud', direction: 'LAGER IS BETER', frequency: 'elke week', status: 'afgewerkt', availableAfter: -3 },
        { id: 'IND-005', name: 'Stopgezet', direction: 'geen', status: 'stopgezet', availableAfter: 'twee' },
        { id: 'ind-001', name: 'Dubbel', unit: 'm' },
        { name: 'Zonder ID', unit: 'kg' },
      ),
    );
    const all = [...m.indicators.entries()].map(([key, i]) => [key, i.id, i.name, i.unit, i.direction, i.scale, i.months, i.frequency, i.context, i.inactive, i.lag]);
    expect(all).toEqual([
      ['ind-001', 'IND-001', 'Geluid', 'dB(A)', 'lower', null, 12, 'jaarlijks', false, false, 0],
      ['ind-002', 'IND-002', 'Energielabel', 'label', 'higher', ['A++', 'A+', 'A', 'B', 'C', 'D'], 6, 'halfjaarlijks', false, false, 0],
      ['ind-003', 'IND-003', 'Bevolking', '', 'higher', null, 36, 'Driejaarlijks', true, false, 3],
      ['ind-004', 'IND-004', 'Oud', '', 'lower', null, undefined, 'elke week', false, true, 0],
      ['ind-005', 'IND-005', 'Stopgezet', '', null, null, undefined, '', false, true, 0],
    ]);
  });

  test('lagOf: whole months, rounded up; empty, negative, zero or text is 0', async () => {
    const data = await read([add('indicators', { id: 'IND-001', availableAfter: 4 }, { id: 'IND-002', availableAfter: 0.2 }, { id: 'IND-003', availableAfter: 0 }, { id: 'IND-004', availableAfter: '  ' }, { id: 'IND-005', availableAfter: '3' })]);
    expect(data.tables.get('indicators')!.rows.map(lagOf)).toEqual([4, 1, 0, 0, 3]);
  });
});

describe('valueOf', () => {
  const scaled: Indicator = { id: 'IND-002', name: 'x', unit: 'label', direction: 'higher', scale: ['A++', 'A', 'B'], months: 12, frequency: 'jaarlijks', lag: 0 };
  test('a label spelled as on the scale, a number, or null', async () => {
    const data = await read([add('norms', ...['a', 'Z', '12,5', 'twaalf', null, 7, ' a++ ', 'b'].map((value, i) => ({ id: `NRM-00${i + 1}`, value })))]);
    const [a, z, decimal, word, blank, seven, best, worst] = data.tables.get('norms')!.rows;
    expect([a, z, decimal, word, best, worst].map((r) => valueOf(r, 'value', scaled))).toEqual(['A', null, null, null, 'A++', 'B']);
    // A relative norm is a percentage on any indicator; a numeric indicator or none reads numbers.
    expect([a, decimal, seven].map((r) => valueOf(r, 'value', scaled, true))).toEqual([null, 12.5, 7]);
    expect([decimal, word, seven].map((r) => valueOf(r, 'value', undefined))).toEqual([12.5, null, 7]);
    expect(valueOf(blank, 'value', scaled)).toBeNull();
    expect(valueOf(seven, 'upper', undefined)).toBeNull();
  });
});

describe('norms', () => {
  test('every column of a norm as flag reads it', async () => {
    const m = await model(
      indicators,
      add('documents', { id: 'BES-001', title: 'Beleidsplan Geluid 2030', kind: 'beleidsplan' }, { id: 'BES-002', kind: 'beleidsplan' }),
      norm({ id: 'NRM-001', document: 'bes-001', validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: '44021', dimension: 'Open bebouwing' }),
      norm({ id: 'NRM-002', kind: 'Streefwaarde', operator: 'MAX', value: 45, referencePeriod: '2020', targetDate: d('2030-12-31'), document: 'BES-002', replaces: 'NRM-001' }),
      norm({ id: 'NRM-003', kind: 'tussentijdse streefwaarde', value: 47, targetDate: d('2027-12-31'), target: 'nrm-002', document: 'BES-009' }),
      norm({ id: 'NRM-004', operator: 'toename max. %', value: 5, referencePeriod: '2020-S1', upper: 9, sector: 'Tertiair', livingEnvironment: 'Rijbaan', material: 'Huisvuil', dimension: 'blok 1' }),
    );
    expect(m.findings).toEqual([]);
    expect(m.norms.map((n) => ({ ...n, row: n.row.row, referencePeriod: n.referencePeriod?.code ?? null }))).toEqual([
      { id: 'NRM-001', row: 2, indicator: 'ind-001', kind: 'norm', operator: 'max', value: 48, upper: null, unit: 'dB(A)', referencePeriod: null, targetDate: null, target: null, validFrom: day('2024-01-01'), validTo: day('2030-12-31'), area: '44021', qualifiers: [{ list: null, value: 'Open bebouwing' }], document: 'Beleidsplan Geluid 2030', replaces: null },
      { id: 'NRM-002', row: 3, indicator: 'ind-001', kind: 'target', operator: 'max', value: 45, upper: null, unit: 'dB(A)', referencePeriod: '2020', targetDate: day('2030-12-31'), target: null, validFrom: null, validTo: null, area: null, qualifiers: [], document: 'BES-002', replaces: 'nrm-001' },
      { id: 'NRM-003', row: 4, indicator: 'ind-001', kind: 'milestone', operator: 'max', value: 47, upper: null, unit: 'dB(A)', referencePeriod: null, targetDate: day('2027-12-31'), target: 'nrm-002', validFrom: null, validTo: null, area: null, qualifiers: [], document: 'BES-009', replaces: null },
      {
        id: 'NRM-004', row: 5, indicator: 'ind-001', kind: 'norm', operator: 'toename max. %', value: 5, upper: null, unit: 'dB(A)', referencePeriod: '2020-S1', targetDate: null, target: null, validFrom: null, validTo: null, area: null,
        qualifiers: [{ list: 'sectors', value: 'Tertiair' }, { list: 'livingEnvironment', value: 'Rijbaan' }, { list: 'materialFlows', value: 'Huisvuil' }, { list: null, value: 'blok 1' }],
        document: null, replaces: null,
      },
    ]);
  });

  test('tussen on a scale runs from the worse label to the better one, in whichever order typed; on numbers as typed', async () => {
    const m = await model(
      indicators,
      norm({ id: 'NRM-001', indicator: 'IND-002', operator: 'tussen', value: 'a', upper: 'c', unit: 'label' }),
      norm({ id: 'NRM-002', indicator: 'IND-002', operator: 'tussen', value: 'C', upper: 'A', unit: 'label' }),
      norm({ id: 'NRM-003', indicator: 'IND-002', operator: 'tussen', value: 'B', upper: 'B', unit: 'label' }),
      norm({ id: 'NRM-004', operator: 'tussen', value: 40, upper: 55 }),
      norm({ id: 'NRM-005', indicator: 'IND-002', operator: 'min', value: 'b', upper: 'A', unit: 'label' }),
      norm({ id: 'NRM-006', indicator: 'IND-002', operator: 'max', value: 'A', upper: 'D', unit: 'label' }),
    );
    expect(m.norms.map((n) => [n.id, n.value, n.upper])).toEqual([
      ['NRM-001', 'C', 'A'],
      ['NRM-002', 'C', 'A'],
      ['NRM-003', 'B', 'B'],
      ['NRM-004', 40, 55],
      ['NRM-005', 'B', null],
      // Bovengrens is read only for tussen: another operator keeps its value whatever the upper cell holds.
      ['NRM-006', 'A', null],
    ]);
  });

  test('a norm with a blocking finding is left out, and the finding kept; other findings block nothing', async () => {
    const m = await model(
      indicators,
      norm({ id: 'NRM-001', value: 'veel' }),
      norm({ id: 'NRM-002', indicator: 'IND-009' }),
      norm({ id: 'NRM-003', validFrom: d('2025-01-01'), validTo: d('2024-01-01') }),
      norm({ id: 'NRM-004', indicator: 'IND-002', value: 'Z', unit: 'label' }),
      norm({ id: 'NRM-005', method: 'jaargemiddelde', document: 'BES-404' }),
    );
    expect(m.norms.map((n) => n.id)).toEqual(['NRM-005']);
    expect(m.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['waarde.geen-getal', 'F2'],
      ['verwijzing.onbekend', 'B3'],
      ['norm.geldigheid', 'M4'],
      ['waarde.schaal', 'F5'],
    ]);
    expect(m.blocked.size).toBe(0);
  });
});

describe('measurements', () => {
  test('each measurement as flag reads it: a value, a label as on the scale, or none; the indicator’s unit when it has none', async () => {
    const m = await model(
      indicators,
      add('indicators', { id: 'IND-003', name: 'Zonder eenheid' }),
      measurement({ period: '2024S1', dimension: 'blok 3' }),
      measurement({ indicator: 'ind-002', period: '2025', value: 'a', unit: null }),
      measurement({ area: '044021', period: '2025', value: null, unit: '' }),
      measurement({ indicator: 'IND-003', value: 3, unit: 'km' }),
    );
    expect(m.findings).toEqual([]);
    expect(m.measurements.map((x) => [x.row.row, x.indicator, x.area, x.period.code, x.dimension, x.value, x.unit])).toEqual([
      [2, 'ind-001', '44021', '2024-S1', 'blok 3', 50, 'dB(A)'],
      [3, 'ind-002', '44021', '2025', '', 'A', 'label'],
      [4, 'ind-001', '044021', '2025', '', null, 'dB(A)'],
      [5, 'ind-003', '44021', '2024', '', 3, 'km'],
    ]);
  });

  test('a blocked measurement is not evaluated, with its findings; a row with only flag’s own columns filled is no measurement', async () => {
    const m = await model(
      indicators,
      measurement({ value: 'hoog' }),
      measurement({ period: '2024-S3' }),
      measurement({ period: '2025', unit: 'm' }),
      add('measurements', { status: 'OK', normId: 'NRM-001', normOperator: 'max', normValue: 48, normUpper: 50, normReference: 3, normScale: 'A;B', flagExplanation: 'oud' }),
      add('measurements', { status: 'OK', comment: 'nog in te vullen' }),
      measurement({ period: '2023' }),
    );
    expect(m.measurements.map((x) => x.row.row)).toEqual([7]);
    expect([...m.blocked].map(([row, found]) => [row.row, found.map((f) => [f.rule, f.cell])])).toEqual([
      [2, [['waarde.geen-getal', 'E2']]],
      [3, [['waarde.periode', 'C3']]],
      [4, [['eenheid.verschilt', 'F4']]],
      [6, [['waarde.verplicht', 'A6'], ['waarde.verplicht', 'B6'], ['waarde.verplicht', 'C6']]],
    ]);
    expect(m.findings.map((f) => f.cell)).toEqual(['E2', 'C3', 'F4', 'A6', 'B6', 'C6']);
  });

  test('norm findings come before measurement findings', async () => {
    const m = await model(measurement({ value: 'hoog' }), indicators, norm({ id: 'NRM-001', value: 'veel' }));
    expect(m.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Normen!F2', 'Metingen!E2']);
  });
});

describe('areas, municipality and hoofdtypes', () => {
  test('the area tree of Werkingsgebieden, the municipality of the settings and the two-level lists', async () => {
    const m = await model(add('areas', { code: 'W-01', name: 'Binnenstad', level: 'Wijk', parent: '44021' }), add('sectors', { name: 'Kantoren  en-administratie', parent: 'TERTIAIR' }));
    expect(m.gemeente).toBe('44021');
    expect([m.areas.name('w-01'), m.areas.level('W-01'), m.areas.distance('W-01', '2000'), m.areas.name('44021')]).toEqual(['Binnenstad', 'wijk', 3, 'Gent']);
    expect(m.parents.sectors.get('kantoren en administratie')).toBe('tertiair');
    expect(m.parents.sectors.has('tertiair')).toBe(false);
    expect(m.parents.livingEnvironment.get('rijbaan')).toBe('verharding');
    expect(m.parents.materialFlows.get('huisvuil')).toBe('restafval');
    expect(m.data.settings.raw.gemeente).toBe('44021');
  });

  test('a registry read without settings has no municipality; without tables nothing', async () => {
    const wb = await newRegistry();
    const m = buildModel({ ...(await openRegistry(wb)), settings: { raw: {} } as never, tables: new Map() as never });
    expect([m.gemeente, m.indicators.size, m.norms, m.measurements, m.findings, m.areas.name('44021')]).toEqual([null, 0, [], [], [], '44021']);
  });
});
