// Controleer register: reads every table once and reports findings, in sheet order, without
// changing the workbook. A broken structure (missing table, renamed header) is a finding too, and
// whatever is still readable is checked.
import { UserError } from '../errors';
import type { Finding } from '../findings';
import { readRegistry, type RegistryData } from '../registry/read';
import { SETTINGS_TABLE, SYSTEM_SHEET, registrySchema, type RegistrySchema } from '../registry/schema';
import { municipalityOf } from '../registry/ownedLayout';
import { parseSettings, settingsFromRows } from '../registry/settings';
import type { WorkbookPort } from '../workbook/port';
import { acceptancesOf, applyAcceptances, identify, type AcceptedFinding } from './accept';
import { fieldChecks, thresholds } from './fieldChecks';
import { CONTROL_TABLE } from './marks';
import { referenceChecks } from './referenceChecks';
import { rowChecks } from './rowChecks';
import { finding } from './rules';

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

/** The settings as findings: missing or unusable; a registry of a newer version is refused (its rules are not ours). */
function settingsFindings(data: RegistryData, schema: RegistrySchema): Finding[] {
  const at = { sheet: SYSTEM_SHEET };
  if (!data.info.tables.some((t) => t.name.toLowerCase() === SETTINGS_TABLE.toLowerCase())) return [finding('structuur.instellingen-ontbreken', at)];
  const parsed = parseSettings(settingsFromRows(data.settings));
  if (!parsed.ok) return [finding('instelling.register-ongeldig', at, { problem: parsed.problem })];
  const version = parsed.settings.schemaversie;
  if (version > schema.version) {
    throw new UserError('newer-version', `dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie ${version}; deze versie kent tot ${schema.version}). Werk Beleidsregister bij en controleer opnieuw.`);
  }
  return [];
}

export async function checkRegistry(wb: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const schema = options.schema ?? registrySchema;
  const data = await readRegistry(wb, schema);
  const limits = thresholds(data);
  const all = [
    ...settingsFindings(data, schema),
    ...data.structure,
    ...limits.findings,
    ...rowChecks(data),
    ...referenceChecks(data),
    ...fieldChecks(data, limits.thresholds, options.now ?? new Date()),
  ];

  // Sheet order of the schema, then row, then column position in the sheet.
  const sheetOrder = (sheet: string) => {
    const i = schema.tables.findIndex((t) => t.sheet === sheet || data.tables.get(t.key)?.sheet === sheet);
    return i < 0 ? schema.tables.length : i;
  };
  const column = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  all.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || column(a.cell).localeCompare(column(b.cell)));
  identify(all, data);
  const control = data.info.tables.find((t) => t.name.toLowerCase() === CONTROL_TABLE.toLowerCase());
  const acceptances = control ? acceptancesOf((await wb.readTables([control.name]))[0]) : [];
  const { open: findings, accepted } = applyAcceptances(all, acceptances);
  return {
    findings,
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
    accepted,
    municipality: municipalityOf(data.settings),
  };
}
