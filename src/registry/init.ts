// `Maak register` / `init`: turns any workbook into a registry, or upgrades one made by an older
// version, by adding what is missing. It never changes or removes what a user entered: existing
// rows, user columns and user sheets stay; list contents are only written when a list is created.
// Running it twice yields the same workbook.
import { refuse } from '../rules';
import type { Finding } from '../findings';
import type { Edit, TableInfo, WorkbookInfo, WorkbookPort } from '../workbook/port';
import { defaultRows } from './defaults';
import { findMunicipality } from './gemeenten';
import { columnByCaption, columnValidation, columnWidths, enumBlock, isCaptionOf, registryNames, rowCells } from './layout';
import { SETTINGS_TABLE, SYSTEM_SHEET, registrySchema, type RegistrySchema } from './schema';
import { openSettings, refuseNewer } from './read';
import { SETTINGS_COLUMNS, parseSettings, settingRow, settingSpecs, versionOf, type RegistrySettings } from './settings';
import { START_SHEET, startSheetEdits } from './startSheet';
import type { ColumnSpec, TableSpec } from './types';
import { isBlank } from './values';

export interface InitOptions {
  /** NIS code (2025) of the municipality; needed only when the registry does not have one yet. */
  gemeente?: string;
}

export interface InitResult {
  created: boolean;
  fromVersion: number | null;
  toVersion: number;
  added: { sheets: string[]; tables: string[]; columns: { table: string; column: string }[]; names: string[] };
  /** Structural problems init could not fix without touching user data (e.g. a sheet with the registry's name but no table). */
  findings: Finding[];
}

export interface RegistryStatus {
  isRegistry: boolean;
  version: number | null;
  currentVersion: number;
  needsUpgrade: boolean;
  gemeente: { nis: string; naam: string } | null;
  /** Why a workbook with a settings table is not a usable registry (a setting with an invalid value). */
  problem?: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function registryStatus(wb: WorkbookPort, schema: RegistrySchema = registrySchema): Promise<RegistryStatus> {
  const { settings } = await openSettings(wb);
  return statusOf(settings.parsed, settings.present, schema);
}

/** The status of a registry from its parsed settings (`present`: it has a settings table). */
export function statusOf(parsed: ReturnType<typeof parseSettings>, present: boolean, schema: RegistrySchema = registrySchema): RegistryStatus {
  if (!parsed.ok) return { isRegistry: false, version: null, currentVersion: schema.version, needsUpgrade: false, gemeente: null, ...(present ? { problem: parsed.problem } : {}) };
  const { schemaversie, gemeente, gemeentenaam } = parsed.settings;
  return {
    isRegistry: true,
    version: schemaversie,
    currentVersion: schema.version,
    needsUpgrade: schemaversie < schema.version,
    gemeente: gemeente ? { nis: gemeente, naam: gemeentenaam ?? findMunicipality(gemeente)?.name ?? gemeente } : null,
  };
}

/** Refuses what init must not do: a version it does not know, or a second municipality. */
function checkOptions(settings: RegistrySettings, options: InitOptions, schema: RegistrySchema): number | null {
  const { raw } = settings;
  const fromVersion = versionOf(raw);
  refuseNewer(settings, schema);
  if (options.gemeente === undefined) return fromVersion;
  const municipality = findMunicipality(options.gemeente);
  if (!municipality) {
    throw refuse('maak.geen-gemeente', { gemeente: options.gemeente });
  }
  if (raw.gemeente && raw.gemeente !== municipality.nis) {
    throw refuse('maak.andere-gemeente', { registry: raw.gemeentenaam ?? raw.gemeente, registryNis: raw.gemeente, name: municipality.name, nis: municipality.nis });
  }
  return fromVersion;
}

export async function initRegistry(wb: WorkbookPort, options: InitOptions = {}, schema: RegistrySchema = registrySchema): Promise<InitResult> {
  const { tables } = schema;
  const { info, settings } = await openSettings(wb);
  const fromVersion = checkOptions(settings, options, schema);
  const gemeente = settings.raw.gemeente ?? options.gemeente;

  const result: InitResult = {
    created: fromVersion === null,
    fromVersion,
    toVersion: schema.version,
    added: { sheets: [], tables: [], columns: [], names: [] },
    findings: [],
  };
  const structure: Edit[] = [];
  const formats: Edit[] = [];
  /** Tables that exist after the edits, with the header captions they will have. */
  const present = new Map<string, string[]>();
  /** Columns added to tables that have rows, whose default init writes into those rows. */
  const withDefaults: { table: TableInfo; columns: ColumnSpec[] }[] = [];

  // The Start sheet first, so a new registry opens on it.
  const start = startSheetEdits(info, tables);
  if (start.length) result.added.sheets.push(START_SHEET);
  structure.push(...start);

  for (const spec of tables) {
    const existing = info.tables.find((t) => same(t.name, spec.table));
    if (existing) {
      const missing = spec.columns.filter((c) => !existing.columns.some((h) => isCaptionOf(c, h))).map((c) => c.caption);
      if (missing.length) {
        structure.push({ kind: 'addColumns', table: existing.name, columns: missing });
        result.added.columns.push(...missing.map((column) => ({ table: spec.table, column })));
        const defaults = spec.columns.filter((c) => c.default !== undefined && missing.includes(c.caption));
        if (defaults.length) withDefaults.push({ table: existing, columns: defaults });
      }
      present.set(spec.table, [...existing.columns, ...missing]);
    } else if (info.sheets.some((s) => same(s.name, spec.sheet))) {
      result.findings.push(sheetWithoutTable(spec));
    } else {
      const columns = spec.columns.map((c) => c.caption);
      structure.push(
        { kind: 'addSheet', sheet: spec.sheet, tabColor: spec.kind === 'list' ? '#8A8886' : '#0F6CBD' },
        {
          kind: 'addTable',
          sheet: spec.sheet,
          table: spec.table,
          at: 'A1',
          columns,
          rows: defaultRows(spec.key, gemeente).map((row) => rowCells(spec, columns, row)),
          style: spec.kind === 'list' ? 'TableStyleLight1' : 'TableStyleMedium2',
        },
      );
      formats.push({ kind: 'setSheetLayout', sheet: spec.sheet, widths: columnWidths(spec), freezeRows: 1 });
      result.added.sheets.push(spec.sheet);
      result.added.tables.push(spec.table);
      present.set(spec.table, columns);
    }
  }

  structure.push(...(await defaultEdits(wb, withDefaults)));
  structure.push(...systemSheetEdits(info, settings, gemeente, schema.version, result));

  const available = tables.filter((t) => present.has(t.table));
  for (const [name, formula] of Object.entries(registryNames(available))) {
    if (info.names[name] !== formula) {
      structure.push({ kind: 'setName', name, formula });
      if (!(name in info.names)) result.added.names.push(name);
    }
  }

  // Input help and dropdowns on every schema column; a column whose list is missing gets help only.
  for (const spec of available) {
    for (const caption of present.get(spec.table) ?? []) {
      const column = columnByCaption(spec, caption);
      if (!column) continue;
      let validation = columnValidation(column);
      if (column.ref && !present.has(tables.find((t) => t.key === column.ref)?.table ?? '')) validation = { rule: { type: 'any' }, prompt: validation.prompt };
      formats.push({ kind: 'setValidation', table: spec.table, column: caption, validation });
    }
  }

  await wb.apply([...structure, ...formats]);
  return result;
}

/** A column added to a table with rows gets its default in every row, so the rows say what they meant before. */
async function defaultEdits(wb: WorkbookPort, added: { table: TableInfo; columns: ColumnSpec[] }[]): Promise<Edit[]> {
  if (!added.length) return [];
  const read = await wb.readTables(added.map((a) => a.table.name));
  return added.flatMap(({ table, columns }, i) => {
    const cells = read[i].rows.flatMap((row, index) => (row.every(isBlank) ? [] : columns.map((c) => ({ row: index, column: c.caption, value: c.default! }))));
    return cells.length ? [{ kind: 'updateCells' as const, table: table.name, cells }] : [];
  });
}

/** The hidden system sheet: settings (version, municipality) and the fixed lists behind the dropdowns. */
function systemSheetEdits(info: WorkbookInfo, settings: RegistrySettings, gemeente: string | undefined, version: number, result: InitResult): Edit[] {
  const edits: Edit[] = [];
  const municipality = gemeente ? findMunicipality(gemeente) : undefined;
  const wanted: Record<string, string> = { schemaversie: String(version) };
  if (municipality) Object.assign(wanted, { gemeente: municipality.nis, gemeentenaam: municipality.name, provincie: municipality.provinceNis });
  const row = (key: string) => {
    const spec = settingSpecs.find((s) => s.key === key);
    return [key, wanted[key] ?? spec?.default ?? null, spec?.help ?? null];
  };

  if (!info.sheets.some((s) => same(s.name, SYSTEM_SHEET))) {
    edits.push({ kind: 'addSheet', sheet: SYSTEM_SHEET, visibility: 'hidden' });
    result.added.sheets.push(SYSTEM_SHEET);
  }
  if (!settings.table) {
    edits.push(
      { kind: 'addTable', sheet: SYSTEM_SHEET, table: SETTINGS_TABLE, at: 'A1', columns: [...SETTINGS_COLUMNS], rows: settingSpecs.map((s) => row(s.key)), style: 'TableStyleLight1' },
      { kind: 'setSheetLayout', sheet: SYSTEM_SHEET, widths: { A: 16, B: 16, C: 60 } },
    );
    result.added.tables.push(SETTINGS_TABLE);
  } else {
    // Settings a user or later version set keep their value; init owns the version, and fills in
    // the municipality only where none is set yet.
    const { table } = settings;
    const rows = table.rows;
    // An upgrade also replaces a default of an older version that proved wrong.
    const upgrading = (versionOf(settings.raw) ?? version) < version;
    const replaced = settingSpecs.filter((s) => upgrading && s.replaces && settings.raw[s.key] === s.replaces);
    for (const spec of replaced) wanted[spec.key] = spec.default!;
    const cells = Object.entries(wanted)
      .filter(([key, value]) => (key === 'schemaversie' || replaced.some((s) => s.key === key) ? settings.raw[key] !== value : !settings.raw[key]))
      .map(([key, value]) => ({ row: settingRow(rows, key), column: table.columns[1], value }))
      .filter((c) => c.row >= 0);
    if (cells.length) edits.push({ kind: 'updateCells', table: table.table, cells });
    const missing = settingSpecs.filter((s) => settingRow(rows, s.key) < 0);
    if (missing.length) edits.push({ kind: 'appendRows', table: table.table, rows: missing.map((s) => row(s.key).concat(Array(table.columns.length - 3).fill(null)).slice(0, table.columns.length)) });
  }
  const block = enumBlock();
  edits.push({ kind: 'writeRange', sheet: SYSTEM_SHEET, at: block.at, values: block.values });
  return edits;
}

function sheetWithoutTable(spec: TableSpec): Finding {
  return {
    severity: 'error',
    rule: 'structuur.tabel-ontbreekt',
    sheet: spec.sheet,
    row: null,
    column: null,
    cell: null,
    message: `Blad ${spec.sheet} bestaat, maar bevat geen tabel ${spec.table}. Maak van de gegevens weer een tabel (Invoegen > Tabel) met de naam ${spec.table}, of hernoem het blad; Maak register laat het blad ongemoeid.`,
  };
}
