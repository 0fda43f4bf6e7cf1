// A zip package read into parts, edited part by part, written back. Parts that were not touched are
// written with the compressed bytes and CRC they came with (no inflate, no deflate), so what we do
// not own comes back byte for byte and an unchanged registry saves fast. A part is inflated only
// when it is asked for; a changed part is deflated when it is set, in chunks, so a long sheet never
// has to be one string and its text can be dropped as soon as it is written.
import { Deflate, Inflate, inflateSync } from 'fflate';
import { concatBytes, crc32 } from '../bytes';
import { DEFLATED, STORED, zipEntries, type ZipEntry } from '../export/zip';
import { attributes, contentTypeOf, decodeEntities, escapeAttribute, parseContentTypes, parseRelationships, relativeTarget, relsName, resolveTarget, rootTag, type ContentTypes, type Relationship } from './opc';

/** Why a zip cannot be read, for the adapter's Dutch message; `part` names the entry when it is one. */
export type ZipFault = 'not-zip' | 'damaged' | 'zip64' | 'encrypted' | 'method';

export class ZipPackageError extends Error {
  constructor(
    readonly fault: ZipFault,
    message: string,
    readonly part?: string,
  ) {
    super(message);
    this.name = 'ZipPackageError';
  }
}

export const CONTENT_TYPES_PART = '[Content_Types].xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELATIONSHIPS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
/** Deflate level 3: within a few per cent of level 6's size at more than twice its speed (fflate, sheet XML). */
const LEVEL = 3;
/** Text is encoded into this many bytes at a time before it is deflated. */
const BUFFER = 1 << 16;
/** Compressed bytes inflated at a time by chunks(): sheet XML inflates to some 10 to 20 times as much; measured on 795k rows, larger slices hold more and read no faster. */
const INFLATE_SLICE = 1 << 16;
const MAX32 = 0xffffffff;

/** A part as it is held: compressed (as read, or deflated when set) or as text the package edits itself (relationships, content types). */
type Content = { compressed: Omit<ZipEntry, 'path'> } | { text: string };

const encoder = new TextEncoder();

export class ZipPackage {
  /** The parts by name as stored, in the order they are written. */
  private readonly parts = new Map<string, Content>();
  /** Lower-cased name → name: part names are compared case-insensitively (OPC). */
  private readonly index = new Map<string, string>();
  /** Parsed relationships by the name of the relationships part. */
  private readonly relationshipCache = new Map<string, Relationship[]>();
  private contentTypeCache?: ContentTypes;

  /** Reads the central directory; a file that is no zip, or one we cannot read, throws a ZipPackageError. */
  static read(bytes: Uint8Array): ZipPackage {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = endOfCentralDirectory(bytes, view);
    if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) throw new ZipPackageError('zip64', 'zip64 is not supported');
    const count = view.getUint16(end + 10, true);
    const offset = view.getUint32(end + 16, true);
    // 0xffff entries is a count of its own without the zip64 locator (checked above); an offset of 0xffffffff only marks zip64.
    if (offset === MAX32) throw new ZipPackageError('zip64', 'zip64 is not supported');
    if (offset + view.getUint32(end + 12, true) > end) throw new ZipPackageError('damaged', 'the central directory lies outside the file');
    const decoder = new TextDecoder();
    const pkg = new ZipPackage();
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw new ZipPackageError('damaged', `central directory entry ${i + 1} is damaged`);
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const crc = view.getUint32(at + 16, true);
      const compressedSize = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      // Names are read as UTF-8 with or without flag 11: the ASCII that Office writes reads the same either way.
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, '');
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      if (name.endsWith('/')) continue; // a folder: no part
      if (flags & 1) throw new ZipPackageError('encrypted', `${name} is encrypted`, name);
      if (compressedSize === MAX32 || size === MAX32 || local === MAX32) throw new ZipPackageError('zip64', `${name} needs zip64`, name);
      if (method !== STORED && method !== DEFLATED) throw new ZipPackageError('method', `${name} is compressed with method ${method}`, name);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipPackageError('damaged', `the local header of ${name} is damaged`, name);
      // The sizes come from the central directory: a local header followed by a data descriptor has zeros there.
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressedSize > bytes.length) throw new ZipPackageError('damaged', `${name} is cut off`, name);
      if (pkg.find(name) !== undefined) throw new ZipPackageError('damaged', `${name} is in the zip twice`, name);
      pkg.put(name, { compressed: { method, crc, size, compressed: bytes.subarray(start, start + compressedSize) } });
    }
    return pkg;
  }

  static empty(): ZipPackage {
    return new ZipPackage();
  }

  /** Part names as stored (no leading `/`), in the order of the zip. */
  names(): string[] {
    return [...this.parts.keys()];
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The part's bytes, inflated; undefined when there is no such part. A stored part is a view of the file read: not to be changed. */
  bytes(part: string): Uint8Array | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const content = this.parts.get(name) as Content;
    if ('text' in content) return encoder.encode(content.text);
    const { method, crc, size, compressed } = content.compressed;
    const data = compressed instanceof Uint8Array ? compressed : concatBytes([...compressed]);
    let out = data;
    if (method !== STORED) {
      try {
        // One byte more than the directory says: inflate stops when the buffer is full, so a part that inflates to more would come back cut to size.
        out = inflateSync(data, { out: new Uint8Array(size + 1) });
      } catch {
        throw new ZipPackageError('damaged', `${name} cannot be inflated`, name);
      }
    }
    checkData(name, out.length, crc32(out), { size, crc });
    return out;
  }

  /**
   * The part's bytes inflated a slice at a time, for a reader that takes them piece by piece (a
   * sheet of 800k rows is some 300 MB inflated); undefined when there is no such part. The pieces
   * come as the generator is iterated, so a damaged part throws its ZipPackageError there.
   */
  chunks(part: string): Iterable<Uint8Array> | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const content = this.parts.get(name) as Content;
    if ('text' in content) return [encoder.encode(content.text)];
    return inflated(name, content.compressed);
  }

  /** The part as text (UTF-8, or UTF-16 with its byte order mark; a BOM is dropped); undefined when there is no such part. */
  text(part: string): string | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const content = this.parts.get(name) as Content;
    if ('text' in content) return content.text;
    const bytes = this.bytes(name) as Uint8Array;
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    return new TextDecoder(encoding).decode(bytes);
  }

  /**
   * Replaces or adds a part; text is encoded as UTF-8. Chunks are encoded and deflated one after
   * the other (a long sheet), never joined; a generator of chunks need never hold them all. A
   * replaced part keeps its place in the zip.
   */
  set(part: string, data: string | Uint8Array | Iterable<string | Uint8Array>): void {
    this.put(this.find(part) ?? part.replace(/^\//, ''), { compressed: deflate(typeof data === 'string' || data instanceof Uint8Array ? [data] : data) });
  }

  /** Removes a part with its own relationships part and its content type override; relationships that point to it are the caller's to remove. */
  remove(part: string): void {
    const name = this.find(part);
    if (name === undefined) return;
    this.parts.delete(name);
    this.index.delete(name.toLowerCase());
    this.forget(name);
    if (this.has(relsName(name))) this.remove(relsName(name));
    const types = this.text(CONTENT_TYPES_PART);
    const override = types === undefined ? undefined : overrideOf(types, name);
    if (override) this.edit(CONTENT_TYPES_PART, (types as string).replace(override, ''));
  }

  /** The relationships of a part (`''`: the package's own, `_rels/.rels`); [] when it has none. */
  relationships(part: string): Relationship[] {
    const rels = relsName(part.replace(/^\//, ''));
    const key = rels.toLowerCase();
    let parsed = this.relationshipCache.get(key);
    if (!parsed) {
      const xml = this.text(rels);
      parsed = xml === undefined ? [] : parseRelationships(xml);
      this.relationshipCache.set(key, parsed);
    }
    return [...parsed];
  }

  /** Adds a relationship from `source` to `target` (a part name); returns its new Id, the lowest free `rId{n}`. Targets are written relative, as Excel does. */
  addRelationship(source: string, typeUri: string, target: string): string {
    const rels = relsName(source.replace(/^\//, ''));
    const ids = new Set(this.relationships(source).map((r) => r.id));
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${escapeAttribute(typeUri)}" Target="${escapeAttribute(relativeTarget(source, target.replace(/^\//, '')))}"/>`;
    const xml = this.text(rels);
    if (xml === undefined) {
      this.edit(rels, `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS_NS}">${element}</Relationships>`);
      this.setContentType(rels, RELATIONSHIPS_TYPE);
    } else {
      this.edit(rels, appendToRoot(xml, element));
    }
    return id;
  }

  /** Removes a relationship; a part left without any loses its relationships part. */
  removeRelationship(source: string, id: string): void {
    const rels = relsName(source.replace(/^\//, ''));
    const all = this.relationships(source);
    const rel = all.find((r) => r.id === id);
    if (!rel) return;
    if (all.length === 1) return this.remove(rels);
    const xml = this.text(rels) as string;
    const at = xml.indexOf(rel.xml);
    let end = at + rel.xml.length;
    if (!rel.xml.endsWith('/>')) end += /^\s*<\/(?:[\w.-]+:)?Relationship\s*>/.exec(xml.slice(end))?.[0].length ?? 0;
    this.edit(rels, xml.slice(0, at) + xml.slice(end));
  }

  /** The part a relationship of `source` points to (absolute and relative targets alike). */
  target(source: string, rel: Relationship): string {
    return resolveTarget(source.replace(/^\//, ''), rel.target);
  }

  /** Gives a part its content type (an Override, unless the extension's Default already says so). */
  setContentType(part: string, contentType: string): void {
    const name = part.replace(/^\//, '');
    const types = this.contentTypes();
    if (contentTypeOf(types, name) === contentType) return;
    let xml = this.text(CONTENT_TYPES_PART) ?? `${XML_HEAD}<Types xmlns="${CONTENT_TYPES_NS}"><Default Extension="rels" ContentType="${RELATIONSHIPS_TYPE}"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
    const override = overrideOf(xml, name);
    if (override) xml = xml.replace(override, '');
    if (types.defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) !== contentType) {
      xml = appendToRoot(xml, `<Override PartName="/${escapeAttribute(name)}" ContentType="${escapeAttribute(contentType)}"/>`);
    }
    this.edit(CONTENT_TYPES_PART, xml);
  }

  /** A part name not used yet: `xl/tables/table{n}.xml` with the lowest free n ≥ 1 (names compared case-insensitively). */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** The zip's bytes: untouched parts as they came, changed ones deflated; [Content_Types].xml first, as Excel writes it. */
  write(): Uint8Array {
    const entries: ZipEntry[] = [];
    for (const [name, content] of this.parts) {
      if ('text' in content) this.parts.set(name, { compressed: deflate([content.text]) });
      const entry = { path: name, ...(this.parts.get(name) as { compressed: Omit<ZipEntry, 'path'> }).compressed };
      if (name === CONTENT_TYPES_PART) entries.unshift(entry);
      else entries.push(entry);
    }
    return zipEntries(entries);
  }

  private find(part: string): string | undefined {
    return this.index.get(part.replace(/^\//, '').toLowerCase());
  }

  private put(name: string, content: Content): void {
    this.parts.set(name, content);
    this.index.set(name.toLowerCase(), name);
    this.forget(name);
  }

  /** A part the package edits itself, kept as text until it is written. */
  private edit(part: string, text: string): void {
    this.put(this.find(part) ?? part, { text });
  }

  /** Drops what was parsed from a part that changed. */
  private forget(name: string): void {
    this.relationshipCache.delete(name.toLowerCase());
    if (name === CONTENT_TYPES_PART) this.contentTypeCache = undefined;
  }

  private contentTypes(): ContentTypes {
    this.contentTypeCache ??= parseContentTypes(this.text(CONTENT_TYPES_PART) ?? '');
    return this.contentTypeCache;
  }
}

/** Where the end-of-central-directory record starts: searched from the end, past a comment of up to 64 kB. */
function endOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50 && at + 22 + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  throw new ZipPackageError('not-zip', 'no zip: the end of the central directory is missing');
}

/** A damaged part: its data is not as long as the central directory says, or its CRC-32 differs. */
function checkData(name: string, length: number, crc: number, expected: { size: number; crc: number }): void {
  if (length !== expected.size) throw new ZipPackageError('damaged', `${name} inflates to ${length} bytes instead of ${expected.size}`, name);
  if (crc !== expected.crc) throw new ZipPackageError('damaged', `${name} fails its CRC check`, name);
}

/** A part's bytes as they are inflated, slice by slice; size and CRC are checked as in bytes(), the CRC once the last piece is through. */
function* inflated(name: string, { method, crc: expected, size, compressed }: Omit<ZipEntry, 'path'>): Generator<Uint8Array> {
  const pieces = compressed instanceof Uint8Array ? [compressed] : compressed;
  let crc = 0;
  let total = 0;
  if (method === STORED) {
    for (const piece of pieces) {
      crc = crc32(piece, crc);
      total += piece.length;
      yield piece;
    }
    return checkData(name, total, crc, { size, crc: expected });
  }
  const out: Uint8Array[] = [];
  const stream = new Inflate((chunk) => chunk.length && out.push(chunk));
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    for (let at = 0; at < piece.length || (at === 0 && p === pieces.length - 1); at += INFLATE_SLICE) {
      const final = p === pieces.length - 1 && at + INFLATE_SLICE >= piece.length;
      try {
        stream.push(piece.subarray(at, at + INFLATE_SLICE), final);
      } catch {
        throw new ZipPackageError('damaged', `${name} cannot be inflated`, name);
      }
      for (const chunk of out) {
        total += chunk.length;
        if (total > size) throw new ZipPackageError('damaged', `${name} inflates to more than ${size} bytes`, name);
        crc = crc32(chunk, crc);
        yield chunk;
      }
      out.length = 0;
    }
  }
  checkData(name, total, crc, { size, crc: expected });
}

/**
 * A faster deflate than fflate's, where the platform has one (Node's zlib): raw deflate of `bytes`
 * as a stream of its own, ended with a sync flush (no final block) unless `final`. Pieces deflated
 * this way one after the other make one valid deflate stream.
 */
export type RawDeflate = (bytes: Uint8Array, final: boolean) => Uint8Array;

let rawDeflate: RawDeflate | undefined;

/** Set by a Node entry point (the CLI: zlibDeflate.ts); the standalone page keeps fflate. */
export function useDeflate(deflate: RawDeflate | undefined): void {
  rawDeflate = deflate;
}

/** Bytes gathered before each call of the injected deflate: each call starts without history, so not too often. */
const RAW_PIECE = 1 << 20;

/** A deflate stream: bytes pushed (copied or used at once, so the caller may refill its buffer), compressed chunks handed to `out`. */
function deflateStream(out: (chunk: Uint8Array) => void): (bytes: Uint8Array, final: boolean) => void {
  const raw = rawDeflate;
  if (!raw) {
    const stream = new Deflate({ level: LEVEL }, out);
    return (bytes, final) => stream.push(bytes, final); // copied into the stream's window
  }
  let pending: Uint8Array[] = [];
  let size = 0;
  return (bytes, final) => {
    if (bytes.length) pending.push(bytes.slice());
    size += bytes.length;
    if (size < RAW_PIECE && !final) return;
    out(raw(pending.length === 1 ? pending[0] : concatBytes(pending), final));
    pending = [];
    size = 0;
  };
}

/** Deflates the pieces one after the other: text encoded into a small buffer, bytes pushed as they are; CRC and size counted on the way. */
function deflate(pieces: Iterable<string | Uint8Array>): Omit<ZipEntry, 'path'> {
  const compressed: Uint8Array[] = [];
  const stream = deflateStream((chunk) => compressed.push(chunk));
  let crc = 0;
  let size = 0;
  const push = (bytes: Uint8Array) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    stream(bytes, false);
  };
  const buffer = new Uint8Array(BUFFER);
  let filled = 0;
  const flush = () => {
    if (filled) push(buffer.subarray(0, filled));
    filled = 0;
  };
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      flush();
      push(piece);
      continue;
    }
    for (let rest = piece; ; ) {
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(filled));
      filled += written;
      if (read === rest.length) break;
      rest = rest.slice(read);
      flush();
    }
    if (filled > BUFFER - 1024) flush();
  }
  flush();
  stream(new Uint8Array(0), true);
  return { method: DEFLATED, crc, size, compressed };
}

/** `element` as the last child of the root of `xml` (a root written `<Types …/>` is opened). */
function appendToRoot(xml: string, element: string): string {
  const root = rootTag(xml);
  if (root.tag.endsWith('/>')) {
    const name = /^<([\w:.-]+)/.exec(root.tag)?.[1] as string;
    return `${xml.slice(0, root.start)}${root.tag.slice(0, -2).trimEnd()}>${element}</${name}>${xml.slice(root.end)}`;
  }
  const end = xml.lastIndexOf('</');
  return xml.slice(0, end) + element + xml.slice(end);
}

/** The Override element of `part` in [Content_Types].xml as written, if there is one. */
function overrideOf(xml: string, part: string): string | undefined {
  const wanted = part.toLowerCase();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Override\s*>)/g)) {
    if (decodeEntities(attributes(m[0]).PartName ?? '').replace(/^\//, '').toLowerCase() === wanted) return m[0];
  }
  return undefined;
}
