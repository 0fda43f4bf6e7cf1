// The zip writer's limits: no zip64, so what would need it (or would read as its marker) is refused,
// and what it writes up to those limits reads back.
import { crc32 } from '../../src/bytes';
import { STORED, zipEntries, zipFiles } from '../../src/export/zip';
import { ZipPackage } from '../../src/ooxml/zipPackage';

const MAX = 0xffffffff;

test('65,535 entries, the most a zip without zip64 holds, are written and read back; one more is refused', () => {
  const data = new TextEncoder().encode('x');
  const files = Array.from({ length: 0xffff }, (_, i) => ({ path: `f${i}`, data }));
  const pkg = ZipPackage.read(zipFiles(files));
  expect([pkg.has('f0'), pkg.text('f65534')]).toEqual([true, 'x']);
  expect(() => zipFiles([...files, { path: 'one-more', data }])).toThrow('zip: 65536 entries need zip64');
});

test('a size of exactly 0xffffffff marks zip64 and is refused', () => {
  const entry = { path: 'a', method: STORED, crc: crc32(new Uint8Array(1)), size: MAX, compressed: new Uint8Array(1) } as const;
  expect(() => zipEntries([entry])).toThrow('zip: a needs zip64');
});

test('an entry that would start at offset 0xffffffff is refused by name', () => {
  // 4 GB of compressed data as one 1 MiB chunk repeated: the writer counts the sizes before it joins anything.
  const chunk = new Uint8Array(1 << 20);
  const length = MAX - 30 - 1; // the first entry (name "a") ends just before offset 0xffffffff
  const chunks = [...Array.from({ length: Math.floor(length / chunk.length) }, () => chunk), chunk.subarray(0, length % chunk.length)];
  const entries = [
    { path: 'a', method: STORED, crc: 0, size: 1, compressed: chunks },
    { path: 'b', method: STORED, crc: 0, size: 1, compressed: new Uint8Array(1) },
  ] as const;
  expect(() => zipEntries(entries)).toThrow('zip: b needs zip64');
});
