// The live flags on Metingen: conditional formats on Waarde that compare the value with the test
// written next to it (Operator, Normwaarde, Bovengrens, Referentiewaarde, Schaal), so the colour
// follows a value typed later without the add-in, in Excel and in LibreOffice. Formulas use only
// functions both know (no LET, no TEXTSPLIT) and stay under Excel's 255 characters per rule.
//
// Ordinal scales: the Schaal cell holds the labels best first (`A++;A+;A;B`); a label's position
// is where `;label;` is found in `;scale;`, which grows with the label's rank, so comparing
// positions compares labels without splitting the scale. Case does not matter (UPPER).
//
// Those columns hold the norm that decided the status; the other norms of a row are limits in the
// Toetsen table (liveTests), which the formats look up by the row's key with COUNTIFS, so a value is
// coloured by every norm that applies. A breach of a norm outranks a target path behind.
import { captionOf, tableSpec, type ColumnKey } from '../registry/schema';
import { columnLetter, parseRange } from '../workbook/address';
import type { ConditionalFormat, TableInfo, WorkbookInfo } from '../workbook/port';
import { TESTS_NAMES, type Limit } from './liveTests';
import { RELATIVE_EPSILON } from './operators';
import { LOOK, STATUS_TEXT, quoted, statusTextFormats } from './status';

/** Schema keys of the Metingen columns the live flags read. */
const READ = ['value', 'status', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale'] as const;
type Cells = Record<(typeof READ)[number], string>;
/** And the key columns the Toetsen table is looked up by (liveTests.testKey). */
const KEY = ['indicator', 'area', 'dimension', 'period'] as const;
type KeyCells = Record<(typeof KEY)[number], string>;

/** A number as a formula writes it: `0.4`, `1E-7`. */
const literal = (n: number) => String(n).toUpperCase();

/** Whether a workbook has the names the Toetsen formats read, i.e. a flag wrote its Toetsen table. */
export const hasTests = (info: WorkbookInfo) => Object.values(TESTS_NAMES).every((name) => name in info.names);

/** The formats that colour a value breaching a limit of its row in the Toetsen table. */
function tableFormats(value: string, key: KeyCells): ConditionalFormat[] {
  const N = TESTS_NAMES;
  const k = KEY.map((c) => key[c]).join('&"|"&');
  const count = (kind: Limit['kind'], ...criteria: string[]) => `COUNTIFS(${[N.key, k, N.kind, `"${kind}"`, ...criteria].join(',')})>0`;
  return [
    `AND(ISNUMBER(${value}),${count('max', N.value, `"<"&${value}`)})`,
    `AND(ISNUMBER(${value}),${count('min', N.value, `">"&${value}`)})`,
    `AND(ISNUMBER(${value}),SUMPRODUCT((${N.key}=${k})*(${N.kind}="gelijk")*(ROUND(${value},${N.decimals})<>${N.value}))>0)`,
    `AND(ISTEXT(${value}),${count('label', N.label, value)})`,
  ].map((formula) => ({ formula, ...LOOK.deviation }));
}

/** Whether `value` breaches any of the limits, as one formula with the limits written in (for a form's row). */
export function limitsFormula(value: string, limits: Limit[]): string | null {
  const numeric = limits.flatMap((l) => {
    if (l.kind === 'max') return [`${value}>${literal(l.value)}`];
    if (l.kind === 'min') return [`${value}<${literal(l.value)}`];
    if (l.kind === 'gelijk') return [`ROUND(${value},${l.decimals})<>${literal(l.value)}`];
    return [];
  });
  const labels = limits.flatMap((l) => (l.kind === 'label' ? [`${value}=${quoted(l.label)}`] : []));
  const parts = [...(numeric.length ? [`AND(ISNUMBER(${value}),OR(${numeric.join(',')}))`] : []), ...(labels.length ? [`AND(ISTEXT(${value}),OR(${labels.join(',')}))`] : [])];
  return parts.length ? (parts.length > 1 ? `OR(${parts.join(',')})` : parts[0]) : null;
}

/** Decimals Normwaarde is written with (0 to 4), as a formula: `gelijk` compares at that precision. */
const decimals = (n: string) => [0, 1, 2, 3].map((k) => `(ROUND(${n},${k})<>${n})`).join('+');

/** Whether a Metingen row's test is a target's path: its status says Op koers or Niet op koers. */
const pathStatus = (status: string) => `OR(${[STATUS_TEXT.on_track, STATUS_TEXT.off_track].map((word) => `${status}=${quoted(word)}`).join(',')})`;

/**
 * The formats on Waarde: which rows are flagged, live, by the test columns; `before` are formats
 * of other norms (a breach of any norm outranks a target path behind). `onPath` says whether the
 * row's test is a target's path (amber, not red, when behind); by default from Metingen's status.
 */
export function valueFormats(c: Cells, before: ConditionalFormat[] = [], onPath = pathStatus(c.status)): ConditionalFormat[] {
  const { value: w, normOperator: o, normValue: n, normUpper: b, normReference: r, normScale: t, status: s } = c;
  const op = (name: string) => `${o}="${name}"`;
  const numbers = (...cells: string[]) => cells.map((x) => `ISNUMBER(${x})`).join(',');
  // Position of a label on the scale; the norm's own labels are written as the scale spells them.
  const pos = (x: string) => `FIND(";"&UPPER(${x})&";",";"&UPPER(${t})&";")`;
  const [pw, pn, pb] = [pos(w), pos(n), pos(b)];
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
    ...before,
    // Behind a target's path is amber, not a breach.
    ...[numericMax, numericMin, ordinalMax, ordinalMin].map((f) => ({ formula: `AND(${onPath},${f})`, ...LOOK.offTrack })),
    ...deviation.map((formula) => ({ formula, ...LOOK.deviation })),
  ];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface FlagFormatOptions {
  /** The Toetsen table's names exist (or are set by the same edit list): every norm colours. */
  tests?: boolean;
}

/**
 * The live flags of a Metingen table as it stands, by column caption: formats for Waarde and
 * Status. Empty when the table lacks a column they read (a registry not yet upgraded by init).
 */
export function flagFormats(table: TableInfo, options: FlagFormatOptions = {}): Map<string, ConditionalFormat[]> {
  const spec = tableSpec('measurements');
  const out = new Map<string, ConditionalFormat[]>();
  if (!same(table.name, spec.table)) return out;
  const range = parseRange(table.address);
  const cells = {} as Cells;
  const captions = {} as Cells;
  const cellOf = (key: ColumnKey<'measurements'>) => {
    const index = table.columns.findIndex((h) => same(h, captionOf('measurements', key)));
    return index < 0 ? null : { cell: `$${columnLetter(range.left + index)}${range.top + 1}`, caption: table.columns[index] };
  };
  for (const key of READ) {
    const found = cellOf(key);
    if (!found) return out;
    cells[key] = found.cell;
    captions[key] = found.caption;
  }
  const keys = KEY.map(cellOf);
  const key = keys.every((k) => k !== null) ? (Object.fromEntries(KEY.map((c, i) => [c, keys[i]!.cell])) as KeyCells) : null;
  out.set(captions.value, valueFormats(cells, options.tests && key ? tableFormats(cells.value, key) : []));
  out.set(captions.status, statusTextFormats(cells.status));
  return out;
}
