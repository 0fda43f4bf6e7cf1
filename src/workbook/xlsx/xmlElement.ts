// One XML element of a worksheet (`<sheetView>`, `<col>`, `<dataValidation>` …) opened just far
// enough to change some of its attributes and children while everything else in it stays as
// written: attribute order, unknown attributes, namespace prefixes of other writers.
import { childrenOfRoot, rootTag } from './opc';

export interface XmlElement {
  /** The namespace prefix with its colon (`x:`), '' for none: new children get the same. */
  prefix: string;
  name: string;
  /** Attributes in written order, values as written (escaped). */
  attributes: [string, string][];
  /** The text between the start and end tag; null for an empty element (`<col …/>`). */
  inner: string | null;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseElement(xml: string): XmlElement {
  const start = rootTag(xml);
  const qualified = /^<([^\s/>]+)/.exec(start.tag)![1];
  const colon = qualified.indexOf(':');
  const attributes: [string, string][] = [];
  for (const m of start.tag.slice(qualified.length + 1).matchAll(ATTRIBUTE)) attributes.push([m[1], m[2] ?? (m[3] as string).replace(/"/g, '&quot;')]);
  const empty = /\/\s*>$/.test(start.tag);
  return { prefix: qualified.slice(0, colon + 1), name: qualified.slice(colon + 1), attributes, inner: empty ? null : xml.slice(start.end, xml.lastIndexOf('</')) };
}

export function elementXml(e: XmlElement): string {
  const tag = e.prefix + e.name;
  const attributes = e.attributes.map(([k, v]) => ` ${k}="${v}"`).join('');
  return e.inner === null || e.inner === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${e.inner}</${tag}>`;
}

/** The decoded value of an attribute, by its name as written (`r:id`). */
export function attribute(e: XmlElement, name: string): string | undefined {
  const found = e.attributes.find(([k]) => k === name);
  return found ? decodeXml(found[1]) : undefined;
}

/** Sets (in place, or appended) or removes (undefined) an attribute; `value` is plain text. */
export function setAttribute(e: XmlElement, name: string, value: string | number | undefined): void {
  const at = e.attributes.findIndex(([k]) => k === name);
  if (value === undefined) {
    if (at >= 0) e.attributes.splice(at, 1);
  } else if (at >= 0) e.attributes[at][1] = escapeAttribute(String(value));
  else e.attributes.push([name, escapeAttribute(String(value))]);
}

/** `1` and `true` (LibreOffice writes the word). */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The elements directly inside `e`, each with its local name and its XML as written. */
export function childElements(e: XmlElement): { name: string; xml: string }[] {
  const inner = e.inner ?? '';
  return childrenOfRoot(inner, true).map((c) => ({ name: c.name, xml: inner.slice(c.start, c.end) }));
}

/** Every element with local name `name` anywhere in `xml` (its children are not searched for more). */
export function elementsNamed(xml: string, name: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<((?:[\\w.-]+:)?${name})(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*>`, 'g');
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (m[0].endsWith('/>')) {
      out.push(m[0]);
      continue;
    }
    const close = xml.indexOf(`</${m[1]}>`, open.lastIndex);
    const end = close < 0 ? xml.length : close + m[1].length + 3;
    out.push(xml.slice(m.index, end));
    open.lastIndex = end;
  }
  return out;
}

/** The text inside an element, decoded. */
export function textOf(xml: string): string {
  const e = parseElement(xml);
  return decodeXml((e.inner ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeText(text)));
}

/** Entities and character references (Excel writes a line break in an attribute as `&#10;`). */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|quot|apos|amp));/g, (_, hex: string, dec: string, named: string) =>
    hex || dec ? String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[named] as string,
  );
}

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** For a double-quoted attribute; line breaks and tabs as references, or a reader turns them into spaces. */
export const escapeAttribute = (text: string) =>
  escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
