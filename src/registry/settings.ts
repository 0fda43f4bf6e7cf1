// The registry's settings: rows of the Instellingen table on the hidden system sheet. Each has a
// stable key in the first column, so a coordinator can read them and later issues can add their own.
import * as z from 'zod';
import type { CellValue } from '../workbook/port';

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

/** Reads the settings; a registry whose settings make no sense yields the problem, in Dutch. */
export function parseSettings(raw: Record<string, string>): { ok: true; settings: Settings } | { ok: false; problem: string } {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: `instelling ${issue.path.join('.')} heeft een ongeldige waarde (${raw[String(issue.path[0])] ?? 'leeg'})` };
}
