// JSON: per table an array of row objects, keys in field order, null for a missing value, dates as
// `yyyy-mm-dd`. One row per line, so a diff of two exports shows the rows that changed.
import type { ExportTable } from './table';

export function toJson(table: ExportTable): Uint8Array {
  const rows = table.rows.map((row) => JSON.stringify(Object.fromEntries(table.fields.map((f, i) => [f.name, row[i]]))));
  return new TextEncoder().encode(rows.length ? `[\n${rows.join(',\n')}\n]\n` : '[]\n');
}
