// Schema version 4 (issue 16): Indicatoren got Rol, Status and Status sinds; Doelstellingen Status and
// Status sinds; BeoogdeUitvoeringen a Werkingsgebied; and more (below). A real version-3 registry (the
// demo of the last version-3 commit) is upgraded by init: every row stays, the new columns come at
// the end with their defaults in the rows already there, and the old default threshold
// min_frequentie = halfjaarlijks becomes jaarlijks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRegistry } from '../../src/checks';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { SCHEMA_VERSION, registrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { NOW } from '../norms/helpers';

/** The demo registry of the last commit at schema version 3, from the history (test/fixtures/registries). */
const VERSION_3 = path.join(__dirname, '../fixtures/registries/schema-3-demo.xlsx');
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());
/** The rows of each table as caption → value. */
async function tables(wb: XlsxWorkbook, names: string[]): Promise<Record<string, Record<string, unknown>[]>> {
  const read = await wb.readTables(names);
  return Object.fromEntries(read.map((t) => [t.table, t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])))]));
}

/** That version-3 registry, with min_frequentie set and a column of the user's own in Indicatoren. */
async function version3Registry(minFrequentie: string): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.load(readFileSync(VERSION_3));
  const [settings, ind] = await wb.readTables(['tblInstellingen', 'tblIndicatoren']);
  await wb.apply([
    { kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: settings.rows.findIndex((r) => r[0] === 'min_frequentie'), column: 'Waarde', value: minFrequentie }] },
    { kind: 'addColumns', table: 'tblIndicatoren', columns: ['Opmerking'] },
    { kind: 'updateCells', table: 'tblIndicatoren', cells: ind.rows.map((_, row) => ({ row, column: 'Opmerking', value: `eigen ${row + 1}` })) },
  ]);
  return reload(wb);
}

test('the schema is past version 4, with Rol and the life cycle after Volgende update in Indicatoren, then the other version-4 columns', () => {
  // Version 5 added the progress of actions and measures (issue 19 §3) to Doelstellingen and Maatregelen.
  expect(SCHEMA_VERSION).toBe(5);
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

test('a version-3 registry upgrades to version 4 and 5: every row stays, the new columns get their defaults', async () => {
  let wb = await version3Registry('halfjaarlijks');
  expect(await registryStatus(wb)).toMatchObject({ version: 3, needsUpgrade: true });
  const TABLES = ['tblIndicatoren', 'tblDoelstellingen', 'tblBeoogdeUitvoeringen', 'tblNormen', 'tblMetingen'];
  const before = await tables(wb, TABLES);
  expect(before.tblIndicatoren.length).toBeGreaterThan(0);
  expect(before.tblDoelstellingen.length).toBeGreaterThan(0);
  expect(before.tblBeoogdeUitvoeringen.length).toBeGreaterThan(0);

  const result = await initRegistry(wb);
  expect(result).toMatchObject({ fromVersion: 3, toVersion: 5 });
  // What versions 4 and 5 added, as the upgrade of a real version-3 registry finds it.
  expect(result.added).toEqual({
    sheets: ['Start', 'Opvolging'],
    tables: ['tblOpvolging'],
    columns: [
      ...['Rol', 'Status', 'Status sinds', 'Beschikbaar na', 'Naar de raad'].map((column) => ({ table: 'tblIndicatoren', column })),
      { table: 'tblNormen', column: 'Vervangt' },
      // Version 5: the progress an owner reports in a round (issue 19 §3).
      ...['Realisatie (%)', 'Toelichting voortgang', 'Voortgang van'].map((column) => ({ table: 'tblMaatregelen', column })),
      { table: 'tblBeoogdeUitvoeringen', column: 'Werkingsgebied' },
      ...['Status', 'Status sinds', 'Voortgang', 'Realisatie (%)', 'Toelichting voortgang', 'Voortgang van'].map((column) => ({ table: 'tblDoelstellingen', column })),
      { table: 'tblMetingen', column: 'Toelichting toets' },
    ],
    names: ['lst_RolIndicator', 'lst_StatusLevensloop', 'lst_StatusOpvolging'],
  });

  wb = await reload(wb);
  const after = await tables(wb, TABLES);
  const [ind] = await wb.readTables(['tblIndicatoren']);
  const captions = registrySchema.tables.find((t) => t.key === 'indicators')!.columns.map((c) => c.caption);
  // The user's own column stays where it was, before the columns init appends.
  expect(ind.columns).toEqual([...Object.keys(before.tblIndicatoren[0]), 'Rol', 'Status', 'Status sinds', 'Beschikbaar na', 'Naar de raad']);
  expect(ind.columns.filter((c) => c !== 'Opmerking').sort()).toEqual([...captions].sort());
  // Every row keeps every value; the new columns hold their defaults: active policy indicators.
  for (const table of TABLES) {
    expect({ table, rows: after[table].map((r, i) => Object.fromEntries(Object.keys(before[table][i]).map((c) => [c, r[c]]))) }).toEqual({ table, rows: before[table] });
  }
  expect(after.tblIndicatoren.map((r) => [r.Rol, r.Status, r['Status sinds']])).toEqual(before.tblIndicatoren.map(() => ['beleidsindicator', 'actief', null]));
  expect(after.tblDoelstellingen.map((r) => [r.Status, r['Status sinds']])).toEqual(before.tblDoelstellingen.map(() => ['actief', null]));
  expect(after.tblBeoogdeUitvoeringen.map((r) => r.Werkingsgebied)).toEqual(before.tblBeoogdeUitvoeringen.map(() => null));
  const [settings] = await wb.readTables(['tblInstellingen']);
  expect(settings.rows.find((r) => r[0] === 'min_frequentie')?.[1]).toBe('jaarlijks');
  const [rol] = await wb.readColumnRules('tblIndicatoren', ['Rol']);
  expect(rol.validation?.rule).toEqual({ type: 'list', source: 'lst_RolIndicator' });
  expect(await registryStatus(wb)).toMatchObject({ version: SCHEMA_VERSION, needsUpgrade: false });
  expect((await checkRegistry(wb, { now: NOW })).findings.filter((f) => f.rule.startsWith('structuur.'))).toEqual([]);

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
