// SKELETON (lead): xl/styles.xml as the adapter needs it: what number format a cell style has, and
// new cell styles derived from existing ones (a date format, the link look, wrapped text, an
// unlocked cell) and differential formats for conditional formatting. Existing entries are never
// renumbered, so sheets written by others keep pointing at the styles they meant.

/** What the adapter changes in a cell style; unnamed parts stay as in the style derived from. */
export interface StyleChange {
  /** A number format code, e.g. `dd/mm/yyyy`, or 'General'. */
  numberFormat?: string;
  /** The link look (theme colour 10, underlined), or back to the default font (false). */
  link?: boolean;
  /** Text wraps in the cell and sits at the top. */
  wrap?: boolean;
  /** The cell's lock for a protected sheet. */
  locked?: boolean;
}

export class Styles {
  static parse(xml: string | undefined): Styles {
    throw new Error('todo');
  }

  /** The number format code of cell style `xf` (cellXfs index), null for General. */
  numberFormat(xf: number): string | null {
    throw new Error('todo');
  }

  /** True when cell style `xf` shows a number as a date (built-in ids 14–22, 45–47, or a code with d/m/y outside quotes and brackets). */
  isDate(xf: number): boolean {
    throw new Error('todo');
  }

  wraps(xf: number): boolean {
    throw new Error('todo');
  }

  locked(xf: number): boolean {
    throw new Error('todo');
  }

  isLink(xf: number): boolean {
    throw new Error('todo');
  }

  /** The cellXfs index of `xf` with `change` applied: an existing equal entry, or one appended (memoised). */
  derive(xf: number, change: StyleChange): number {
    throw new Error('todo');
  }

  /** A differential format (dxfs) with a solid fill and optionally a font colour, `#RRGGBB`; returns its index. */
  addDxf(fill: string, fontColor?: string): number {
    throw new Error('todo');
  }

  /** The fill and font colour of a dxf, `#RRGGBB`, as addDxf takes them (undefined where it has none). */
  dxf(i: number): { fill?: string; fontColor?: string } {
    throw new Error('todo');
  }

  get changed(): boolean {
    throw new Error('todo');
  }

  toXml(): string {
    throw new Error('todo');
  }
}
