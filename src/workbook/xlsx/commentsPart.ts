// A sheet's notes: the comments part (text per cell) and the legacy VML drawing Excel needs to
// show them (without it Excel shows no note at all). Read from any writer's comments part (Excel,
// LibreOffice, openpyxl's xl/comments/comment1.xml); the authors are not part of a note's text.
import { cellAddress, parseCell } from '../address';
import { attributes, SPREADSHEETML } from '../../ooxml/opc';
import { escapeText, richText } from '../../ooxml/xmlText';

/** Note text per cell address (`B7`, no `$`). */
export type Notes = Map<string, string>;

const COMMENT = /<(?:[\w.-]+:)?comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?comment>)/g;
const TEXT = /<(?:[\w.-]+:)?text\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?text>/;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** Reads a comments part (any writer's: authors, rich text runs joined). */
export function parseComments(xml: string): Notes {
  const notes: Notes = new Map();
  for (const m of xml.matchAll(COMMENT)) {
    const ref = attributes(m[1]).ref?.trim();
    // A comment must name one cell; one that does not cannot be shown anywhere.
    if (!ref || !CELL.test(ref)) continue;
    const at = parseCell(ref);
    notes.set(cellAddress(at.row, at.column), richText(TEXT.exec(m[2] ?? '')?.[1] ?? ''));
  }
  return notes;
}

/** The notes with their 0-based row and column, row by row, then column by column (the order Excel keeps). */
function inOrder(notes: Notes): { ref: string; row: number; column: number; text: string }[] {
  return [...notes]
    .map(([ref, text]) => {
      const at = parseCell(ref);
      return {
        ref: cellAddress(at.row, at.column),
        row: at.row - 1,
        column: at.column - 1,
        text,
      };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Each text is one run without formatting: other readers (ExcelJS) take a note's text only from runs, not from a bare `<t>`. */
export function commentsXml(notes: Notes): string {
  const comments = inOrder(notes).map((n) => `<comment ref="${n.ref}" authorId="0"><text><r><t xml:space="preserve">${escapeText(n.text)}</t></r></text></comment>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${SPREADSHEETML}"><authors><author></author></authors><commentList>${comments.join('')}</commentList></comments>`;
}

/**
 * Where Excel puts a new note: from one column right of the cell to three, from a row above it
 * (a little lower on the first row) four rows down; offsets in pixels of a default cell (64 × 20).
 */
function anchor(row: number, column: number) {
  const top = Math.max(row - 1, 0);
  const topOffset = row > 0 ? 10 : 2;
  return {
    anchor: [column + 1, 15, top, topOffset, column + 3, 15, top + 4, 4],
    left: (column + 1) * 48 + 15 * 0.75,
    top: top * 15 + topOffset * 0.75,
  };
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
/** A note's shape in any writer's drawing (VML keeps the `v:` and `x:` prefixes; a shape holds no shape). */
const NOTE_SHAPE = /<v:shape\b(?:(?!<\/v:shape>)[\s\S])*?ObjectType\s*=\s*["']Note["'][\s\S]*?<\/v:shape>/g;

/** True when a sheet's VML drawing holds shapes besides notes (form controls): it must stay when the notes go. */
export function hasOtherShapes(vml: string): boolean {
  return /<\w+:ClientData\b/.test(vml.replace(NOTE_SHAPE, ''));
}

/**
 * The legacy VML drawing with one hidden note shape per cell, anchored beside it, as Excel writes it.
 * `drawing` is the drawing's first block of 1024 shape ids (`o:idmap`): Excel gives each drawing of
 * the workbook blocks of its own, so the caller passes one no other drawing uses. A new drawing with
 * more than 1023 notes takes the blocks after it too (`data="3,4"`), so the caller's next drawing
 * must start after those. `existing`, the sheet's drawing as read, keeps its idmap and its other
 * shapes (form controls share the drawing with the notes) as they were: only its note shapes are
 * replaced, and ours take ids it does not use; notes beyond its blocks get ids past them (Excel
 * opens such a drawing, but ids could then meet those of the next drawing's block).
 */
export function notesVml(notes: Notes, drawing = 1, existing?: string): string {
  const kept = existing?.replace(NOTE_SHAPE, '');
  const used = new Set([...(kept ?? '').matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g)].map((m) => Number(m[1])));
  let id = drawing * 1024;
  const shapes = inOrder(notes).map((n, i) => {
    while (used.has(++id));
    const at = anchor(n.row, n.column);
    return (
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:${at.left}pt;margin-top:${at.top}pt;width:96pt;height:55.5pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${at.anchor.join(', ')}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.column}</x:Column></x:ClientData>` +
      '</v:shape>'
    );
  });
  const end = kept?.lastIndexOf('</xml>') ?? -1;
  if (kept !== undefined && end >= 0) {
    const type = /\bid\s*=\s*["']_x0000_t202["']/.test(kept) ? '' : SHAPETYPE;
    return `${kept.slice(0, end)}${type}${shapes.join('')}${kept.slice(end)}`;
  }
  const blocks = Array.from({ length: Math.floor(id / 1024) - drawing + 1 }, (_, i) => drawing + i);
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>${SHAPETYPE}${shapes.join('')}</xml>`
  );
}

/** The blocks of shape ids a VML drawing claims (`<o:idmap data="3,4">`). */
export function idBlocks(vml: string): number[] {
  const data = /<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec(vml)?.[1] ?? '';
  return data.split(/[\s,]+/).filter(Boolean).map(Number).filter(Number.isInteger);
}
