import { UserError } from '../../src/errors';
import { writeDemo } from '../../src/registry/demo';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { openRegistry } from '../../src/registry/read';
import { columnValidation, registryNames, rowCells } from '../../src/registry/layout';
import { enums, registrySchema, tables, type RegistrySchema } from '../../src/registry/schema';
import { START_SHEET } from '../../src/registry/startSheet';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';

const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return reload(wb);
}

describe('init on an empty workbook', () => {
  let wb: XlsxWorkbook;
  beforeAll(async () => {
    wb = XlsxWorkbook.create();
    const result = await initRegistry(wb, { gemeente: '44021' });
    expect(result).toMatchObject({ created: true, fromVersion: null, toVersion: registrySchema.version, findings: [] });
    wb = await reload(wb);
  });

  test('lays out every table of the schema on its own sheet with the schema columns', async () => {
    const info = await wb.info();
    for (const spec of tables) {
      expect(info.tables.find((t) => t.name === spec.table)).toMatchObject({ sheet: spec.sheet, columns: spec.columns.map((c) => c.caption) });
    }
    expect(info.sheets.find((s) => s.name === 'Systeem')?.visibility).toBe('hidden');
    expect(info.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual([START_SHEET, ...tables.map((t) => t.sheet)]);
  });

  test('dropdowns point at defined names, and every column has input help', async () => {
    const info = await wb.info();
    expect(info.names).toEqual(registryNames(tables));
    for (const spec of tables) {
      const rules = await wb.readColumnRules(spec.table, spec.columns.map((c) => c.caption));
      expect(rules.map((r) => r.validation)).toEqual(spec.columns.map(columnValidation));
    }
  });

  test('the fixed lists behind the names hold the schema values', async () => {
    const names = (await wb.info()).names;
    const operator = names.lst_Operator.replace(/^Systeem!/, '').replace(/\$/g, '');
    expect((await wb.readRange('Systeem', operator)).flat()).toEqual(enums.operator.values);
  });

  test('the choice lists start with their defaults, and the areas with the municipality and its benchmarks', async () => {
    const [areas, themes] = await wb.readTables(['tblWerkingsgebieden', 'tblThemas']);
    expect(areas.rows).toEqual([
      ['2000', 'Vlaams Gewest', 'gewest', '2000', null],
      ['40000', 'Provincie Oost-Vlaanderen', 'provincie', '40000', '2000'],
      ['44021', 'Gent', 'gemeente', '44021', '40000'],
    ]);
    expect(themes.rows).toHaveLength(15);
    expect(await registryStatus(wb)).toEqual({ isRegistry: true, version: registrySchema.version, currentVersion: registrySchema.version, needsUpgrade: false, gemeente: { nis: '44021', naam: 'Gent' } });
  });
});

describe('init is idempotent and keeps what users entered', () => {
  test('a second init of the demo registry changes nothing', async () => {
    const wb = await demo();
    const before = await snapshot(wb);
    const result = await initRegistry(wb);
    expect(result.added).toEqual({ sheets: [], tables: [], columns: [], names: [] });
    expect(await snapshot(await reload(wb))).toEqual(before);
  });

  test('user sheets, user columns and user rows stay where they are', async () => {
    const wb = await demo();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Mijn notities' },
      { kind: 'writeRange', sheet: 'Mijn notities', at: 'B2', values: [['niet aankomen']] },
      { kind: 'addColumns', table: 'tblNormen', columns: ['Intern nummer'] },
      { kind: 'updateCells', table: 'tblNormen', cells: [{ row: 0, column: 'Intern nummer', value: 'GL-17' }] },
      { kind: 'appendRows', table: 'tblThemas', rows: [['Erfgoed', null]] },
    ]);
    const before = await snapshot(await reload(wb));
    await initRegistry(wb);
    const after = await snapshot(await reload(wb));
    expect(after).toEqual(before);
    expect(after.info.tables.find((t) => t.name === 'tblNormen')?.columns.at(-1)).toBe('Intern nummer');
  });
});

describe('upgrading a registry made by an older version', () => {
  // The older version had no Schaal column on Indicatoren and no Leefomgeving list.
  const older: RegistrySchema = {
    version: 1,
    tables: registrySchema.tables
      .filter((t) => t.key !== 'livingEnvironment')
      .map((t) => ({ ...t, columns: t.columns.filter((c) => !(t.key === 'indicators' && c.key === 'scale')).map((c) => (c.ref === 'livingEnvironment' ? { ...c, ref: undefined } : c)) })),
  };
  const newer: RegistrySchema = { version: 2, tables: registrySchema.tables };

  test('adds the missing column and list, keeps the user column and every row, and records the new version', async () => {
    let wb = XlsxWorkbook.create();
    await initRegistry(wb, { gemeente: '11002' }, older);
    const oldIndicators = older.tables.find((t) => t.key === 'indicators')!;
    const row = { id: 'IND-001', name: 'Mediaanprijs huizen', unit: 'euro', theme: 'Wonen en woonomgeving', source: 'Gemeente-Stadsmonitor', sourceCode: 'WO_07', frequency: 'jaarlijks' };
    const oldHeaders = [...oldIndicators.columns.map((c) => c.caption), 'Opmerking coördinator'];
    await wb.apply([
      { kind: 'addColumns', table: 'tblIndicatoren', columns: ['Opmerking coördinator'] },
      { kind: 'appendRows', table: 'tblIndicatoren', rows: [[...rowCells(oldIndicators, oldHeaders, row).slice(0, -1), 'nakijken']] },
    ]);
    wb = await reload(wb);
    expect(await registryStatus(wb, newer)).toMatchObject({ isRegistry: true, version: 1, needsUpgrade: true });

    const result = await initRegistry(wb, {}, newer);
    expect(result).toMatchObject({ created: false, fromVersion: 1, toVersion: 2 });
    expect(result.added.columns).toEqual([{ table: 'tblIndicatoren', column: 'Schaal' }]);
    expect(result.added.tables).toEqual(['tblLeefomgeving']);
    expect(result.added.names).toEqual(['lst_Leefomgeving']);

    wb = await reload(wb);
    const [indicators] = await wb.readTables(['tblIndicatoren']);
    expect(indicators.columns).toEqual([...oldHeaders, 'Schaal']);
    expect(indicators.rows).toEqual([[...rowCells(oldIndicators, oldHeaders, row).slice(0, -1), 'nakijken', null]]);
    const [scale, userColumn] = await wb.readColumnRules('tblIndicatoren', ['Schaal', 'Opmerking coördinator']);
    expect(scale.validation?.prompt?.title).toBe('Schaal');
    expect(userColumn.validation).toBeNull();
    const [leefomgeving] = await wb.readColumnRules('tblNormen', ['Leefomgeving']);
    expect(leefomgeving.validation?.rule).toEqual({ type: 'list', source: 'lst_Leefomgeving' });
    expect(await registryStatus(wb, newer)).toMatchObject({ version: 2, needsUpgrade: false, gemeente: { nis: '11002', naam: 'Antwerpen' } });
  });
});

describe('what init refuses or reports', () => {
  test.each([
    ['an unknown municipality', { gemeente: '99999' }, /99999 is geen NIS-code/],
    ['another municipality than the registry has', { gemeente: '11002' }, /hoort bij gemeente Gent \(44021\)/],
  ])('%s is refused and nothing changes', async (_, options, message) => {
    const wb = await demo();
    const before = await snapshot(wb);
    await expect(initRegistry(wb, options)).rejects.toThrow(message);
    await expect(initRegistry(wb, options)).rejects.toBeInstanceOf(UserError);
    expect(await snapshot(wb)).toEqual(before);
  });

  test('a registry of a newer version is refused, in the words every operation uses', async () => {
    const wb = await demo();
    const older = { ...registrySchema, version: 0 };
    const refusal = await initRegistry(wb, {}, older).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'newer-version', message: expect.stringMatching(/nieuwere versie van Beleidsregister/) });
    await expect(openRegistry(wb, { schema: older })).rejects.toThrow((refusal as Error).message);
  });

  test('reads the settings as the operations do: a key typed with capitals and spaces is still the setting', async () => {
    const wb = XlsxWorkbook.create();
    await initRegistry(wb, { gemeente: '44021' }, { ...registrySchema, version: 1 });
    const [settings] = await wb.readTables(['tblInstellingen']);
    const at = settings.rows.findIndex((r) => r[0] === 'schemaversie');
    await wb.apply([{ kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: at, column: 'Instelling', value: ' Schemaversie ' }] }]);
    const result = await initRegistry(wb);
    expect(result).toMatchObject({ created: false, fromVersion: 1 });
    const [after] = await wb.readTables(['tblInstellingen']);
    expect(after.rows.filter((r) => String(r[0]).trim().toLowerCase() === 'schemaversie')).toEqual([[' Schemaversie ', String(registrySchema.version), expect.any(String)]]);
    expect(await registryStatus(wb)).toMatchObject({ version: registrySchema.version, needsUpgrade: false });
  });

  test('a sheet that lost its table is reported and left alone; the rest is laid out', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Normen' },
      { kind: 'writeRange', sheet: 'Normen', at: 'A1', values: [['ID', 'Indicator'], ['NRM-001', 'IND-001']] },
    ]);
    const result = await initRegistry(wb);
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'structuur.tabel-ontbreekt', sheet: 'Normen', message: expect.stringContaining('bevat geen tabel tblNormen') }),
    ]);
    const info = await wb.info();
    expect(info.tables.map((t) => t.name)).not.toContain('tblNormen');
    expect(info.tables.map((t) => t.name)).toContain('tblIndicatoren');
    expect(info.names).not.toHaveProperty('lst_Normen');
    expect(await wb.readRange('Normen', 'A2:B2')).toEqual([['NRM-001', 'IND-001']]);
    const [target] = await wb.readColumnRules('tblBeoogdeEffecten', ['Norm']);
    expect(target.validation?.rule).toEqual({ type: 'any' });
  });
});
