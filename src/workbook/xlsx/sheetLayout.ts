// A sheet's looks and print set-up as the port edits them, on the raw XML of the elements involved;
// attributes and children the port does not know are kept.
import { attribute, childElements, elementsNamed, elementXml, isTrue, parseElement, setAttribute, textOf, type XmlElement } from '../../ooxml/xmlElement';
import { escapeAttributeText, escapeText } from '../../ooxml/xmlText';

/** `<cols>`: widths (characters), hidden, and the style given to a whole column. */
export interface ColumnLook {
  width?: number;
  hidden?: boolean;
  style?: number;
  /** The col's other attributes as written (` outlineLevel="1" bestFit="1"`), kept. */
  rest?: string;
}

const COLUMN_OWN = new Set(['min', 'max', 'width', 'customWidth', 'hidden', 'style']);

export function parseColumns(xml: string | undefined): Map<number, ColumnLook> {
  const columns = new Map<number, ColumnLook>();
  if (!xml) return columns;
  for (const col of elementsNamed(parseElement(xml).inner ?? '', 'col')) {
    const e = parseElement(col);
    const look: ColumnLook = {};
    const width = attribute(e, 'width');
    const style = attribute(e, 'style');
    if (width !== undefined) look.width = Number(width);
    if (isTrue(attribute(e, 'hidden'))) look.hidden = true;
    // LibreOffice writes style="0" on every column: the default, not a style of its own.
    if (style !== undefined && style !== '0') look.style = Number(style);
    const rest = e.attributes.filter(([name]) => !COLUMN_OWN.has(name)).map(([name, value]) => ` ${name}="${value}"`).join('');
    if (rest) look.rest = rest;
    const min = Number(attribute(e, 'min'));
    const max = Number(attribute(e, 'max') ?? min);
    // A copy per column: the caller changes one column of a range.
    for (let c = min; c <= max; c++) columns.set(c, { ...look });
  }
  return columns;
}

/** Excel's default column width (8.43 characters of Calibri 11) as it stores it. */
export const DEFAULT_WIDTH = 9.140625;

/**
 * The `<cols>` element for these columns (ranges of equal neighbours joined), undefined when none.
 * A column without a width gets `defaultWidth` (the sheet's `<sheetFormatPr defaultColWidth>` when
 * it has one): Excel shows a `<col>` without a width as a hidden column.
 */
export function columnsXml(columns: Map<number, ColumnLook>, defaultWidth = DEFAULT_WIDTH): string | undefined {
  const numbers = [...columns.keys()].filter((c) => !isPlain(columns.get(c) as ColumnLook)).sort((a, b) => a - b);
  const cols: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    const look = columns.get(numbers[i]) as ColumnLook;
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1 && sameLook(columns.get(numbers[j + 1]) as ColumnLook, look)) j++;
    // Widths as given: characters of the default font.
    const width = look.width === undefined ? ` width="${defaultWidth}"` : ` width="${look.width}" customWidth="1"`;
    const style = look.style === undefined ? '' : ` style="${look.style}"`;
    cols.push(`<col min="${numbers[i]}" max="${numbers[j]}"${width}${style}${look.hidden ? ' hidden="1"' : ''}${look.rest ?? ''}/>`);
    i = j + 1;
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : undefined;
}

const isPlain = (look: ColumnLook) => look.width === undefined && !look.hidden && look.style === undefined && !look.rest;
const sameLook = (a: ColumnLook, b: ColumnLook) => a.width === b.width && !!a.hidden === !!b.hidden && a.style === b.style && (a.rest ?? '') === (b.rest ?? '');

/** The first `<sheetView>`: frozen rows, active cell, selected tab. */
export interface SheetView {
  frozenRows?: number;
  activeCell?: string;
  tabSelected?: boolean;
}

export function parseView(sheetViews: string | undefined): SheetView {
  const first = sheetViews ? elementsNamed(parseElement(sheetViews).inner ?? '', 'sheetView')[0] : undefined;
  if (!first) return {};
  const e = parseElement(first);
  const children = childElements(e);
  const pane = children.find((c) => c.name === 'pane');
  const view: SheetView = {};
  if (pane) {
    const p = parseElement(pane.xml);
    const rows = Number(attribute(p, 'ySplit') ?? 0);
    if (['frozen', 'frozenSplit'].includes(attribute(p, 'state') ?? '') && rows > 0) view.frozenRows = rows;
  }
  const active = activeCellOf(children, pane);
  if (active) view.activeCell = active;
  if (isTrue(attribute(e, 'tabSelected'))) view.tabSelected = true;
  return view;
}

/** The active cell of the selection in the active pane (the first selection without a pane). */
function activeCellOf(children: { name: string; xml: string }[], pane: { xml: string } | undefined): string | undefined {
  const activePane = pane ? (attribute(parseElement(pane.xml), 'activePane') ?? 'topLeft') : 'topLeft';
  const selections = children.filter((c) => c.name === 'selection').map((c) => parseElement(c.xml));
  const selection = selections.find((s) => (attribute(s, 'pane') ?? 'topLeft') === activePane) ?? selections[0];
  return selection && attribute(selection, 'activeCell');
}

/**
 * `<sheetViews>` with the first view changed as asked (pane and selection rewritten), other views
 * and the view's other attributes (zoomScale, showGridLines …) kept. A field left out stays as it
 * is; frozenRows 0 removes the freeze, tabSelected false the selected tab.
 */
export function viewXml(sheetViews: string | undefined, view: SheetView): string {
  const outer = parseElement(sheetViews ?? '<sheetViews/>');
  const children = childElements(outer);
  const at = children.findIndex((c) => c.name === 'sheetView');
  const e = parseElement(at >= 0 ? children[at].xml : `<${outer.prefix}sheetView workbookViewId="0"/>`);
  if (view.tabSelected !== undefined && view.tabSelected !== isTrue(attribute(e, 'tabSelected'))) setAttribute(e, 'tabSelected', view.tabSelected ? '1' : undefined);
  const current = parseView(`<sheetViews>${elementXml(e)}</sheetViews>`);
  const frozen = view.frozenRows ?? current.frozenRows ?? 0;
  const cell = view.activeCell ?? current.activeCell;
  // Rewritten only when they change: a split or frozen columns a user made stay otherwise.
  const paneChanged = frozen !== (current.frozenRows ?? 0);
  if (paneChanged || cell !== current.activeCell) {
    const inside = childElements(e);
    const p = e.prefix;
    const oldPane = inside.find((c) => c.name === 'pane')?.xml;
    const pane = !paneChanged ? (oldPane ?? '') : frozen > 0 ? `<${p}pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` : '';
    // One selection, in the pane that is active (Excel's defaults fill in the others).
    const activePane = pane ? (attribute(parseElement(pane), 'activePane') ?? 'topLeft') : 'topLeft';
    const where = (activePane === 'topLeft' ? '' : ` pane="${activePane}"`) + (cell ? ` activeCell="${escapeAttributeText(cell)}" sqref="${escapeAttributeText(cell)}"` : '');
    const selection = where ? `<${p}selection${where}/>` : '';
    const kept = inside.filter((c) => c.name !== 'pane' && c.name !== 'selection').map((c) => c.xml);
    e.inner = pane + selection + kept.join('');
  }
  const views = children.map((c) => c.xml);
  if (at >= 0) views[at] = elementXml(e);
  else views.unshift(elementXml(e));
  outer.inner = views.join('');
  return elementXml(outer);
}

/** `<sheetPr>`'s tab colour (`#RRGGBB`) and fit-to-page flag, other content kept. */
export function sheetPrXml(sheetPr: string | undefined, change: { tabColor?: string; fitToPage?: boolean }): string {
  const e = parseElement(sheetPr ?? '<sheetPr/>');
  const children = childElements(e);
  const p = e.prefix;
  const find = (name: string) => children.find((c) => c.name === name)?.xml;
  const tabColor = change.tabColor === undefined ? find('tabColor') : `<${p}tabColor rgb="FF${change.tabColor.replace('#', '').toUpperCase()}"/>`;
  let setUp = find('pageSetUpPr');
  if (change.fitToPage !== undefined) {
    const s = parseElement(setUp ?? `<${p}pageSetUpPr/>`);
    setAttribute(s, 'fitToPage', change.fitToPage ? '1' : undefined);
    setUp = s.attributes.length ? elementXml(s) : undefined;
  }
  // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
  const others = children.filter((c) => !['tabColor', 'outlinePr', 'pageSetUpPr'].includes(c.name)).map((c) => c.xml);
  e.inner = [tabColor, find('outlinePr'), setUp, ...others].filter(Boolean).join('');
  return elementXml(e);
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** A4 = 9. */
  paperSize: number;
  fitToWidth: number;
  fitToHeight: number;
}

/** `<pageSetup>` changed as asked (r:id to printer settings and other attributes kept). */
export function pageSetupXml(pageSetup: string | undefined, setup: PrintSetup): string {
  const e = parseElement(pageSetup ?? '<pageSetup/>');
  // Excel's attribute order for a new element.
  for (const name of ['paperSize', 'fitToWidth', 'fitToHeight', 'orientation'] as const) setAttribute(e, name, setup[name]);
  return elementXml(e);
}

/** What the element says; an attribute left out (Excel's defaults: fit 1×1, portrait) is left out here too. */
export function parsePageSetup(pageSetup: string | undefined): Partial<PrintSetup> {
  if (!pageSetup) return {};
  const e = parseElement(pageSetup);
  const out: Partial<PrintSetup> = {};
  const orientation = attribute(e, 'orientation');
  if (orientation === 'portrait' || orientation === 'landscape') out.orientation = orientation;
  for (const name of ['paperSize', 'fitToWidth', 'fitToHeight'] as const) {
    const value = attribute(e, name);
    if (value !== undefined) out[name] = Number(value);
  }
  return out;
}

const HEADER_FOOTER_ORDER = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'];

/** `<headerFooter>` with the odd header set (text as Excel stores it, e.g. `&CRapport`); '' removes it. */
export function headerFooterXml(headerFooter: string | undefined, oddHeader: string): string {
  const e = parseElement(headerFooter ?? '<headerFooter/>');
  const children = childElements(e).filter((c) => c.name !== 'oddHeader');
  if (oddHeader) children.push({ name: 'oddHeader', xml: `<${e.prefix}oddHeader>${escapeText(oddHeader)}</${e.prefix}oddHeader>` });
  children.sort((a, b) => HEADER_FOOTER_ORDER.indexOf(a.name) - HEADER_FOOTER_ORDER.indexOf(b.name));
  e.inner = children.map((c) => c.xml).join('');
  return elementXml(e);
}

export function oddHeader(headerFooter: string | undefined): string | undefined {
  if (!headerFooter) return undefined;
  const found = childElements(parseElement(headerFooter)).find((c) => c.name === 'oddHeader');
  return found && textOf(found.xml);
}

/** `<rowBreaks>` with a manual break after each row listed (Excel stores the row above the break), undefined when none. */
export function rowBreaksXml(after: number[]): string | undefined {
  const rows = [...new Set(after)].filter((r) => r > 0).sort((a, b) => a - b);
  if (!rows.length) return undefined;
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

/** The rows with a manual break after them. */
export function parseRowBreaks(rowBreaks: string | undefined): number[] {
  if (!rowBreaks) return [];
  return elementsNamed(parseElement(rowBreaks).inner ?? '', 'brk')
    .map(parseElement)
    .filter((b) => isTrue(attribute(b, 'man')))
    .map((b) => Number(attribute(b, 'id') ?? 0));
}

/**
 * `<sheetProtection>` without a password, selecting allowed, formatting columns and rows allowed
 * (in the file an action "0" is not protected, i.e. allowed; objects and scenarios "1" are protected).
 */
export function protectionXml(): string {
  return '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
}

export function isProtected(sheetProtection: string | undefined): boolean {
  return !!sheetProtection && isTrue(attribute(parseElement(sheetProtection), 'sheet'));
}

/**
 * Internal links (`<hyperlink ref location display>`) on one cell: location per plain upper-case
 * address (`$a$2` is read as `A2`). Links to web pages or files (r:id) and links over a range
 * (`A2:B2`, as Excel writes one on merged or selected cells) are kept as xml in `other`.
 */
export interface Hyperlinks {
  internal: Map<string, string>;
  other: string[];
  /** The text a link shows (`display`) per cell address, where known; written with the link. */
  display?: Map<string, string>;
}

export function parseHyperlinks(xml: string | undefined): Hyperlinks {
  const links: Hyperlinks = { internal: new Map(), other: [], display: new Map() };
  if (!xml) return links;
  for (const link of elementsNamed(parseElement(xml).inner ?? '', 'hyperlink')) {
    const e = parseElement(link);
    const ref = plainCell(attribute(e, 'ref'));
    const location = attribute(e, 'location');
    if (ref === undefined || location === undefined || idOf(e) !== undefined) {
      links.other.push(link);
      continue;
    }
    links.internal.set(ref, location);
    const display = attribute(e, 'display');
    if (display !== undefined) links.display?.set(ref, display);
  }
  return links;
}

/** `<hyperlinks>`, undefined when none. An external link on a cell that has an internal one now is dropped. */
export function hyperlinksXml(links: Hyperlinks): string | undefined {
  const internal = [...links.internal].map(([ref, location]) => {
    const display = links.display?.get(ref);
    return `<hyperlink ref="${escapeAttributeText(ref)}" location="${escapeAttributeText(location)}"${display === undefined ? '' : ` display="${escapeAttributeText(display)}"`}/>`;
  });
  const other = links.other.filter((xml) => {
    const ref = attribute(parseElement(xml), 'ref');
    return ref === undefined || !links.internal.has(ref);
  });
  const all = [...internal, ...other];
  return all.length ? `<hyperlinks>${all.join('')}</hyperlinks>` : undefined;
}

/** `$a$2` → `A2`; undefined for a range or anything else. */
function plainCell(ref: string | undefined): string | undefined {
  const m = ref === undefined ? null : /^\s*\$?([A-Za-z]{1,3})\$?(\d+)\s*$/.exec(ref);
  return m ? `${m[1].toUpperCase()}${m[2]}` : undefined;
}

/** The relationship id (`r:id`, whatever the prefix) an element names. */
export function relationshipId(xml: string | undefined): string | undefined {
  return xml ? idOf(parseElement(xml)) : undefined;
}

const idOf = (e: XmlElement) => e.attributes.find(([name]) => name.endsWith(':id'))?.[1];

