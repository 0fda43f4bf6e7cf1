// Reads an export the way a researcher's tool would: only datapackage.json and the files, nothing of
// this project's code. CSV through papaparse, Parquet through hyparquet, JSON through JSON.parse;
// values typed by the fields in the data package. Dates come back as `yyyy-mm-dd` text in every format.
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';

export interface Field {
  name: string;
  type: string;
  title?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  [custom: string]: unknown;
}
export interface Resource {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]; missingValues?: string[] };
  [custom: string]: unknown;
}
export interface DataPackage {
  name: string;
  created: string;
  resources: Resource[];
  [custom: string]: unknown;
}
export type Row = Record<string, string | number | null>;

export interface Files {
  path: string;
  data: Uint8Array;
}

export function readPackage(files: readonly Files[]): DataPackage {
  return JSON.parse(new TextDecoder().decode(fileData(files, 'datapackage.json')));
}

export function fileData(files: readonly Files[], path: string): Uint8Array {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path} in the export`);
  return file.data;
}

const arrayBuffer = (data: Uint8Array) => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

function typed(field: Field, value: unknown): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (field.type === 'number') return typeof value === 'number' ? value : Number(value);
  if (field.type === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function readResource(files: readonly Files[], resource: Resource): Promise<Row[]> {
  const data = fileData(files, resource.path);
  let raw: Record<string, unknown>[];
  if (resource.format === 'csv') {
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(data), { header: true, skipEmptyLines: true });
    if (parsed.errors.length) throw new Error(`${resource.path}: ${JSON.stringify(parsed.errors)}`);
    expect(parsed.meta.fields).toEqual(resource.schema.fields.map((f) => f.name));
    raw = parsed.data;
  } else if (resource.format === 'json') {
    raw = JSON.parse(new TextDecoder().decode(data));
  } else {
    raw = (await parquetReadObjects({ file: arrayBuffer(data) })) as Record<string, unknown>[];
  }
  return raw.map((r) => Object.fromEntries(resource.schema.fields.map((f) => [f.name, typed(f, r[f.name])])));
}

export async function readAll(files: readonly Files[]): Promise<Record<string, Row[]>> {
  const pkg = readPackage(files);
  const out: Record<string, Row[]> = {};
  for (const resource of pkg.resources) out[resource.name] = await readResource(files, resource);
  return out;
}

/** The Parquet column types as the file declares them: physical type and logical/converted type. */
export function parquetColumnTypes(data: Uint8Array): Record<string, string> {
  const { schema } = parquetMetadata(arrayBuffer(data));
  return Object.fromEntries(
    schema.slice(1).map((e) => [e.name, [e.type, e.converted_type ?? e.logical_type?.type, e.repetition_type].filter(Boolean).join(' ')]),
  );
}
