// The row checks (src/checks/rowChecks.ts) on a new registry with a few planted rows: required
// values and their examples, ID forms, fixed lists, duplicate keys, and a scope. Small and fast
// enough to run for every mutant Stryker makes of the file.
import { rowChecks } from '../../src/checks/rowChecks';
import type { Row } from '../../src/registry/defaults';
import { rowCells } from '../../src/registry/layout';
import { openRegistry } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

type Planted = [TableKey, Row[]];

/** The row checks' findings on a new Gent registry with `planted` rows appended, as [rule, cell, message]. */
async function check(planted: Planted[], scope?: Parameters<typeof rowChecks>[1]) {
  const wb = await newRegistry('44021');
  await wb.apply(planted.flatMap(([key, rows]) => plant({ [key]: rows })));
  const data = await openRegistry(wb);
  return rowChecks(data, scope).all.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.message]);
}

const indicator = (id: string, more: Row = {}): Row => ({ id, name: `Indicator ${id}`, ...more });

test('a new registry passes', async () => {
  expect(await check([])).toEqual([]);
});

describe('IDs', () => {
  test.each([['IND-001'], ['ind-7'], [' IND-0012 ']])('%s has the form of an indicator ID', async (id) => {
    expect(await check([['indicators', [indicator(id)]]])).toEqual([]);
  });

  test.each([['IND-001x'], ['xIND-001'], ['IND-'], ['IND001'], ['NRM-001']])('%s does not', async (id) => {
    expect(await check([['indicators', [indicator(id)]]])).toEqual([['waarde.id-formaat', 'Indicatoren!A2', expect.stringContaining(`"${id.trim()}" heeft niet de vorm IND-001`)]]);
  });
});

describe('required values say what a right value looks like', () => {
  test('an ID: the first of its form', async () => {
    expect(await check([['indicators', [{ name: 'Zonder ID' }]]])).toEqual([['waarde.verplicht', 'Indicatoren!A2', expect.stringContaining('bv. IND-001')]]);
  });

  test('a choice: the first two of the list', async () => {
    expect(await check([['norms', [{ id: 'NRM-001', indicator: 'IND-001', operator: 'max', value: 48 }]]])).toEqual([
      ['waarde.verplicht', expect.stringMatching(/^Normen!/), expect.stringMatching(/bv\. norm of streefwaarde\.?$/)],
    ]);
  });

  test('a code without ID prefix: no example; a number and a norm value: one of their form', async () => {
    expect(await check([['areas', [{ name: 'Binnenstad', level: 'wijk' }]]])).toEqual([['waarde.verplicht', expect.stringMatching(/^Werkingsgebieden!A/), expect.not.stringContaining('bv.')]]);
    expect(await check([['intendedEffects', [{ unit: 'dB(A)' }]]])).toContainEqual(['waarde.verplicht', expect.stringMatching(/^BeoogdeEffecten!/), expect.stringContaining('bv. 48 of 0,4')]);
    expect(await check([['norms', [{ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max' }]]])).toEqual([['waarde.verplicht', expect.stringMatching(/^Normen!/), expect.stringMatching(/bv\. 48\.?$/)]]);
  });

  test('a reference to a table that was not read: no example, no failure', async () => {
    const wb = await newRegistry('44021');
    const spec = tableSpec('norms');
    await wb.apply([{ kind: 'appendRows', table: spec.table, rows: [rowCells(spec, spec.columns.map((c) => c.caption), { id: 'NRM-001', kind: 'norm', operator: 'max', value: 1 })] }]);
    const findings = rowChecks(await openRegistry(wb, { tables: ['norms'] })).all;
    expect(findings.map((f) => [f.rule, f.column, f.message])).toEqual([['waarde.verplicht', 'Indicator', expect.not.stringContaining('bv.')]]);
  });

  test('a reference: the first value the other table has, or none when it is empty', async () => {
    const norm = { id: 'NRM-001', kind: 'norm', operator: 'max', value: 48 };
    expect(await check([['indicators', [{ name: 'Zonder ID' }, indicator('IND-004')]], ['norms', [norm]]])).toEqual([
      ['waarde.verplicht', 'Indicatoren!A2', expect.stringContaining('bv. IND-001')],
      ['waarde.verplicht', expect.stringMatching(/^Normen!/), expect.stringContaining('bv. IND-004')],
    ]);
    const [[, , message]] = await check([['norms', [norm]]]);
    expect(message).not.toContain('bv.');
  });

  test('a period, and a text without example', async () => {
    const findings = await check([['measurements', [{ indicator: 'IND-001', area: '44021', value: 3 }]], ['indicators', [{ id: 'IND-001' }]]]);
    expect(findings).toEqual([
      ['waarde.verplicht', 'Indicatoren!B2', expect.not.stringContaining('bv.')],
      ['waarde.verplicht', expect.stringMatching(/^Metingen!C/), expect.stringContaining('bv. 2023 of 2023-S1')],
    ]);
  });
});

describe('values of a type', () => {
  test('a number, a date, a period and a choice, each in any accepted form', async () => {
    expect(await check([
      ['indicators', [indicator('IND-001', { frequency: 'JAARLIJKS' })]],
      ['measurements', [{ indicator: 'IND-001', area: '44021', period: '2023-S1', value: 3 }]],
      ['documents', [{ id: 'BES-001', title: 'Plan', kind: 'beleidsplan', decided: '31/12/2024' }]],
    ])).toEqual([]);
  });

  test.each([
    ['a period that does not exist', ['measurements', [{ indicator: 'IND-001', area: '44021', period: '2023-S3' }]], 'waarde.periode', '2023-S3'],
    ['a date that does not exist', ['documents', [{ id: 'BES-001', title: 'Plan', kind: 'beleidsplan', decided: '31/02/2024' }]], 'waarde.datum', 'is geen bestaande datum'],
    ['a word off the list', ['indicators', [indicator('IND-001', { frequency: 'soms' })]], 'waarde.keuzelijst', 'Kies een van: maandelijks, '],
    ['text in a number column', ['intendedEffects', [{ effect: 'drie' }]], 'waarde.getal', '"drie"'],
  ] as [string, Planted, string, string][])('%s', async (_, planted, rule, part) => {
    expect(await check([planted])).toContainEqual([rule, expect.any(String), expect.stringContaining(part)]);
  });
});

describe('duplicate keys', () => {
  test('an area code with leading zeros is the same code: the later row is marked, naming the first', async () => {
    const findings = await check([['areas', [{ code: '02000', name: 'Vlaanderen (met de hand)', level: 'gewest' }]]]);
    expect(findings).toEqual([['sleutel.dubbel', expect.stringMatching(/^Werkingsgebieden!A\d+$/), expect.stringMatching(/"02000".*ook in rij 2/)]]);
  });

  test('IDs in another case are the same; blank keys are no duplicates', async () => {
    const findings = await check([['indicators', [indicator('IND-001'), indicator('ind-001'), { name: 'a' }, { name: 'b' }]]]);
    expect(findings.filter(([rule]) => rule === 'sleutel.dubbel')).toEqual([['sleutel.dubbel', 'Indicatoren!A3', expect.stringContaining('ook in rij 2')]]);
  });

  test('a measurement twice, also with its area written 02000; another Dimensie is another measurement', async () => {
    const m = { indicator: 'IND-001', period: '2023', value: 1 };
    const findings = await check([
      ['indicators', [indicator('IND-001')]],
      ['measurements', [{ ...m, area: '2000' }, { ...m, area: '02000' }, { ...m, area: '2000', dimension: 'Open bebouwing' }, { ...m, area: '2000', dimension: 'Alle huizen' }, { ...m, area: '2000', dimension: 'alle huizen' }]],
    ]);
    expect(findings).toEqual([
      ['meting.dubbel', 'Metingen!A3', expect.stringContaining('ook in rij 2')],
      ['meting.dubbel', 'Metingen!A6', expect.stringContaining('ook in rij 5')],
    ]);
  });
});

describe('a scope', () => {
  const planted: Planted[] = [['indicators', [indicator('IND-001x'), indicator('IND-002'), indicator('IND-002', { frequency: 'soms' })]], ['documents', [{ id: 'BES-1', title: '', kind: 'plan' }]]];

  test('asks only for its tables, columns and rules', async () => {
    // Table by table, row by row; duplicates after a table's values.
    expect((await check(planted)).map(([rule, cell]) => [rule, cell])).toEqual([
      ['waarde.verplicht', 'Besluitdocumenten!C2'],
      ['waarde.keuzelijst', 'Besluitdocumenten!D2'],
      ['waarde.id-formaat', 'Indicatoren!A2'],
      ['waarde.keuzelijst', 'Indicatoren!M4'],
      ['sleutel.dubbel', 'Indicatoren!A4'],
    ]);
    expect(await check(planted, { indicators: { rules: ['waarde.id-formaat', 'sleutel.dubbel'], columns: ['id'] } })).toEqual([
      ['waarde.id-formaat', 'Indicatoren!A2', expect.any(String)],
      ['sleutel.dubbel', 'Indicatoren!A4', expect.any(String)],
    ]);
    expect(await check(planted, { indicators: { rules: ['waarde.id-formaat'], columns: ['id'] } })).toEqual([['waarde.id-formaat', 'Indicatoren!A2', expect.any(String)]]);
    expect(await check(planted, { indicators: { rules: ['waarde.keuzelijst'], columns: ['frequency'] } })).toEqual([['waarde.keuzelijst', 'Indicatoren!M4', expect.any(String)]]);
  });

  test('for measurements, meting.dubbel on Indicator', async () => {
    const m = { indicator: 'IND-001', area: '44021', period: '2023', value: 1 };
    const twice: Planted[] = [['measurements', [m, m]]];
    expect(await check(twice, { measurements: { rules: ['meting.dubbel'], columns: ['indicator'] } })).toEqual([['meting.dubbel', 'Metingen!A3', expect.any(String)]]);
    expect(await check(twice, { measurements: { rules: ['meting.dubbel'], columns: ['area'] } })).toEqual([]);
    const wb = await newRegistry('44021');
    const spec = tableSpec('measurements');
    await wb.apply([{ kind: 'appendRows', table: spec.table, rows: [m, m].map((r) => rowCells(spec, spec.columns.map((c) => c.caption), r)) }]);
    expect(rowChecks(await openRegistry(wb)).all.map((f) => [f.rule, f.column, f.row])).toEqual([['meting.dubbel', 'Indicator', 3]]);
  });
});
