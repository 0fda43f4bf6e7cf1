// The browser entry of the monitor import (task pane, standalone page): a File the user picked or
// dropped becomes a MonitorSource. A CSV stays a File, which papaparse reads in chunks (also in a
// Web Worker), so a big download is never held whole; Excel and JSON files are read whole.
import { guessDelimiter } from './csv';
import type { MonitorSource } from './import';
import { SNIFF_BYTES, isUtf8, sniff } from './sniff';

/** The part of the DOM File this needs (so it also takes a Blob with a name). */
export interface PickedFile {
  name: string;
  size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

export async function monitorSourceFromFile(file: PickedFile): Promise<MonitorSource> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES * 16).arrayBuffer());
  const kind = sniff(head.subarray(0, SNIFF_BYTES), file.name);
  if (kind === 'xlsx') return { kind, name: file.name, data: await file.arrayBuffer() };
  if (kind === 'json') return { kind, name: file.name, text: await file.text() };
  // A CSV re-saved by Excel on Windows is Windows-1252; FileReader decodes what it is told.
  const encoding = isUtf8(head) ? 'utf-8' : 'windows-1252';
  const delimiter = guessDelimiter(new TextDecoder(encoding).decode(head));
  return { kind, name: file.name, input: file as unknown as Blob, size: file.size, encoding, ...(delimiter ? { delimiter } : {}) };
}
