// The live flags on Metingen: conditional formats on Waarde that compare the value with the test
// written next to it (Operator, Normwaarde, Bovengrens, Referentiewaarde, Schaal), so the colour
// follows a value typed later without the add-in, in Excel and in LibreOffice. Formulas use only
// functions both know (no LET, no TEXTSPLIT) and stay under Excel's 255 characters per rule.
//
// Ordinal scales: the Schaal cell holds the labels best first (`A++;A+;A;B`); a label's position
// is where `;label;` is found in `;scale;`, which grows with the label's rank, so comparing
// positions compares labels without splitting the scale. Case does not matter (UPPER).
import { captionOf, tableSpec } from '../registry/schema';
import { columnLetter, parseRange } from '../workbook/address';
import type { ConditionalFormat, TableInfo } from '../workbook/port';
import { RELATIVE_EPSILON } from './operators';
import { LOOK, STATUS_TEXT, statusTextFormats } from './status';

/** Schema keys of the Metingen columns the live flags read. */
const READ = ['value', 'status', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale'] as const;
type Cells = Record<(typeof READ)[number], string>;

/** Decimals Normwaarde is written with (0 to 4), as a formula: `gelijk` compares at that precision. */
const decimals = (n: string) => [0, 1, 2, 3].map((k) => `(ROUND(${n},${k})<>${n})`).join('+');

/** The formats on Waarde: which rows are flagged, live. Exported for the tests of the formulas. */
export function valueFormats(c: Cells): ConditionalFormat[] {
  const { value: w, normOperator: o, normValue: n, normUpper: b, normReference: r, normScale: t, status: s } = c;
  const op = (name: string) => `${o}="${name}"`;
  const numbers = (...cells: string[]) => cells.map((x) => `ISNUMBER(${x})`).join(',');
  // Position of a label on the scale; the norm's own labels are written as the scale spells them.
  const pos = (x: string) => `FIND(";"&UPPER(${x})&";",";"&UPPER(${t})&";")`;
  const [pw, pn, pb] = [pos(w), pos(n), pos(b)];
  const target = `ISNUMBER(SEARCH("koers",${s}))`;
  const eps = String(RELATIVE_EPSILON).toUpperCase();

  const numericMax = `AND(${op('max')},${numbers(w, n)},${w}>${n})`;
  const numericMin = `AND(${op('min')},${numbers(w, n)},${w}<${n})`;
  const ordinalMax = `AND(${op('max')},ISTEXT(${n}),${pw}<${pn})`;
  const ordinalMin = `AND(${op('min')},ISTEXT(${n}),${pw}>${pn})`;
  const deviation = [
    numericMax,
    numericMin,
    `AND(${op('tussen')},${numbers(w, n, b)},OR(${w}<${n},${w}>${b}))`,
    `AND(${op('gelijk')},${numbers(w, n)},ROUND(${w},${decimals(n)})<>${n})`,
    `AND(${op('toename max. %')},${numbers(w, n, r)},${r}<>0,(${w}-${r})/ABS(${r})*100>${n}+${eps})`,
    `AND(${op('afname min. %')},${numbers(w, n, r)},${r}<>0,(${r}-${w})/ABS(${r})*100<${n}-${eps})`,
    ordinalMax,
    ordinalMin,
    // Ordinal tussen: Normwaarde is the worse bound, Bovengrens the better one.
    `AND(${op('tussen')},ISTEXT(${n}),OR(${pw}>${pn},${pw}<${pb}))`,
    `AND(${op('gelijk')},ISTEXT(${n}),${pw}<>${pn})`,
  ];
  return [
    // A likely entry error first: its colour says "check this value" whatever the norm says.
    { formula: `${s}="${STATUS_TEXT.outlier}"`, ...LOOK.outlier },
    // Behind a target's path (a row whose status is Op koers or Niet op koers) is amber, not a breach.
    ...[numericMax, numericMin, ordinalMax, ordinalMin].map((f) => ({ formula: `AND(${target},${f})`, ...LOOK.offTrack })),
    ...deviation.map((formula) => ({ formula, ...LOOK.deviation })),
  ];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The live flags of a Metingen table as it stands, by column caption: formats for Waarde and
 * Status. Empty when the table lacks a column they read (a registry not yet upgraded by init).
 */
export function flagFormats(table: TableInfo): Map<string, ConditionalFormat[]> {
  const spec = tableSpec('measurements');
  const out = new Map<string, ConditionalFormat[]>();
  if (!same(table.name, spec.table)) return out;
  const range = parseRange(table.address);
  const cells = {} as Cells;
  const captions = {} as Cells;
  for (const key of READ) {
    const caption = captionOf('measurements', key);
    const index = table.columns.findIndex((h) => same(h, caption));
    if (index < 0) return out;
    cells[key] = `$${columnLetter(range.left + index)}${range.top + 1}`;
    captions[key] = table.columns[index];
  }
  out.set(captions.value, valueFormats(cells));
  out.set(captions.status, statusTextFormats(cells.status));
  return out;
}
