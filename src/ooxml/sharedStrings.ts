// xl/sharedStrings.xml. Read once into a list; texts written later are appended (indexes of cells
// not rewritten stay valid), each distinct text once. The entries read are written back as they
// were, so rich text and phonetic runs survive a save.
import { withAttribute, SPREADSHEETML } from './opc';
import { escapeText, richText, xmlText } from './xmlText';

/** One `<si>` (any prefix), empty or not; the lazy body stops at the first `</si>`, which cannot nest. */
const ENTRY = /<(?:[\w.-]+:)?si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
/** The common entry, one `<t>` alone: read without the general rich-text path. */
const PLAIN = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/;
/** A formatted run or a phonetic run: such an entry is more than its text. */
const RUNS = /<(?:[\w.-]+:)?(?:r|rPh)(?=[\s/>])/;


export class SharedStrings {
  /** Rich entries, by index. */
  private readonly rich = new Set<number>();
  /** The texts of the entries read, decoded when first asked for (a sheet not read needs none). */
  private readonly texts: string[] = [];
  /** Texts appended since parse. */
  private readonly added: string[] = [];
  /** Index of each plain text, made on the first lookup. */
  private plain: Map<string, number> | null = null;

  private constructor(
    /** The inside of each `<si>` read, as written. */
    private readonly bodies: string[],
    /** The part as read, or undefined when the package had none. */
    private readonly xml: string | undefined,
    /** Where the entries read end in `xml` (new ones go there), the root's end tag, its start tag, and the namespace prefix. */
    private readonly root: { tag: string; tagEnd: number; entriesEnd: number; close: number; prefix: string },
  ) {}

  static parse(xml: string | undefined): SharedStrings {
    if (xml === undefined) return new SharedStrings([], undefined, { tag: `<sst xmlns="${SPREADSHEETML}">`, tagEnd: 0, entriesEnd: 0, close: 0, prefix: '' });
    const open = /<([\w.-]+:)?sst(?=[\s/>])[^>]*>/.exec(xml);
    if (!open) throw new Error('xl/sharedStrings.xml heeft geen <sst>-element');
    const prefix = open[1] ?? '';
    const tagEnd = open.index + open[0].length;
    const bodies: string[] = [];
    const rich: number[] = [];
    let entriesEnd = tagEnd;
    ENTRY.lastIndex = tagEnd;
    for (let m = ENTRY.exec(xml); m; m = ENTRY.exec(xml)) {
      const body = m[1] ?? '';
      if (RUNS.test(body)) rich.push(bodies.length);
      bodies.push(body);
      entriesEnd = ENTRY.lastIndex;
    }
    const selfClosing = open[0].endsWith('/>');
    const close = selfClosing ? tagEnd : xml.lastIndexOf(`</${prefix}sst`);
    const strings = new SharedStrings(bodies, xml, { tag: open[0], tagEnd, entriesEnd: selfClosing ? tagEnd : entriesEnd, close: close < 0 ? xml.length : close, prefix });
    for (const i of rich) strings.rich.add(i);
    return strings;
  }

  get length(): number {
    return this.bodies.length + this.added.length;
  }

  /** The plain text of entry i (rich text runs joined, phonetic runs left out). */
  text(i: number): string {
    if (i < this.bodies.length) {
      const read = this.texts[i];
      if (read !== undefined) return read;
      const body = this.bodies[i];
      if (body === undefined) throw new RangeError(`xl/sharedStrings.xml heeft geen tekst nummer ${i}`);
      const plain = PLAIN.exec(body);
      return (this.texts[i] = plain ? xmlText(plain[1]) : richText(body));
    }
    const added = this.added[i - this.bodies.length];
    if (added === undefined) throw new RangeError(`xl/sharedStrings.xml heeft geen tekst nummer ${i}`);
    return added;
  }

  /** True when entry i has formatted runs: a cell keeping it must keep the index, not the text. */
  isRich(i: number): boolean {
    return this.rich.has(i);
  }

  /** The index of a plain entry with this text, appended when there is none. */
  indexOf(text: string): number {
    if (!this.plain) {
      this.plain = new Map();
      for (let i = this.bodies.length - 1; i >= 0; i--) if (!this.rich.has(i)) this.plain.set(this.text(i), i);
    }
    let i = this.plain.get(text);
    if (i === undefined) {
      i = this.length;
      this.added.push(text);
      this.plain.set(text, i);
    }
    return i;
  }

  /** True when texts were appended since parse. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /**
   * The whole part: the entries read as written, then the new ones. `references` is the number of
   * cells pointing into the table (the `count` attribute); without it the attribute is left out
   * rather than left wrong.
   */
  toXml(references?: number): string {
    const { prefix } = this.root;
    const added = this.added.map((text) => {
      const preserve = /^\s|\s$|[\n\t\r]/.test(text) ? ' xml:space="preserve"' : '';
      return `<${prefix}si><${prefix}t${preserve}>${escapeText(text)}</${prefix}t></${prefix}si>`;
    });
    let tag = this.root.tag.replace(/\s*\/?>$/, '>');
    tag = withAttribute(tag, 'count', references === undefined ? undefined : String(references));
    tag = withAttribute(tag, 'uniqueCount', String(this.length));
    const xml = this.xml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const before = this.xml === undefined ? xml : xml.slice(0, this.root.tagEnd - this.root.tag.length);
    const kept = this.xml === undefined ? '' : xml.slice(this.root.tagEnd, this.root.entriesEnd);
    const between = this.xml === undefined ? '' : xml.slice(this.root.entriesEnd, this.root.close);
    const after = this.xml === undefined ? '' : xml.slice(this.root.close).replace(/^<\/[\w.:-]+\s*>/, '');
    return `${before}${tag}${kept}${added.join('')}${between}</${prefix}sst>${after}`;
  }
}
