// Exporteer: the registry as tidy, typed, documented data for the research environment. One file per
// table in CSV, Parquet or JSON plus a datapackage.json that describes them all. Works on the
// workbook port and returns the files in memory: the CLI writes them to a folder, the task pane
// offers them as a zip (zipFiles). The same registry gives the same bytes; only `created` in
// datapackage.json tells when, and it stays as it was when nothing else changed.
import { refuse } from '../rules';
import type { Finding } from '../findings';
import { checkOpened } from '../checks';
import { CONTROL_TABLE } from '../checks/marks';
import { statusOf } from '../registry/init';
import { openRegistry } from '../registry/read';
import { registrySchema, type RegistrySchema } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';
import { toCsv } from './csv';
import { FORMATS, buildPackage, serializePackage, type CheckCounts, type ExportFormat } from './datapackage';
import { toJson } from './json';
import { toParquet } from './parquet';
import { exportTables, type ExportTable } from './table';

export type { CheckCounts, ExportFormat } from './datapackage';
export { zipFiles } from './zip';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'parquet', 'json'];
export const PACKAGE_FILE = 'datapackage.json';

export interface ExportOptions {
  /** Default csv. */
  format?: ExportFormat;
  /** The export time; default the current time. */
  now?: Date;
  /**
   * The result of Controleer register, written to the data package as `checks`; or `true` to run it
   * on the registry as the export read it (one read for both).
   */
  checks?: CheckCounts | true;
  /**
   * The datapackage.json of the previous export to the same place. When the new export is the same
   * but for the time, its `created` is kept, so an unchanged registry gives byte-identical files
   * and a research repository's diff stays empty.
   */
  previousPackage?: string | Uint8Array;
  /** Default the current registry schema. A table the schema gains (e.g. a Logboek) is exported when the workbook has it. */
  schema?: RegistrySchema;
}

export interface ExportFile {
  path: string;
  data: Uint8Array;
}

export interface ExportedTable {
  /** Resource name in the data package. */
  name: string;
  sheet: string;
  table: string;
  path: string;
  rows: number;
  /** Names of the fields that come from columns a user added. */
  userColumns: string[];
}

/** What the CLI prints and the task pane shows; plain data, printed as JSON by `--json`. */
export interface ExportSummary {
  format: ExportFormat;
  gemeente: { nis: string; naam: string } | null;
  schemaVersion: number | null;
  /** `created` in datapackage.json. */
  created: string;
  /** Nothing changed since the previous export: the files are the same as then. */
  unchanged: boolean;
  tables: ExportedTable[];
  checks: CheckCounts | null;
  /** Missing tables and columns, and values that could not be exported with their column's type. */
  findings: Finding[];
}

export interface ExportResult {
  /** One file per table, then datapackage.json. */
  files: ExportFile[];
  summary: ExportSummary;
}

const writers: Record<ExportFormat, (table: ExportTable) => Uint8Array> = { csv: toCsv, parquet: toParquet, json: toJson };

async function sha256(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function previousCreated(previous: string | undefined): string | null {
  if (!previous) return null;
  try {
    const created = (JSON.parse(previous) as { created?: unknown }).created;
    return typeof created === 'string' ? created : null;
  } catch {
    return null;
  }
}

export async function exportRegistry(wb: WorkbookPort, options: ExportOptions = {}): Promise<ExportResult> {
  const format = options.format ?? 'csv';
  if (!EXPORT_FORMATS.includes(format)) throw refuse('export.formaat', { format });
  const schema = options.schema ?? registrySchema;
  const data = await openRegistry(wb, { schema, also: [CONTROL_TABLE] });
  const status = statusOf(data.settings.parsed, data.settings.present, schema);
  const checks = options.checks === true ? checkOpened(data).summary : options.checks;
  const { tables, findings } = exportTables(data);
  const extension = FORMATS[format].extension;
  const files: ExportFile[] = tables.map((t) => ({ path: `${t.name}.${extension}`, data: writers[format](t) }));
  const described = new Map(await Promise.all(tables.map(async (t, i) => [t.name, { path: files[i].path, bytes: files[i].data.length, sha256: await sha256(files[i].data) }] as const)));

  const build = (created: string) =>
    serializePackage(
      buildPackage({ format, tables, files: described, gemeente: status.gemeente, schemaVersion: status.version, created, checks }),
    );
  const previous = typeof options.previousPackage === 'string' ? options.previousPackage : options.previousPackage && new TextDecoder().decode(options.previousPackage);
  const kept = previousCreated(previous);
  let created = (options.now ?? new Date()).toISOString();
  let pkg = build(created);
  let unchanged = false;
  if (kept !== null) {
    // The bytes and hashes of every file are in the package, so the same package means the same files.
    const again = build(kept);
    if (new TextDecoder().decode(again) === previous) {
      created = kept;
      pkg = again;
      unchanged = true;
    }
  }
  files.push({ path: PACKAGE_FILE, data: pkg });

  return {
    files,
    summary: {
      format,
      gemeente: status.gemeente,
      schemaVersion: status.version,
      created,
      unchanged,
      tables: tables.map((t, i) => ({
        name: t.name,
        sheet: t.sheet,
        table: t.table,
        path: files[i].path,
        rows: t.rows.length,
        userColumns: t.fields.filter((f) => !f.column).map((f) => f.name),
      })),
      checks: checks ?? null,
      findings,
    },
  };
}
