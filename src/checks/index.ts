// Controleer register: reads every table once and reports findings, in sheet order, without
// changing the workbook. A broken structure (missing table, renamed header) is a finding too, and
// whatever is still readable is checked.
import type { Finding } from '../findings';
import { openRegistry, type RegistryData } from '../registry/read';
import { SYSTEM_SHEET, registrySchema, type RegistrySchema } from '../registry/schema';
import { municipalityOf } from '../registry/ownedLayout';
import { SETTINGS_COLUMNS } from '../registry/settings';
import type { WorkbookPort } from '../workbook/port';
import { acceptancesOf, applyAcceptances, identify, type AcceptedFinding } from './accept';
import { fieldChecks } from './fieldChecks';
import { jumpChecks } from './jumps';
import { CONTROL_TABLE } from './marks';
import { referenceChecks } from './referenceChecks';
import { rowChecks } from './rowChecks';
import type { RowFindings } from './rowFindings';
import { finding, type CheckScope } from '../rules';

export interface CheckResult {
  /** What is still open; the summary counts these. */
  findings: Finding[];
  summary: { errors: number; warnings: number };
  /** Warnings someone accepted on the Controle sheet, for a row that has not changed since. */
  accepted: AcceptedFinding[];
  /** The registry's municipality, for what is printed of the result (the Controle sheet's header). */
  municipality?: string | null;
}

export interface CheckOptions {
  /** Today, for norms whose validity has ended. */
  now?: Date;
  schema?: RegistrySchema;
}

/** The settings as findings: missing or unusable (a registry of a newer version is refused by openRegistry). */
function settingsFindings(data: RegistryData): Finding[] {
  const at = { sheet: SYSTEM_SHEET };
  if (!data.settings.present) return [finding('structuur.instellingen-ontbreken', at)];
  if (!data.settings.parsed.ok) return [finding('instelling.register-ongeldig', at, { problem: data.settings.parsed.problem })];
  return data.settings.invalid.map((i) => finding('instelling.ongeldig', { sheet: i.sheet, row: i.row, column: SETTINGS_COLUMNS[1], cell: i.cell }, { key: i.key, value: i.value, default: i.default }));
}

/**
 * The checks of the rows and across tables, or only those whose findings `scope` asks for: every
 * finding, and each row with the findings on its cells (Toets aan normen takes its blocked rows from these).
 */
export function rowProblems(data: RegistryData, scope?: CheckScope): RowFindings {
  return referenceChecks(data, scope, rowChecks(data, scope));
}

export async function checkRegistry(wb: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const schema = options.schema ?? registrySchema;
  // The Controle sheet's acceptances come in the same read as the registry.
  return checkOpened(await openRegistry(wb, { schema, withoutSettings: true, also: [CONTROL_TABLE] }), options);
}

/** Controleer register on a registry read already (with `also: [CONTROL_TABLE]` for the acceptances). */
export function checkOpened(data: RegistryData, options: CheckOptions = {}): CheckResult {
  const schema = data.schema;
  const all = [...settingsFindings(data), ...data.structure, ...rowProblems(data).all, ...fieldChecks(data, data.settings.thresholds, options.now ?? new Date()), ...jumpChecks(data)];

  // Sheet order of the schema, then row, then column position in the sheet.
  const sheetOrder = (sheet: string) => {
    const i = schema.tables.findIndex((t) => t.sheet === sheet || data.tables.get(t.key)?.sheet === sheet);
    return i < 0 ? schema.tables.length : i;
  };
  const column = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  all.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || column(a.cell).localeCompare(column(b.cell)));
  identify(all, data);
  const control = data.also.get(CONTROL_TABLE);
  const acceptances = control ? acceptancesOf(control) : [];
  const { open: findings, accepted } = applyAcceptances(all, acceptances);
  return {
    findings,
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
    accepted,
    municipality: municipalityOf(data.settings.raw),
  };
}
