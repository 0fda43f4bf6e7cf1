// The datapackage.json (Frictionless Data Package, v1) that describes an export: every file with its
// fields, types, constraints, units, primary and foreign keys, plus the registry's municipality,
// schema version, export time and check result. Derived from the schema through the export tables;
// a researcher loads the whole registry with its relations from this file alone
// (frictionless-py, the R package frictionless, DuckDB or Power BI by hand).
import { naturalKey } from '../registry/keys';
import { enums, keyColumnOf } from '../registry/schema';
import type { TableSpec } from '../registry/types';
import { CSV_DIALECT } from './csv';
import { snakeCase } from './naming';
import type { ExportField, ExportTable } from './table';

export type ExportFormat = 'csv' | 'parquet' | 'json';

export const FORMATS: Record<ExportFormat, { extension: string; mediatype: string; tabular: boolean }> = {
  csv: { extension: 'csv', mediatype: 'text/csv', tabular: true },
  // A v1 tabular data resource is CSV; Parquet and JSON files are data resources with a table schema.
  parquet: { extension: 'parquet', mediatype: 'application/vnd.apache.parquet', tabular: false },
  json: { extension: 'json', mediatype: 'application/json', tabular: false },
};

export interface CheckCounts {
  errors: number;
  warnings: number;
}

export interface PackageInput {
  format: ExportFormat;
  tables: readonly ExportTable[];
  /** Size and sha256 (hex) of each table's file, by resource name. */
  files: ReadonlyMap<string, { path: string; bytes: number; sha256: string }>;
  gemeente: { nis: string; naam: string } | null;
  schemaVersion: number | null;
  /** RFC 3339 time of the export. */
  created: string;
  checks?: CheckCounts;
}

/** A period: 2023, 2023-S1, 2023-Q2 or 2023-06 (see ValueType). */
const PERIOD_PATTERN = '^[0-9]{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$';

/** The schema's natural key (registry/keys) as field names. */
function primaryKey(spec: TableSpec): string[] | undefined {
  const keys = naturalKey(spec).filter((k) => spec.columns.some((c) => c.key === k));
  return keys.length ? keys.map(snakeCase) : undefined;
}

function fieldDescriptor(field: ExportField, table: ExportTable, key: readonly string[] | undefined): Record<string, unknown> {
  const column = field.column;
  const constraints: Record<string, unknown> = {};
  // A value column's two fields are each empty half the time; "one of the two is filled" cannot be said in a Table Schema.
  // A primary key is never empty: a key part that may be blank in Excel is exported as its marker (blankKeyAs).
  if ((column?.required && !field.part) || key?.includes(field.name)) constraints.required = true;
  if (column?.enum) constraints.enum = [...enums[column.enum].values];
  if (column?.type === 'period') constraints.pattern = PERIOD_PATTERN;
  const hasUnitColumn = table.spec.columns.some((c) => c.key === 'unit');
  return {
    name: field.name,
    title: field.title,
    description: field.description,
    type: field.type,
    ...(Object.keys(constraints).length ? { constraints } : {}),
    // The unit differs per row (per indicator or norm), so a field names the field that holds it.
    ...(hasUnitColumn && field.type === 'number' ? { unitField: 'unit' } : {}),
    ...(column ? {} : { userColumn: true }),
    ...(column && field.index === null ? { missingInWorkbook: true } : {}),
  };
}

function resourceDescriptor(table: ExportTable, input: PackageInput, present: ReadonlySet<string>): Record<string, unknown> {
  const format = FORMATS[input.format];
  const file = input.files.get(table.name);
  if (!file) throw new Error(`Geen bestand voor tabel ${table.name}.`);
  const key = primaryKey(table.spec);
  // A reference to a table the workbook lacks is left out, so every foreign key in the package resolves.
  const foreignKeys = table.spec.columns
    .filter((c) => c.ref && present.has(c.ref))
    .map((c) => {
      const target = table.spec.key === c.ref ? table.spec : input.tables.find((t) => t.spec.key === c.ref)!.spec;
      return { fields: [snakeCase(c.key)], reference: { resource: snakeCase(target.key), fields: [snakeCase(keyColumnOf(target).key)] } };
    });
  return {
    name: table.name,
    path: file.path,
    title: table.sheet,
    description: table.spec.description,
    profile: format.tabular ? 'tabular-data-resource' : 'data-resource',
    format: input.format,
    mediatype: format.mediatype,
    ...(input.format === 'parquet' ? {} : { encoding: 'utf-8' }),
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    ...(input.format === 'csv' ? { dialect: { ...CSV_DIALECT } } : {}),
    sheet: table.sheet,
    table: table.table,
    kind: table.spec.kind === 'base' ? 'basistabel' : 'keuzelijst',
    schema: {
      fields: table.fields.map((f) => fieldDescriptor(f, table, key)),
      missingValues: [''],
      ...(key ? { primaryKey: key } : {}),
      ...(foreignKeys.length ? { foreignKeys } : {}),
    },
  };
}

const DESCRIPTION =
  'Export van een Beleidsregister (vereenvoudigde Kernregistratie Beleid) uit Excel: één bestand per basistabel en keuzelijst. ' +
  'Veldnamen komen uit het schema van Beleidsregister en veranderen niet als een kolomopschrift verandert; title is het opschrift in Excel. ' +
  'Een kolom Waarde of Bovengrens staat als getal in value (upper) en, als ze een label van een ordinale schaal is (bv. energielabel B), als tekst in value_label (upper_label). ' +
  'unitField noemt het veld met de eenheid van de rij. userColumn: een kolom die een gebruiker zelf toevoegde (altijd tekst). ' +
  'missingInWorkbook: een kolom die in de werkmap ontbreekt (leeg). Een primaire sleutel is nooit leeg: een sleutelveld dat in Excel leeg mag zijn (Dimensie: leeg = totaal) heeft dan de vaste waarde die de description van het veld noemt. checks: fouten en waarschuwingen van Controleer register bij de export. ' +
  'created is het moment waarop deze inhoud voor het eerst geëxporteerd werd.';

/** The data package as an object with a fixed key order; serialize with serializePackage. */
export function buildPackage(input: PackageInput): Record<string, unknown> {
  const present = new Set(input.tables.map((t) => t.spec.key));
  const naam = input.gemeente?.naam;
  return {
    profile: FORMATS[input.format].tabular ? 'tabular-data-package' : 'data-package',
    name: input.gemeente ? `beleidsregister-${input.gemeente.nis}` : 'beleidsregister',
    title: naam ? `Beleidsregister ${naam}` : 'Beleidsregister',
    description: DESCRIPTION,
    created: input.created,
    gemeente: input.gemeente,
    schemaVersion: input.schemaVersion,
    ...(input.checks ? { checks: { errors: input.checks.errors, warnings: input.checks.warnings } } : {}),
    resources: input.tables.map((t) => resourceDescriptor(t, input, present)),
  };
}

export function serializePackage(pkg: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(pkg, null, 2) + '\n');
}
