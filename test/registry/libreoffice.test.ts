// What we write must open outside Excel too: LibreOffice reads the demo registry, and a registry
// saved again by LibreOffice Calc is still a registry with its tables, names and dropdowns.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { columnValidation, registryNames } from '../../src/registry/layout';
import { registrySchema, tables } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
let demo: string;

beforeAll(async () => {
  demo = path.join(dir(), 'demo.xlsx');
  expect(await main(['node', 'beleidsregister', 'demo', demo], { out: () => undefined, err: () => undefined })).toBe(0);
});

test('LibreOffice converts the demo registry to PDF', async () => {
  const pdf = await sofficeConvert(demo, 'pdf', path.join(dir(), 'pdf'));
  expect(existsSync(pdf)).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
});

test('LibreOffice shows the demo values, decimals included', async () => {
  const html = readFileSync(await sofficeConvert(demo, 'html', path.join(dir(), 'html')), 'utf8');
  for (const text of ['Beleidsplan Geluid 2030', 'Geluidsdruk gevel', 'Stil asfalt Parkstraat', 'Afstand tot openbaar groen']) expect(html).toContain(text);
  expect(html).toMatch(/52[.,]1/);
});

test('a registry saved by LibreOffice Calc keeps every table, defined name and list validation', async () => {
  const saved = await sofficeConvert(demo, 'xlsx', path.join(dir(), 'calc'));
  const wb = await XlsxWorkbook.load(readFileSync(saved));
  const info = await wb.info();
  expect(await registryStatus(wb)).toMatchObject({ isRegistry: true, version: registrySchema.version, gemeente: { nis: '44021', naam: 'Gent' } });
  for (const spec of tables) {
    expect(info.tables.find((t) => t.name === spec.table)?.columns).toEqual(spec.columns.map((c) => c.caption));
    const rules = await wb.readColumnRules(spec.table, spec.columns.map((c) => c.caption));
    const lists = spec.columns.map(columnValidation).map((v) => (v.rule.type === 'list' ? v.rule : null));
    expect(rules.map((r) => (r.validation?.rule.type === 'list' ? r.validation.rule : null))).toEqual(lists);
  }
  expect(info.names).toMatchObject(registryNames(tables));
  const result = await initRegistry(wb);
  expect(result.added).toEqual({ sheets: [], tables: [], columns: [], names: [] });
});
