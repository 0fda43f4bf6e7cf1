// The registry's operations on the Office.js adapter: their round trips to Excel must not grow with
// the number of rows (only payload chunks of large transfers may add syncs).
import { checkRegistry } from '../../../src/checks';
import { writeDemo } from '../../../src/registry/demo';
import { initRegistry } from '../../../src/registry/init';
import { tableSpec } from '../../../src/registry/schema';
import { ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import { FakeExcel } from './fakeExcel';
import { syncsOf as syncs } from './syncsOf';

/** A demo registry on the fake with `extra` more measurement rows. */
async function registry(extra: number) {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeDemo(wb);
  const spec = tableSpec('measurements');
  const row = (i: number) => spec.columns.map((c) => ({ indicator: 'IND-003', area: '44021', period: String(1000 + (i % 1000)), dimension: `d${i}`, value: i / 10, unit: 'km' })[c.key as 'indicator'] ?? null);
  if (extra) await wb.apply([{ kind: 'appendRows', table: spec.table, rows: Array.from({ length: extra }, (_, i) => row(i)) }]);
  return { fake, wb };
}

test('init costs the same syncs on a registry of the demo size and one with 10,000 more measurements', async () => {
  const small = await registry(0);
  const large = await registry(10_000);
  const few = await syncs(small.fake, small.wb, () => initRegistry(small.wb));
  const many = await syncs(large.fake, large.wb, () => initRegistry(large.wb));
  expect(many).toEqual({ fixed: few.fixed, chunks: 0 });
  // info (2), reading the settings (3), one apply (3).
  expect(few.fixed).toBe(8);
});

test('init on an empty workbook skips only the settings read', async () => {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  expect(await syncs(fake, wb, () => initRegistry(wb, { gemeente: '44021' }))).toEqual({ fixed: 5, chunks: 0 });
});

test('a full check of 100 or 10,000 measurements uses the same syncs apart from read chunks', async () => {
  const small = await registry(100);
  const large = await registry(10_000);
  const few = await syncs(small.fake, small.wb, () => checkRegistry(small.wb));
  const many = await syncs(large.fake, large.wb, () => checkRegistry(large.wb));
  expect(many.fixed).toBe(few.fixed);
  expect(few.fixed).toBeLessThanOrEqual(8);
});
