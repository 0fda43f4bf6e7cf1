// SKELETON (lead): a zip package read into parts, edited part by part, written back. Parts that were
// not touched are written with the compressed bytes they came with (no inflate, no deflate), so
// what we do not own comes back byte for byte and an unchanged registry saves fast.
import type { Relationship } from './opc';

export class ZipPackage {
  /** Reads the central directory; a file that is no zip throws (the adapter turns it into a Dutch refusal). */
  static read(bytes: Uint8Array): ZipPackage {
    throw new Error('todo');
  }

  static empty(): ZipPackage {
    throw new Error('todo');
  }

  /** Part names as stored (no leading `/`), in the order of the zip. */
  names(): string[] {
    throw new Error('todo');
  }

  has(part: string): boolean {
    throw new Error('todo');
  }

  /** The part's bytes, inflated; undefined when there is no such part. */
  bytes(part: string): Uint8Array | undefined {
    throw new Error('todo');
  }

  /** The part as UTF-8 text (BOM dropped); undefined when there is no such part. */
  text(part: string): string | undefined {
    throw new Error('todo');
  }

  /** Replaces or adds a part; text is encoded as UTF-8. Chunks are written one after the other (a long sheet). */
  set(part: string, data: string | Uint8Array | (string | Uint8Array)[]): void {
    throw new Error('todo');
  }

  remove(part: string): void {
    throw new Error('todo');
  }

  /** The relationships of a part (`''`: the package's own, `_rels/.rels`); [] when it has none. */
  relationships(part: string): Relationship[] {
    throw new Error('todo');
  }

  /** Adds a relationship from `source` to `target` (a part name); returns its new Id. Targets are written relative, as Excel does. */
  addRelationship(source: string, typeUri: string, target: string): string {
    throw new Error('todo');
  }

  removeRelationship(source: string, id: string): void {
    throw new Error('todo');
  }

  /** The part a relationship of `source` points to (absolute and relative targets alike). */
  target(source: string, rel: Relationship): string {
    throw new Error('todo');
  }

  contentType(part: string): string | undefined {
    throw new Error('todo');
  }

  /** Gives a part its content type (an Override, unless the extension's Default already says so). */
  setContentType(part: string, contentType: string): void {
    throw new Error('todo');
  }

  /** A part name not used yet: `xl/tables/table{n}.xml` with the lowest free n ≥ 1. */
  freeName(pattern: (n: number) => string): string {
    throw new Error('todo');
  }

  /** The zip's bytes: untouched parts as they came, changed ones deflated. */
  write(): Uint8Array {
    throw new Error('todo');
  }
}
