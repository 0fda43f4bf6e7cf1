// Registries made by earlier releases of this project, not by today's code pretending to be old: each
// fixture under test/fixtures/registries/ is the `demo` of the last commit at that schema version,
// built from the git history (see the README there). Today's `init` upgrades each without losing a
// row or a value, and the result is a registry of today's version with a sound structure.
import { copyFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkRegistry } from '../../src/checks';
import { main } from '../../src/cli/main';
import { registryStatus } from '../../src/registry/init';
import { SCHEMA_VERSION } from '../../src/registry/schema';
import { settingSpecs } from '../../src/registry/settings';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useTempDir } from '../helpers/tempDir';
import { NOW } from '../norms/helpers';

const FIXTURES = path.join(__dirname, '../fixtures/registries');
const dir = useTempDir();

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => ({ file: f, version: Number(/^schema-(\d+)-/.exec(f)![1]) }));

test('there is a registry of every schema version up to today’s', () => {
  expect(fixtures.map((f) => f.version).sort()).toEqual(expect.arrayContaining(Array.from({ length: Math.min(SCHEMA_VERSION, 4) }, (_, i) => i + 1)));
});

/** Every table's rows, as caption → value, by table name. */
async function tablesOf(wb: XlsxWorkbook): Promise<Map<string, Record<string, unknown>[]>> {
  const info = await wb.info();
  const tables = await wb.readTables(info.tables.map((t) => t.name));
  return new Map(tables.map((t) => [t.table, t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])))]));
}

/** A settings row whose value is a default that proved wrong, as init leaves it: with today's default. */
function replacedDefault(row: Record<string, unknown>): Record<string, unknown> {
  const spec = settingSpecs.find((s) => s.replaces !== undefined && s.key === row.Instelling && s.replaces === row.Waarde);
  return spec ? { ...row, Waarde: spec.default } : row;
}

test.each(fixtures)('$file (schema version $version) is upgraded by init without losing a row', async ({ file, version }) => {
  const target = path.join(dir(), file);
  copyFileSync(path.join(FIXTURES, file), target);
  const old = await XlsxWorkbook.load(await readFile(target));
  expect(await registryStatus(old)).toMatchObject({ isRegistry: true, version, needsUpgrade: version < SCHEMA_VERSION });
  const before = await tablesOf(old);
  expect(before.get('tblMetingen')!.length).toBeGreaterThan(0);

  let out = '';
  const code = await main(['node', 'beleidsregister', 'init', target], { out: (t) => (out += t), err: (t) => (out += t) });
  expect({ code, out }).toEqual({ code: 0, out: version < SCHEMA_VERSION ? expect.stringContaining(`bijgewerkt van schemaversie ${version} naar ${SCHEMA_VERSION}`) : expect.any(String) });

  const upgraded = await XlsxWorkbook.load(await readFile(target));
  expect(await registryStatus(upgraded)).toMatchObject({ isRegistry: true, version: SCHEMA_VERSION, needsUpgrade: false });
  const after = await tablesOf(upgraded);
  for (const [table, rows] of before) {
    // Every row stays, in its place, with every value it had under the same caption; only the
    // schema version setting says the new version, and a setting still at a default that proved
    // wrong gets today's default (min_frequentie halfjaarlijks → jaarlijks, schema version 4).
    // Rows may be added after them (new settings).
    const expected = rows.map((r) => (r.Instelling === 'schemaversie' ? { ...r, Waarde: String(SCHEMA_VERSION) } : replacedDefault(r)));
    const kept = after.get(table)!.slice(0, rows.length).map((row, i) => Object.fromEntries(Object.keys(rows[i]).map((c) => [c, row[c]])));
    expect({ table, rows: kept }).toEqual({ table, rows: expected });
  }
  const structure = (await checkRegistry(upgraded, { now: NOW })).findings.filter((f) => f.rule.startsWith('structuur.') || f.rule.startsWith('instelling.'));
  expect(structure).toEqual([]);
});
