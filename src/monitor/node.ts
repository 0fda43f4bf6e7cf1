// The Node entry of the monitor import (CLI): opens a file from disk as a MonitorSource. A CSV is
// streamed from disk (memory does not grow with the file); Excel and JSON files are read whole.
// Everything else in src/monitor/ also runs in the browser; only this module uses Node's fs.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { MonitorSource } from './import';
import { guessDelimiter } from './csv';
import { SNIFF_BYTES, isUtf8, sniff } from './sniff';

/**
 * Opens a monitor file. File-system errors (missing file, no rights) are thrown as they are, for the
 * caller to word; a file that is no monitor file is a UserError from `sniff`.
 */
export async function openMonitorFile(file: string): Promise<MonitorSource> {
  const name = path.basename(file);
  const handle = await fs.open(file, 'r');
  let head: Uint8Array;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES * 16, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const kind = sniff(head.subarray(0, SNIFF_BYTES), name);
  if (kind === 'xlsx') return { kind, name, data: await fs.readFile(file) };
  if (kind === 'json') return { kind, name, text: await fs.readFile(file, 'utf8') };
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  // A CSV re-saved by Excel on Windows is Windows-1252, not UTF-8; latin1 is the nearest Node decoding.
  stream.setEncoding(isUtf8(head) ? 'utf8' : 'latin1');
  const delimiter = guessDelimiter(new TextDecoder(isUtf8(head) ? 'utf-8' : 'latin1').decode(head));
  return { kind, name, input: stream, size, position: () => stream.bytesRead, ...(delimiter ? { delimiter } : {}) };
}

/** Closes the stream of a CSV source that was not read to the end (a failure or a cancel). */
export function closeMonitorSource(source: MonitorSource): void {
  if (source.kind === 'csv' && typeof source.input === 'object' && 'destroy' in source.input) (source.input as { destroy(): void }).destroy();
}
