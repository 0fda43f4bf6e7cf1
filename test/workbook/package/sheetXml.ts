// Test helper: the top-level elements of a worksheet written by another tool, by local name, as
// the package adapter hands them to sheetRules and sheetLayout; and openpyxl to write such sheets.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { childrenOfRoot } from '../../../src/ooxml/opc';
import { runOpenpyxl } from '../../helpers/openpyxl';

export function sheetElements(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of childrenOfRoot(xml, false)) out.set(c.name, [...(out.get(c.name) ?? []), xml.slice(c.start, c.end)]);
  return out;
}

/** The elements of sheet `n` (its part `sheetN.xml`, as openpyxl and LibreOffice name them) of an .xlsx file. */
export function sheetOf(file: string, n = 1): Map<string, string[]> {
  return sheetElements(strFromU8(unzipSync(readFileSync(file))[`xl/worksheets/sheet${n}.xml`]));
}


/** Runs `body` (Python with `ws`, the active sheet of a new openpyxl workbook) and saves to `file`. */
export async function openpyxlSheet(file: string, body: string): Promise<void> {
  const script = `import sys\nfrom openpyxl import Workbook\nwb = Workbook()\nws = wb.active\nws.title = 'Data'\n${body}\nwb.save(sys.argv[1])\n`;
  await runOpenpyxl(script, [file]);
}
