// Parquet with typed columns: text as UTF-8 strings, numbers as doubles, dates as DATE (days since
// 1970-01-01). Every column is optional (nullable) whatever the data, so the file's schema is the
// same for every registry. hyparquet-writer is pure JavaScript and writes the same bytes for the
// same rows (no timestamps), which keeps re-exports identical.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExportField, ExportTable } from './table';
import type { ExportValue } from './values';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

function element(field: ExportField): SchemaElement {
  const name = field.name;
  switch (field.type) {
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'OPTIONAL' };
    case 'number':
      return { name, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
    case 'date':
      return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type: 'OPTIONAL' };
  }
}

const DAY = 86_400_000;

/** `2030-12-31` -> days since 1970-01-01, as Parquet stores a DATE. */
function days(iso: ExportValue): number | null {
  if (iso === null) return null;
  const [y, m, d] = String(iso).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}

export function toParquet(table: ExportTable): Uint8Array {
  const columnData = table.fields.map((field, i) => {
    const values = table.rows.map((row) => row[i]);
    return { name: field.name, data: field.type === 'date' ? values.map(days) : values };
  });
  const schema: SchemaElement[] = [{ name: 'root', num_children: table.fields.length }, ...table.fields.map(element)];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: 'Beleidsregister' }));
}
