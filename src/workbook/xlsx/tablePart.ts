// SKELETON (lead): a table part (xl/tables/tableN.xml): its name, extent, columns and style.

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
  style: { name: string | null; showFirstColumn: boolean; showLastColumn: boolean; showRowStripes: boolean; showColumnStripes: boolean } | null;
}

export function parseTable(xml: string): TablePart {
  throw new Error('todo');
}

/** The part's XML; the autoFilter covers `ref` (minus a totals row) and keeps `filters`. */
export function tableXml(table: TablePart): string {
  throw new Error('todo');
}
