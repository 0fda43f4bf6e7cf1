// A note may stand on a cell that has nothing else: Excel and ExcelJS then write the note in the
// sheet's comments part but no cell for it in the sheet. ExcelJS hangs the notes it reads on the
// cells it has read, so such a note was lost on load (and with it on the next save). The notes left
// over are hung on their cells here, after ExcelJS has read the package.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { parseCell } from '../address';
import { sheetParts } from './carryParts';
import { decodeEntities, parseRelationships, relsName, resolveTarget } from './opc';

const COMMENT = /<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g;
/** The text runs of a comment; phonetic runs (`<rPh>`) are a reading aid, not text. */
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g;

/** Gives every note of the package's comments parts that ExcelJS did not attach to its cell. */
export async function attachLooseNotes(wb: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  for (const [name, part] of await sheetParts(zip)) {
    const ws = wb.worksheets.find((w) => w.name === name);
    const rels = await zip.file(relsName(part))?.async('string');
    if (!ws || !rels) continue;
    for (const rel of parseRelationships(rels)) {
      if (rel.type !== 'comments' || rel.external) continue;
      const xml = await zip.file(resolveTarget(part, rel.target))?.async('string');
      for (const m of xml?.matchAll(COMMENT) ?? []) {
        const ref = /\bref\s*=\s*["']([^"']+)["']/.exec(m[1])?.[1];
        if (!ref) continue;
        const at = parseCell(ref);
        if (ws.findRow(at.row)?.findCell(at.column)?.note !== undefined) continue;
        const text = [...m[2].replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(TEXT)].map((t) => decodeEntities(t[1])).join('');
        ws.getRow(at.row).getCell(at.column).note = text;
      }
    }
  }
}
