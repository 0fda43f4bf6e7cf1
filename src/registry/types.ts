// The vocabulary of the registry schema. The schema itself (schema.ts) is written in these terms,
// and everything else (layout, dropdowns, checks, docs) is derived from it.

/**
 * How a column's values are read and validated.
 * - `id`: the table's key, e.g. `NRM-003` (see TableSpec.idPrefix)
 * - `text`, `longtext`: free text (longtext gets a wider column)
 * - `number`: a number; decimal comma or point
 * - `value`: a number, or a label on the indicator's ordinal scale (energielabel `B`)
 * - `date`: a real Excel date (dd/mm/jjjj)
 * - `period`: `2023`, `2023-S1`, `2023-Q2` or `2023-06`
 * - `url`: a web address or a document-management id
 */
export type ValueType = 'id' | 'text' | 'longtext' | 'number' | 'value' | 'date' | 'period' | 'url';

/** A column of a table; `K` is the literal type of its key in the schema (see schema.ts: ColumnKey). */
export interface ColumnSpec<K extends string = string> {
  /** English identifier used in code. */
  readonly key: K;
  /** Dutch header caption in the workbook. */
  readonly caption: string;
  readonly type: ValueType;
  readonly required?: boolean;
  /** The value must be a key of this table (a base table's ID, a choice list's name). */
  readonly ref?: TableKey;
  /** The value must come from this fixed list on the system sheet. */
  readonly enum?: EnumKey;
  /** Dutch input help shown in Excel when the cell is selected (at most 255 characters). */
  readonly help: string;
  /** What a blank cell means; `init` writes it into the rows a table already has when it adds the column. */
  readonly default?: string;
  /**
   * For a natural-key part that may be empty (Dimensie): what a blank cell is in an export, since
   * a strict Table Schema reader accepts no empty value in a primary key.
   */
  readonly blankKeyAs?: string;
  /** Captions this column had before (a registry made then keeps its header, and it is still this column). */
  readonly formerCaptions?: readonly string[];
}

/** A table of the schema; `K` is the union of its column keys, so code that reads it by key is checked. */
export interface TableSpec<K extends string = string> {
  readonly key: TableKey;
  /** `base` tables hold the registry; `list` tables are the choice lists on their own tabs. */
  readonly kind: 'base' | 'list';
  readonly sheet: string;
  /** Excel table (ListObject) name. */
  readonly table: string;
  /** One Dutch sentence on what a row is, for documentation and the task pane. */
  readonly description: string;
  /** The column whose values other tables refer to; absent for tables nobody refers to by key. */
  readonly keyColumn?: K;
  /**
   * The columns that identify a row when no single key column does (Metingen: indicator, area,
   * period, dimension). Compared by registry/keys.ts; a part may be empty (Dimensie: total).
   */
  readonly naturalKey?: readonly K[];
  /** IDs look like `<prefix>-<number>`, e.g. `NRM-003`. */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnSpec<K>[];
}

export type TableKey =
  | 'dossiers'
  | 'documents'
  | 'indicators'
  | 'norms'
  | 'rules'
  | 'measures'
  | 'intendedEffects'
  | 'intendedExecutions'
  | 'objectives'
  | 'measurements'
  | 'followUps'
  | 'themes'
  | 'aspects'
  | 'sectors'
  | 'livingEnvironment'
  | 'materialFlows'
  | 'areas'
  | 'departments';

export interface EnumSpec {
  readonly key: EnumKey;
  /** Header above the list on the system sheet. */
  readonly caption: string;
  readonly values: readonly string[];
}

export type EnumKey =
  | 'documentType'
  | 'decisionBody'
  | 'indicatorCharacter'
  | 'indicatorKind'
  | 'direction'
  | 'frequency'
  | 'normKind'
  | 'operator'
  | 'objectiveLevel'
  | 'areaLevel'
  | 'measureStatus'
  | 'yesNo'
  | 'indicatorRole'
  | 'lifecycle'
  | 'followUpStatus';

/** Tables an operation writes and owns (users read them; a column a user adds stays). */
export type OwnedTableKey = 'control' | 'overview' | 'rounds' | 'roundAsked' | 'roundProgress' | 'logbook' | 'updateForm' | 'progressForm' | 'tests';

export interface OwnedColumnSpec {
  /** English identifier the operation fills the column by. */
  readonly key: string;
  /** Dutch header caption in the workbook. */
  readonly caption: string;
  /** Width in characters. */
  readonly width: number;
  /** Kept for the operation, not for reading: hidden. */
  readonly hidden?: boolean;
  /** Text that can be longer than the column is wide: it wraps. */
  readonly wrap?: boolean;
  /** On a form: a cell the owner types in (the rest of the sheet is locked). */
  readonly input?: boolean;
}

export interface OwnedTableSpec {
  readonly key: OwnedTableKey;
  readonly sheet: string;
  readonly table: string;
  /** One Dutch sentence on what a row is. */
  readonly description: string;
  /** The operation that writes the table, by its Dutch name. */
  readonly writtenBy: string;
  readonly style: string;
  readonly tabColor?: string;
  /** A sheet for the operations only, not for people. */
  readonly hidden?: boolean;
  /** People print it: A4 landscape, fit to the page width, the header row on every page. */
  readonly printed?: boolean;
  readonly columns: readonly OwnedColumnSpec[];
}
