// A monitor CSV read in a Web Worker (csvWorker.ts) and handed to importMonitor as a `rows` source:
// the worker parses, this thread only maps the rows it sends. Cancelling stops the worker at once.

import { UserError } from '../errors';
import { refuse } from '../rules';
import type { MonitorSource } from '../monitor/import';
import type { ImportProgress, RowSink } from '../monitor/types';
import type { CsvItem, CsvJob, CsvWorkerMessage } from './csvWorker';

type CsvSource = Extract<MonitorSource, { kind: 'csv' }>;
type RowsSource = Extract<MonitorSource, { kind: 'rows' }>;

function deliver(items: CsvItem[], sink: RowSink): void {
  for (const item of items) {
    if ('row' in item) sink.row(item.row);
    else if ('skip' in item) sink.skip(item.skip);
    else sink.notice(item.notice);
  }
}

/** Null where there are no workers (or the file is not a File): the import then parses on this thread. */
export function csvInWorker(source: CsvSource, onProgress: (progress: ImportProgress) => void): RowsSource | null {
  if (typeof Worker === 'undefined' || !(source.input instanceof Blob)) return null;
  const job: CsvJob = { file: source.input, name: source.name, encoding: source.encoding, delimiter: source.delimiter };
  const size = source.size ?? source.input.size;

  return {
    kind: 'rows',
    name: source.name,
    read: (sink, signal) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(/* webpackChunkName: "csv-worker" */ new URL('./csvWorker.ts', import.meta.url));
        const stop = () => {
          worker.terminate();
          reject(refuse('import.inlezen-afgebroken'));
        };
        if (signal?.aborted) return stop();
        signal?.addEventListener('abort', stop, { once: true });
        const finish = () => {
          signal?.removeEventListener('abort', stop);
          worker.terminate();
        };
        worker.onmessage = ({ data }: MessageEvent<CsvWorkerMessage>) => {
          try {
            if (data.type === 'failed') {
              finish();
              reject(data.userError ? new UserError(data.userError.code, data.userError.message, { problem: data.userError.problem }) : new Error('the CSV worker failed'));
              return;
            }
            deliver(data.items, sink);
            if (data.type === 'batch') {
              onProgress({ rowsRead: data.rowsRead, fraction: size ? Math.min(1, data.position / size) : null });
            } else {
              finish();
              resolve(data.rowsRead);
            }
          } catch (error) {
            finish();
            reject(error);
          }
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish();
          reject(new Error(`the CSV worker could not run: ${event.message}`));
        };
        worker.postMessage(job);
      }),
  };
}
