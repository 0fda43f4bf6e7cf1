// Controleer register: reads every table once and reports findings, in sheet order, without
// changing the workbook. A broken structure (missing table, renamed header) is a finding too, and
// whatever is still readable is checked.
import type { Finding } from '../findings';
import { readRegistry } from '../registry/read';
import { registrySchema, type RegistrySchema } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';
import { fieldChecks, thresholds } from './fieldChecks';
import { referenceChecks } from './referenceChecks';
import { rowChecks } from './rowChecks';

export interface CheckResult {
  findings: Finding[];
  summary: { errors: number; warnings: number };
}

export interface CheckOptions {
  /** Today, for norms whose validity has ended. */
  now?: Date;
  schema?: RegistrySchema;
}

export async function checkRegistry(wb: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const schema = options.schema ?? registrySchema;
  const data = await readRegistry(wb, schema);
  const limits = thresholds(data);
  const findings = [...data.structure, ...limits.findings, ...rowChecks(data), ...referenceChecks(data), ...fieldChecks(data, limits.thresholds, options.now ?? new Date())];

  // Sheet order of the schema, then row, then column position in the sheet.
  const sheetOrder = (sheet: string) => {
    const i = schema.tables.findIndex((t) => t.sheet === sheet || data.tables.get(t.key)?.sheet === sheet);
    return i < 0 ? schema.tables.length : i;
  };
  const column = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  findings.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || column(a.cell).localeCompare(column(b.cell)));
  return {
    findings,
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
  };
}
