// SKELETON (lead): a sheet's data validations and conditional formats as the port knows them, read
// from and written to the `<dataValidations>` and `<conditionalFormatting>` elements. Entries the
// port does not model are kept as written.
import type { RangeRef } from '../address';
import type { Validation } from '../port';

/** One `<dataValidation>`: the cells it covers (sqref may list several ranges) and its rule. */
export interface ValidationEntry {
  ranges: RangeRef[];
  /** null when the port has no such rule (textLength, time, …): kept as `xml`. */
  validation: Validation | null;
  xml: string;
}

/** One `<conditionalFormatting>`: its ranges and its expression rules (other rule types kept in `xml`). */
export interface FormatEntry {
  ranges: RangeRef[];
  rules: { formula: string; dxfId: number; priority: number }[];
  /** True when every rule is an expression with a dxf: the entry can be rewritten from `rules`. */
  modelled: boolean;
  xml: string;
}

export function parseValidations(xml: string | undefined): ValidationEntry[] {
  throw new Error('todo');
}

/** The `<dataValidations>` element, or undefined when there are none. */
export function validationsXml(entries: { ranges: RangeRef[]; validation: Validation | null; xml?: string }[]): string | undefined {
  throw new Error('todo');
}

export function parseFormats(xmls: string[]): FormatEntry[] {
  throw new Error('todo');
}

/** One `<conditionalFormatting>` element per entry; priorities as given. */
export function formatsXml(entries: { ranges: RangeRef[]; rules: { formula: string; dxfId: number; priority: number }[] }[]): string[] {
  throw new Error('todo');
}
