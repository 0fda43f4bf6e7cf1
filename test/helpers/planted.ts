// Rows planted in a registry by schema key, the way the fast tests of the mutation runs build their
// small registries: each row's values go to the cells of their columns, the rest stay empty.
import type { Row } from '../../src/registry/defaults';
import { rowCells } from '../../src/registry/layout';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import type { Edit } from '../../src/workbook/port';

export type Planted = Partial<Record<TableKey, Row[]>>;

/** The edits that append the `planted` rows to their tables. */
export function plant(planted: Planted): Edit[] {
  return Object.entries(planted).map(([key, rows]) => {
    const spec = tableSpec(key as TableKey);
    return { kind: 'appendRows', table: spec.table, rows: rows!.map((r) => rowCells(spec, spec.columns.map((c) => c.caption), r)) };
  });
}
