// xl/styles.xml as the adapter needs it: what number format a cell style has, and new cell styles
// derived from existing ones (a date format, the link look, wrapped text, an unlocked cell) and
// differential formats for conditional formatting. Existing entries are never renumbered, so sheets
// written by others keep pointing at the styles they meant; the part is written back as it was read
// with only the lists we appended to rewritten.
import { attributes, childrenOfRoot, decodeEntities, escapeAttribute, rootTag, withAttribute, SPREADSHEETML } from './opc';
import { isTrue } from './xmlElement';

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


/** The number formats every reader knows by id (ECMA-376 §18.8.30); others are written in numFmts. */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
const BUILT_IN_ID = new Map(Object.entries(BUILT_IN).map(([id, code]) => [code, Number(id)]));
const isBuiltInDate = (id: number) => (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
const FIRST_CUSTOM_ID = 164;
/** Excel's built-in cell style "Hyperlink". */
const HYPERLINK_STYLE = '8';

/** The root's lists in the order the schema wants them (CT_Stylesheet is a sequence). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type List = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs' | 'cellStyles' | 'dxfs';
const ITEM: Record<List, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
  cellStyles: 'cellStyle',
  dxfs: 'dxf',
};

const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
/** The style sheet of a package that has none: what Excel assumes, and what it writes for a new workbook. */
const MINIMAL =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SPREADSHEETML}"><fonts count="1">${DEFAULT_FONT}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="1">${DEFAULT_XF}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

/** The first element with local name `name` in `xml` (self-closing or with its content), or undefined. */
function element(xml: string, name: string): { xml: string; start: number; end: number } | undefined {
  const open = new RegExp(`<((?:[\\w.-]+:)?${name})(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open) return undefined;
  let end = open.index + open[0].length;
  if (!open[0].endsWith('/>')) {
    const close = xml.indexOf(`</${open[1]}`, end);
    end = close < 0 ? end : xml.indexOf('>', close) + 1;
  }
  return { xml: xml.slice(open.index, end), start: open.index, end };
}


/** An element without attribute `name` on its start tag. */
function withoutAttribute(xml: string, name: string): string {
  const tag = rootTag(xml);
  return xml.slice(0, tag.start) + tag.tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), '') + xml.slice(tag.end);
}

/** An element with `name` set on its start tag. */
function setOnElement(xml: string, name: string, value: string): string {
  const tag = rootTag(xml);
  return xml.slice(0, tag.start) + withAttribute(tag.tag, name, value) + xml.slice(tag.end);
}

/** `child` put into element `xml` before its first child named in `before` (or at the end). */
function insertChild(xml: string, child: string, before: string[]): string {
  const tag = rootTag(xml);
  if (tag.tag.endsWith('/>')) {
    const qualified = /^<([^\s/>]+)/.exec(tag.tag)![1];
    return `${xml.slice(0, tag.end).replace(/\s*\/>$/, '>')}${child}</${qualified}>`;
  }
  const inner = xml.slice(tag.end, xml.lastIndexOf('</'));
  const next = childrenOfRoot(inner, true).find((c) => before.includes(c.name));
  const at = tag.end + (next ? next.start : inner.length);
  return xml.slice(0, at) + child + xml.slice(at);
}

/** `xml` with its first child `name` changed by `edit`, or `added` put in before the children named in `before`. */
function editChild(xml: string, name: string, edit: (child: string) => string, added: string, before: string[]): string {
  const found = element(xml.slice(rootTag(xml).end), name);
  if (!found) return insertChild(xml, added, before);
  const offset = rootTag(xml).end;
  return xml.slice(0, offset + found.start) + edit(found.xml) + xml.slice(offset + found.end);
}

/** A canonical form of an xf, so equal styles written otherwise (attribute order, `true` for `1`, an `apply…="0"` left out) are one. */
function xfKey(xml: string): string {
  const tag = rootTag(xml);
  const attrs = Object.entries(attributes(tag.tag))
    .map(([k, v]): [string, string] => [k, v === 'true' ? '1' : v === 'false' ? '0' : v])
    .filter(([k, v]) => !(k.startsWith('apply') && v === '0'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  const inner = tag.tag.endsWith('/>') ? '' : xml.slice(tag.end, xml.lastIndexOf('</')).replace(/>\s+</g, '><').trim();
  return `${attrs.join(' ')}|${inner}`;
}

/** `#RRGGBB` of a colour element's `rgb` (ARGB as written, alpha ignored). */
function rgbOf(xml: string | undefined, name: string): string | undefined {
  const color = xml && element(xml, name);
  const rgb = color ? attributes(rootTag(color.xml).tag).rgb : undefined;
  return rgb && /^[0-9a-fA-F]{6,8}$/.test(rgb) ? `#${rgb.slice(-6).toUpperCase()}` : undefined;
}

const argb = (color: string) => `FF${color.replace(/^#/, '').toUpperCase()}`;

/** Whether a number format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes, and not an elapsed time (`[h]:mm`). */
export function isDateCode(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare);
}

interface Look {
  numberFormat: string | null;
  date: boolean;
  wraps: boolean;
  locked: boolean;
  link: boolean;
}

export class Styles {
  /** The items of each list as written, then the ones appended. */
  private readonly items = new Map<List, string[]>();
  /** How many items each list had as read. */
  private readonly read = new Map<List, number>();
  private readonly customFormats = new Map<number, string>();
  private readonly derived = new Map<string, number>();
  private xfIndex: Map<string, number> | null = null;
  private readonly looks: Look[] = [];
  private hyperlinks: Set<string> | null = null;

  private constructor(
    private readonly xml: string,
    /** True when the package had no styles part: the adapter must add this one. */
    readonly missing: boolean,
    /** The root's namespace prefix with its colon, so new elements match (`x:`). */
    private readonly prefix: string,
  ) {
    const children = childrenOfRoot(xml, false);
    for (const list of Object.keys(ITEM) as List[]) {
      const found = children.find((c) => c.name === list);
      const text = found ? xml.slice(found.start, found.end) : '';
      const items = childrenOfRoot(text, false)
        .filter((c) => c.name === ITEM[list])
        .map((c) => text.slice(c.start, c.end));
      this.items.set(list, items);
      this.read.set(list, items.length);
    }
    for (const numFmt of this.list('numFmts')) {
      const a = attributes(rootTag(numFmt).tag);
      if (a.numFmtId !== undefined && a.formatCode !== undefined) this.customFormats.set(Number(a.numFmtId), decodeEntities(a.formatCode));
    }
  }

  static parse(xml: string | undefined): Styles {
    const text = xml ?? MINIMAL;
    const root = /^<([^\s/>]+)/.exec(rootTag(text).tag)![1];
    return new Styles(text, xml === undefined, root.slice(0, root.indexOf(':') + 1));
  }

  /** Our own XML with the sheet's namespace prefix. */
  private prefixed(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)/g, `<$1${this.prefix}`) : xml;
  }

  private list(name: List): string[] {
    return this.items.get(name)!;
  }

  private xf(i: number): { xml: string; a: Record<string, string> } {
    const xml = this.list('cellXfs')[i] ?? this.prefixed(DEFAULT_XF);
    return { xml, a: attributes(rootTag(xml).tag) };
  }

  /** What cell style `xf` looks like, worked out once per style: readers ask for every cell. */
  private look(xf: number): Look {
    const cached = this.looks[xf];
    if (cached) return cached;
    const { xml, a } = this.xf(xf);
    const id = Number(a.numFmtId ?? 0);
    const custom = this.customFormats.get(id);
    const code = custom ?? BUILT_IN[id];
    const alignment = element(xml, 'alignment');
    const protection = element(xml, 'protection');
    const locked = protection && attributes(rootTag(protection.xml).tag).locked;
    const look: Look = {
      numberFormat: code === undefined || code.toLowerCase() === 'general' ? null : code,
      date: custom === undefined ? isBuiltInDate(id) : isDateCode(custom),
      wraps: !!alignment && isTrue(attributes(rootTag(alignment.xml).tag).wrapText),
      locked: locked === undefined || isTrue(locked),
      link: (a.xfId !== undefined && this.hyperlinkStyles().has(a.xfId)) || this.linkLook(Number(a.fontId ?? 0)),
    };
    if (xf >= 0 && xf < this.list('cellXfs').length) this.looks[xf] = look;
    return look;
  }

  /** Whether font `i` is underlined in the theme's hyperlink colour. */
  private linkLook(i: number): boolean {
    const font = this.list('fonts')[i];
    const u = font && element(font, 'u');
    const color = font && element(font, 'color');
    return !!u && attributes(rootTag(u.xml).tag).val !== 'none' && !!color && attributes(rootTag(color.xml).tag).theme === '10';
  }

  /** The number format code of cell style `xf` (cellXfs index), null for General. */
  numberFormat(xf: number): string | null {
    return this.look(xf).numberFormat;
  }

  /** True when cell style `xf` shows a number as a date (built-in ids 14–22, 45–47, or a code with d/m/y outside quotes and brackets). */
  isDate(xf: number): boolean {
    return this.look(xf).date;
  }

  wraps(xf: number): boolean {
    return this.look(xf).wraps;
  }

  /** Locked unless the style's protection says otherwise: Excel's default for every cell. */
  locked(xf: number): boolean {
    return this.look(xf).locked;
  }

  /** The link look: an underlined font in the theme's hyperlink colour, or Excel's Hyperlink cell style. */
  isLink(xf: number): boolean {
    return this.look(xf).link;
  }

  /** The cellStyleXfs indexes of the Hyperlink cell style. */
  private hyperlinkStyles(): Set<string> {
    if (!this.hyperlinks) {
      this.hyperlinks = new Set();
      for (const style of this.list('cellStyles')) {
        const a = attributes(rootTag(style).tag);
        if (a.builtinId === HYPERLINK_STYLE && a.xfId !== undefined) this.hyperlinks.add(a.xfId);
      }
    }
    return this.hyperlinks;
  }

  /** The cellXfs index of `xf` with `change` applied: an existing equal entry, or one appended (memoised). */
  derive(xf: number, change: StyleChange): number {
    const key = JSON.stringify([xf, change.numberFormat, change.link, change.wrap, change.locked]);
    let found = this.derived.get(key);
    if (found === undefined) {
      found = this.find(this.applied(xf, change), xf);
      this.derived.set(key, found);
    }
    return found;
  }

  /** The XML of cell style `xf` with `change` applied. */
  private applied(xf: number, change: StyleChange): string {
    const p = this.prefix;
    let xml = this.xf(xf).xml;
    const format = change.numberFormat?.toLowerCase() === 'general' ? null : change.numberFormat;
    if (format !== undefined && format !== this.numberFormat(xf)) {
      xml = setOnElement(setOnElement(xml, 'numFmtId', String(this.numFmtId(format ?? 'General'))), 'applyNumberFormat', '1');
    }
    if (change.link === true && !this.isLink(xf)) {
      xml = setOnElement(setOnElement(xml, 'fontId', String(this.linkFont(Number(this.xf(xf).a.fontId ?? 0)))), 'applyFont', '1');
    } else if (change.link === false && this.isLink(xf)) {
      xml = withoutAttribute(setOnElement(xml, 'fontId', '0'), 'applyFont');
      if (this.hyperlinkStyles().has(this.xf(xf).a.xfId ?? '')) xml = setOnElement(xml, 'xfId', '0');
    }
    if (change.wrap !== undefined && change.wrap !== this.wraps(xf)) {
      const aligned = (a: string) => (change.wrap ? setOnElement(setOnElement(a, 'wrapText', '1'), 'vertical', 'top') : setOnElement(a, 'wrapText', '0'));
      xml = setOnElement(editChild(xml, 'alignment', aligned, `<${p}alignment wrapText="1" vertical="top"/>`, ['protection', 'extLst']), 'applyAlignment', '1');
    }
    if (change.locked !== undefined && change.locked !== this.locked(xf)) {
      const locked = change.locked ? '1' : '0';
      xml = setOnElement(
        editChild(xml, 'protection', (e) => setOnElement(e, 'locked', locked), `<${p}protection locked="${locked}"/>`, ['extLst']),
        'applyProtection',
        '1',
      );
    }
    return xml;
  }

  /** The index of an xf equal to `xml`: `base` itself, another existing one, or one appended. */
  private find(xml: string, base: number): number {
    const key = xfKey(xml);
    if (key === xfKey(this.xf(base).xml)) return base;
    if (!this.xfIndex) {
      this.xfIndex = new Map();
      this.list('cellXfs').forEach((x, i) => {
        if (!this.xfIndex!.has(xfKey(x))) this.xfIndex!.set(xfKey(x), i);
      });
    }
    let i = this.xfIndex.get(key);
    if (i === undefined) {
      i = this.append('cellXfs', xml, DEFAULT_XF);
      this.xfIndex.set(key, i);
    }
    return i;
  }

  /** Appends an item to a list (after `first` when the list was empty, so index 0 stays the default) and returns its index. */
  private append(list: List, xml: string, first?: string): number {
    const items = this.list(list);
    if (items.length === 0 && first) items.push(this.prefixed(first));
    return items.push(xml) - 1;
  }

  /** The id of a number format code: built-in, an existing custom one, or a new custom one. */
  private numFmtId(code: string): number {
    if (code.toLowerCase() === 'general') return 0;
    const builtIn = BUILT_IN_ID.get(code);
    if (builtIn !== undefined) return builtIn;
    for (const [id, existing] of this.customFormats) if (existing === code) return id;
    const id = Math.max(FIRST_CUSTOM_ID - 1, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.append('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** A font like font `base`, underlined in the theme's hyperlink colour: an equal existing one or a new one. */
  private linkFont(base: number): number {
    const p = this.prefix;
    let font = this.list('fonts')[base] ?? this.prefixed(DEFAULT_FONT);
    font = editChild(font, 'u', () => `<${p}u/>`, `<${p}u/>`, ['vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme']);
    font = editChild(font, 'color', () => `<${p}color theme="10"/>`, `<${p}color theme="10"/>`, ['name', 'family', 'charset', 'scheme']);
    const existing = this.list('fonts').indexOf(font);
    return existing >= 0 ? existing : this.append('fonts', font, DEFAULT_FONT);
  }

  /** A differential format (dxfs) with a solid fill and optionally a font colour, `#RRGGBB`; returns its index. */
  addDxf(fill: string, fontColor?: string): number {
    const dxfs = this.list('dxfs');
    for (let i = 0; i < dxfs.length; i++) {
      const d = this.dxf(i);
      const onlyColours = dxfs[i].replace(/<\/?(?:[\w.-]+:)?(?:dxf|font|color|fill|patternFill|bgColor|fgColor)(?=[\s/>])[^>]*>/g, '').trim() === '';
      if (onlyColours && d.fill === fill.toUpperCase() && d.fontColor === fontColor?.toUpperCase()) return i;
    }
    const p = this.prefix;
    const font = fontColor ? `<${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` : '';
    return this.append('dxfs', `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`);
  }

  /** The fill and font colour of a dxf, `#RRGGBB`, as addDxf takes them (undefined where it has none). */
  dxf(i: number): { fill?: string; fontColor?: string } {
    const xml = this.list('dxfs')[i];
    if (!xml) return {};
    const fill = element(xml, 'fill')?.xml;
    const fillColor = rgbOf(fill, 'bgColor') ?? rgbOf(fill, 'fgColor');
    const fontColor = rgbOf(element(xml, 'font')?.xml, 'color');
    return {
      ...(fillColor ? { fill: fillColor } : {}),
      ...(fontColor ? { fontColor } : {}),
    };
  }

  get changed(): boolean {
    return [...this.items].some(([list, items]) => items.length !== this.read.get(list));
  }

  /** The part: as read, with the lists appended to rewritten (their counts right) and missing lists made in schema order. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const children = childrenOfRoot(this.xml, false);
    const edits: { start: number; end: number; text: string; order: number }[] = [];
    for (const [list, items] of this.items) {
      const read = this.read.get(list)!;
      if (items.length === read) continue;
      const added = items.slice(read).join('');
      const found = children.find((c) => c.name === list);
      const order = ORDER.indexOf(list);
      if (found) {
        const text = this.xml.slice(found.start, found.end);
        const tag = rootTag(text);
        const qualified = /^<([^\s/>]+)/.exec(tag.tag)![1];
        const open = withAttribute(tag.tag.replace(/\s*\/>$/, '>'), 'count', String(items.length));
        const inner = tag.tag.endsWith('/>') ? '' : text.slice(tag.end, text.lastIndexOf('</'));
        edits.push({
          start: found.start,
          end: found.end,
          text: `${open}${inner}${added}</${qualified}>`,
          order,
        });
      } else {
        const next = children.find((c) => ORDER.indexOf(c.name) > order);
        const at = next ? next.start : this.xml.lastIndexOf('</');
        const name = this.prefix + list;
        edits.push({
          start: at,
          end: at,
          text: `<${name} count="${items.length}">${added}</${name}>`,
          order,
        });
      }
    }
    edits.sort((a, b) => b.start - a.start || b.order - a.order);
    let xml = this.xml;
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    return xml;
  }
}
