// Byte arrays put together, for what is written part by part (the export's zip, a long sheet's XML,
// the report's chart PNGs), searched without decoding them; and the CRC-32 that zip entries and PNG
// chunks carry.

/** The parts one after the other, in one new array. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Where the last occurrence of an ASCII `needle` starts in `bytes`, or -1: a search in a part too long to decode. */
export function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = bytes.lastIndexOf(codes[0], bytes.length - codes.length); i >= 0; i = i > 0 ? bytes.lastIndexOf(codes[0], i - 1) : -1) {
    for (let j = 1; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309), as zip and PNG use it; `previous`, the CRC of what came before, continues it over data that comes in chunks. */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
