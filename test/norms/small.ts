// A new registry with a few planted rows, for the fast tests the mutation runs use: a mutant then
// costs a fraction of a second instead of the demo's evaluation.
import { Context, today } from '../../src/norms/context';
import { buildModel } from '../../src/norms/model';
import type { Row } from '../../src/registry/defaults';
import { initRegistry } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { openRegistry, type RegistryData } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { NOW } from './helpers';

export type Planted = Partial<Record<TableKey, Row[]>>;

/** A new registry (Gent unless told; null: no municipality) with `planted` rows appended. */
export async function registry(planted: Planted, gemeente: string | null = '44021'): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, gemeente === null ? {} : { gemeente });
  await wb.apply(
    Object.entries(planted).map(([key, rows]) => {
      const spec = tableSpec(key as TableKey);
      return { kind: 'appendRows' as const, table: spec.table, rows: rows!.map((r) => rowCells(spec, spec.columns.map((c) => c.caption), r)) };
    }),
  );
  return wb;
}

/** The registry of `registry`, read as Toets aan normen reads it. */
export async function read(planted: Planted, gemeente: string | null = '44021'): Promise<RegistryData> {
  return openRegistry(await registry(planted, gemeente));
}

/** What the jobs of Toets aan normen look things up in, on `now`. */
export const contextOf = (data: RegistryData, now = NOW) => new Context(buildModel(data), today({ now }));

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
