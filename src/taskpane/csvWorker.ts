// Runs in a Web Worker: parses a monitor CSV with readMonitorCsv and posts what it read back in
// batches, one per chunk papaparse reads, so the pane's own thread (and Excel with it) only maps
// rows to measurements and stays responsive. Started by csvWorkerSource.ts.

import type { Problem } from '../rules';
import { UserError, type RefusalProblem, type UserErrorCode } from '../errors';
import { readMonitorCsv } from '../monitor/csv';
import type { ImportError, MonitorRow } from '../monitor/types';

export interface CsvJob {
  file: Blob;
  name: string;
  encoding?: string;
  delimiter?: string;
}

/** What a sink received, in the order it came, so skipped lines keep their place among the rows. */
export type CsvItem = { row: MonitorRow } | { skip: ImportError } | { notice: Problem };

export type CsvWorkerMessage =
  | { type: 'batch'; items: CsvItem[]; rowsRead: number; position: number }
  | { type: 'done'; items: CsvItem[]; rowsRead: number }
  /** A UserError keeps its Dutch text across the worker boundary; anything else arrives as null. */
  | { type: 'failed'; userError: { code: UserErrorCode; message: string; problem?: RefusalProblem } | null };

/** The worker side of `postMessage`; the DOM typings describe a window's. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<CsvJob>) => void) | null; postMessage(message: CsvWorkerMessage): void };

scope.onmessage = async ({ data: job }) => {
  let items: CsvItem[] = [];
  const sink = {
    row: (row: MonitorRow) => void items.push({ row }),
    skip: (skip: ImportError) => void items.push({ skip }),
    notice: (notice: Problem) => void items.push({ notice }),
  };
  try {
    const { rowsRead } = await readMonitorCsv(job.file, sink, {
      fileName: job.name,
      encoding: job.encoding,
      delimiter: job.delimiter,
      onChunk: (rowsRead, position) => {
        scope.postMessage({ type: 'batch', items, rowsRead, position });
        items = [];
      },
    });
    scope.postMessage({ type: 'done', items, rowsRead });
  } catch (error) {
    if (!(error instanceof UserError)) console.error(error);
    scope.postMessage({ type: 'failed', userError: error instanceof UserError ? { code: error.code, message: error.message, problem: error.problem } : null });
  }
};
