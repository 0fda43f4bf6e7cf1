// The rules of the field (src/checks/fieldChecks.ts) on a new registry with a few planted rows and
// small thresholds, so each rule can be reached at and around its bound. Fast enough to run for
// every mutant Stryker makes of the file.
import { fieldChecks } from '../../src/checks/fieldChecks';
import type { Row } from '../../src/registry/defaults';
import { openRegistry } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { Thresholds } from '../../src/registry/settings';
import type { TableKey } from '../../src/registry/types';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

const NOW = new Date(Date.UTC(2026, 10, 23));
const SMALL: Partial<Thresholds> = { max_beleidsdoelstellingen: 2, max_actieplannen: 1, max_acties: 1, min_prioritair: 2, max_prioritair: 3, max_indicatoren: 1 };

/** fieldChecks on a new Gent registry with `planted` rows, as [rule, cell, message]. */
async function check(planted: Partial<Record<TableKey, Row[]>>, thresholds: Partial<Thresholds> = SMALL, tables?: TableKey[]) {
  const wb = await newRegistry('44021');
  await wb.apply(plant(planted));
  const data = await openRegistry(wb, tables ? { tables } : {});
  return fieldChecks(data, { ...data.settings.thresholds, ...thresholds }, NOW).map((f) => [f.rule, f.cell ? `${f.sheet}!${f.cell}` : f.sheet, f.message]);
}

/** A complete policy indicator: owner, definition, unit, source, yearly, linked to a plan, with a norm. */
const indicator = (id: string, more: Row = {}): Row => ({ id, name: id, definition: 'x', unit: '%', source: 'eigen telling', frequency: 'jaarlijks', owner: 'Milieu', plan: 'BD1', ...more });
const norm = (id: string, ind: string, more: Row = {}): Row => ({ id, indicator: ind, kind: 'norm', operator: 'max', value: 1, ...more });
const objective = (code: string, level: string, parent: string | null, more: Row = {}): Row => ({ code, level, title: code, parent, ...more });

test('a complete indicator with its norm passes', async () => {
  expect(await check({ indicators: [indicator('IND-001')], norms: [norm('NRM-001', 'IND-001')] })).toEqual([]);
});

describe('indicators', () => {
  test('a policy indicator without owner, definition, unit, source, plan link or norm gets each finding', async () => {
    const bare = { id: 'IND-001', name: 'Kaal', frequency: 'jaarlijks' };
    const letter = (key: string) => String.fromCharCode(65 + tableSpec('indicators').columns.findIndex((c) => c.key === key));
    const findings = await check({ indicators: [bare], norms: [norm('NRM-001', 'IND-999')] });
    expect(findings.map(([rule, cell]) => [rule, cell])).toEqual([
      ['indicator.geen-eigenaar', `Indicatoren!${letter('owner')}2`],
      ['indicator.geen-definitie', `Indicatoren!${letter('definition')}2`],
      ['indicator.geen-eenheid', `Indicatoren!${letter('unit')}2`],
      ['indicator.geen-bron', `Indicatoren!${letter('source')}2`],
      ['indicator.geen-norm', 'Indicatoren!A2'],
      ['indicator.geen-mjp', `Indicatoren!${letter('plan')}2`],
    ]);
    // Every message names the indicator.
    for (const [, , message] of findings) expect(message).toContain('IND-001');
  });

  test('a context indicator needs no owner, norm or plan link, but a definition, unit and source', async () => {
    const context = { id: 'IND-001', name: 'Context', role: 'contextindicator', frequency: 'jaarlijks' };
    expect((await check({ indicators: [context], norms: [] })).map(([rule]) => rule)).toEqual(['indicator.geen-definitie', 'indicator.geen-eenheid', 'indicator.geen-bron']);
  });

  test('finished and stopped indicators are left alone', async () => {
    expect(await check({ indicators: [{ id: 'IND-001', name: 'Oud', status: 'afgewerkt' }, { id: 'IND-002', name: 'Weg', status: 'Stopgezet' }] })).toEqual([]);
  });

  test('a norm on the indicator in another case counts', async () => {
    expect(await check({ indicators: [indicator('IND-001')], norms: [norm('NRM-001', 'ind-001')] })).toEqual([]);
  });

  test('without a Normen table, no indicator lacks a norm', async () => {
    expect(await check({ indicators: [indicator('IND-001')] }, SMALL, ['indicators'])).toEqual([]);
  });

  test('updated less often than the setting asks: a finding, unless the monitor sets the rhythm', async () => {
    const findings = await check({
      indicators: [indicator('IND-001', { frequency: 'tweejaarlijks' }), indicator('IND-002', { frequency: 'halfjaarlijks' }), indicator('IND-003', { frequency: 'driejaarlijks', source: 'Gemeente-Stadsmonitor (Statbel)' }), indicator('IND-004', { frequency: 'jaarlijks' })],
      norms: ['IND-001', 'IND-002', 'IND-003', 'IND-004'].map((id, i) => norm(`NRM-00${i + 1}`, id)),
    });
    expect(findings).toEqual([['indicator.frequentie', expect.stringMatching(/^Indicatoren!/), expect.stringMatching(/IND-001.*tweejaarlijks.*jaarlijks/)]]);
    // With halfjaarlijks as the setting, jaarlijks is too seldom too.
    const stricter = await check({ indicators: [indicator('IND-004')], norms: [norm('NRM-001', 'IND-004')] }, { ...SMALL, min_frequentie: 'halfjaarlijks' });
    expect(stricter.map(([rule]) => rule)).toEqual(['indicator.frequentie']);
  });
});

describe('the objective tree (5x3x5, with small bounds here)', () => {
  test('at the bounds: no finding', async () => {
    const rows = [objective('BD1', 'beleidsdoelstelling', null), objective('BD2', 'beleidsdoelstelling', null), objective('AP1.1', 'actieplan', 'BD1', { priority: 'ja' }), objective('AC1.1.1', 'actie', 'AP1.1', { priority: 'ja' })];
    expect(await check({ objectives: rows })).toEqual([]);
  });

  test('one over each bound: a finding on the first one too many, or on the parent', async () => {
    const rows = [
      objective('BD1', 'beleidsdoelstelling', null),
      objective('BD2', 'beleidsdoelstelling', null),
      objective('BD3', 'beleidsdoelstelling', null),
      objective('AP1.1', 'actieplan', 'BD1', { priority: 'ja' }),
      objective('AP1.2', 'actieplan', 'bd1', { priority: 'JA' }),
      objective('AC1.1.1', 'actie', 'AP1.1'),
      objective('AC1.1.2', 'actie', 'AP1.1'),
      objective('AC1.1.3', 'actie', 'AP1.2'),
    ];
    expect(await check({ objectives: rows })).toEqual([
      ['mjp.beleidsdoelstellingen', 'Doelstellingen!A4', expect.stringContaining('3')],
      ['mjp.actieplannen', 'Doelstellingen!A2', expect.stringContaining('BD1')],
      ['mjp.acties', 'Doelstellingen!A5', expect.stringContaining('AP1.1')],
    ]);
  });

  test('finished objectives do not count; children of an unknown parent have no owner to mark', async () => {
    const rows = [
      objective('BD1', 'beleidsdoelstelling', null),
      objective('BD2', 'beleidsdoelstelling', null),
      objective('BD3', 'beleidsdoelstelling', null, { status: 'afgewerkt' }),
      objective('AP9.1', 'actieplan', 'BD9'),
      objective('AP9.2', 'actieplan', 'BD9'),
    ];
    expect(await check({ objectives: rows }, { ...SMALL, min_prioritair: 0 })).toEqual([]);
  });

  test('too few priorities only once there are enough plans and actions to mark; too many always', async () => {
    const few = [objective('BD1', 'beleidsdoelstelling', null), objective('AP1.1', 'actieplan', 'BD1', { priority: 'ja' })];
    expect(await check({ objectives: few })).toEqual([]);
    const enough = [...few, objective('AC1.1.1', 'actie', 'AP1.1', { priority: 'nee' })];
    expect(await check({ objectives: enough })).toEqual([['mjp.prioritair', 'Doelstellingen', 'Er zijn 1 prioritaire actieplannen en acties; minder dan 2 of meer dan 3 geldt als zwakke kwaliteit.']]);
    const many = [objective('BD1', 'beleidsdoelstelling', null, { priority: 'ja' }), ...['AP1.1', 'AP1.2', 'AP1.3', 'AP1.4'].map((c) => objective(c, 'actieplan', 'BD1', { priority: 'ja' }))];
    expect((await check({ objectives: many }, { ...SMALL, max_actieplannen: 9 })).map(([rule, , message]) => [rule, message])).toEqual([['mjp.prioritair', expect.stringContaining('Er zijn 4 prioritaire')]]);
    expect(await check({ objectives: many }, { ...SMALL, max_actieplannen: 9, max_prioritair: 4 })).toEqual([]);
  });

  test('more policy indicators on an objective than allowed: on the objective, or on the indicator when the plan code is unknown', async () => {
    const objectives = [objective('BD1', 'beleidsdoelstelling', null)];
    const two = (plan: string) => [indicator('IND-001', { plan }), indicator('IND-002', { plan: plan.toLowerCase() }), indicator('IND-003', { plan, role: 'contextindicator' })];
    const norms = [norm('NRM-001', 'IND-001'), norm('NRM-002', 'IND-002')];
    expect(await check({ objectives, indicators: two('BD1'), norms }, { ...SMALL, min_prioritair: 0 })).toEqual([['mjp.indicatoren', 'Doelstellingen!A2', 'BD1 heeft 2 indicatoren; kies er hoogstens 1 die er echt toe doen.']]);
    expect(await check({ objectives, indicators: two('BD7'), norms }, { ...SMALL, min_prioritair: 0 })).toEqual([['mjp.indicatoren', expect.stringMatching(/^Indicatoren!.3$/), 'BD7 heeft 2 indicatoren; kies er hoogstens 1 die er echt toe doen.']]);
    expect(await check({ objectives, indicators: two('BD1'), norms }, { ...SMALL, min_prioritair: 0, max_indicatoren: 2 })).toEqual([]);
  });
});

test('two policy indicators without a plan link are no objective with too many', async () => {
  const indicators = [indicator('IND-001', { plan: null }), indicator('IND-002', { plan: null })];
  expect((await check({ indicators, norms: [norm('NRM-001', 'IND-001'), norm('NRM-002', 'IND-002')] }, { ...SMALL, min_prioritair: 0 })).map(([rule]) => rule)).toEqual(['indicator.geen-mjp', 'indicator.geen-mjp']);
});

test('a registry read without Indicatoren or Maatregelen is checked for the rest', async () => {
  expect(await check({ objectives: [objective('BD1', 'beleidsdoelstelling', null)] }, SMALL, ['objectives'])).toEqual([]);
  expect(await check({}, SMALL, ['norms', 'intendedEffects'])).toEqual([]);
});

describe('norms, targets and measures', () => {
  test('only an intermediate target’s Doel counts as the intermediate of a target', async () => {
    const norms = [norm('NRM-001', 'IND-001', { kind: 'streefwaarde' }), norm('NRM-002', 'IND-001', { kind: 'norm', target: 'NRM-001' })];
    expect((await check({ indicators: [indicator('IND-001')], norms })).map(([rule, cell]) => [rule, cell])).toEqual([['streefwaarde.geen-tussentijdse', 'Normen!A2']]);
  });

  test('a norm whose end is no date is not said to have ended', async () => {
    expect(await check({ indicators: [indicator('IND-001')], norms: [norm('NRM-001', 'IND-001', { validTo: 'ooit' })] })).toEqual([]);
  });

  test('an execution with its rule passes; with only effects, every measure needs one', async () => {
    const measures = [{ id: 'MAA-001', name: 'a' }, { id: 'MAA-002', name: 'b' }];
    expect(await check({ measures, intendedExecutions: [{ id: 'UIT-001', measure: 'MAA-001', rule: 'REG-001' }, { id: 'UIT-002', measure: 'MAA-002', rule: 'REG-001' }] }, SMALL, ['measures', 'intendedExecutions'])).toEqual([]);
    expect(await check({ measures, intendedEffects: [{ id: 'EFF-001', measure: 'MAA-001', effect: 1 }] }, SMALL, ['measures', 'intendedEffects'])).toEqual([['maatregel.geen-effect', 'Maatregelen!A3', expect.stringContaining('MAA-002')]]);
  });

  test('a target without an intermediate target; a finished indicator’s norms are history', async () => {
    const indicators = [indicator('IND-001'), indicator('IND-002', { status: 'afgewerkt' })];
    const norms = [norm('NRM-001', 'IND-001', { kind: 'streefwaarde' }), norm('NRM-002', 'IND-001', { kind: 'streefwaarde' }), norm('NRM-003', 'IND-001', { kind: 'tussentijdse streefwaarde', target: 'nrm-002' }), norm('NRM-004', 'IND-002', { kind: 'streefwaarde' })];
    expect(await check({ indicators, norms })).toEqual([['streefwaarde.geen-tussentijdse', 'Normen!A2', expect.stringContaining('NRM-001')]]);
  });

  test('a norm that ended: a finding unless a later one for the same indicator and area takes over', async () => {
    const indicators = [indicator('IND-001'), indicator('IND-002')];
    const norms = [
      norm('NRM-001', 'IND-001', { validTo: '31/12/2025', area: '44021' }),
      norm('NRM-002', 'IND-001', { validTo: '31/12/2030', area: '44021' }),
      norm('NRM-003', 'IND-002', { validTo: '31/12/2025', area: '44021' }),
      norm('NRM-004', 'IND-002', { validTo: '31/12/2030', area: '2000' }),
      norm('NRM-005', 'IND-002', { validTo: '23/11/2026' }),
      norm('NRM-006', 'IND-002', { validTo: 'ooit' }),
      norm('NRM-007', 'IND-002', { kind: 'tussentijdse streefwaarde', validTo: '01/01/2020' }),
      norm('NRM-008', 'IND-002', { validTo: '22/11/2026', area: 'W-X' }),
      norm('NRM-009', 'IND-002', { validTo: '01/01/2026', area: 'w-x' }),
      // Two that end on the same day do not take over from each other.
      norm('NRM-010', 'IND-001', { validTo: '01/03/2026', area: 'W-Y' }),
      norm('NRM-011', 'IND-001', { validTo: '01/03/2026', area: 'W-Y' }),
    ];
    expect(await check({ indicators, norms })).toEqual([
      ['norm.verlopen', expect.stringMatching(/^Normen!.4$/), 'Norm NRM-003 gold tot 31/12/2025 en er is geen latere norm voor indicator IND-002.'],
      // NRM-009 ended before NRM-008: the later one takes over for it, but not for itself; NRM-005 ends today.
      ['norm.verlopen', expect.stringMatching(/^Normen!.9$/), 'Norm NRM-008 gold tot 22/11/2026 en er is geen latere norm voor indicator IND-002.'],
      ['norm.verlopen', expect.stringMatching(/^Normen!.11$/), expect.stringContaining('NRM-010')],
      ['norm.verlopen', expect.stringMatching(/^Normen!.12$/), expect.stringContaining('NRM-011')],
    ]);
  });

  test('a measure without intended effect or execution; an execution without a rule', async () => {
    const measures = [{ id: 'MAA-001', name: 'a' }, { id: 'MAA-002', name: 'b' }, { id: 'MAA-003', name: 'c' }];
    const findings = await check({ measures, intendedEffects: [{ id: 'EFF-001', measure: 'maa-001', effect: 1 }], intendedExecutions: [{ id: 'UIT-001', measure: 'MAA-002', rule: null }] });
    expect(findings).toEqual([
      ['maatregel.geen-effect', 'Maatregelen!A4', expect.stringContaining('MAA-003')],
      ['uitvoering.geen-regel', expect.stringMatching(/^BeoogdeUitvoeringen!C2$/), expect.stringMatching(/UIT-001.*MAA-002|MAA-002.*UIT-001/)],
    ]);
  });

  test('without effect or execution tables, measures are not asked for one', async () => {
    expect(await check({ measures: [{ id: 'MAA-001', name: 'a' }] }, SMALL, ['measures'])).toEqual([]);
    expect(await check({ measures: [{ id: 'MAA-001', name: 'a' }] }, SMALL, ['measures', 'intendedExecutions'])).toEqual([['maatregel.geen-effect', 'Maatregelen!A2', expect.any(String)]]);
  });
});
