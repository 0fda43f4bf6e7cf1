// xl/workbook.xml as the adapter edits it: the sheets, the defined names, the date system, the tab
// the file opens on. Everything else in the part is kept as written, and a part whose fields did
// not change is written back as it was read. Elements are matched by local name (Excel writes no
// prefix, other writers may), and the sheets' relationship ids by the namespace of their prefix.
import { attributes, childrenOfRoot, decodeEntities, escapeAttribute, escapeText, rootTag, withAttribute, type Child } from './opc';
import { isTrue } from './xmlElement';

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id (r:id) from the workbook part to the sheet part. */
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedName {
  name: string;
  /** The formula without `=`, entities decoded (`tblThemas[Thema]`, `'Thema''s'!$A$1:$A$9,Blad2!$B$1`). */
  formula: string;
  /** Set for a name scoped to one sheet (0-based index into sheets); workbook names have none. */
  localSheetId?: number;
  /** Every other attribute of the element as written (hidden, comment …), values decoded, kept on save. */
  rest: Record<string, string>;
}

/** The order of the children of <workbook> (ECMA-376 part 1, §18.2.27). */
export const WORKBOOK_ORDER = 'fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst'.split(' ');

/** The relationships namespace, transitional and strict. */
const RELATIONSHIPS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const ATTRIBUTES = String.raw`((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const SHEET = new RegExp(String.raw`<(?:[\w.-]+:)?sheet\b${ATTRIBUTES}/?>`, 'g');
const DEFINED_NAME = new RegExp(String.raw`<(?:[\w.-]+:)?definedName\b${ATTRIBUTES}(?:/>|>([\s\S]*?)</(?:[\w.-]+:)?definedName\s*>)`, 'g');
const WORKBOOK_VIEW = new RegExp(String.raw`<(?:[\w.-]+:)?workbookView\b${ATTRIBUTES}/?>`);

export class WorkbookPart {
  sheets: SheetEntry[] = [];
  names: DefinedName[] = [];
  /** The 1904 date system (a Mac Excel file): serials count from 1904-01-01. */
  date1904 = false;
  /** 0-based index of the tab the file opens on. */
  activeTab = 0;

  private xml = '';
  /** The fields as read, to write back only what changed. */
  private read = { sheets: '', names: '', date1904: false, activeTab: 0 };

  static parse(xml: string): WorkbookPart {
    const part = new WorkbookPart();
    part.xml = xml;
    const rootNamespaces = namespaces(rootTag(xml).tag);
    for (const child of childrenOfRoot(xml, false)) {
      const text = xml.slice(child.start, child.end);
      if (child.name === 'sheets') part.sheets = parseSheets(text, rootNamespaces);
      else if (child.name === 'definedNames') part.names = parseNames(text);
      else if (child.name === 'workbookPr') part.date1904 = isTrue(attributes(startTag(text)).date1904);
      else if (child.name === 'bookViews') part.activeTab = Number(attributes(WORKBOOK_VIEW.exec(text)?.[0] ?? '').activeTab ?? 0) || 0;
    }
    part.read = part.snapshot();
    return part;
  }

  /** The part again: sheets, definedNames, bookViews/activeTab and workbookPr/date1904 from the fields above, the rest as it was. */
  toXml(): string {
    if (this.sheets.length && this.activeTab >= this.sheets.length) this.activeTab = this.sheets.length - 1;
    const now = this.snapshot();
    const xml = this.xml;
    const root = rootTag(xml);
    const prefix = /^<([\w.-]+:)?/.exec(root.tag)?.[1] ?? '';
    const children = childrenOfRoot(xml, false);
    const edits: { child?: Child; name: string; text: string }[] = [];
    const change = (name: string, text: (old: string | undefined) => string) => {
      const child = children.find((c) => c.name === name);
      edits.push({ child, name, text: text(child && xml.slice(child.start, child.end)) });
    };
    if (now.sheets !== this.read.sheets) change('sheets', () => this.sheetsXml(prefix, namespaces(root.tag)));
    if (now.names !== this.read.names) change('definedNames', () => this.namesXml(prefix));
    if (now.activeTab !== this.read.activeTab) {
      change('bookViews', (old) => {
        const view = old === undefined ? undefined : WORKBOOK_VIEW.exec(old);
        if (!old || !view) return `<${prefix}bookViews><${prefix}workbookView activeTab="${this.activeTab}"/></${prefix}bookViews>`;
        return old.slice(0, view.index) + withAttribute(view[0], 'activeTab', String(this.activeTab)) + old.slice(view.index + view[0].length);
      });
    }
    if (now.date1904 !== this.read.date1904) {
      change('workbookPr', (old) => {
        const value = this.date1904 ? '1' : undefined;
        if (old === undefined) return value ? `<${prefix}workbookPr date1904="1"/>` : '';
        const tag = startTag(old);
        return withAttribute(tag, 'date1904', value) + old.slice(tag.length);
      });
    }
    // Missing elements go before the first child that comes after them in the schema's order, so
    // before that child's own replacement when it is replaced too.
    const end = xml.lastIndexOf('</');
    const placed = edits.map(({ child, name, text }) => {
      if (child) return { start: child.start, end: child.end, rank: WORKBOOK_ORDER.length, text };
      const at = children.find((c) => WORKBOOK_ORDER.indexOf(c.name) > WORKBOOK_ORDER.indexOf(name))?.start ?? end;
      return { start: at, end: at, rank: WORKBOOK_ORDER.indexOf(name), text };
    });
    placed.sort((a, b) => a.start - b.start || a.rank - b.rank);
    let out = '';
    let at = 0;
    for (const edit of placed) {
      out += xml.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + xml.slice(at);
  }

  private snapshot() {
    return { sheets: JSON.stringify(this.sheets), names: JSON.stringify(this.names), date1904: this.date1904, activeTab: this.activeTab };
  }

  private sheetsXml(prefix: string, rootNamespaces: Map<string, string>): string {
    const bound = [...rootNamespaces].find(([, uri]) => RELATIONSHIPS.has(uri))?.[0];
    const r = bound ?? 'r';
    const declaration = bound ? '' : ` xmlns:r="${[...RELATIONSHIPS][0]}"`;
    const sheets = this.sheets.map((s) => `<${prefix}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${s.state === 'visible' ? '' : ` state="${s.state}"`} ${r}:id="${escapeAttribute(s.rId)}"/>`);
    return `<${prefix}sheets${declaration}>${sheets.join('')}</${prefix}sheets>`;
  }

  private namesXml(prefix: string): string {
    if (!this.names.length) return '';
    const names = this.names.map((n) => {
      const rest = Object.entries(n.rest).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`);
      const local = n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`;
      return `<${prefix}definedName name="${escapeAttribute(n.name)}"${rest.join('')}${local}>${escapeText(n.formula)}</${prefix}definedName>`;
    });
    return `<${prefix}definedNames>${names.join('')}</${prefix}definedNames>`;
  }
}

/** The `xmlns:p` declarations of a start tag: prefix → namespace. */
function namespaces(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(attributes(tag))) if (key.startsWith('xmlns:')) out.set(key.slice(6), decodeEntities(value));
  return out;
}

function startTag(element: string): string {
  return new RegExp(String.raw`^<[\w:.-]+${ATTRIBUTES}/?>`).exec(element)?.[0] ?? '';
}

function parseSheets(xml: string, rootNamespaces: Map<string, string>): SheetEntry[] {
  const outer = new Map([...rootNamespaces, ...namespaces(startTag(xml))]);
  return [...xml.matchAll(SHEET)].map((m) => {
    const a = attributes(m[0]);
    const bound = new Map([...outer, ...namespaces(m[0])]);
    // The id in the relationships namespace, whatever its prefix; `r:id` when no prefix is bound to it.
    const idKey = Object.keys(a).find((k) => k.endsWith(':id') && RELATIONSHIPS.has(bound.get(k.slice(0, -3)) ?? '')) ?? 'r:id';
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    return { name: decodeEntities(a.name ?? ''), sheetId: Number(a.sheetId), rId: decodeEntities(a[idKey] ?? ''), state };
  });
}

function parseNames(xml: string): DefinedName[] {
  return [...xml.matchAll(DEFINED_NAME)].map((m) => {
    const rest: Record<string, string> = {};
    for (const [key, value] of Object.entries(attributes(m[1]))) rest[key] = decodeEntities(value);
    const { name = '', localSheetId } = rest;
    delete rest.name;
    delete rest.localSheetId;
    const formula = decodeEntities(m[2] ?? '');
    return localSheetId === undefined ? { name, formula, rest } : { name, formula, localSheetId: Number(localSheetId), rest };
  });
}
