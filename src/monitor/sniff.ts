// Tells from a file's first bytes which monitor format it is, so a wrong file (a web page saved as
// .csv after a failed download, a PDF, a UTF-16 export) gets a Dutch message saying what it is.
import { refuse } from '../rules';
import { fileKind } from '../workbook/fileKind';

export type MonitorFileKind = 'csv' | 'xlsx' | 'json';

/** How many bytes `sniff` wants to see. */
export const SNIFF_BYTES = 4096;

export function sniff(head: Uint8Array, fileName: string): MonitorFileKind {
  const kind = fileKind(head);
  if (kind !== 'other') return 'xlsx';
  if (!head.length) throw refuse('bestand.leeg', { file: fileName });
  const unicode = unicodeKind(head);
  if (unicode) throw refuse('bestand.unicode', { file: fileName, encoding: unicode });
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('%PDF')) throw refuse('bestand.pdf', { file: fileName });
  const controls = head.reduce((n, b) => n + (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) ? 1 : 0), 0);
  if (controls > 0) throw refuse('bestand.binair', { file: fileName });
  if (/^<(!doctype|html|head|body|\?xml|!--)/i.test(text)) throw refuse('bestand.webpagina', { file: fileName, line: text.slice(0, 60).split(/\r?\n/)[0] });
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'csv';
}

/** UTF-16 or UTF-32 text, by its byte-order mark, or UTF-16 without one (every other byte zero in ASCII text). */
function unicodeKind(head: Uint8Array): string | null {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  const pairs = Math.floor(Math.min(head.length, 512) / 2);
  if (pairs < 4) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] !== 0 && head[2 * i + 1] === 0) zeroHigh++;
    if (head[2 * i] === 0 && head[2 * i + 1] !== 0) zeroLow++;
  }
  return zeroHigh >= pairs * 0.9 || zeroLow >= pairs * 0.9 ? 'UTF-16' : null;
}

/** Whether bytes are valid UTF-8 (a chunk may end in the middle of a character). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
