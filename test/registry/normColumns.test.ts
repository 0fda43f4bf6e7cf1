// The columns issue 16 adds for Toets aan normen (Vervangt on Normen, Beschikbaar na on Indicatoren,
// Toelichting toets on Metingen) reach a registry made before them: init adds them at the end of
// their tables, keeps every row, and flag then writes its explanation there. The renamed columns of
// BeoogdeEffecten keep their old header and are still recognised.
import { flagRegistry } from '../../src/norms';
import { initRegistry } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { registrySchema, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const NEW = { norms: 'Vervangt', indicators: 'Beschikbaar na', measurements: 'Toelichting toets' } as Record<string, string>;
/** Version 3 as it was: without the new columns, and with BeoogdeEffecten's captions before issue 16 §6 renamed them. */
const version3: RegistrySchema = {
  version: 3,
  tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => c.caption !== NEW[t.key]).map((c) => ({ ...c, caption: c.formerCaptions?.[0] ?? c.caption })) })),
};
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());
const old = (key: string) => version3.tables.find((t) => t.key === key)!;

test('a version-3 registry gets Vervangt, Beschikbaar na and Toelichting toets, and keeps its rows', async () => {
  let wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' }, version3);
  const captions = (key: string) => old(key).columns.map((c) => c.caption);
  const rows = {
    tblIndicatoren: rowCells(tableSpec('indicators'), captions('indicators'), { id: 'IND-001', name: 'Geluid', unit: 'dB(A)', frequency: 'jaarlijks' }),
    tblNormen: rowCells(tableSpec('norms'), captions('norms'), { id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB(A)', area: '44021' }),
    tblMetingen: rowCells(tableSpec('measurements'), captions('measurements'), { indicator: 'IND-001', area: '44021', period: '2025', value: 49.1, unit: 'dB(A)' }),
  };
  await wb.apply(Object.entries(rows).map(([table, row]) => ({ kind: 'appendRows' as const, table, rows: [row] })));
  wb = await reload(wb);
  for (const [key, caption] of Object.entries(NEW)) expect((await wb.info()).tables.find((t) => t.name === tableSpec(key as 'norms').table)?.columns).not.toContain(caption);

  const result = await initRegistry(wb);
  expect(result.added.columns).toEqual(
    expect.arrayContaining([
      { table: 'tblIndicatoren', column: 'Beschikbaar na' },
      { table: 'tblNormen', column: 'Vervangt' },
      { table: 'tblMetingen', column: 'Toelichting toets' },
    ]),
  );
  wb = await reload(wb);
  const tables = await wb.readTables(Object.keys(rows));
  for (const [i, key] of ['indicators', 'norms', 'measurements'].entries()) {
    expect(tables[i].columns.at(-1)).toBe(NEW[key]);
    expect(tables[i].rows).toEqual([[...Object.values(rows)[i], null]]);
  }

  expect(result.added.columns.filter((c) => c.table === 'tblBeoogdeEffecten')).toEqual([]);
  const [effects] = await wb.readTables(['tblBeoogdeEffecten']);
  expect(effects.columns.slice(-2)).toEqual(['Gemeten effect', 'Beoogd en gemeten']);

  const flagged = await flagRegistry(wb, { now: new Date('2026-11-23T12:00:00Z') });
  expect(flagged.measurements).toEqual([expect.objectContaining({ status: 'deviation', norm: 'NRM-001' })]);
  const [after] = await (await reload(wb)).readTables(['tblMetingen']);
  expect(after.rows[0].at(-1)).toMatch(/^49,1 dB\(A\) ligt boven de norm max\. 48 dB\(A\) \(NRM-001/);
});
