import type { ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import type { FakeExcel } from './fakeExcel';

/** Syncs of an operation on the recording fake: those apart from payload chunks (`fixed`), and the chunks. */
export async function syncsOf(fake: FakeExcel, wb: ExcelWorkbook, operation: () => Promise<unknown>): Promise<{ fixed: number; chunks: number }> {
  fake.resetCounters();
  const chunksBefore = wb.payloadChunkSyncs;
  await operation();
  const chunks = wb.payloadChunkSyncs - chunksBefore;
  return { fixed: fake.syncCount - chunks, chunks };
}
