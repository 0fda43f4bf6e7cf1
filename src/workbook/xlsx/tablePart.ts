// A table part (xl/tables/tableN.xml): its name, extent, columns and style. Read from any writer
// (Excel, LibreOffice without a style and sometimes without a filter, openpyxl), written as Excel
// writes it; what the model does not hold (a user's filter criteria, a calculated column's formula,
// dxf ids) is kept as read.
import { parseRange, rangeAddress, type RangeRef } from '../address';
import { attributes, childrenOfRoot, rootTag, SPREADSHEETML } from '../../ooxml/opc';
import { escapeAttributeText, xmlText } from '../../ooxml/xmlText';

export interface TableColumn {
  id: number;
  name: string;
  /** The element as read, kept when the column is written back unchanged (calculated column formulas, totals). */
  xml?: string;
}

export interface TablePart {
  id: number;
  name: string;
  displayName: string;
  /** Whole table including the header row, e.g. `A1:F11`. */
  ref: string;
  /** Header rows: 1 unless the file says headerRowCount="0". */
  headerRowCount: number;
  totalsRowCount: number;
  columns: TableColumn[];
  /** The autoFilter element's children as read (a user's filter criteria); [] when none. */
  filters: string[];
  /** null: no tableStyleInfo (LibreOffice writes none). */
  style: {
    name: string | null;
    showFirstColumn: boolean;
    showLastColumn: boolean;
    showRowStripes: boolean;
    showColumnStripes: boolean;
  } | null;
  /** The table's own sortState element as read (Excel writes a sort beside the autoFilter); its rows follow the table's. */
  sortState?: string;
  /** false: the file has no autoFilter (no filter buttons) and none is written; absent or true: one is. */
  autoFilter?: boolean;
  /** The root's other unprefixed attributes as read (`totalsRowShown="0" dataDxfId="3"` …), written back as they were. */
  otherAttributes?: string;
  /** The table's extLst element as read (alt text …). */
  extLst?: string;
}

const MCE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MODELLED = new Set(['id', 'name', 'displayName', 'ref', 'headerRowCount', 'totalsRowCount']);

/** The namespaces the root declares, and the prefixes it marks ignorable (Excel's `mc:Ignorable="xr xr3"`). */
interface Scope {
  prefixes: Map<string, string>;
  ignorable: Set<string>;
}

function scopeOf(root: Record<string, string>): Scope {
  const prefixes = new Map<string, string>();
  for (const [key, uri] of Object.entries(root)) if (key.startsWith('xmlns:')) prefixes.set(key.slice(6), uri);
  const mc = [...prefixes].find(([, uri]) => uri === MCE)?.[0];
  return {
    prefixes,
    ignorable: new Set((mc && root[`${mc}:Ignorable`]?.split(/\s+/)) || []),
  };
}

/**
 * An element cut out of the part, made to stand on its own: the namespaces its prefixes (Excel's
 * `xr3:uid`) were declared with on the root are declared on it, ignorable ones marked so again,
 * so it can be written into a root that declares nothing but the main namespace.
 */
function standalone(element: string, scope: Scope): string {
  const used = new Set<string>();
  for (const m of element.matchAll(/<\/?([\w.-]+):|\s([\w.-]+):[\w.-]+\s*=/g)) used.add(m[1] ?? m[2]);
  const declare = [...used].filter((p) => p !== 'xml' && p !== 'xmlns' && scope.prefixes.has(p) && !element.includes(`xmlns:${p}=`));
  if (!declare.length) return element;
  const ignorable = declare.filter((p) => scope.ignorable.has(p));
  const mc = ignorable.length ? ([...scope.prefixes].find(([, uri]) => uri === MCE)?.[0] ?? 'mc') : null;
  const added = [...declare, ...(mc && !declare.includes(mc) ? [mc] : [])].map((p) => ` xmlns:${p}="${scope.prefixes.get(p) ?? MCE}"`).join('');
  const end = /\/?>/.exec(element)!.index;
  return `${element.slice(0, end)}${added}${mc ? ` ${mc}:Ignorable="${ignorable.join(' ')}"` : ''}${element.slice(end)}`;
}

/** The elements directly inside `element` (the text of one element), made to stand on their own. */
function childrenOf(element: string, scope: Scope): { name: string; xml: string }[] {
  return childrenOfRoot(element, false).map((c) => ({
    name: c.name,
    xml: standalone(element.slice(c.start, c.end), scope),
  }));
}

const flag = (value: string | undefined) => value === '1' || value === 'true';

export function parseTable(xml: string): TablePart {
  const root = attributes(rootTag(xml).tag);
  const scope = scopeOf(root);
  const children = childrenOfRoot(xml, false).map((c) => ({
    name: c.name,
    xml: xml.slice(c.start, c.end),
  }));
  const child = (name: string) => children.find((c) => c.name === name)?.xml;
  const autoFilter = child('autoFilter');
  const styleInfo = child('tableStyleInfo');
  const style = styleInfo === undefined ? null : attributes(rootTag(styleInfo).tag);
  const others = Object.entries(root).filter(([key]) => !MODELLED.has(key) && !key.includes(':') && key !== 'xmlns');
  const extLst = child('extLst');
  const sortState = child('sortState');
  return {
    id: Number(root.id),
    name: xmlText(root.name ?? ''),
    displayName: xmlText(root.displayName ?? root.name ?? ''),
    ref: (root.ref ?? '').replace(/\$/g, '').toUpperCase(),
    headerRowCount: root.headerRowCount === undefined ? 1 : Number(root.headerRowCount),
    totalsRowCount: root.totalsRowCount === undefined ? 0 : Number(root.totalsRowCount),
    columns: childrenOf(child('tableColumns') ?? '<tableColumns/>', scope)
      .filter((c) => c.name === 'tableColumn')
      .map((c) => {
        const a = attributes(rootTag(c.xml).tag);
        return { id: Number(a.id), name: xmlText(a.name ?? ''), xml: c.xml };
      }),
    filters: autoFilter === undefined ? [] : childrenOf(autoFilter, scope).map((c) => c.xml),
    style: style && {
      name: style.name === undefined ? null : xmlText(style.name),
      showFirstColumn: flag(style.showFirstColumn),
      showLastColumn: flag(style.showLastColumn),
      showRowStripes: flag(style.showRowStripes),
      showColumnStripes: flag(style.showColumnStripes),
    },
    ...(sortState === undefined ? {} : { sortState: standalone(sortState, scope) }),
    ...(autoFilter === undefined ? { autoFilter: false } : {}),
    ...(others.length
      ? {
          otherAttributes: others.map(([key, value]) => `${key}="${value.replace(/"/g, '&quot;')}"`).join(' '),
        }
      : {}),
    ...(extLst === undefined ? {} : { extLst: standalone(extLst, scope) }),
  };
}

/** A kept column element, when it still says this column's id and name. */
function keptColumn(column: TableColumn): string | undefined {
  if (column.xml === undefined) return undefined;
  const a = attributes(rootTag(column.xml).tag);
  return Number(a.id) === column.id && xmlText(a.name ?? '') === column.name ? column.xml : undefined;
}

/**
 * A kept filter element for the table as it is now: a column's criteria only while that column
 * exists; a sort over the rows the table now has, within its columns (dropped when it sorted a
 * column that is gone: it only records how the rows were last sorted).
 */
function keptFilter(filter: string, table: RangeRef, headerRowCount: number): string | undefined {
  const tag = rootTag(filter).tag;
  const name = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(tag)![1];
  if (name === 'filterColumn') return Number(attributes(tag).colId) <= table.right - table.left ? filter : undefined;
  if (name !== 'sortState') return filter;
  const top = table.top + headerRowCount;
  let outside = top > table.bottom;
  const kept = filter.replace(/(<(?:[\w.-]+:)?(?:sortState|sortCondition)\b[^>]*?\sref\s*=\s*")([^"]*)"/g, (_, start: string, ref: string) => {
    const r = parseRange(ref.replace(/\$/g, ''));
    const left = Math.max(r.left, table.left);
    const right = Math.min(r.right, table.right);
    outside ||= left > right;
    return `${start}${rangeAddress({ top, left, bottom: table.bottom, right })}"`;
  });
  return outside ? undefined : kept;
}

const bit = (on: boolean) => (on ? '1' : '0');

/** Excel repairs (drops) a table whose columns do not fill its range one by one, each with its own name and id: such a part is not written. */
function checkColumns(table: TablePart, r: RangeRef): void {
  const width = r.right - r.left + 1;
  const fail = (what: string) => {
    throw new Error(`Tabel ${table.name} kan niet bewaard worden: ${what}.`);
  };
  if (table.columns.length !== width) fail(`ze heeft ${table.columns.length} kolomnamen voor ${width} kolommen (${table.ref}); Excel vraagt er één per kolom`);
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const c of table.columns) {
    if (!c.name) fail('een kolom heeft geen naam; Excel vraagt voor elke kolom een naam');
    if (names.has(c.name.toLowerCase())) fail(`de kolomnaam "${c.name}" komt twee keer voor; Excel aanvaardt elke kolomnaam één keer (hoofdletters tellen niet)`);
    if (!Number.isInteger(c.id) || c.id < 1 || ids.has(c.id)) fail(`kolom "${c.name}" heeft geen eigen nummer (${c.id})`);
    names.add(c.name.toLowerCase());
    ids.add(c.id);
  }
}

/**
 * The part's XML; the autoFilter covers `ref` (minus a totals row) and keeps `filters`. Throws (in
 * Dutch) when the columns do not fill the range with distinct names and ids, as Excel requires; the
 * names must also be the header cells' texts, which only the caller can see.
 */
export function tableXml(table: TablePart): string {
  const r = parseRange(table.ref);
  checkColumns(table, r);
  const filtered = { ...r, bottom: r.bottom - table.totalsRowCount };
  const counts = `${table.headerRowCount !== 1 ? ` headerRowCount="${table.headerRowCount}"` : ''}${table.totalsRowCount > 0 ? ` totalsRowCount="${table.totalsRowCount}"` : ''}`;
  const filters = table.filters.map((f) => keptFilter(f, filtered, table.headerRowCount)).filter((f) => f !== undefined);
  // Excel gives a table without a header row no filter.
  const autoFilter = table.autoFilter !== false && table.headerRowCount > 0 ? `<autoFilter ref="${rangeAddress(filtered)}"${filters.length ? `>${filters.join('')}</autoFilter>` : '/>'}` : '';
  const sortState = table.sortState === undefined ? '' : (keptFilter(table.sortState, filtered, table.headerRowCount) ?? '');
  const columns = table.columns.map((c) => keptColumn(c) ?? `<tableColumn id="${c.id}" name="${escapeAttributeText(c.name)}"/>`).join('');
  const s = table.style;
  const style = s
    ? `<tableStyleInfo${s.name === null ? '' : ` name="${escapeAttributeText(s.name)}"`} showFirstColumn="${bit(s.showFirstColumn)}" showLastColumn="${bit(s.showLastColumn)}" showRowStripes="${bit(s.showRowStripes)}" showColumnStripes="${bit(s.showColumnStripes)}"/>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${SPREADSHEETML}" id="${table.id}" name="${escapeAttributeText(table.name)}" displayName="${escapeAttributeText(table.displayName)}" ref="${rangeAddress(r)}"${counts}${table.otherAttributes ? ` ${table.otherAttributes}` : ''}>` +
    `${autoFilter}${sortState}<tableColumns count="${table.columns.length}">${columns}</tableColumns>${style}${table.extLst ?? ''}</table>`
  );
}
