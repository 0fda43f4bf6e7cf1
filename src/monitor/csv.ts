// Reads a Gemeente-Stadsmonitor CSV download (FORMATS.md §1) as a stream: papaparse cuts the input
// into chunks, rows go to the sink one by one, so memory does not grow with the file. Runs wherever
// papaparse runs: a string, a File/Blob in the browser or a Web Worker, or a Node readable stream
// (see node.ts). Errors on a line are collected with the line number and the rest keeps going.
import Papa from 'papaparse';
import { problem, refuse, withCause } from '../rules';
import { codeIn, planTable, rowOf, type Cell, type TablePlan } from './table';
import type { RowSink } from './types';

/** Anything papaparse streams: text, a File/Blob (browser, worker) or a Node readable stream. */
export type CsvInput = string | Blob | { readable: boolean; read: (...args: never[]) => unknown; on: (...args: never[]) => unknown };

export interface CsvReadOptions {
  /** File name, for messages and for the indicator code it may carry (WO_07_….csv). */
  fileName: string;
  signal?: AbortSignal;
  /** Called after each chunk with the rows read so far and the characters consumed. */
  onChunk?: (rowsRead: number, position: number) => void;
  /** Encoding of a File/Blob (papaparse's FileReader); a Node stream is decoded by its owner. */
  encoding?: string;
  /** Field separator; guessed from the first line of a string, by papaparse from the first chunk otherwise. */
  delimiter?: string;
  /** Rows looked at before deciding which trailing columns are measures. */
  sampleRows?: number;
  chunkSize?: number;
}

export interface CsvReadResult {
  rowsRead: number;
}

const cancelled = () => refuse('import.inlezen-afgebroken');

/** Parses `input` and sends its rows to `sink`. Rejects with a UserError when the file is not a monitor CSV. */
export function readMonitorCsv(input: CsvInput, sink: RowSink, options: CsvReadOptions): Promise<CsvReadResult> {
  const { fileName, signal, sampleRows = 500 } = options;
  const fileCode = codeIn(fileName);
  let line = 1;
  let rowsRead = 0;
  let header: string[] | null = null;
  let plan: TablePlan | null = null;
  let decimal: ',' | '.' = ',';
  let newline = '\n';
  const sample: { line: number; cells: string[] }[] = [];

  const handle = (cells: string[], at: number) => {
    rowsRead++;
    if (cells.length !== header!.length) {
      // A trailing separator (one empty field too many) is harmless; anything else is a broken line.
      const extra = cells.slice(header!.length);
      if (cells.length < header!.length || extra.some((c) => c.trim() !== '')) {
        sink.skip({ line: at, column: null, ...problem('import.velden', { count: cells.length, expected: header!.length, header: header!.join(';') }) });
        return;
      }
    }
    sink.row(rowOf(plan!, cells, at, { code: null, fileCode, decimal }));
  };

  const decide = () => {
    const result = planTable(header!, sample.map((s) => s.cells as Cell[]), decimal);
    if ('problem' in result) throw refuse('bestand.geen-monitor-csv', { file: fileName, problem: result.problem });
    plan = result.plan;
    for (const s of sample.splice(0)) handle(s.cells, s.line);
  };

  return new Promise<CsvReadResult>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown, parser?: Papa.Parser) => {
      failed = true;
      parser?.abort();
      reject(e);
    };
    if (signal?.aborted) return reject(cancelled());
    const delimiter = options.delimiter ?? (typeof input === 'string' ? guessDelimiter(input) : undefined);
    Papa.parse<string[]>(input as Papa.LocalFile, {
      ...(delimiter ? { delimiter } : { delimitersToGuess: [';', ',', '\t', '|'] }),
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? 1 << 20,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      chunk(results, parser) {
        if (failed) return;
        try {
          if (signal?.aborted) return fail(cancelled(), parser);
          if (!header) {
            newline = results.meta.linebreak || '\n';
            decimal = results.meta.delimiter === ',' ? '.' : ',';
          }
          const quoteErrors = new Map<number, string>();
          for (const e of results.errors) if (typeof e.row === 'number') quoteErrors.set(e.row, e.message);
          results.data.forEach((cells, i) => {
            const at = line;
            // Each row ends one line; a quoted field with line breaks spans more.
            line += 1;
            for (const c of cells) if (c.includes(newline)) line += c.split(newline).length - 1;
            if (cells.length === 1 && cells[0].trim() === '') return;
            if (!header) {
              header = cells.map((c) => c.trim());
              return;
            }
            if (quoteErrors.has(i)) {
              rowsRead++;
              sink.skip({ line: at, column: null, ...problem('import.aanhalingsteken') });
              return;
            }
            if (plan) return handle(cells, at);
            sample.push({ line: at, cells });
            if (sample.length >= sampleRows) decide();
          });
          options.onChunk?.(rowsRead, results.meta.cursor);
        } catch (e) {
          fail(e, parser);
        }
      },
      complete() {
        if (failed) return;
        try {
          if (signal?.aborted) throw cancelled();
          if (!header) throw refuse('bestand.csv-leeg', { file: fileName });
          if (!plan) decide();
          resolve({ rowsRead });
        } catch (e) {
          fail(e);
        }
      },
      error(error: Error) {
        if (!failed) fail(withCause(refuse('bestand.lezen-mislukt', { file: fileName }), error));
      },
    });
  });
}

/** The separator of a CSV from its first line: the one of ; , tab | that occurs most outside quotes. */
export function guessDelimiter(text: string): string | undefined {
  const first = text.replace(/^\ufeff/, '').split(/\r?\n|\r/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t', '|'].map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : undefined;
}
