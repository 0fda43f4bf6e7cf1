// The part of the registry an import needs, read in one go through the port: the settings (which
// municipality), Indicatoren, Werkingsgebieden and Metingen. Refuses a workbook that is no registry
// or one that needs `init` first, before anything is read from the monitor file.
import { UserError } from '../errors';
import { columnByCaption } from '../registry/layout';
import { SCHEMA_VERSION, SETTINGS_TABLE, tableSpec } from '../registry/schema';
import { parseSettings, settingsFromRows } from '../registry/settings';
import type { TableKey, TableSpec } from '../registry/types';
import type { Row } from '../registry/defaults';
import type { CellInput, CellValue, TableRows, WorkbookInfo, WorkbookPort } from '../workbook/port';

export interface RegistryTable {
  spec: TableSpec;
  rows: TableRows;
  /** Position of a schema column (by key) in the workbook's table, -1 when the user removed it. */
  col(key: string): number;
  /** A row's value by column key. */
  get(row: CellValue[], key: string): CellValue;
  /** A new row given by column key, as cells under the table's actual headers (user columns empty). */
  cells(row: Row): CellInput[];
}

export interface RegistryData {
  gemeente: string | null;
  provincie: string | null;
  indicators: RegistryTable;
  areas: RegistryTable;
  measurements: RegistryTable;
  /** The workbook as read, for what the import adds besides rows (the Logboek). */
  info: WorkbookInfo;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function table(spec: TableSpec, rows: TableRows): RegistryTable {
  const positions = new Map<string, number>();
  rows.columns.forEach((caption, i) => {
    const column = columnByCaption(spec, caption);
    if (column && !positions.has(column.key)) positions.set(column.key, i);
  });
  const col = (key: string) => positions.get(key) ?? -1;
  // rowCells looks every header up again; an import builds thousands of rows, so the order is kept.
  const keys = rows.columns.map((caption) => columnByCaption(spec, caption)?.key);
  return {
    spec,
    rows,
    col,
    get: (row, key) => (col(key) >= 0 ? (row[col(key)] ?? null) : null),
    cells: (row) => keys.map((key) => (key ? (row[key] ?? null) : null)),
  };
}

/** Columns the import writes; without them it cannot keep its promises (Bronwaarde tells hand edits apart). */
const NEEDED: Partial<Record<TableKey, string[]>> = {
  indicators: ['id', 'name'],
  areas: ['code', 'name'],
  measurements: ['indicator', 'area', 'period', 'dimension', 'value', 'sourceValue'],
};

export async function readRegistry(wb: WorkbookPort): Promise<RegistryData> {
  const info = await wb.info();
  const keys: TableKey[] = ['indicators', 'areas', 'measurements'];
  const settingsTable = info.tables.find((t) => same(t.name, SETTINGS_TABLE));
  const missing = keys.map(tableSpec).filter((spec) => !info.tables.some((t) => same(t.name, spec.table)));
  if (!settingsTable || missing.length) {
    const what = settingsTable ? `de tabel${missing.length > 1 ? 'len' : ''} ${missing.map((s) => `${s.table} (blad ${s.sheet})`).join(', ')} ontbreek${missing.length > 1 ? 'en' : 't'}` : 'de instellingen van het register ontbreken';
    throw new UserError('not-a-registry', `deze werkmap is geen register: ${what}. Maak er eerst een register van met Maak register (beleidsregister maak).`);
  }
  const read = await wb.readTables([settingsTable.name, ...keys.map((k) => tableSpec(k).table)]);
  const parsed = parseSettings(settingsFromRows(read[0].rows));
  if (!parsed.ok) throw new UserError('not-a-registry', `deze werkmap is geen bruikbaar register: ${parsed.problem}.`);
  const version = parsed.settings.schemaversie;
  if (version > SCHEMA_VERSION) {
    throw new UserError('newer-version', `dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie ${version}; deze versie kent tot ${SCHEMA_VERSION}). Werk Beleidsregister bij en probeer opnieuw.`);
  }
  if (version < SCHEMA_VERSION) {
    throw new UserError('needs-upgrade', `dit register heeft schemaversie ${version} en moet eerst bijgewerkt worden naar versie ${SCHEMA_VERSION} (er komen kolommen bij, zoals Bronwaarde in Metingen). Voer Maak register uit (beleidsregister maak) en importeer dan opnieuw; uw gegevens blijven staan.`);
  }
  const [indicators, areas, measurements] = keys.map((k, i) => table(tableSpec(k), read[i + 1]));
  for (const t of [indicators, areas, measurements]) {
    const gone = (NEEDED[t.spec.key] ?? []).filter((k) => t.col(k) < 0).map((k) => t.spec.columns.find((c) => c.key === k)!.caption);
    if (gone.length) {
      throw new UserError('needs-upgrade', `in tabel ${t.spec.table} (blad ${t.spec.sheet}) ontbreekt de kolom ${gone.join(', ')}. Voer Maak register uit (beleidsregister maak) om ze terug te zetten en importeer dan opnieuw.`);
    }
  }
  return { gemeente: parsed.settings.gemeente ?? null, provincie: parsed.settings.provincie ?? null, indicators, areas, measurements, info };
}
