// JSON: per table an array of row objects, keys in field order, null for a missing value, dates as
// `yyyy-mm-dd`. One row per line, so a diff of two exports shows the rows that changed.
import type { ExportTable } from './table';

export function toJson(table: ExportTable): Uint8Array {
  // The same text as JSON.stringify of each row object, without building 100,000 objects first.
  const keys = table.fields.map((f) => `${JSON.stringify(f.name)}:`);
  const rows = table.rows.map((row) => `{${row.map((v, i) => keys[i] + JSON.stringify(v)).join(',')}}`);
  return new TextEncoder().encode(rows.length ? `[\n${rows.join(',\n')}\n]\n` : '[]\n');
}
