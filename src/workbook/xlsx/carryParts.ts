// ExcelJS writes a workbook from its own model, which has no charts, pivot caches and tables,
// slicers, custom XML or printer settings: saved as it is, a workbook would lose them. After
// ExcelJS has written the package, every relationship it does not own is carried over from the
// package that was loaded: the parts it points to (and theirs, all the way down) byte for byte,
// their content types, and the elements of the workbook and the sheets that refer to them.
import JSZip from 'jszip';
import { concatBytes, lastIndexOfAscii } from '../../bytes';
import { attributes, childrenOfRoot, contentTypeOf, decodeEntities, escapeAttribute, parseContentTypes, parseRelationships, relativeTarget, relsName, resolveTarget, rootTag, type Relationship } from './opc';

/** Relationship types ExcelJS reads and writes itself; everything else is carried. */
const OWNED = new Set(['officeDocument', 'core-properties', 'extended-properties', 'worksheet', 'styles', 'theme', 'sharedStrings', 'table', 'comments', 'vmlDrawing', 'hyperlink', 'image']);
/** Never carried: the cached formula order would not match the cells ExcelJS wrote; Excel rebuilds it. */
const DROPPED = new Set(['calcChain']);
/** A sheet has one of these at most: if ExcelJS wrote one (pictures), the loaded one cannot come along. */
const ONE_PER_SHEET = new Set(['drawing', 'legacyDrawingHF']);

/** The order of the children of <worksheet> and of <workbook> (ECMA-376 part 1, §18.3.1.99 and §18.2.27). */
const SHEET_ORDER = 'sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst'.split(' ');
const WORKBOOK_ORDER = 'fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst'.split(' ');

const WORKBOOK = 'xl/workbook.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** True when the loaded package has anything ExcelJS would not write back. */
export async function hasUnowned(original: JSZip): Promise<boolean> {
  for (const name of Object.keys(original.files)) {
    if (!name.endsWith('.rels')) continue;
    for (const rel of parseRelationships(await original.file(name)!.async('string'))) if (!OWNED.has(rel.type) && !DROPPED.has(rel.type)) return true;
  }
  return false;
}

/** The package ExcelJS saved, with what it does not own carried over from the loaded one. */
export async function carryUnowned(original: JSZip, saved: Uint8Array): Promise<Uint8Array> {
  const out = await JSZip.loadAsync(saved);
  const carry = new Carry(original, out, parseContentTypes(await text(original, CONTENT_TYPES)), await text(out, CONTENT_TYPES));
  await carry.scope('', '', []);
  await carry.scope(WORKBOOK, WORKBOOK, WORKBOOK_ORDER);
  const savedSheets = await sheetParts(out);
  for (const [name, part] of await sheetParts(original)) {
    const to = savedSheets.get(name);
    if (to) await carry.scope(part, to, SHEET_ORDER);
  }
  if (!carry.changed) return saved;
  out.file(CONTENT_TYPES, carry.contentTypes);
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

class Carry {
  /** Parts of the loaded package already carried, and their names in the saved one. */
  private readonly copied = new Map<string, string>();
  changed = false;

  constructor(
    private readonly from: JSZip,
    private readonly to: JSZip,
    private readonly types: ReturnType<typeof parseContentTypes>,
    public contentTypes: string,
  ) {}

  /**
   * Carries the relationships of one part (`''`: the package) that ExcelJS does not own, and the
   * elements of its XML that refer to them, placed in `order`.
   */
  async scope(source: string, target: string, order: string[]): Promise<void> {
    const loaded = await this.from.file(relsName(source))?.async('string');
    if (!loaded) return;
    const relsXml = (await this.to.file(relsName(target))?.async('string')) ?? EMPTY_RELS;
    const present = parseRelationships(relsXml);
    const ids = new Set(present.map((r) => r.id));
    const newIds = new Map<string, string>();
    const added: string[] = [];
    for (const rel of parseRelationships(loaded)) {
      if (OWNED.has(rel.type) || DROPPED.has(rel.type)) continue;
      if (ONE_PER_SHEET.has(rel.type) && present.some((r) => r.type === rel.type)) continue;
      let id = rel.id;
      for (let n = 1; ids.has(id); n++) id = `rIdCarried${n}`;
      ids.add(id);
      if (rel.external) {
        added.push(rel.xml.replace(/\bId\s*=\s*(["'])[^"']*\1/, `Id="${id}"`));
      } else {
        const part = await this.copy(resolveTarget(source, rel.target));
        if (part === null) continue;
        added.push(`<Relationship Id="${id}" Type="${escapeAttribute(rel.typeUri)}" Target="${escapeAttribute(relativeTarget(target, part))}"/>`);
      }
      newIds.set(rel.id, id);
    }
    if (!added.length) return;
    this.changed = true;
    const end = relsXml.lastIndexOf('</');
    this.to.file(relsName(target), relsXml.slice(0, end) + added.join('') + relsXml.slice(end));
    if (source) await this.elements(source, target, order, newIds);
  }

  /** Copies a part of the loaded package, with the parts it points to; its name in the saved package, or null when it is not there. */
  private async copy(part: string): Promise<string | null> {
    const done = this.copied.get(part);
    if (done !== undefined) return done;
    const file = this.from.file(part);
    if (!file) return null;
    const bytes = await file.async('uint8array');
    let name = part;
    const present = this.to.file(part);
    if (present) {
      // ExcelJS wrote a part of that name: the same (a picture it kept) is shared, another one gets a new name.
      if (sameBytes(await present.async('uint8array'), bytes)) {
        this.copied.set(part, part);
        return part;
      }
      name = this.freeName(part);
    }
    this.copied.set(part, name);
    this.to.file(name, bytes);
    this.addContentType(part, name);
    const rels = await this.from.file(relsName(part))?.async('string');
    if (rels !== undefined) {
      let xml = rels;
      for (const rel of parseRelationships(rels)) {
        if (rel.external) continue;
        const pointed = resolveTarget(part, rel.target);
        const now = await this.copy(pointed);
        if (now !== null && (now !== pointed || name !== part)) xml = xml.replace(rel.xml, withTarget(rel, relativeTarget(name, now)));
      }
      this.to.file(relsName(name), xml);
    }
    return name;
  }

  private freeName(part: string): string {
    const [, stem, ext] = /^(.*?)\d*(\.[^./]+)?$/.exec(part) as RegExpExecArray;
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext ?? ''}`;
      if (!this.to.file(name) && !this.from.file(name)) return name;
    }
  }

  private addContentType(part: string, name: string): void {
    const type = contentTypeOf(this.types, part);
    if (!type) return;
    const present = parseContentTypes(this.contentTypes);
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    let entry: string;
    if (this.types.overrides.has(part.toLowerCase()) || (present.defaults.has(ext) && present.defaults.get(ext) !== type)) {
      if (present.overrides.has(name.toLowerCase())) return;
      entry = `<Override PartName="/${escapeAttribute(name)}" ContentType="${escapeAttribute(type)}"/>`;
    } else {
      if (present.defaults.has(ext)) return;
      entry = `<Default Extension="${escapeAttribute(ext)}" ContentType="${escapeAttribute(type)}"/>`;
    }
    const end = this.contentTypes.lastIndexOf('</');
    this.contentTypes = this.contentTypes.slice(0, end) + entry + this.contentTypes.slice(end);
  }

  /** The elements of the loaded part that refer to carried relationships, with their new ids, placed in the saved part. */
  private async elements(source: string, target: string, order: string[], newIds: Map<string, string>): Promise<void> {
    const loaded = await partXml(this.from, source);
    const saved = await partXml(this.to, target);
    if (!loaded || !saved) return;
    const refers = (xml: string) => [...xml.matchAll(/\s[\w.-]+:id\s*=\s*["']([^"']*)["']/g)].some((m) => newIds.has(m[1]));
    const renumber = (xml: string) => xml.replace(/(\s[\w.-]+:id\s*=\s*["'])([^"']*)(["'])/g, (all, a: string, id: string, b: string) => (newIds.has(id) ? `${a}${newIds.get(id)}${b}` : all));
    let tail = saved.tail;
    let inserted = '';
    for (const child of childrenOfRoot(loaded.tail, loaded.insideRoot)) {
      const xml = loaded.tail.slice(child.start, child.end);
      if (!order.includes(child.name) || !refers(xml)) continue;
      const kids = childrenOfRoot(tail, saved.insideRoot);
      const same = kids.find((k) => k.name === child.name);
      let piece: string;
      let at: number;
      if (!same) {
        piece = renumber(xml);
        at = kids.find((k) => order.indexOf(k.name) > order.indexOf(child.name))?.start ?? tail.lastIndexOf('</');
      } else if (child.name === 'extLst') {
        // The loaded extensions that refer to carried parts (slicers) go into the extension list ExcelJS wrote.
        piece = childrenOfRoot(xml, false).map((ext) => xml.slice(ext.start, ext.end)).filter(refers).map(renumber).join('');
        at = tail.lastIndexOf('</', same.end - 1);
      } else if (child.name === 'pageSetup') {
        // ExcelJS writes the page setup without its printer settings; they come back by their id.
        piece = /\s[\w.-]+:id\s*=\s*["'][^"']*["']/.exec(renumber(xml))?.[0] ?? '';
        at = same.start + tail.slice(same.start).search(/\s*\/?>/);
      } else {
        continue; // ExcelJS wrote its own (a drawing of pictures): the loaded one cannot come along.
      }
      tail = tail.slice(0, at) + piece + tail.slice(at);
      inserted += piece;
    }
    if (!inserted) return;
    const declarations = missingNamespaces(inserted, loaded.root, saved.root.tag);
    let head = saved.head;
    if (declarations) {
      const at = saved.root.end - (saved.root.tag.endsWith('/>') ? 2 : 1);
      if (saved.insideRoot) head = concatBytes([head.subarray(0, at), encoder.encode(declarations), head.subarray(at)]);
      else tail = tail.slice(0, at) + declarations + tail.slice(at);
    }
    this.to.file(target, concatBytes([head, encoder.encode(tail)]));
  }
}

/**
 * A part's XML in two pieces: a sheet's cells (often far too long for one string) stay bytes in
 * `head`, and `tail` is the text after them, inside the root; any other part is all `tail`. The
 * root's start tag is found in the first bytes (offsets in bytes, the same as in text: it is ASCII).
 */
async function partXml(zip: JSZip, part: string): Promise<{ head: Uint8Array; tail: string; insideRoot: boolean; root: ReturnType<typeof rootTag> } | null> {
  const file = zip.file(part);
  if (!file) return null;
  const bytes = await file.async('uint8array');
  const root = rootTag(decoder.decode(bytes.subarray(0, 16_384)));
  // Both ends of a sheet's cells are 12 characters long.
  const at = Math.max(lastIndexOfAscii(bytes, '</sheetData>'), lastIndexOfAscii(bytes, '<sheetData/>'));
  if (at < 0) return { head: new Uint8Array(0), tail: decoder.decode(bytes), insideRoot: false, root };
  const end = at + '</sheetData>'.length;
  return { head: bytes.subarray(0, end), tail: decoder.decode(bytes.subarray(end)), insideRoot: true, root };
}

/** The declarations of the loaded root that the carried XML uses and the saved root lacks. */
function missingNamespaces(carried: string, loadedRoot: { tag: string }, savedRoot: string): string {
  const used = new Set([...carried.matchAll(/<\/?([\w.-]+):|\s([\w.-]+):[\w.-]+\s*=/g)].map((m) => m[1] ?? m[2]));
  const loaded = attributes(loadedRoot.tag);
  const saved = attributes(savedRoot);
  return [...used]
    .filter((p) => loaded[`xmlns:${p}`] !== undefined && saved[`xmlns:${p}`] === undefined)
    .map((p) => ` xmlns:${p}="${escapeAttribute(decodeEntities(loaded[`xmlns:${p}`]))}"`)
    .join('');
}

function withTarget(rel: Relationship, target: string): string {
  return rel.xml.replace(/(\bTarget\s*=\s*)(["'])[^"']*\2/, `$1"${escapeAttribute(target)}"`);
}

/** The sheet parts of a package, by sheet name. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rels = parseRelationships(await text(zip, relsName(WORKBOOK)));
  const out = new Map<string, string>();
  for (const m of (await text(zip, WORKBOOK)).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel && a.name !== undefined) out.set(decodeEntities(a.name), resolveTarget(WORKBOOK, rel.target));
  }
  return out;
}

const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
