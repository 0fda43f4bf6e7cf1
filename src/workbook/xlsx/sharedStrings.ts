// SKELETON (lead): xl/sharedStrings.xml. Read once into a list; texts written later are appended
// (indexes of cells not rewritten stay valid), each distinct text once.

export class SharedStrings {
  static parse(xml: string | undefined): SharedStrings {
    throw new Error('todo');
  }

  /** The plain text of entry i (rich text runs joined, phonetic runs left out). */
  text(i: number): string {
    throw new Error('todo');
  }

  /** True when entry i has formatted runs: a cell keeping it must keep the index, not the text. */
  isRich(i: number): boolean {
    throw new Error('todo');
  }

  /** The index of a plain entry with this text, appended when there is none. */
  indexOf(text: string): number {
    throw new Error('todo');
  }

  /** True when texts were appended since parse. */
  get changed(): boolean {
    throw new Error('todo');
  }

  toXml(): string {
    throw new Error('todo');
  }
}
