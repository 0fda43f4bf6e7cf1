// Toets aan normen on the Office.js adapter (recording fake): the syncs do not grow with the number
// of measurements (only payload chunks do), and the colours are conditional formats on whole
// columns of the table, never formats set cell by cell.
import { flagRegistry } from '../../src/norms';
import { syncsOf } from '../workbook/excel/syncsOf';
import { NOW, demoOnFake } from './helpers';

async function flagTwice(extra: number) {
  const { fake, wb, rows } = await demoOnFake(extra);
  const first = await syncsOf(fake, wb, () => flagRegistry(wb, { now: NOW }));
  // A second run rewrites nothing but still reads the notes it set.
  const again = await syncsOf(fake, wb, () => flagRegistry(wb, { now: NOW }));
  return { fake, first, again, rows };
}

test('flagging 1,000 or 20,000 measurements costs the same syncs apart from payload chunks, colours on whole columns', async () => {
  const small = await flagTwice(1_000);
  const large = await flagTwice(20_000);
  // openRegistry (info 2, tables 3), notes of the flagged values (2), one apply (3).
  expect(small.first).toEqual({ fixed: 10, chunks: 0 });
  expect(large.first.fixed).toBe(small.first.fixed);
  expect(large.again.fixed).toBe(small.again.fixed);
  for (const sync of large.fake.syncs) expect(sync.requestBytes).toBeLessThan(large.fake.requestLimit);

  // Every conditional format on Metingen covers a whole data column of the table (Waarde, Status).
  const sheet = large.fake.model.sheet('Metingen')!;
  const refs = new Set(sheet.conditionalFormats.map((f) => `${f.ref.left}:${f.ref.top}-${f.ref.bottom}`));
  expect(refs).toEqual(new Set([`5:2-${large.rows + 1}`, `9:2-${large.rows + 1}`]));
  expect(large.fake.cellRules('Metingen', `E${large.rows + 1}`).conditionalFormats).toBeGreaterThan(10);
});
