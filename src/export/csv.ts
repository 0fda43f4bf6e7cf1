// CSV as research tools read it without options: UTF-8 without BOM, comma-separated, one header
// row with the field names, `\n` line ends, ISO dates, decimal point, empty for a missing value.
// One row per line in workbook order, so a diff of two exports shows the rows that changed.
import type { ExportTable } from './table';
import type { ExportValue } from './values';

/** Described in the data package as the resource's dialect. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** Quoted only when needed: a comma, quote or line break, or spaces a reader would trim. */
function csvText(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvValue(v: ExportValue): string {
  if (v === null) return '';
  return typeof v === 'number' ? String(v) : csvText(v);
}

export function toCsv(table: ExportTable): Uint8Array {
  const lines = [table.fields.map((f) => csvText(f.name)).join(',')];
  for (const row of table.rows) lines.push(row.map(csvValue).join(','));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
