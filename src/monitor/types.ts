// The shapes shared by the monitor readers and the import: what a reader hands on for each row of a
// file, the errors it collects, and the summary an import returns. One shape each, printed by the CLI
// as JSON and shown by the task pane.
import type { Problem } from '../rules';

/** One value of a row: a measure column's cell. */
export interface RowValue {
  /** Header of the column the value stands in, for addressing errors. */
  column: string;
  /** Added to the dimension when a file has several measure columns (e.g. `Eens` in a survey sheet). */
  label: string | null;
  unit: string | null;
  /** The cell as read: a number, text to be parsed, or null. */
  raw: string | number | null;
}

/** One data row of a monitor file, as a reader understood it; values are still raw. */
export interface MonitorRow {
  /** Line in a CSV (header = line 1), row on an Excel sheet, or row of a Swing table (first = 1). */
  line: number;
  sheet?: string;
  indicator: IndicatorRef;
  area: { name: string | null; code: string | null };
  /** As written in the file (2023, 2023-S1 …); normalised by the import. */
  period: string | number | null;
  /** Column of the period, for addressing errors. */
  periodColumn: string;
  /** Dimension values joined with ` | `; empty for the total. */
  dimension: string;
  values: RowValue[];
  /** Decimal separator to read text values with. */
  decimal: ',' | '.' | 'auto';
}

/** How a file names its indicator: by code (theme sheet, Swing variable, file name) and/or by name. */
export interface IndicatorRef {
  /** Code the file itself gives for certain: a theme sheet's name, a Swing variable. */
  code: string | null;
  /** Name in the file's Indicator column or a Swing header. */
  name: string | null;
  /** Code found in the file name (GSM_Extract_WO_07.xlsx); used when nothing better is known. */
  fileCode: string | null;
  /** Unit the file gives, for an indicator that has to be added from the file itself. */
  unit: string | null;
}

/** A problem with one line or value of a file (or with the whole file when line is null): a rule of the catalogue. */
export interface ImportError extends Problem {
  line: number | null;
  column: string | null;
  sheet?: string;
}

/** Where readers send what they read; the import maps each row to measurements as it arrives. */
export interface RowSink {
  row(row: MonitorRow): void;
  /** A line that could not be read at all; it counts as read and skipped. */
  skip(error: ImportError): void;
  /** Something the user should know that is no error (a catalogue rule, e.g. import.fracties). */
  notice(notice: Problem): void;
}

export interface ImportProgress {
  rowsRead: number;
  /** 0–1 when the size of the input is known. */
  fraction: number | null;
}

/** A measurement an import did not overwrite because it was entered or corrected by hand. */
export interface Conflict {
  indicator: string;
  area: string;
  period: string;
  dimension: string;
  /** Where the value stands, e.g. `Metingen!E17`. */
  cell: string;
  workbookValue: string | number | boolean | null;
  fileValue: number | string;
  line: number;
  sheet?: string;
  /** Rule `import.conflict`, its parameters and its Dutch message. */
  rule: string;
  params: Problem['params'];
  message: string;
}

export interface ImportSummary {
  file: string;
  /** Data rows read from the file (lines for a CSV, rows over all sheets for a theme Excel). */
  rowsRead: number;
  /** The counts below are of values: one per row and measure column. */
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  /** No value in the source (empty field or a marker such as -, x, ?, nvt). */
  empty: number;
  /** Lines or values not imported because of an error; each has an entry in `errors`. */
  skipped: number;
  /** Values of areas outside the selection (other municipalities without --alle-gebieden). Not an error. */
  notSelected: number;
  indicatorsAdded: { id: string; name: string; code: string | null; from: 'catalogus' | 'bestand' }[];
  areasAdded: { code: string; name: string; level: string }[];
  /** Values of merged municipalities recorded on the 2025 municipality. */
  areaMappings: { from: string; fromName: string; to: string; toName: string; values: number }[];
  conflictList: Conflict[];
  /** Things the user should know that are not errors (a sheet left out, fractions read as percentages). */
  notices: Problem[];
}

export interface ImportResult {
  summary: ImportSummary;
  errors: ImportError[];
  /** Whether the workbook was changed (false for a re-import of the same file). */
  changed: boolean;
}
