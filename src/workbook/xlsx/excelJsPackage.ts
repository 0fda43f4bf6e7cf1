// ExcelJS finds a workbook's parts by fixed names and relative targets, as Excel writes them. Other
// writers are just as valid and write them otherwise: openpyxl gives absolute targets
// (`/xl/tables/table1.xml`) and names its comments `xl/comments/comment1.xml` and
// `xl/drawings/commentsDrawing1.vml`. Before ExcelJS reads a package, its targets are made relative,
// the parts ExcelJS reads are given the names it looks for, and drawings are hidden from it; a part
// it needs that is not there gets a Dutch message naming it.
import type JSZip from 'jszip';
import { lastIndexOfAscii } from '../../bytes';
import { refuse } from '../../rules';
import { dateToSerial } from '../address';
import { parseRelationships, relativeTarget, relsName, resolveTarget, type Relationship } from './opc';

/** Where ExcelJS looks for the parts it reads, per relationship type. */
const NAMES: Record<string, { pattern: RegExp; name(n: number): string; what: string }> = {
  worksheet: { pattern: /^xl\/worksheets\/sheet\d+\.xml$/, name: (n) => `xl/worksheets/sheet${n}.xml`, what: 'een werkblad' },
  sharedStrings: { pattern: /^xl\/sharedStrings\.xml$/, name: () => 'xl/sharedStrings.xml', what: 'de teksten van de cellen' },
  styles: { pattern: /^xl\/styles\.xml$/, name: () => 'xl/styles.xml', what: 'de opmaak' },
  table: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml`, what: 'een tabel' },
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml`, what: 'de opmerkingen van een blad' },
  vmlDrawing: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml`, what: 'de vakjes van de opmerkingen' },
};

const WORKBOOK = 'xl/workbook.xml';
const EMPTY_DRAWING = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>';

/** Makes the package readable for ExcelJS in place; true when anything changed. */
export async function readableForExcelJs(zip: JSZip): Promise<boolean> {
  let changed = false;
  const text = async (name: string) => zip.file(name)?.async('string');
  const root = parseRelationships((await text('_rels/.rels')) ?? '');
  const office = root.find((r) => r.type === 'officeDocument');
  if (office && resolveTarget('', office.target) !== WORKBOOK) {
    throw refuse('werkmap.onderdeel-verplaatst', { part: resolveTarget('', office.target), expected: WORKBOOK });
  }

  /** Renames a part and its relationships part. */
  const move = async (from: string, to: string) => {
    for (const [a, b] of [[from, to], [relsName(from), relsName(to)]]) {
      const file = zip.file(a);
      if (!file) continue;
      zip.file(b, await file.async('uint8array'));
      zip.remove(a);
    }
  };
  const freeName = (naming: (typeof NAMES)[string]) => {
    for (let n = 1; ; n++) if (!zip.file(naming.name(n))) return naming.name(n);
  };

  /** Fixes the relationships of one part; returns them with the part names they now point to. */
  const fix = async (source: string): Promise<(Relationship & { part: string })[]> => {
    const relsPart = relsName(source);
    const xml = await text(relsPart);
    if (xml === undefined) return [];
    let fixed = xml;
    const out: (Relationship & { part: string })[] = [];
    for (const rel of parseRelationships(xml)) {
      if (rel.external) {
        out.push({ ...rel, part: '' });
        continue;
      }
      let part = resolveTarget(source, rel.target);
      const naming = NAMES[rel.type];
      if (naming && !zip.file(part)) {
        throw refuse('werkmap.onderdeel-ontbreekt', { part, what: naming.what, rels: relsPart });
      }
      if (naming && !naming.pattern.test(part)) {
        const to = freeName(naming);
        await move(part, to);
        part = to;
      }
      if (rel.type === 'comments' && (await inRuns(zip, part))) changed = true;
      const target = relativeTarget(source, part);
      if (target !== rel.target) fixed = fixed.replace(rel.xml, rel.xml.replace(/(\bTarget\s*=\s*)(["'])[^"']*\2/, `$1"${target}"`));
      out.push({ ...rel, target, part });
    }
    if (fixed !== xml) {
      zip.file(relsPart, fixed);
      changed = true;
    }
    return out;
  };

  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test((await text(WORKBOOK)) ?? '');
  for (const rel of await fix(WORKBOOK)) {
    if (rel.type !== 'worksheet') continue;
    await fix(rel.part);
    if (await datesAsSerials(zip, rel.part, date1904)) changed = true;
  }
  // Drawings hold charts, shapes and pictures, which ExcelJS reads in part or not at all (openpyxl's
  // unprefixed ones make it fail): it gets them empty, so it writes none, and carryParts.ts brings
  // the loaded ones back whole.
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    zip.file(name, EMPTY_DRAWING);
    changed = true;
  }
  return changed;
}

/**
 * A comment's text as runs: openpyxl and LibreOffice write plain text (`<text><t>…</t></text>`),
 * which ExcelJS reads as an empty note; as one run (what Excel writes) it reads it.
 */
async function inRuns(zip: JSZip, part: string): Promise<boolean> {
  const xml = await zip.file(part)!.async('string');
  const runs = xml.replace(/<text>\s*(<t\b[^>]*>[^<]*<\/t>|<t\/>)\s*<\/text>/g, '<text><r>$1</r></text>');
  if (runs === xml) return false;
  zip.file(part, runs);
  return true;
}

const ISO_DATE_CELL = /<c\b([^>]*?)\st\s*=\s*["']d["']([^>]*)>\s*<v>([^<]*)<\/v>/g;
/** Days between the 1900 and the 1904 date system. */
const DAYS_1904 = 1462;

/**
 * Dates written as ISO text (`<c t="d"><v>2024-06-02T00:00:00</v>`, allowed by the standard,
 * written by openpyxl with iso_dates) as the serial numbers Excel writes: ExcelJS would read the
 * year as the number. Only sheets that have such a cell are decoded.
 */
async function datesAsSerials(zip: JSZip, sheet: string, date1904: boolean): Promise<boolean> {
  const bytes = await zip.file(sheet)?.async('uint8array');
  if (!bytes || lastIndexOfAscii(bytes, 't="d"') < 0) return false;
  const xml = new TextDecoder().decode(bytes);
  const serials = xml.replace(ISO_DATE_CELL, (cell, before: string, after: string, iso: string) => {
    const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
    if (Number.isNaN(time)) return cell;
    return `<c${before}${after}><v>${dateToSerial(new Date(time)) - (date1904 ? DAYS_1904 : 0)}</v>`;
  });
  if (serials === xml) return false;
  zip.file(sheet, serials);
  return true;
}
