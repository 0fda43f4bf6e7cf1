// Schema version 3 (issue 5, Toets aan normen): Metingen got the columns of the test written beside
// each value (Norm (ID), Operator, Normwaarde, Bovengrens, Referentiewaarde, Schaal), BeoogdeEffecten
// the measured effect. A version-2 registry is upgraded by init and keeps every row it had.
import { flagRegistry } from '../../src/norms';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { SCHEMA_VERSION, registrySchema, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const NEW_IN_3 = ['normId', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale', 'measuredEffect', 'measuredComparison'];
// Columns of later versions are left out, so this test stays about the step from 2 to 3.
const LATER = new Set(['indicators.role', 'indicators.status', 'indicators.statusSince', 'objectives.status', 'objectives.statusSince', 'intendedExecutions.area']);
const without = (version: number, keys: string[]): RegistrySchema => ({
  version,
  tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => !keys.includes(c.key) && !LATER.has(`${t.key}.${c.key}`)) })),
});
const version2 = without(2, NEW_IN_3);
const version3 = without(3, []);
const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());
const captionsOf = (schema: RegistrySchema, key: string) => schema.tables.find((t) => t.key === key)!.columns.map((c) => c.caption);

test('the schema is at version 3 or later, with the flag columns at the end of Metingen', () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
  // Toelichting toets (issue 16) comes after them.
  expect(tableSpec('measurements').columns.map((c) => c.caption).slice(-7, -1)).toEqual(['Norm (ID)', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal']);
  // Renamed by issue 16 §6 (the change in the area is not the measure's effect); the old captions still count.
  expect(tableSpec('intendedEffects').columns.map((c) => c.caption).slice(-2)).toEqual(['Verandering in het gebied sinds de start', 'Beoogd effect en verandering']);
  for (const spec of registrySchema.tables) for (const c of spec.columns) expect(c.help.length).toBeLessThanOrEqual(255);
});

test('a version-2 registry upgrades to version 3: the new columns are added at the end and every row stays', async () => {
  let wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' }, version2);
  const [measurements, effects] = [version2.tables.find((t) => t.key === 'measurements')!, version2.tables.find((t) => t.key === 'intendedEffects')!];
  const measurement = { indicator: 'IND-001', area: '44021', period: '2025-S2', value: 49.1, unit: 'dB(A)', source: 'meetnet', status: 'oud', comment: 'met de hand', file: 'x.csv', sourceValue: 49.1 };
  await wb.apply([
    { kind: 'appendRows', table: 'tblIndicatoren', rows: [rowCells(tableSpec('indicators'), captionsOf(version2, 'indicators'), { id: 'IND-001', name: 'Geluid', unit: 'dB(A)' })] },
    { kind: 'addColumns', table: 'tblMetingen', columns: ['Opmerking'] },
    { kind: 'appendRows', table: 'tblMetingen', rows: [[...rowCells(measurements, captionsOf(version2, 'measurements'), measurement), 'eigen kolom']] },
    { kind: 'appendRows', table: 'tblBeoogdeEffecten', rows: [rowCells(effects, captionsOf(version2, 'intendedEffects'), { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -3 })] },
  ]);
  wb = await reload(wb);
  expect(await registryStatus(wb, version3)).toMatchObject({ version: 2, needsUpgrade: true });

  const result = await initRegistry(wb, {}, version3);
  expect(result).toMatchObject({ fromVersion: 2, toVersion: 3 });
  expect(result.added.columns).toEqual([
    ...['Verandering in het gebied sinds de start', 'Beoogd effect en verandering'].map((column) => ({ table: 'tblBeoogdeEffecten', column })),
    ...['Norm (ID)', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'].map((column) => ({ table: 'tblMetingen', column })),
  ]);

  wb = await reload(wb);
  const [met, eff] = await wb.readTables(['tblMetingen', 'tblBeoogdeEffecten']);
  expect(met.columns).toEqual([...captionsOf(version2, 'measurements'), 'Opmerking', 'Norm (ID)', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal']);
  expect(met.rows).toEqual([[...rowCells(measurements, captionsOf(version2, 'measurements'), measurement), 'eigen kolom', null, null, null, null, null, null]]);
  expect(eff.rows).toEqual([[...rowCells(effects, captionsOf(version2, 'intendedEffects'), { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -3 }), null, null]]);
  const [normwaarde] = await wb.readColumnRules('tblMetingen', ['Normwaarde']);
  expect(normwaarde.validation?.prompt?.message).toMatch(/Wordt ingevuld door Toets aan normen; niet zelf invullen\.$/);
  expect(await registryStatus(wb, version3)).toMatchObject({ version: 3, needsUpgrade: false });

  // Flag works on the registry upgraded to the current version, with the user's column in between.
  await initRegistry(wb);
  const flagged = await flagRegistry(wb, { now: new Date('2026-11-23T12:00:00Z') });
  expect(flagged.measurements).toEqual([expect.objectContaining({ row: 2, status: 'no_norm' })]);
  const [after] = await wb.readTables(['tblMetingen']);
  expect(after.rows[0].slice(-7)).toEqual(['eigen kolom', null, null, null, null, null, null]);
  expect(after.rows[0][after.columns.indexOf('Status')]).toBe('Geen norm');
});
