// A finding: one problem found in a workbook, addressed to the cell, with a Dutch message that says
// what is wrong and what a right value looks like. Checks, init and imports all report findings in
// this one shape; the CLI prints them as JSON, the task pane lists them.

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Stable rule id, e.g. `structuur.tabel-ontbreekt`. */
  rule: string;
  sheet: string;
  /** Worksheet row number, or null for a finding about a whole sheet or table. */
  row: number | null;
  /** Column caption as it stands in the header, or null. */
  column: string | null;
  /** A1 address of the cell, or null. */
  cell: string | null;
  message: string;
  /** The rule's parameters the message was made from, so it can be rendered in another language. */
  params?: Record<string, string | number | null | undefined>;
}
