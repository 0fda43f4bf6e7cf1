// The one zip writer: the export's files for the task pane's download (there is no folder to write
// to in the browser), and the xlsx packages the workbook adapter saves. Every entry gets the same
// fixed date, so the same files give the same zip. No zip64, so its limits are refused here: at most
// 65,535 entries; every size and offset below 0xffffffff (that value marks zip64, and our reader
// refuses it), so no entry and no zip reaches 4 GB.
import { concatBytes, crc32 } from '../bytes';

/** 1 January 1980 00:00, the first date a zip can hold (MS-DOS format). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const FLAGS = 0x0800;
export const STORED = 0;
export const DEFLATED = 8;

/** An entry as it goes into the zip: its data already compressed (or stored), with the CRC and size of the data itself. */
export interface ZipEntry {
  path: string;
  method: typeof STORED | typeof DEFLATED;
  /** CRC-32 of the uncompressed data. */
  crc: number;
  /** Length of the uncompressed data. */
  size: number;
  /** The data as stored in the zip, in one piece or in chunks (a long sheet deflated as it was written). */
  compressed: Uint8Array | readonly Uint8Array[];
}

/**
 * Files stored as they are. Parquet is compressed already and the registry is small, so the export
 * does not deflate.
 */
export function zipFiles(files: readonly { path: string; data: Uint8Array }[]): Uint8Array {
  return zipEntries(files.map((file) => ({ path: file.path, method: STORED, crc: crc32(file.data), size: file.data.length, compressed: file.data })));
}

const MAX = 0xffffffff;

export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need zip64`);
  const encoder = new TextEncoder();
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of entries) {
    const name = encoder.encode(file.path);
    const chunks = file.compressed instanceof Uint8Array ? [file.compressed] : file.compressed;
    const compressedSize = chunks.reduce((n, chunk) => n + chunk.length, 0);
    if (file.size >= MAX || compressedSize >= MAX || offset >= MAX) throw new Error(`zip: ${file.path} needs zip64`);
    const head = new DataView(new ArrayBuffer(30));
    head.setUint32(0, 0x04034b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(6, FLAGS, true);
    head.setUint16(8, file.method, true);
    head.setUint16(10, DOS_TIME, true);
    head.setUint16(12, DOS_DATE, true);
    head.setUint32(14, file.crc, true);
    head.setUint32(18, compressedSize, true);
    head.setUint32(22, file.size, true);
    head.setUint16(26, name.length, true);
    head.setUint16(28, 0, true);
    local.push(new Uint8Array(head.buffer), name);
    for (const chunk of chunks) local.push(chunk); // not spread: a long sheet comes in tens of thousands of chunks

    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, FLAGS, true);
    entry.setUint16(10, file.method, true);
    entry.setUint16(12, DOS_TIME, true);
    entry.setUint16(14, DOS_DATE, true);
    entry.setUint32(16, file.crc, true);
    entry.setUint32(20, compressedSize, true);
    entry.setUint32(24, file.size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + compressedSize;
  }
  const centralSize = central.reduce((n, part) => n + part.length, 0);
  if (offset + centralSize >= MAX) throw new Error('zip: the zip needs zip64');
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concatBytes([...local, ...central, new Uint8Array(end.buffer)]);
}
