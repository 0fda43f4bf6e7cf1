// Tells from a file's first bytes what it is, so a wrong file gets a clear Dutch message instead of
// a zip error: an .xlsx is a zip; an encrypted .xlsx and an old .xls are OLE compound files.

export type FileKind = 'zip' | 'encrypted' | 'xls' | 'other';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (OLE.every((b, i) => bytes[i] === b)) return containsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'xls';
  return 'other';
}

/** OLE directory entries are UTF-16LE names; an encrypted Office file has an `EncryptionInfo` stream. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
