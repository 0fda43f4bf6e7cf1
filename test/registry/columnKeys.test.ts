// Column keys are types (issue 18 §1): each table of the schema carries its column keys as a literal
// union, so reading a row by a key its table does not have fails to compile. `npx tsc --noEmit`
// (which covers test/) proves it: every @ts-expect-error line below is itself an error when the line
// compiles. At run time the same reads go to the demo registry.
import { writeDemo } from '../../src/registry/demo';
import { rowKeyOf } from '../../src/registry/keys';
import { openRegistry } from '../../src/registry/read';
import { captionOf, tableSpec, type ColumnKey } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

test('a row of Metingen is read by the keys of Metingen only', async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  const data = await openRegistry(wb);
  const row = data.tables.get('measurements')!.rows[0];
  expect(row.text('indicator')).toMatch(/^IND-\d{3}$/);
  expect(row.at('dimension').column).toBe('Dimensie');

  // @ts-expect-error the Dutch caption is no key: Dimensie is `dimension` in code
  expect(row.text('dimensie')).toBe('');
  // @ts-expect-error a column of Indicatoren, not of Metingen
  expect(row.blank('frequency')).toBe(true);

  // Code that serves several tables (a TableKey variable) reads by any key, as before.
  const firstName = (table: TableKey) => data.tables.get(table)!.rows[0].text('name');
  expect(firstName('indicators')).toBe('Geluidsdruk gevel');
});

test('the schema’s helpers take the keys of the table they name', () => {
  expect(captionOf('measurements', 'area')).toBe('Gebied');
  // @ts-expect-error `area` is the key; Gebied is its caption
  expect(() => captionOf('measurements', 'gebied')).toThrow(/Onbekende kolom gebied/);

  const nis: ColumnKey<'areas'> = 'nis';
  // @ts-expect-error no column nisCode in Werkingsgebieden
  const misspelt: ColumnKey<'areas'> = 'nisCode';
  expect([nis, misspelt]).toHaveLength(2);

  const key = rowKeyOf(tableSpec('followUps'));
  const values: Record<ColumnKey<'followUps'>, string | null> = { indicator: 'IND-001', area: '44021', period: '2026-S1', deviation: null, decision: 'Extra metingen', by: null, due: null, status: 'open' };
  expect(key((k) => values[k])).toBe(key((k) => (k === 'period' ? '2026S1' : values[k])));
  // @ts-expect-error the key of a row of Opvolging is read by Opvolging's keys
  key((k: 'dimension') => values[k]);
});
