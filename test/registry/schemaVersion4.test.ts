// Schema version 4 (issue 16): Indicatoren got Rol, Status and Status sinds; Doelstellingen Status and
// Status sinds; BeoogdeUitvoeringen a Werkingsgebied. A version-3 registry is upgraded by init: every
// row stays, the new columns come at the end with their defaults in the rows already there, and the
// old default threshold min_frequentie = halfjaarlijks becomes jaarlijks.
import { checkRegistry } from '../../src/checks';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { SCHEMA_VERSION, registrySchema, type RegistrySchema } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const NEW_IN_4: Partial<Record<TableKey, string[]>> = { indicators: ['role', 'status', 'statusSince'], objectives: ['status', 'statusSince'], intendedExecutions: ['area'] };
const version3: RegistrySchema = {
  version: 3,
  tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => !NEW_IN_4[t.key]?.includes(c.key)) })),
};
const spec3 = (key: TableKey) => version3.tables.find((t) => t.key === key)!;
const captions3 = (key: TableKey) => spec3(key).columns.map((c) => c.caption);
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());
const row = (key: TableKey, values: Record<string, string>) => rowCells(spec3(key), captions3(key), values);

async function version3Registry(minFrequentie: string): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' }, version3);
  const [settings] = await wb.readTables(['tblInstellingen']);
  await wb.apply([
    { kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: settings.rows.findIndex((r) => r[0] === 'min_frequentie'), column: 'Waarde', value: minFrequentie }] },
    { kind: 'addColumns', table: 'tblIndicatoren', columns: ['Opmerking'] },
    {
      kind: 'appendRows',
      table: 'tblIndicatoren',
      rows: [
        [...row('indicators', { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', owner: 'Milieu' }), 'eigen kolom'],
        [...row('indicators', { id: 'IND-002', name: 'Slaapverstoorden', unit: '%' }), null],
      ],
    },
    { kind: 'appendRows', table: 'tblDoelstellingen', rows: [row('objectives', { code: 'BD1', level: 'beleidsdoelstelling', title: 'Gezond' })] },
    { kind: 'appendRows', table: 'tblBeoogdeUitvoeringen', rows: [row('intendedExecutions', { id: 'UIT-001', measure: 'MAA-001', rule: 'REG-001', description: 'x' })] },
  ]);
  return reload(wb);
}

test('the schema is at version 4, with Rol and the life cycle after Volgende update in Indicatoren, then the other version-4 columns', () => {
  expect(SCHEMA_VERSION).toBe(4);
  // Version 2 ended with Volgende update; version 4 appended Rol and the life cycle (part B), then
  // Beschikbaar na (part A) and Naar de raad (the report), each at the end where init puts it.
  expect(registrySchema.tables.find((t) => t.key === 'indicators')!.columns.map((c) => c.caption).slice(-6)).toEqual([
    'Volgende update',
    'Rol',
    'Status',
    'Status sinds',
    'Beschikbaar na',
    'Naar de raad',
  ]);
});

test('a version-3 registry upgrades to version 4: every row stays, the new columns get their defaults', async () => {
  let wb = await version3Registry('halfjaarlijks');
  expect(await registryStatus(wb)).toMatchObject({ version: 3, needsUpgrade: true });

  const result = await initRegistry(wb);
  expect(result).toMatchObject({ fromVersion: 3, toVersion: 4 });
  expect(result.added.columns).toEqual([
    ...['Rol', 'Status', 'Status sinds'].map((column) => ({ table: 'tblIndicatoren', column })),
    { table: 'tblBeoogdeUitvoeringen', column: 'Werkingsgebied' },
    ...['Status', 'Status sinds'].map((column) => ({ table: 'tblDoelstellingen', column })),
  ]);

  wb = await reload(wb);
  const [ind, obj, uit, settings] = await wb.readTables(['tblIndicatoren', 'tblDoelstellingen', 'tblBeoogdeUitvoeringen', 'tblInstellingen']);
  expect(ind.columns).toEqual([...captions3('indicators'), 'Opmerking', 'Rol', 'Status', 'Status sinds']);
  expect(ind.rows).toEqual([
    [...row('indicators', { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', owner: 'Milieu' }), 'eigen kolom', 'beleidsindicator', 'actief', null],
    [...row('indicators', { id: 'IND-002', name: 'Slaapverstoorden', unit: '%' }), null, 'beleidsindicator', 'actief', null],
  ]);
  expect(obj.rows).toEqual([[...row('objectives', { code: 'BD1', level: 'beleidsdoelstelling', title: 'Gezond' }), 'actief', null]]);
  expect(uit.rows).toEqual([[...row('intendedExecutions', { id: 'UIT-001', measure: 'MAA-001', rule: 'REG-001', description: 'x' }), null]]);
  expect(settings.rows.find((r) => r[0] === 'min_frequentie')?.[1]).toBe('jaarlijks');
  const [rol] = await wb.readColumnRules('tblIndicatoren', ['Rol']);
  expect(rol.validation?.rule).toEqual({ type: 'list', source: 'lst_RolIndicator' });
  expect(await registryStatus(wb)).toMatchObject({ version: 4, needsUpgrade: false });
  expect((await checkRegistry(wb)).findings.filter((f) => f.rule.startsWith('structuur.'))).toEqual([]);

  // Once more: nothing changes.
  const again = await initRegistry(wb);
  expect(again.added).toEqual({ sheets: [], tables: [], columns: [], names: [] });
});

test('a threshold the coordinator chose stays as it is', async () => {
  const wb = await version3Registry('tweejaarlijks');
  await initRegistry(wb);
  const [settings] = await (await reload(wb)).readTables(['tblInstellingen']);
  expect(settings.rows.find((r) => r[0] === 'min_frequentie')?.[1]).toBe('tweejaarlijks');
});
