import ExcelJS from 'exceljs';
import { checkRegistry } from '../../src/checks';
import { rules } from '../../src/rules';
import { writeDemo } from '../../src/registry/demo';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { columnLetter } from '../../src/workbook/address';
import type { CellInput, Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const now = new Date('2026-11-23T12:00:00Z');
let demoBytes: Uint8Array;
beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  demoBytes = await wb.save();
});
const demo = () => XlsxWorkbook.load(demoBytes);

/** The cell of a schema column in data row `row` (0-based) of a table laid out from A1. */
function cell(table: TableKey, column: string, row: number): string {
  const index = tableSpec(table).columns.findIndex((c) => c.key === column);
  if (index < 0) throw new Error(`no column ${column} in ${table}`);
  return `${columnLetter(index + 1)}${row + 2}`;
}
const set = (table: TableKey, row: number, column: string, value: CellInput): Edit => ({
  kind: 'updateCells',
  table: tableSpec(table).table,
  cells: [{ row, column: tableSpec(table).columns.find((c) => c.key === column)!.caption, value }],
});
const add = (table: TableKey, values: Record<string, CellInput>): Edit => ({
  kind: 'appendRows',
  table: tableSpec(table).table,
  rows: [tableSpec(table).columns.map((c) => values[c.key] ?? null)],
});

/** A monitor series as the import adds it: a context indicator without owner, norm or plan link, filed under the monitor's theme. */
const context: Record<string, CellInput> = {
  id: 'IND-015', name: 'Buurtproblemen: fietsdiefstal', definition: 'x', unit: '%', theme: 'Samenleven', aspect: 'Geluid',
  source: 'Gemeente-Stadsmonitor (Burgerbevraging)', sourceCode: 'SA_S_99', frequency: 'driejaarlijks', role: 'contextindicator',
};

async function check(edits: Edit[]) {
  const wb = await demo();
  await wb.apply(edits);
  return checkRegistry(wb, { now });
}

test('the untouched demo registry has no errors and no warnings', async () => {
  // Its driejaarlijks survey indicator (IND-002) comes from the monitor: its rhythm is not the municipality's to change.
  const result = await checkRegistry(await demo(), { now });
  expect(result.findings).toEqual([]);
  expect(result.summary).toEqual({ errors: 0, warnings: 0 });
});

// description, edits planted in the demo, the finding expected (rule, sheet, cell) and a part of its message
const planted: [string, Edit[], { rule: string; sheet: string; cell: string | null }, string][] = [
  ['a required value left empty', [set('indicators', 0, 'name', null)], { rule: 'waarde.verplicht', sheet: 'Indicatoren', cell: cell('indicators', 'name', 0) }, 'Naam is verplicht'],
  ['a required reference left empty shows an existing value as example', [set('norms', 0, 'indicator', '  ')], { rule: 'waarde.verplicht', sheet: 'Normen', cell: cell('norms', 'indicator', 0) }, 'bv. IND-001'],
  ['text in a number column', [set('intendedEffects', 0, 'effect', 'drie')], { rule: 'waarde.getal', sheet: 'BeoogdeEffecten', cell: cell('intendedEffects', 'effect', 0) }, '"drie" in Effect is geen getal'],
  ['a date that does not exist', [set('documents', 0, 'decided', '31/02/2024')], { rule: 'waarde.datum', sheet: 'Besluitdocumenten', cell: cell('documents', 'decided', 0) }, 'is geen bestaande datum'],
  ['a period that does not exist', [set('measurements', 0, 'period', '2023-S3')], { rule: 'waarde.periode', sheet: 'Metingen', cell: cell('measurements', 'period', 0) }, '2023-S1'],
  ['a value not on a fixed list', [set('norms', 0, 'operator', 'maximaal')], { rule: 'waarde.keuzelijst', sheet: 'Normen', cell: cell('norms', 'operator', 0) }, 'Kies een van: max, min'],
  ['an ID of the wrong form', [set('rules', 0, 'id', 'REG1')], { rule: 'waarde.id-formaat', sheet: 'Regels', cell: cell('rules', 'id', 0) }, 'REG-001'],
  ['an ID with more after the number', [set('indicators', 3, 'id', 'IND-004x')], { rule: 'waarde.id-formaat', sheet: 'Indicatoren', cell: cell('indicators', 'id', 3) }, 'IND-001'],
  ['an ID with more before the prefix', [set('rules', 0, 'id', 'xREG-001')], { rule: 'waarde.id-formaat', sheet: 'Regels', cell: cell('rules', 'id', 0) }, 'REG-001'],
  ['a duplicate ID in another case', [set('indicators', 1, 'id', 'ind-001')], { rule: 'sleutel.dubbel', sheet: 'Indicatoren', cell: cell('indicators', 'id', 1) }, 'ook in rij 2'],
  ['the same measurement twice', [add('measurements', { indicator: 'IND-002', area: '44021', period: '2020', value: 12, unit: '%' })], { rule: 'meting.dubbel', sheet: 'Metingen', cell: cell('measurements', 'indicator', 29) }, 'ook in rij 7'],
  ['a norm on an unknown indicator', [set('norms', 0, 'indicator', 'IND-099')], { rule: 'verwijzing.onbekend', sheet: 'Normen', cell: cell('norms', 'indicator', 0) }, 'staat niet in Indicatoren (kolom ID)'],
  ['a theme not on the choice list', [set('dossiers', 0, 'theme', 'Sport')], { rule: 'verwijzing.onbekend', sheet: 'Dossiers', cell: cell('dossiers', 'theme', 0) }, "Thema's"],
  ['a measurement in an unknown area', [set('measurements', 0, 'area', 'W-NERGENS')], { rule: 'verwijzing.onbekend', sheet: 'Metingen', cell: cell('measurements', 'area', 0) }, 'Werkingsgebieden'],
  ['an effect on an unknown norm', [set('intendedEffects', 0, 'norm', 'NRM-404')], { rule: 'verwijzing.onbekend', sheet: 'BeoogdeEffecten', cell: cell('intendedEffects', 'norm', 0) }, 'Normen'],
  ['a cycle in the objective tree', [set('objectives', 0, 'parent', 'AC1.1.1')], { rule: 'doelstelling.kringverwijzing', sheet: 'Doelstellingen', cell: cell('objectives', 'parent', 0) }, 'BD1 → AC1.1.1 → AP1.1 → BD1'],
  ['an action right under a policy objective', [set('objectives', 2, 'parent', 'BD1')], { rule: 'doelstelling.niveau', sheet: 'Doelstellingen', cell: cell('objectives', 'parent', 2) }, 'een actie hoort onder een actieplan'],
  ['a norm unit unlike its indicator', [set('norms', 0, 'unit', 'dB')], { rule: 'eenheid.verschilt', sheet: 'Normen', cell: cell('norms', 'unit', 0) }, 'van die van indicator IND-001 ("dB(A)")'],
  ['an effect unit unlike its norm', [set('intendedEffects', 0, 'unit', 'dBA')], { rule: 'eenheid.verschilt', sheet: 'BeoogdeEffecten', cell: cell('intendedEffects', 'unit', 0) }, 'norm NRM-001'],
  ['a measurement unit unlike its indicator', [set('measurements', 7, 'unit', 'm')], { rule: 'eenheid.verschilt', sheet: 'Metingen', cell: cell('measurements', 'unit', 7) }, 'indicator IND-003'],
  ['a label off the indicator scale', [set('measurements', 11, 'value', 'Z')], { rule: 'waarde.schaal', sheet: 'Metingen', cell: cell('measurements', 'value', 11) }, 'A++, A+, A, B'],
  ['text as a measurement of a numeric indicator', [set('measurements', 0, 'value', 'luid')], { rule: 'waarde.geen-getal', sheet: 'Metingen', cell: cell('measurements', 'value', 0) }, 'IND-001 heeft geen schaal'],
  ['a norm between without upper bound', [set('norms', 3, 'operator', 'tussen')], { rule: 'norm.bovengrens', sheet: 'Normen', cell: cell('norms', 'upper', 3) }, 'vraagt een Bovengrens'],
  ['a validity that ends before it starts', [set('norms', 0, 'validTo', new Date(Date.UTC(2023, 11, 31)))], { rule: 'norm.geldigheid', sheet: 'Normen', cell: cell('norms', 'validTo', 0) }, 'Geldig tot (31/12/2023) ligt vóór Geldig van (01/01/2024)'],
  ['a relative norm without reference period', [set('norms', 5, 'referencePeriod', null)], { rule: 'norm.referentieperiode', sheet: 'Normen', cell: cell('norms', 'referencePeriod', 5) }, 'toename max. %'],
  ['an intermediate target tied to a plain norm', [set('norms', 2, 'target', 'NRM-001')], { rule: 'norm.bij-streefwaarde', sheet: 'Normen', cell: cell('norms', 'target', 2) }, 'NRM-001 is geen streefwaarde'],
  ['a target without intermediate target', [set('norms', 2, 'target', 'NRM-001')], { rule: 'streefwaarde.geen-tussentijdse', sheet: 'Normen', cell: cell('norms', 'id', 1) }, 'Streefwaarde NRM-002'],
  ['an indicator without owner', [set('indicators', 0, 'owner', null)], { rule: 'indicator.geen-eigenaar', sheet: 'Indicatoren', cell: cell('indicators', 'owner', 0) }, 'IND-001'],
  ['an indicator without norm or plan', [add('indicators', { id: 'IND-015', name: 'Fietsdelen', unit: 'aantal', definition: 'x', source: 'x', owner: 'Mobiliteit', frequency: 'halfjaarlijks' })], { rule: 'indicator.geen-norm', sheet: 'Indicatoren', cell: cell('indicators', 'id', 7) }, 'IND-015 heeft geen norm'],
  ['an indicator outside the plan', [set('indicators', 0, 'plan', null)], { rule: 'indicator.geen-mjp', sheet: 'Indicatoren', cell: cell('indicators', 'plan', 0) }, 'niet gekoppeld'],
  ['a measure without effect or execution', [add('measures', { id: 'MAA-003', name: 'Renovatiepremie' })], { rule: 'maatregel.geen-effect', sheet: 'Maatregelen', cell: cell('measures', 'id', 2) }, 'MAA-003'],
  [
    'a relative operator on an indicator with a scale of labels',
    [set('norms', 4, 'operator', 'toename max. %'), set('norms', 4, 'value', 0), set('norms', 4, 'referencePeriod', '2024')],
    { rule: 'norm.operator-schaal', sheet: 'Normen', cell: cell('norms', 'operator', 4) },
    'Operator toename max. % kan niet op indicator IND-004',
  ],
  ['a norm that ended without successor', [set('norms', 3, 'validTo', new Date(Date.UTC(2025, 11, 31)))], { rule: 'norm.verlopen', sheet: 'Normen', cell: cell('norms', 'validTo', 3) }, 'gold tot 31/12/2025'],
  [
    'too many action plans under one objective (5x3x5)',
    ['AP1.3', 'AP1.4'].map((code) => add('objectives', { code, level: 'actieplan', title: code, parent: 'BD1', priority: 'nee' })),
    { rule: 'mjp.actieplannen', sheet: 'Doelstellingen', cell: cell('objectives', 'code', 0) },
    'BD1 heeft 4 actieplannen; houd het bij hoogstens 3',
  ],
  [
    'too many indicators on one action',
    [set('indicators', 1, 'plan', 'AC1.1.1'), set('indicators', 2, 'plan', 'AC1.1.1'), set('indicators', 3, 'plan', 'AC1.1.1')],
    { rule: 'mjp.indicatoren', sheet: 'Doelstellingen', cell: cell('objectives', 'code', 2) },
    'AC1.1.1 heeft 4 indicatoren',
  ],
  ['too few priority actions (transparency norm)', [set('objectives', 1, 'priority', 'nee')], { rule: 'mjp.prioritair', sheet: 'Doelstellingen', cell: null }, 'Er zijn 5 prioritaire'],
  ['an indicator of its own source updated less than yearly', [set('indicators', 2, 'frequency', 'tweejaarlijks')], { rule: 'indicator.frequentie', sheet: 'Indicatoren', cell: cell('indicators', 'frequency', 2) }, 'minstens jaarlijks'],
  ['a beoogde uitvoering that names no regel', [set('intendedExecutions', 0, 'rule', null)], { rule: 'uitvoering.geen-regel', sheet: 'BeoogdeUitvoeringen', cell: cell('intendedExecutions', 'rule', 0) }, 'UIT-001 noemt geen beleidsregel'],
  ['a context indicator made a policy indicator gets the policy rules again', [add('indicators', { ...context, role: 'beleidsindicator' })], { rule: 'indicator.geen-eigenaar', sheet: 'Indicatoren', cell: cell('indicators', 'owner', 7) }, 'IND-015'],
  ['a threshold on the system sheet that is no number', [{ kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: 5, column: 'Waarde', value: 'veel' }] }], { rule: 'instelling.ongeldig', sheet: 'Systeem', cell: 'B7' }, 'max_actieplannen'],
];

test.each(planted)('%s', async (_, edits, expected, message) => {
  const { findings } = await check(edits);
  const hit = findings.find((f) => f.rule === expected.rule && f.cell === expected.cell);
  expect(hit).toMatchObject({ ...expected, severity: rules[expected.rule as keyof typeof rules].severity });
  expect(hit?.message).toContain(message);
});

test('a context indicator gets none of the policy-indicator warnings; a stopped indicator none at all', async () => {
  const { findings } = await check([
    add('indicators', context),
    ...['AC1.1.1', 'AC1.1.1', 'AC1.1.1'].map((plan, i) => add('indicators', { ...context, id: `IND-01${i}`, plan })),
    add('indicators', { id: 'IND-020', name: 'Oude telling', status: 'stopgezet', frequency: 'zesjaarlijks', aspect: 'Geluid', theme: 'Wonen en woonomgeving' }),
    add('norms', { id: 'NRM-020', indicator: 'IND-020', kind: 'norm', operator: 'max', value: 1, validTo: new Date(Date.UTC(2024, 11, 31)) }),
  ]);
  expect(findings).toEqual([]);
});

test('the priority count waits until the plan has as many actieplannen and acties as the minimum', async () => {
  const objectives = tableSpec('objectives').table;
  const { findings } = await check([
    { kind: 'replaceRows', table: objectives, rows: [] },
    add('objectives', { code: 'BD1', level: 'beleidsdoelstelling', title: 'x' }),
    add('objectives', { code: 'AP1.1', level: 'actieplan', title: 'x', parent: 'BD1', priority: 'nee' }),
    { kind: 'replaceRows', table: tableSpec('indicators').table, rows: [] },
  ]);
  expect(findings.map((f) => f.rule)).not.toContain('mjp.prioritair');
});

// Values a user may rightly write: no rule may fire on them.
const valid: [string, Edit[]][] = [
  ['a decimal comma', [set('intendedEffects', 0, 'effect', '-0,5')]],
  ['a decimal point and thousands separators', [set('intendedEffects', 0, 'effect', '1.234,5'), set('intendedEffects', 1, 'effect', '-1,234.5')]],
  ['a date typed as text', [set('documents', 0, 'decided', '15/3/2024')]],
  ['a period in lower case', [set('measurements', 0, 'period', '2023-s2')]],
  ['a fixed-list value with spaces and capitals', [set('norms', 0, 'operator', ' MAX ')]],
  ['a reference in another case with spaces', [set('norms', 0, 'indicator', ' ind-001 ')]],
  ['a label in another case', [set('measurements', 11, 'value', 'c')]],
  ['a raised threshold silences a warning', [set('objectives', 1, 'priority', 'nee'), { kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: 7, column: 'Waarde', value: '5' }] }]],
];

test.each(valid)('no finding for %s', async (_, edits) => {
  const { findings } = await check(edits);
  expect(findings).toEqual([]);
});

describe('a damaged registry still gets a check', () => {
  async function damaged(edit: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(demoBytes as unknown as ArrayBuffer);
    edit(wb);
    const damagedBytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const registry = await XlsxWorkbook.load(damagedBytes);
    await registry.apply([set('indicators', 0, 'name', null)]);
    return checkRegistry(registry, { now });
  }

  test('a deleted sheet', async () => {
    const { findings } = await damaged((wb) => wb.removeWorksheet(wb.getWorksheet('Normen')!.id));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'structuur.tabel-ontbreekt', sheet: 'Normen', message: 'Tabel Normen ontbreekt: er is geen blad Normen met tabel tblNormen.' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'waarde.verplicht', cell: 'B2', sheet: 'Indicatoren' }));
    expect(findings.filter((f) => f.rule === 'verwijzing.onbekend')).toEqual([]);
  });

  test('a table turned back into a plain range', async () => {
    const { findings } = await damaged((wb) => wb.getWorksheet('Maatregelen')!.removeTable('tblMaatregelen'));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'structuur.geen-tabel', sheet: 'Maatregelen', severity: 'error' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'waarde.verplicht', cell: 'B2', sheet: 'Indicatoren' }));
  });

  test('a header renamed by hand', async () => {
    const { findings } = await damaged((wb) => {
      const ws = wb.getWorksheet('Indicatoren')!;
      const table = (ws as unknown as { tables: Record<string, { model: { columns: { name: string }[] } }> }).tables.tblIndicatoren;
      table.model.columns[3].name = 'Meeteenheid';
      ws.getCell('D1').value = 'Meeteenheid';
    });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'structuur.kolom-ontbreekt', sheet: 'Indicatoren', column: 'Eenheid', message: 'Kolom Eenheid niet gevonden in Indicatoren; de controles op die kolom zijn overgeslagen.' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'waarde.verplicht', cell: 'B2' }));
    expect(findings.filter((f) => f.rule === 'indicator.geen-eenheid' || f.rule === 'eenheid.verschilt')).toEqual([]);
  });
});

test('measurements that differ only in Dimensie are two measurements; the same Dimensie in another case is one', async () => {
  const at = { indicator: 'IND-002', area: '44021', period: '2020', value: 12, unit: '%' };
  const { findings } = await check([add('measurements', { ...at, dimension: 'Alle huizen' }), add('measurements', { ...at, dimension: 'Open bebouwing' }), add('measurements', { ...at, dimension: 'alle huizen' })]);
  const twice = findings.filter((f) => f.rule === 'meting.dubbel');
  // The demo has 29 measurements (data rows 0-28), so the three come in data rows 29-31 (sheet rows
  // 31-33). Rows 29 and 30 differ from the demo's IND-002 2020 row (no Dimensie) and from each other;
  // row 31 repeats row 29.
  expect(twice.map((f) => [f.cell, f.message])).toEqual([[cell('measurements', 'indicator', 31), expect.stringContaining('ook in rij 31')]]);
});
