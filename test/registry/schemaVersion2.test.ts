// Schema version 2 (issue 4, monitor import): Indicatoren got Volgende update, Metingen got Bestand
// and Bronwaarde. A version-1 registry is upgraded by init and keeps every row it had. (Later
// versions add more; these tests only look at what version 2 brought.)
import { initRegistry, registryStatus } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { SCHEMA_VERSION, registrySchema, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const NEW_IN_2 = ['nextUpdate', 'file', 'sourceValue'];
// Columns of later versions are left out, so this test stays about the step from 1 to 2.
const LATER = ['normId', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale', 'measuredEffect', 'measuredComparison'];
const LATER_BY_TABLE = new Set(['indicators.role', 'indicators.status', 'indicators.statusSince', 'objectives.status', 'objectives.statusSince', 'intendedExecutions.area']);
const without = (version: number, keys: string[]): RegistrySchema => ({
  version,
  tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => !keys.includes(c.key) && !LATER_BY_TABLE.has(`${t.key}.${c.key}`)) })),
});
const version1 = without(1, [...NEW_IN_2, ...LATER]);
const version2 = without(2, LATER);
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());

test('the schema is at version 2 or later, with the columns of version 2', () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  expect(tableSpec('indicators').columns.map((c) => c.caption)).toContain('Volgende update');
  expect(tableSpec('measurements').columns.map((c) => c.caption)).toEqual(expect.arrayContaining(['Bestand', 'Bronwaarde']));
});

test('a version-1 registry upgrades: the columns of version 2 are added at the end and every row stays', async () => {
  let wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' }, version1);
  const [indicators, measurements] = [version1.tables.find((t) => t.key === 'indicators')!, version1.tables.find((t) => t.key === 'measurements')!];
  const captions = (spec: typeof indicators) => spec.columns.map((c) => c.caption);
  await wb.apply([
    { kind: 'appendRows', table: 'tblIndicatoren', rows: [rowCells(indicators, captions(indicators), { id: 'IND-001', name: 'Mediaanprijs huizen', unit: 'euro', sourceCode: 'WO_07' })] },
    {
      kind: 'appendRows',
      table: 'tblMetingen',
      rows: [rowCells(measurements, captions(measurements), { indicator: 'IND-001', area: '44021', period: '2023', dimension: 'Alle huizen', value: 310000, unit: 'euro', source: 'Gemeente-Stadsmonitor' })],
    },
  ]);
  wb = await reload(wb);
  expect(await registryStatus(wb, version2)).toMatchObject({ version: 1, needsUpgrade: true });

  const result = await initRegistry(wb, {}, version2);
  expect(result).toMatchObject({ fromVersion: 1, toVersion: 2 });
  expect(result.added.columns).toEqual([
    { table: 'tblIndicatoren', column: 'Volgende update' },
    { table: 'tblMetingen', column: 'Bestand' },
    { table: 'tblMetingen', column: 'Bronwaarde' },
  ]);

  wb = await reload(wb);
  const [ind, met] = await wb.readTables(['tblIndicatoren', 'tblMetingen']);
  expect(ind.columns).toEqual([...captions(indicators), 'Volgende update']);
  expect(met.columns).toEqual([...captions(measurements), 'Bestand', 'Bronwaarde']);
  expect(ind.rows).toEqual([[...rowCells(indicators, captions(indicators), { id: 'IND-001', name: 'Mediaanprijs huizen', unit: 'euro', sourceCode: 'WO_07' }), null]]);
  const row = Object.fromEntries(met.columns.map((c, i) => [c, met.rows[0][i]]));
  expect(met.rows).toHaveLength(1);
  expect(row).toMatchObject({ Indicator: 'IND-001', Gebied: '44021', Periode: '2023', Dimensie: 'Alle huizen', Waarde: 310000, Eenheid: 'euro', Bron: 'Gemeente-Stadsmonitor', Bestand: null, Bronwaarde: null });
  const [bron] = await wb.readColumnRules('tblMetingen', ['Bronwaarde']);
  expect(bron.validation?.prompt?.message).toMatch(/^De waarde zoals de import ze uit het bestand las/);
  expect(await registryStatus(wb, version2)).toMatchObject({ version: 2, needsUpgrade: false });
});
