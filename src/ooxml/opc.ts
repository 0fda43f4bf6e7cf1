// The narrow part of the Open Packaging Conventions the xlsx adapter needs to read and edit a
// package: relationships (where a part points to), part names, content types, and
// the top-level elements of a part's XML root.

/** The SpreadsheetML main namespace, the default one of every part a workbook's cells live in. */
export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface Relationship {
  id: string;
  /** The last segment of the type URI (`table`, `drawing`, `pivotCacheDefinition` …), the same in transitional and strict files. */
  type: string;
  /** The full type URI as written. */
  typeUri: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The whole `<Relationship …/>` element as written. */
  xml: string;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]] = m[2] ?? m[3];
  return out;
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const typeUri = a.Type ?? '';
    return { id: a.Id ?? '', type: typeUri.slice(typeUri.lastIndexOf('/') + 1), typeUri, target: a.Target ?? '', external: a.TargetMode === 'External', xml: m[0] };
  });
}

/** The relationships part of a part (`''` is the package itself). */
export function relsName(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

const directory = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** The part a relationship of `source` points to: absolute targets (openpyxl's `/xl/tables/table1.xml`) and relative ones alike. */
export function resolveTarget(source: string, target: string): string {
  const path = decodeEntities(target).split('#')[0];
  const segments = (path.startsWith('/') ? path.slice(1) : directory(source) + path).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The target that points from `source` to `part`, relative as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = directory(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** The five named entities and numeric character references (`&#233;`, `&#xE9;`, some writers' way with non-ASCII). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9a-fA-F]+));/g, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * What text content and attribute values cannot hold as written: markup characters as entities, tab
 * and line breaks in attributes as references (a parser would turn them into spaces), and the
 * control characters XML 1.0 cannot hold at all as Excel writes them (`_x0001_`).
 */
const IN_TEXT = /[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const IN_ATTRIBUTE = /[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const escapeChar = (c: string) => ENTITY[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

export const escapeText = (text: string) => text.replace(IN_TEXT, escapeChar);

/** An attribute value in double quotes. */
export const escapeAttribute = (text: string) => text.replace(IN_ATTRIBUTE, escapeChar);

/** A start tag with `name` set to `value`, or without it when value is undefined. */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const present = new RegExp(String.raw`\s${name}\s*=\s*(?:"[^"]*"|'[^']*')`);
  if (present.test(tag)) return tag.replace(present, value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`);
  if (value === undefined) return tag;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${escapeAttribute(value)}"${tag.slice(close)}`;
}

/** A top-level element of a part's root: its local name and where it lies in the text. */
export interface Child {
  name: string;
  start: number;
  end: number;
}

const TAG = /<(\/?)([\w:.-]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

/**
 * The elements directly inside the root of `xml`; `insideRoot` when the text starts inside the root,
 * between two of its children (the end of a sheet, after its cells). Comments and processing
 * instructions are skipped.
 */
export function childrenOfRoot(xml: string, insideRoot: boolean): Child[] {
  const children: Child[] = [];
  let depth = insideRoot ? 1 : 0;
  let open: { name: string; start: number } | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (!m[2]) continue;
    const name = m[2].slice(m[2].indexOf(':') + 1);
    if (m[1]) {
      depth--;
      if (depth === 1 && open) {
        children.push({ name: open.name, start: open.start, end: m.index + m[0].length });
        open = null;
      }
    } else if (m[4]) {
      if (depth === 1) children.push({ name, start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 1) open = { name, start: m.index };
      depth++;
    }
  }
  return children;
}

/** The root element's start tag. */
export function rootTag(xml: string): { tag: string; start: number; end: number } {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) if (m[2]) return { tag: m[0], start: m.index, end: m.index + m[0].length };
  throw new Error('no root element');
}

/** Content types: per part (`/xl/charts/chart1.xml`) and per extension. */
export interface ContentTypes {
  overrides: Map<string, string>;
  defaults: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?(Override|Default)\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (m[1] === 'Override' && a.PartName) overrides.set(decodeEntities(a.PartName).replace(/^\//, '').toLowerCase(), a.ContentType);
    if (m[1] === 'Default' && a.Extension) defaults.set(a.Extension.toLowerCase(), a.ContentType);
  }
  return { overrides, defaults };
}

/** The content type a package gives a part. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  return types.overrides.get(part.toLowerCase()) ?? types.defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
}
