// A new registry with a few planted rows, for the fast tests the mutation runs use: a mutant then
// costs a fraction of a second instead of the demo's evaluation.
import { Context, today } from '../../src/norms/context';
import { buildModel } from '../../src/norms/model';
import { initRegistry } from '../../src/registry/init';
import { openRegistry, type RegistryData } from '../../src/registry/read';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { NOW } from './helpers';
import { plant, type Planted } from '../helpers/planted';

export type { Planted };

/** A new registry (Gent unless told; null: no municipality) with `planted` rows appended. */
export async function registry(planted: Planted, gemeente: string | null = '44021'): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, gemeente === null ? {} : { gemeente });
  await wb.apply(plant(planted));
  return wb;
}

/** The registry of `registry`, read as Toets aan normen reads it. */
export async function read(planted: Planted, gemeente: string | null = '44021'): Promise<RegistryData> {
  return openRegistry(await registry(planted, gemeente));
}

/** What the jobs of Toets aan normen look things up in, on `now`. */
export const contextOf = (data: RegistryData, now = NOW) => new Context(buildModel(data), today({ now }));

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
