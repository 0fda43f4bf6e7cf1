// One XML element of a worksheet (`<sheetView>`, `<col>`, `<dataValidation>` …) opened just far
// enough to change some of its attributes and children while everything else in it stays as
// written: attribute order, unknown attributes, namespace prefixes of other writers.
import { childrenOfRoot, rootTag } from './opc';
import { escapeAttributeText, escapeText, xmlText } from './xmlText';

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
  return found ? xmlText(found[1]) : undefined;
}

/** Sets (in place, or appended) or removes (undefined) an attribute; `value` is plain text. */
export function setAttribute(e: XmlElement, name: string, value: string | number | undefined): void {
  const at = e.attributes.findIndex(([k]) => k === name);
  if (value === undefined) {
    if (at >= 0) e.attributes.splice(at, 1);
  } else if (at >= 0) e.attributes[at][1] = escapeAttributeText(String(value));
  else e.attributes.push([name, escapeAttributeText(String(value))]);
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
  return xmlText((e.inner ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeText(text)));
}
