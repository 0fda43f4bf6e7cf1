// The one rule for comparing keys, used by check, flag, import, round merge and export alike.
// A table's natural key is declared in the schema (TableSpec.naturalKey, else its keyColumn); each
// part is compared by its column's kind:
// - codes (IDs, references, area codes): trimmed, any case; a NIS code without leading zeros (02000 = 2000);
// - periods: in normal form (2023S1 = 2023-S1), see values.parsePeriod;
// - words (Dimensie, a decision): as a person reads them, so case, accents, punctuation and spacing
//   do not matter (`Open bebouwing` = `Open-bebouwing` = `open  bebouwing`).
import type { CellValue } from '../workbook/port';
import { tableSpec } from './schema';
import type { ColumnSpec, TableSpec } from './types';
import { parsePeriod, text } from './values';

/** Words compared as a person does: `Sint-Niklaas` = `sint niklaas`, `Mediaanprijs  huizen` = `mediaanprijs huizen`. */
export function normalText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const codeKeys = new Map<CellValue, string>();

/** A code as a key: trimmed, any case; a NIS code without leading zeros (02000 -> 2000). */
export function codeKey(value: CellValue): string {
  // Check, flag, import and merge ask for the same few codes (indicators, areas) per row: a lookup
  // costs a fraction of the trim, test and lower-casing (the Map is emptied before it grows large).
  let key = codeKeys.get(value);
  if (key === undefined) {
    if (codeKeys.size >= 100_000) codeKeys.clear();
    const s = text(value);
    codeKeys.set(value, (key = /^\d{1,15}$/.test(s) ? String(Number(s)) : s.toLowerCase()));
  }
  return key;
}

/** The key of one cell under `column`, by the rule above; '' for a blank cell. */
export function keyPart(column: Pick<ColumnSpec, 'type' | 'ref'>, value: CellValue): string {
  if (column.type === 'period') {
    const period = parsePeriod(value);
    return period.ok ? period.value.code : codeKey(value);
  }
  if (column.type === 'id' || column.ref) return codeKey(value);
  return normalText(text(value));
}

/** The columns that identify a row of a table: its declared natural key, else its key column. */
export function naturalKey<K extends string>(spec: TableSpec<K>): readonly K[] {
  return spec.naturalKey ?? (spec.keyColumn ? [spec.keyColumn] : []);
}

/**
 * Builds the key of a row of `spec` from its values by column key. Key parts repeat over many rows
 * (a handful of indicators, areas and periods), so each column remembers the parts it computed.
 */
export function rowKeyOf<K extends string>(spec: TableSpec<K>): (value: (key: K) => CellValue) => string {
  const parts = naturalKey(spec).map((key) => {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) throw new Error(`Sleutelkolom ${key} staat niet in tabel ${spec.table} van het schema.`);
    const seen = new Map<CellValue, string>();
    return (raw: CellValue) => {
      let part = seen.get(raw);
      if (part === undefined) seen.set(raw, (part = keyPart(column, raw)));
      return part;
    };
  });
  const keys = naturalKey(spec);
  // Called once per row of Metingen by check, flag, import and merge: one reused array, no array per
  // row. join makes one flat string; `+=` would make a rope that keeps every part and separator alive
  // for as long as the key is held (an import of 795k rows holds each key: about 80 MB more).
  const row: string[] = new Array<string>(parts.length);
  return (value) => {
    for (let i = 0; i < parts.length; i++) row[i] = parts[i](value(keys[i]));
    return row.join('\u0001');
  };
}

const measurementRow = rowKeyOf(tableSpec('measurements'));

/** The natural key of a measurement (schema: indicator, area, period, dimension), by the rule above. */
export function measurementKey(indicator: CellValue, area: CellValue, period: CellValue, dimension: CellValue): string {
  const parts: Record<string, CellValue> = { indicator, area, period, dimension };
  return measurementRow((key) => parts[key]);
}
