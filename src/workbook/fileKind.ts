// Tells from a file's first bytes what it is, so a wrong file gets a clear Dutch message instead of
// a zip error: an .xlsx is a zip; an encrypted .xlsx and an old .xls are OLE compound files.
// Beside the adapters, not in one: the xlsx adapter and the monitor's file readers both use it.

/** `zip` is a workbook's zip; `other-zip` a zip without one (a .docx, an .ods, a zip of files), which holds no workbook to read. */
export type FileKind = 'zip' | 'other-zip' | 'encrypted' | 'xls' | 'other';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return contains(bytes, WORKBOOK_PART) ? 'zip' : 'other-zip';
  if (OLE.every((b, i) => bytes[i] === b)) return containsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'xls';
  return 'other';
}

/** A zip names its files in plain ASCII (local headers and central directory); every .xlsx has this part. */
const WORKBOOK_PART = Array.from('xl/workbook.xml', (ch) => ch.charCodeAt(0));

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** OLE directory entries are UTF-16LE names; an encrypted Office file has an `EncryptionInfo` stream. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return contains(bytes, Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]));
}
