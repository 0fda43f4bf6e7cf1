// The registry's settings: rows of the Instellingen table on the hidden system sheet. Each has a
// stable key in the first column, so a coordinator can read them and later issues can add their own.
import * as z from 'zod';
import { columnIndex, columnLetter } from '../workbook/address';
import type { CellValue, TableRows } from '../workbook/port';
import { monthsOf } from './frequency';
import { text } from './values';

export const SETTINGS_COLUMNS = ['Instelling', 'Waarde', 'Toelichting'] as const;

export interface SettingSpec {
  key: string;
  /** Written when the setting is first added; absent for settings init fills in itself. */
  default?: string;
  /** An earlier default that was wrong: init puts the current default in its place when it upgrades a registry. */
  replaces?: string;
  help: string;
}

export const settingSpecs: readonly SettingSpec[] = [
  { key: 'schemaversie', help: 'Versie van de opbouw van dit register. Wordt bijgewerkt door Maak register; niet zelf wijzigen.' },
  { key: 'gemeente', help: 'NIS-code (2025) van de gemeente van dit register, bv. 44021.' },
  { key: 'gemeentenaam', help: 'Naam van de gemeente.' },
  { key: 'provincie', help: 'Code van de provincie van de gemeente, zoals de Gemeente-Stadsmonitor ze gebruikt (bv. 40000).' },
  // Thresholds of Controleer register (DESIGN.md §3); the coordinator may change them here.
  { key: 'max_beleidsdoelstellingen', default: '5', help: 'Controle 5x3x5: hoogstens zoveel beleidsdoelstellingen in het meerjarenplan.' },
  { key: 'max_actieplannen', default: '3', help: 'Controle 5x3x5: hoogstens zoveel actieplannen per beleidsdoelstelling (de methode laat er uitzonderlijk 4 toe).' },
  { key: 'max_acties', default: '5', help: 'Controle 5x3x5: hoogstens zoveel acties per actieplan.' },
  { key: 'min_prioritair', default: '6', help: 'Transparantienorm: minder prioritaire actieplannen en acties dan dit is zwakke kwaliteit.' },
  { key: 'max_prioritair', default: '100', help: 'Transparantienorm: meer prioritaire actieplannen en acties dan dit is zwakke kwaliteit.' },
  { key: 'max_indicatoren', default: '3', help: 'Hoogstens zoveel indicatoren per doelstelling, actieplan of actie.' },
  // The method asks for updates "minstens (half-)jaarlijks": yearly is fine (issue 16).
  { key: 'min_frequentie', default: 'jaarlijks', replaces: 'halfjaarlijks', help: 'Een indicator die minder vaak dan dit bijgewerkt wordt, krijgt een waarschuwing.' },
];

const nis = z.string().regex(/^\d{4,5}$/);
const settingsSchema = z.object({
  schemaversie: z.coerce.number().int().positive(),
  gemeente: nis.optional(),
  gemeentenaam: z.string().min(1).optional(),
  provincie: nis.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Settings as written in the table: key -> value, blank values left out. */
export function settingsFromRows(rows: CellValue[][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of rows) {
    if (typeof key === 'string' && key.trim() && value !== null && String(value).trim() !== '') out[key.trim().toLowerCase()] = String(value).trim();
  }
  return out;
}

/** The schema version as written (null when absent or not a whole number), even when another setting is invalid. */
export function versionOf(raw: Record<string, string>): number | null {
  const version = settingsSchema.shape.schemaversie.safeParse(raw.schemaversie);
  return version.success ? version.data : null;
}

/** Index of a setting's row in the table's rows (-1 when it has none): its key in the first column. */
export function settingRow(rows: readonly CellValue[][], key: string): number {
  return rows.findIndex((r) => text(r[0]).toLowerCase() === key);
}

/** Reads the settings; a registry whose settings make no sense yields the problem, in Dutch. */
export function parseSettings(raw: Record<string, string>): { ok: true; settings: Settings } | { ok: false; problem: string } {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: `instelling ${issue.path.join('.')} heeft een ongeldige waarde (${raw[String(issue.path[0])] ?? 'leeg'})` };
}

/** Thresholds of Controleer register (DESIGN.md §3), from the settings with a default each. */
export interface Thresholds {
  max_beleidsdoelstellingen: number;
  max_actieplannen: number;
  max_acties: number;
  min_prioritair: number;
  max_prioritair: number;
  max_indicatoren: number;
  min_frequentie: string;
}

/** The settings table as read: the values by key, the parsed settings, and the thresholds. */
export interface RegistrySettings {
  /** Whether the workbook has a settings table. */
  present: boolean;
  /** The table as read, for Maak register, which writes settings back into their rows. */
  table: TableRows | null;
  raw: Record<string, string>;
  parsed: ReturnType<typeof parseSettings>;
  thresholds: Thresholds;
  /** Thresholds with an invalid value (each falls back to its default), with their cell. */
  invalid: { key: string; value: string; default: string; sheet: string; row: number; cell: string }[];
}

/** Reads the settings table (null when the workbook has none); an invalid threshold is kept with its cell. */
export function readSettings(table: TableRows | null): RegistrySettings {
  const rows = table?.rows ?? [];
  const raw = settingsFromRows(rows);
  const invalid: RegistrySettings['invalid'] = [];
  const values: Record<string, number | string> = {};
  const valueLetter = table ? columnLetter(columnIndex(table.firstColumn) + 1) : 'B';
  for (const spec of settingSpecs) {
    if (spec.default === undefined) continue;
    const index = settingRow(rows, spec.key);
    const value = raw[spec.key] ?? '';
    const numeric = /^\d+$/.test(spec.default);
    const valid = value !== '' && (numeric ? /^\d+$/.test(value) : monthsOf(value) !== undefined);
    values[spec.key] = valid ? (numeric ? Number(value) : value) : numeric ? Number(spec.default) : spec.default;
    if (value !== '' && !valid && table) {
      const row = table.firstRow + index;
      invalid.push({ key: spec.key, value, default: spec.default, sheet: table.sheet, row, cell: `${valueLetter}${row}` });
    }
  }
  return { present: table !== null, table, raw, parsed: parseSettings(raw), thresholds: values as unknown as Thresholds, invalid };
}
