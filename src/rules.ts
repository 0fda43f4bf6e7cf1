// Every problem the registry's operations report, in one place: its stable id, severity, and its
// title, message and fix in Dutch (what users read) and English (the task pane in English Office).
// Checks build findings only through `finding()`; imports, rounds and exports keep a rule and its
// parameters beside the Dutch message, so the pane can render it in either language.
import { UserError, type UserErrorCode } from './errors';
import type { Finding, Severity } from './findings';
import { SETTINGS_TABLE, SYSTEM_SHEET } from './registry/schema';
import type { TableKey } from './registry/types';

/** A parameter of a message: text or a number; an absent optional one is left out. */
type Val = string | number;
type Params = Record<string, Val | null | undefined>;
export type Language = 'nl' | 'en';

interface RuleText<P> {
  /** What the rule is about, for the rule list. */
  title: string;
  message: (p: P) => string;
  /** How a user fixes it, for the rule list and the task pane. */
  fix: string;
}

export interface RuleDoc<P = Params> extends RuleText<P> {
  severity: Severity;
  /** A refusal: the operation stops with a UserError of this code (see refuse). */
  refusal?: UserErrorCode;
  en: RuleText<P>;
}

/** A rule whose message takes the parameters `P` (checked where a problem is made). */
const rule = <P extends Params = Record<never, never>>(doc: RuleDoc<P>): RuleDoc<P> => doc;

const q = (v: Val | null | undefined) => `"${v ?? ''}"`;
/** An optional Dutch example, `, bv. 48`. */
const example = (v: Val | null | undefined, word: string) => (v ? `, ${word} ${v}` : '');

/** The few Dutch words parameters carry (a parser's problem, a level in the plan), in English. */
const EN_WORDS: Record<string, string> = {
  'is geen getal': 'is not a number',
  'is geen eindig getal': 'is not a finite number',
  'is geen datum': 'is not a date',
  'is geen bestaande datum': 'is not a date that exists',
  'is geen datum tussen 1900 en 2100': 'is not a date between 1900 and 2100',
  'is geen periode': 'is not a period',
  beleidsdoelstelling: 'policy objective',
  actieplan: 'action plan',
  actie: 'action',
  indicator: 'indicator',
  norm: 'norm',
  groter: 'larger',
  'een werkblad': 'a worksheet',
  'de teksten van de cellen': 'the texts of the cells',
  'de opmaak': 'the formatting',
  'een tabel': 'a table',
  'de opmerkingen van een blad': 'the comments of a sheet',
  'de vakjes van de opmerkingen': 'the boxes of the comments',
  kleiner: 'smaller',
};
const article = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const en = (v: Val | null | undefined) => (typeof v === 'string' ? (EN_WORDS[v.toLowerCase()] ?? v) : String(v ?? ''));

/** `"12,5" is geen getal (dd/mm/jjjj)`: a quoted value, then a parser's Dutch words, in English. */
const enProblem = (problem: string) => problem.replace(/^(".*"|\S+) (is geen[^(]*?)( \(dd\/mm\/jjjj\))?$/, (_, v: string, words: string, date?: string) => `${v} ${en(words)}${date ? ' (dd/mm/yyyy)' : ''}`);

/** Where the first of two equal measurements stands: a CSV line, a row of the same sheet, or another sheet's row. */
type Other = { otherLine: number; otherSheet: string; sameSheet: number };
const whereNl = (p: Other) => (!p.otherSheet ? `regel ${p.otherLine}` : p.sameSheet ? `rij ${p.otherLine}` : `tabblad ${p.otherSheet} rij ${p.otherLine}`);
const whereEn = (p: Other) => (!p.otherSheet ? `line ${p.otherLine}` : p.sameSheet ? `row ${p.otherLine}` : `sheet ${p.otherSheet} row ${p.otherLine}`);

/** Words the refusals share. */
const MAAK = 'Maak register (beleidsregister maak)';
const RUN_MAAK = 'Voer Maak register uit (beleidsregister maak)';
const RUN_MAAK_EN = 'Run Maak register (beleidsregister maak)';
/** What to do with a file that is no (readable) workbook, or holds a part the xlsx adapter cannot handle. */
const XLSX_TO_DO = 'Kies een Excel-werkmap, of open het bestand in Excel, sla het op als Excel-werkmap (.xlsx) en probeer opnieuw.';
const XLSX_TO_DO_EN = 'Choose an Excel workbook, or open the file in Excel, save it as an Excel workbook (.xlsx) and try again.';
const PART_TO_DO = 'Open het bestand in Excel, sla het op als Excel-werkmap (.xlsx) en probeer opnieuw, of stuur het naar de coördinator van het register.';
const PART_TO_DO_EN = 'Open the file in Excel, save it as an Excel workbook (.xlsx) and try again, or send it to the coordinator of the register.';

type Sheet = { sheet: string };
type Id = { id: string };
type ValueIn = { value: Val; column: Val | null | undefined };
type Count = { count: number; max: number };
/** What a monitor table must look like, for messages about a file that does not (monitor/table.ts). */
export const EXPECTED_COLUMNS = 'de kolommen Gemeente, NIS-code, Indicator en Jaar, gevolgd door uitsplitsingen (zoals Type) en kolommen met getallen';
const EXPECTED_COLUMNS_EN = 'the columns Gemeente, NIS-code, Indicator and Jaar, followed by breakdowns (such as Type) and columns with numbers';
type File = { file: string };
type Host = { host: string };
/** What a Swing request asked for: a variable's selection table, its description, or its values. */
type Request = Host & { request: 'selectietabel' | 'variabele' | 'waarden'; variable: string };
const requestNl = (p: Request) => `${({ selectietabel: 'de selectietabel van ', variabele: '', waarden: 'de waarden van ' })[p.request]}variabele ${p.variable}`;
const requestEn = (p: Request) => `${({ selectietabel: 'the selection table of ', variabele: '', waarden: 'the values of ' })[p.request]}variable ${p.variable}`;

export const rules = {
  // --- Refusals: an operation that cannot go on stops with a coded UserError (src/errors.ts) ---
  'register.nieuwere-versie': rule<{ version: number; known: number }>({
    severity: 'error',
    refusal: 'newer-version',
    title: 'Register gemaakt met een nieuwere versie',
    message: (p) => `dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie ${p.version}; deze versie kent tot ${p.known}). Werk Beleidsregister bij en probeer opnieuw.`,
    fix: 'Werk Beleidsregister bij (de invoegtoepassing of npm install) en probeer opnieuw.',
    en: {
      title: 'Register made with a newer version',
      message: (p) => `this register was made with a newer version of Beleidsregister (schema version ${p.version}; this version knows up to ${p.known}). Update Beleidsregister and try again.`,
      fix: 'Update Beleidsregister (the add-in or npm install) and try again.',
    },
  }),
  'register.geen-instellingen': rule<{ had: number }>({
    severity: 'error',
    refusal: 'not-a-registry',
    title: 'Werkmap zonder de instellingen van een register',
    message: (p) =>
      `deze werkmap is geen register: de instellingen van het register (tabel ${SETTINGS_TABLE} op het verborgen blad ${SYSTEM_SHEET}) ontbreken. ${p.had ? `${RUN_MAAK} om ze terug te zetten; uw gegevens blijven staan.` : `Maak er eerst een register van met ${MAAK}.`}`,
    fix: `${RUN_MAAK}; de gegevens van een register blijven staan.`,
    en: {
      title: 'Workbook without the settings of a register',
      message: (p) =>
        `this workbook is not a register: the settings of the register (table ${SETTINGS_TABLE} on the hidden sheet ${SYSTEM_SHEET}) are missing. ${p.had ? `${RUN_MAAK_EN} to put them back; your data stays.` : `First make it a register with ${MAAK}.`}`,
      fix: `${RUN_MAAK_EN}; the data of a register stays.`,
    },
  }),
  'register.instelling-ongeldig': rule<{ problem: string }>({
    severity: 'error',
    refusal: 'not-a-registry',
    title: 'Register met een ongeldige instelling',
    message: (p) => `deze werkmap is geen bruikbaar register: ${p.problem}. Verbeter de instelling in de tabel ${SETTINGS_TABLE} op het verborgen blad ${SYSTEM_SHEET} (rechtsklik op een bladtab > Zichtbaar maken).`,
    fix: `Verbeter de instelling in de tabel ${SETTINGS_TABLE} op het verborgen blad ${SYSTEM_SHEET}.`,
    en: {
      title: 'Register with an invalid setting',
      message: (p) => `this workbook is not a usable register: a setting has an invalid value (${p.problem}). Correct the setting in the table ${SETTINGS_TABLE} on the hidden sheet ${SYSTEM_SHEET} (right-click a sheet tab > Unhide).`,
      fix: `Correct the setting in the table ${SETTINGS_TABLE} on the hidden sheet ${SYSTEM_SHEET}.`,
    },
  }),
  'register.tabel-ontbreekt': rule<{ tables: string; count: number }>({
    severity: 'error',
    refusal: 'not-a-registry',
    title: 'Register zonder een tabel die de bewerking nodig heeft',
    message: (p) => `deze werkmap is geen register: de tabel${p.count > 1 ? 'len' : ''} ${p.tables} ontbreek${p.count > 1 ? 'en' : 't'}. ${RUN_MAAK} om ze terug te zetten; uw gegevens blijven staan.`,
    fix: `${RUN_MAAK}: de tabel wordt opnieuw aangemaakt, de rest blijft staan.`,
    en: {
      title: 'Register without a table the operation needs',
      message: (p) => `this workbook is not a register: the table${p.count > 1 ? 's' : ''} ${p.tables.replace(/\(blad /g, '(sheet ')} ${p.count > 1 ? 'are' : 'is'} missing. ${RUN_MAAK_EN} to put them back; your data stays.`,
      fix: `${RUN_MAAK_EN}: the table is made again, everything else stays.`,
    },
  }),
  'register.bijwerken': rule<{ version: number; current: number }>({
    severity: 'error',
    refusal: 'needs-upgrade',
    title: 'Register van een oudere versie',
    message: (p) => `dit register heeft schemaversie ${p.version} en moet eerst bijgewerkt worden naar versie ${p.current}. ${RUN_MAAK} en probeer opnieuw; uw gegevens blijven staan.`,
    fix: `${RUN_MAAK} en probeer opnieuw.`,
    en: {
      title: 'Register of an older version',
      message: (p) => `this register has schema version ${p.version} and must first be updated to version ${p.current}. ${RUN_MAAK_EN} and try again; your data stays.`,
      fix: `${RUN_MAAK_EN} and try again.`,
    },
  }),
  'register.kolom-ontbreekt': rule<{ table: string; sheet: string; columns: string; count: number }>({
    severity: 'error',
    refusal: 'needs-upgrade',
    title: 'Register zonder een kolom die de bewerking nodig heeft',
    message: (p) => `in tabel ${p.table} (blad ${p.sheet}) ${p.count === 1 ? 'ontbreekt de kolom' : 'ontbreken de kolommen'} ${p.columns}. ${RUN_MAAK} om ze terug te zetten en probeer opnieuw; uw gegevens blijven staan.`,
    fix: `${RUN_MAAK}: de kolom wordt opnieuw toegevoegd, de rest blijft staan.`,
    en: {
      title: 'Register without a column the operation needs',
      message: (p) => `table ${p.table} (sheet ${p.sheet}) lacks the ${p.count === 1 ? 'column' : 'columns'} ${p.columns}. ${RUN_MAAK_EN} to put it back and try again; your data stays.`,
      fix: `${RUN_MAAK_EN}: the column is added again, everything else stays.`,
    },
  }),
  'maak.geen-gemeente': rule<{ gemeente: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Maak register: geen Vlaamse gemeente',
    message: (p) => `${p.gemeente} is geen NIS-code van een Vlaamse gemeente (2025). Geef de vijfcijferige code, bv. 44021 voor Gent.`,
    fix: 'Geef de vijfcijferige NIS-code (2025) van de gemeente, bv. 44021 voor Gent.',
    en: {
      title: 'Make register: not a Flemish municipality',
      message: (p) => `${p.gemeente} is not the NIS code of a Flemish municipality (2025). Give the five-digit code, e.g. 44021 for Gent.`,
      fix: 'Give the five-digit NIS code (2025) of the municipality, e.g. 44021 for Gent.',
    },
  }),
  'maak.andere-gemeente': rule<{ registry: string; registryNis: string; name: string; nis: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Maak register: het register hoort bij een andere gemeente',
    message: (p) => `Dit register hoort bij gemeente ${p.registry} (${p.registryNis}), niet bij ${p.name} (${p.nis}). Laat --gemeente weg of maak een nieuw register.`,
    fix: 'Laat de gemeente weg om het register bij te werken, of maak een nieuw register voor de andere gemeente.',
    en: {
      title: 'Make register: the register belongs to another municipality',
      message: (p) => `This register belongs to the municipality ${p.registry} (${p.registryNis}), not to ${p.name} (${p.nis}). Leave out --gemeente or make a new register.`,
      fix: 'Leave out the municipality to update the register, or make a new register for the other municipality.',
    },
  }),
  'export.formaat': rule<{ format: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Export: onbekend formaat',
    message: (p) => `onbekend formaat ${p.format}. Kies csv, parquet of json.`,
    fix: 'Kies csv, parquet of json.',
    en: {
      title: 'Export: unknown format',
      message: (p) => `unknown format ${p.format}. Choose csv, parquet or json.`,
      fix: 'Choose csv, parquet or json.',
    },
  }),

  // --- Werkmap: a file that cannot be read or saved as a workbook, a workbook that cannot take a change ---
  'werkmap.beveiligd': rule({
    severity: 'error',
    refusal: 'encrypted',
    title: 'Werkmap beveiligd met een wachtwoord',
    message: () => 'het bestand is beveiligd met een wachtwoord. Haal de beveiliging weg in Excel (Bestand > Info > Werkmap beveiligen) en probeer opnieuw.',
    fix: 'Haal de beveiliging weg in Excel (Bestand > Info > Werkmap beveiligen) en probeer opnieuw.',
    en: {
      title: 'Workbook protected with a password',
      message: () => 'the file is protected with a password. Remove the protection in Excel (File > Info > Protect Workbook) and try again.',
      fix: 'Remove the protection in Excel (File > Info > Protect Workbook) and try again.',
    },
  }),
  'werkmap.xls': rule({
    severity: 'error',
    refusal: 'not-xlsx',
    title: 'Bestand uit een oudere Excel-versie (.xls)',
    message: () => 'dit is een .xls-bestand uit een oudere Excel-versie. Sla het in Excel op als Excel-werkmap (.xlsx) en probeer opnieuw.',
    fix: 'Sla het bestand in Excel op als Excel-werkmap (.xlsx) en probeer opnieuw.',
    en: {
      title: 'File from an older Excel version (.xls)',
      message: () => 'this is an .xls file from an older Excel version. Save it in Excel as an Excel workbook (.xlsx) and try again.',
      fix: 'Save the file in Excel as an Excel workbook (.xlsx) and try again.',
    },
  }),
  'werkmap.geen-xlsx': rule({
    severity: 'error',
    refusal: 'not-xlsx',
    title: 'Bestand dat geen Excel-werkmap is',
    message: () => `dit is geen Excel-werkmap (.xlsx). ${XLSX_TO_DO}`,
    fix: XLSX_TO_DO,
    en: {
      title: 'File that is not an Excel workbook',
      message: () => `this is not an Excel workbook (.xlsx). ${XLSX_TO_DO_EN}`,
      fix: XLSX_TO_DO_EN,
    },
  }),
  'werkmap.onleesbaar': rule({
    severity: 'error',
    refusal: 'not-xlsx',
    title: 'Beschadigde Excel-werkmap',
    message: () => `dit is geen leesbare Excel-werkmap (.xlsx): het bestand is beschadigd of een ander soort zip-bestand. ${XLSX_TO_DO}`,
    fix: XLSX_TO_DO,
    en: {
      title: 'Damaged Excel workbook',
      message: () => `this is not a readable Excel workbook (.xlsx): the file is damaged or another kind of zip file. ${XLSX_TO_DO_EN}`,
      fix: XLSX_TO_DO_EN,
    },
  }),
  'werkmap.onderdeel-onleesbaar': rule<{ part?: string }>({
    severity: 'error',
    refusal: 'unsupported-part',
    title: 'Werkmap met een onderdeel dat niet gelezen kan worden',
    message: (p) => `deze werkmap bevat een onderdeel${p.part ? ` (${p.part})` : ''} dat Beleidsregister niet kan lezen. ${PART_TO_DO}`,
    fix: PART_TO_DO,
    en: {
      title: 'Workbook with a part that cannot be read',
      message: (p) => `this workbook holds a part${p.part ? ` (${p.part})` : ''} Beleidsregister cannot read. ${PART_TO_DO_EN}`,
      fix: PART_TO_DO_EN,
    },
  }),
  'werkmap.onderdeel-niet-opslaan': rule({
    severity: 'error',
    refusal: 'unsupported-part',
    title: 'Werkmap met een onderdeel dat niet opgeslagen kan worden',
    message: () => `deze werkmap bevat een onderdeel dat Beleidsregister niet kan wegschrijven; er is niets opgeslagen. ${PART_TO_DO}`,
    fix: PART_TO_DO,
    en: {
      title: 'Workbook with a part that cannot be saved',
      message: () => `this workbook holds a part Beleidsregister cannot write; nothing was saved. ${PART_TO_DO_EN}`,
      fix: PART_TO_DO_EN,
    },
  }),
  'werkmap.onderdeel-verplaatst': rule<{ part: string; expected: string }>({
    severity: 'error',
    refusal: 'unsupported-part',
    title: 'Werkmap op een ongewone plaats in het bestand',
    message: (p) => `de werkmap staat in het onderdeel ${p.part} in plaats van ${p.expected}; dat kan Beleidsregister niet lezen. ${PART_TO_DO}`,
    fix: PART_TO_DO,
    en: {
      title: 'Workbook in an unusual place in the file',
      message: (p) => `the workbook is in the part ${p.part} instead of ${p.expected}; Beleidsregister cannot read that. ${PART_TO_DO_EN}`,
      fix: PART_TO_DO_EN,
    },
  }),
  'werkmap.onderdeel-ontbreekt': rule<{ part: string; what: string; rels: string }>({
    severity: 'error',
    refusal: 'unsupported-part',
    title: 'Werkmap waarin een onderdeel ontbreekt',
    message: (p) => `het onderdeel ${p.part} (${p.what}) ontbreekt: ${p.rels} verwijst ernaar. ${PART_TO_DO}`,
    fix: PART_TO_DO,
    en: {
      title: 'Workbook with a missing part',
      message: (p) => `the part ${p.part} (${en(p.what)}) is missing: ${p.rels} refers to it. ${PART_TO_DO_EN}`,
      fix: PART_TO_DO_EN,
    },
  }),
  'werkmap.veranderd': rule<{ table: string; row: number; column: string; now?: Val | null; was?: Val | null }>({
    severity: 'error',
    refusal: 'workbook-changed',
    title: 'Tabel veranderd sinds ze gelezen werd',
    message: (p) =>
      `De rijen van tabel ${p.table} zijn verschoven sinds Beleidsregister ze las (rij ${p.row} houdt in kolom ${p.column} nu ${p.now ?? 'niets'} in plaats van ${p.was ?? 'niets'}), bijvoorbeeld omdat iemand de tabel sorteerde. Er is niets gewijzigd; voer de opdracht opnieuw uit.`,
    fix: 'Voer de opdracht opnieuw uit; sorteer of verschuif de tabel niet terwijl ze loopt.',
    en: {
      title: 'Table changed since it was read',
      message: (p) =>
        `The rows of table ${p.table} have moved since Beleidsregister read them (row ${p.row} now holds ${p.now ?? 'nothing'} in column ${p.column} instead of ${p.was ?? 'nothing'}), for instance because someone sorted the table. Nothing was changed; run the command again.`,
      fix: 'Run the command again; do not sort or move the table while it runs.',
    },
  }),
  'werkmap.tabel-vol': rule<Sheet & { table: string; rows: number; last: number }>({
    severity: 'error',
    refusal: 'workbook-full',
    title: 'Tabel kan niet verder groeien',
    message: (p) =>
      `tabel ${p.table} (blad ${p.sheet}) kan niet met ${p.rows} rijen groeien: ze zou voorbij de laatste rij van het blad (${p.last.toLocaleString('nl-BE')}) lopen. Maak de tabel kleiner tot de laatste rij met gegevens (Tabelontwerp > Formaat van tabel wijzigen) en probeer opnieuw.`,
    fix: 'Maak de tabel kleiner tot de laatste rij met gegevens (Tabelontwerp > Formaat van tabel wijzigen) en probeer opnieuw.',
    en: {
      title: 'Table cannot grow any further',
      message: (p) =>
        `table ${p.table} (sheet ${p.sheet}) cannot grow by ${p.rows} rows: it would run past the last row of the sheet (${p.last.toLocaleString('en-GB')}). Shrink the table to the last row with data (Table Design > Resize Table) and try again.`,
      fix: 'Shrink the table to the last row with data (Table Design > Resize Table) and try again.',
    },
  }),

  // --- Bestand: a file given to import that is not what the import reads ---
  'bestand.leeg': rule<File>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Leeg bestand',
    message: (p) => `${p.file} is leeg: verwacht werd een download van de Gemeente-Stadsmonitor (CSV of Excel) of een Swing-selectietabel (JSON).`,
    fix: 'Download het bestand opnieuw en kies het bestand met de gegevens.',
    en: {
      title: 'Empty file',
      message: (p) => `${p.file} is empty: expected a download of the Gemeente-Stadsmonitor (CSV or Excel) or a Swing selection table (JSON).`,
      fix: 'Download the file again and choose the file with the data.',
    },
  }),
  'bestand.unicode': rule<File & { encoding: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Bestand opgeslagen als Unicode-tekst',
    message: (p) => `${p.file} is opgeslagen als Unicode-tekst (${p.encoding}). Open het in Excel en sla het op als "CSV UTF-8 (door komma's gescheiden)", of download het opnieuw.`,
    fix: 'Sla het bestand in Excel op als "CSV UTF-8 (door komma\'s gescheiden)", of download het opnieuw.',
    en: {
      title: 'File saved as Unicode text',
      message: (p) => `${p.file} is saved as Unicode text (${p.encoding}). Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", or download it again.`,
      fix: 'Save the file in Excel as "CSV UTF-8 (Comma delimited)", or download it again.',
    },
  }),
  'bestand.pdf': rule<File>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'PDF-document in plaats van gegevens',
    message: (p) => `${p.file} is een PDF-document, geen gegevensbestand: verwacht werd een CSV- of Excel-download van de Gemeente-Stadsmonitor.`,
    fix: 'Download de gegevens als CSV of Excel en kies dat bestand.',
    en: {
      title: 'PDF document instead of data',
      message: (p) => `${p.file} is a PDF document, not a data file: expected a CSV or Excel download of the Gemeente-Stadsmonitor.`,
      fix: 'Download the data as CSV or Excel and choose that file.',
    },
  }),
  'bestand.binair': rule<File>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Binair bestand in plaats van tekst',
    message: (p) => `${p.file} is een binair bestand, geen tekst: verwacht werd een CSV-bestand van de Gemeente-Stadsmonitor (tekst met kolommen gescheiden door ;) of een Excel-werkmap (.xlsx).`,
    fix: 'Kies het CSV- of Excel-bestand dat u van de Gemeente-Stadsmonitor downloadde.',
    en: {
      title: 'Binary file instead of text',
      message: (p) => `${p.file} is a binary file, not text: expected a CSV file of the Gemeente-Stadsmonitor (text with columns separated by ;) or an Excel workbook (.xlsx).`,
      fix: 'Choose the CSV or Excel file you downloaded from the Gemeente-Stadsmonitor.',
    },
  }),
  'bestand.webpagina': rule<File & { line: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Webpagina in plaats van een CSV-bestand',
    message: (p) =>
      `${p.file} is een webpagina (HTML), geen CSV-bestand van de Gemeente-Stadsmonitor: verwacht werd een eerste regel zoals Gemeente;NIS-code;Indicator;Jaar;…, gevonden: ${p.line}. Waarschijnlijk is het downloaden mislukt en werd een foutpagina bewaard; download het bestand opnieuw.`,
    fix: 'Download het bestand opnieuw.',
    en: {
      title: 'Web page instead of a CSV file',
      message: (p) =>
        `${p.file} is a web page (HTML), not a CSV file of the Gemeente-Stadsmonitor: expected a first line such as Gemeente;NIS-code;Indicator;Jaar;…, found: ${p.line}. The download probably failed and an error page was saved; download the file again.`,
      fix: 'Download the file again.',
    },
  }),
  'bestand.beveiligd': rule<File>({
    severity: 'error',
    refusal: 'encrypted',
    title: 'Bestand beveiligd met een wachtwoord',
    message: (p) => `${p.file} is beveiligd met een wachtwoord. Haal de beveiliging weg in Excel en probeer opnieuw.`,
    fix: 'Haal de beveiliging weg in Excel (Bestand > Info > Werkmap beveiligen) en probeer opnieuw.',
    en: {
      title: 'File protected with a password',
      message: (p) => `${p.file} is protected with a password. Remove the protection in Excel and try again.`,
      fix: 'Remove the protection in Excel (File > Info > Protect Workbook) and try again.',
    },
  }),
  'bestand.xls': rule<File>({
    severity: 'error',
    refusal: 'not-xlsx',
    title: 'Bestand uit een oudere Excel-versie (.xls) om te importeren',
    message: (p) => `${p.file} is een .xls-bestand uit een oudere Excel-versie. Sla het in Excel op als Excel-werkmap (.xlsx) en probeer opnieuw.`,
    fix: 'Sla het bestand in Excel op als Excel-werkmap (.xlsx) en probeer opnieuw.',
    en: {
      title: 'File from an older Excel version (.xls) to import',
      message: (p) => `${p.file} is an .xls file from an older Excel version. Save it in Excel as an Excel workbook (.xlsx) and try again.`,
      fix: 'Save the file in Excel as an Excel workbook (.xlsx) and try again.',
    },
  }),
  'bestand.onleesbaar': rule<File>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Beschadigde Excel-werkmap om te importeren',
    message: (p) => `${p.file} is geen leesbare Excel-werkmap: het bestand is beschadigd of een ander soort zip-bestand. Download het opnieuw.`,
    fix: 'Download het bestand opnieuw of sla het in Excel opnieuw op als Excel-werkmap (.xlsx).',
    en: {
      title: 'Damaged Excel workbook to import',
      message: (p) => `${p.file} is not a readable Excel workbook: the file is damaged or another kind of zip file. Download it again.`,
      fix: 'Download the file again or save it again in Excel as an Excel workbook (.xlsx).',
    },
  }),
  'bestand.geen-monitor-excel': rule<File & { found: string; sheets: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Excel-bestand zonder tabblad van de Gemeente-Stadsmonitor',
    message: (p) => `${p.file} is geen Excel-bestand van de Gemeente-Stadsmonitor: geen enkel tabblad heeft ${EXPECTED_COLUMNS}. Gevonden tabbladen: ${p.found || 'geen'}.`,
    fix: 'Kies een Excel-download van de Gemeente-Stadsmonitor (een themabestand of het bestand van één indicator).',
    en: {
      title: 'Excel file without a Gemeente-Stadsmonitor sheet',
      message: (p) => `${p.file} is not an Excel file of the Gemeente-Stadsmonitor: no sheet has ${EXPECTED_COLUMNS_EN}. Sheets found: ${p.sheets || 'none'}.`,
      fix: 'Choose an Excel download of the Gemeente-Stadsmonitor (a theme file or the file of one indicator).',
    },
  }),
  'bestand.geen-monitor-csv': rule<File & { problem: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'CSV-bestand dat geen download van de Gemeente-Stadsmonitor is',
    message: (p) => `${p.file} is geen CSV-bestand van de Gemeente-Stadsmonitor: ${p.problem}.`,
    fix: 'Kies een CSV-download van de Gemeente-Stadsmonitor, met de kolommen zoals ze gedownload werden.',
    en: {
      title: 'CSV file that is not a Gemeente-Stadsmonitor download',
      message: (p) => `${p.file} is not a CSV file of the Gemeente-Stadsmonitor: its columns are not those of a monitor download; expected ${EXPECTED_COLUMNS_EN}.`,
      fix: 'Choose a CSV download of the Gemeente-Stadsmonitor, with the columns as they were downloaded.',
    },
  }),
  'bestand.csv-leeg': rule<File>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Leeg CSV-bestand',
    message: (p) => `${p.file} is leeg: verwacht werd een CSV-bestand van de Gemeente-Stadsmonitor met ${EXPECTED_COLUMNS}.`,
    fix: 'Download het bestand opnieuw.',
    en: {
      title: 'Empty CSV file',
      message: (p) => `${p.file} is empty: expected a CSV file of the Gemeente-Stadsmonitor with ${EXPECTED_COLUMNS_EN}.`,
      fix: 'Download the file again.',
    },
  }),
  'bestand.lezen-mislukt': rule<File>({
    severity: 'error',
    refusal: 'unreadable',
    title: 'Bestand kan niet (verder) gelezen worden',
    message: (p) => `${p.file} kan niet gelezen worden: het lezen stopte halverwege en er is niets weggeschreven. Kopieer het bestand naar uw computer en probeer opnieuw.`,
    fix: 'Kopieer het bestand naar uw computer (niet op een netwerkschijf of USB-stick) en probeer opnieuw.',
    en: {
      title: 'File cannot be read (to the end)',
      message: (p) => `${p.file} cannot be read: reading stopped halfway and nothing was written. Copy the file to your computer and try again.`,
      fix: 'Copy the file to your computer (not on a network drive or USB stick) and try again.',
    },
  }),
  'bestand.geen-json': rule<File & { line?: number; char?: number }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Bestand dat geen geldige JSON is',
    message: (p) =>
      `${p.file} is geen geldig JSON-bestand: ${p.line ? `de tekst klopt niet op regel ${p.line}, teken ${p.char}` : 'het bestand houdt midden in de gegevens op (afgebroken download?)'}; verwacht werd een Swing-selectietabel. Bewaar de selectietabel opnieuw.`,
    fix: 'Bewaar de selectietabel opnieuw van de Swing-site en importeer dat bestand.',
    en: {
      title: 'File that is not valid JSON',
      message: (p) =>
        `${p.file} is not a valid JSON file: ${p.line ? `the text is wrong at line ${p.line}, character ${p.char}` : 'the file stops in the middle of the data (interrupted download?)'}; expected a Swing selection table. Save the selection table again.`,
      fix: 'Save the selection table from the Swing site again and import that file.',
    },
  }),
  'bestand.geen-selectietabel': rule<File & { problem: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'JSON-bestand dat geen Swing-selectietabel is',
    message: (p) => `${p.file} is geen Swing-selectietabel: ${p.problem}.`,
    fix: 'Bewaar op de Swing-site de selectietabel als JSON en importeer dat bestand.',
    en: {
      title: 'JSON file that is not a Swing selection table',
      message: (p) => `${p.file} is not a Swing selection table (with "headers" and "rows", and at least an area, a period and a variable column).`,
      fix: 'Save the selection table on the Swing site as JSON and import that file.',
    },
  }),
  'bestand.openen': rule<File & { reason: 'bestaat-niet' | 'map' | 'geen-rechten' | 'anders'; code?: string | null }>({
    severity: 'error',
    refusal: 'unreadable',
    title: 'Bestand kan niet geopend worden',
    message: (p) =>
      `Kan ${p.file} niet openen: ${({ 'bestaat-niet': 'het bestand bestaat niet', map: 'dit is een map, geen bestand', 'geen-rechten': 'u hebt geen leesrechten op het bestand', anders: `het bestand kan niet gelezen worden (${p.code})` })[p.reason]}.`,
    fix: 'Controleer de naam en de map van het bestand, en of u het mag lezen.',
    en: {
      title: 'File cannot be opened',
      message: (p) =>
        `Cannot open ${p.file}: ${({ 'bestaat-niet': 'the file does not exist', map: 'this is a folder, not a file', 'geen-rechten': 'you have no permission to read the file', anders: `the file cannot be read (${p.code})` })[p.reason]}.`,
      fix: 'Check the name and the folder of the file, and whether you may read it.',
    },
  }),
  'bestand.geopend': rule<File>({
    severity: 'error',
    refusal: 'locked',
    title: 'Bestand is geopend in Excel',
    message: (p) => `${p.file} is geopend in Excel. Sluit het bestand in Excel en probeer opnieuw.`,
    fix: 'Sluit het bestand in Excel en probeer opnieuw.',
    en: { title: 'File is open in Excel', message: (p) => `${p.file} is open in Excel. Close the file in Excel and try again.`, fix: 'Close the file in Excel and try again.' },
  }),
  'bestand.alleen-lezen': rule<File>({
    severity: 'error',
    refusal: 'read-only',
    title: 'Bestand is alleen-lezen',
    message: (p) => `${p.file} is alleen-lezen: er kan niets in opgeslagen worden. Maak het bestand schrijfbaar of kies een ander bestand.`,
    fix: 'Maak het bestand schrijfbaar of kies een ander bestand.',
    en: {
      title: 'File is read-only',
      message: (p) => `${p.file} is read-only: nothing can be saved in it. Make the file writable or choose another file.`,
      fix: 'Make the file writable or choose another file.',
    },
  }),
  'bestand.map-alleen-lezen': rule<File & { folder: string }>({
    severity: 'error',
    refusal: 'read-only',
    title: 'Map is alleen-lezen',
    message: (p) => `De map ${p.folder} is alleen-lezen: ${p.file} kan er niet opgeslagen worden. Kies een andere map of vraag schrijfrechten.`,
    fix: 'Kies een andere map of vraag schrijfrechten.',
    en: {
      title: 'Folder is read-only',
      message: (p) => `The folder ${p.folder} is read-only: ${p.file} cannot be saved there. Choose another folder or ask for write permission.`,
      fix: 'Choose another folder or ask for write permission.',
    },
  }),
  'bestand.map-is-bestand': rule<{ folder: string }>({
    severity: 'error',
    refusal: 'read-only',
    title: 'Bestand waar een map moet staan',
    message: (p) => `${p.folder} is een bestand, geen map: kies een map om in op te slaan.`,
    fix: 'Kies een map om in op te slaan.',
    en: { title: 'File where a folder should be', message: (p) => `${p.folder} is a file, not a folder: choose a folder to save in.`, fix: 'Choose a folder to save in.' },
  }),
  'bestand.bestaat-al': rule<File>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Bestand bestaat al',
    message: (p) => `${p.file} bestaat al. Kies een andere naam, of gebruik --overschrijf om het te vervangen.`,
    fix: 'Kies een andere naam, of gebruik --overschrijf om het bestand te vervangen.',
    en: {
      title: 'File already exists',
      message: (p) => `${p.file} already exists. Choose another name, or use --overschrijf to replace it.`,
      fix: 'Choose another name, or use --overschrijf to replace the file.',
    },
  }),
  'bestand.opslaan-alleen-lezen': rule<File>({
    severity: 'error',
    refusal: 'read-only',
    title: 'Opslaan: bestand of map is alleen-lezen',
    message: (p) => `Kan ${p.file} niet opslaan: het bestand of de map is alleen-lezen. Maak ze schrijfbaar of kies een andere plaats.`,
    fix: 'Maak het bestand en de map schrijfbaar of kies een andere plaats.',
    en: {
      title: 'Saving: file or folder is read-only',
      message: (p) => `Cannot save ${p.file}: the file or the folder is read-only. Make them writable or choose another place.`,
      fix: 'Make the file and the folder writable or choose another place.',
    },
  }),
  'bestand.opslaan-mislukt': rule<File & { reason: 'vol' | 'in-gebruik' | 'anders'; code?: string | null }>({
    severity: 'error',
    refusal: 'unwritable',
    title: 'Opslaan mislukt',
    message: (p) =>
      `Kan ${p.file} niet opslaan: ${({ vol: 'de schijf is vol', 'in-gebruik': 'het bestand is in gebruik door een ander programma', anders: `het bestandssysteem meldt ${p.code ?? 'een fout'}` })[p.reason]}. Er is niets gewijzigd.`,
    fix: 'Maak plaats vrij of sluit het programma dat het bestand gebruikt, en probeer opnieuw.',
    en: {
      title: 'Saving failed',
      message: (p) =>
        `Cannot save ${p.file}: ${({ vol: 'the disk is full', 'in-gebruik': 'the file is in use by another program', anders: `the file system reports ${p.code ?? 'an error'}` })[p.reason]}. Nothing was changed.`,
      fix: 'Free up space or close the program using the file, and try again.',
    },
  }),

  // --- Opdrachtregel: what a command needs to be told ---
  'controleer.geen-register': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Controleer: geen register gegeven',
    message: () => 'Geef het register dat gecontroleerd moet worden, bv. beleidsregister controleer register.xlsx.',
    fix: 'Geef het register, bv. beleidsregister controleer register.xlsx.',
    en: {
      title: 'Check: no register given',
      message: () => 'Give the register to be checked, e.g. beleidsregister controleer register.xlsx.',
      fix: 'Give the register, e.g. beleidsregister controleer register.xlsx.',
    },
  }),
  'toets.datum': rule<{ value: string; problem: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Toets: --datum is geen geldige datum',
    message: (p) => `--datum ${p.value} ${p.problem}. Geef een datum als dd/mm/jjjj, bv. 30/06/2026.`,
    fix: 'Geef de datum als dd/mm/jjjj, bv. 30/06/2026.',
    en: {
      title: 'Test: --datum is not a valid date',
      message: (p) => `--datum ${p.value} ${en(p.problem)}. Give a date as dd/mm/yyyy, e.g. 30/06/2026.`,
      fix: 'Give the date as dd/mm/yyyy, e.g. 30/06/2026.',
    },
  }),
  'rapport.geen-uitvoer': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: niet gezegd waar het moet komen',
    message: () => 'zeg waar het rapport moet komen: --out rapport.docx voor een Word-document, --blad voor het blad Rapport in het register, of beide.',
    fix: 'Geef --out rapport.docx, --blad, of beide.',
    en: {
      title: 'Report: not said where it should go',
      message: () => 'say where the report should go: --out rapport.docx for a Word document, --blad for the Rapport sheet in the register, or both.',
      fix: 'Give --out rapport.docx, --blad, or both.',
    },
  }),
  'rapport.geen-docx': rule<File>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: --out is geen .docx-bestand',
    message: (p) => `--out ${p.file} is geen .docx-bestand. Geef een naam die eindigt op .docx, bv. rapport.docx.`,
    fix: 'Geef een naam die eindigt op .docx, bv. rapport.docx.',
    en: {
      title: 'Report: --out is not a .docx file',
      message: (p) => `--out ${p.file} is not a .docx file. Give a name ending in .docx, e.g. rapport.docx.`,
      fix: 'Give a name ending in .docx, e.g. rapport.docx.',
    },
  }),
  'export.map-is-bestand': rule<{ folder: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Export: bestand waar de map moet staan',
    message: (p) => `${p.folder} is een bestand, geen map. Geef de map waarin de export moet komen.`,
    fix: 'Geef de map waarin de export moet komen.',
    en: {
      title: 'Export: file where the folder should be',
      message: (p) => `${p.folder} is a file, not a folder. Give the folder the export should go into.`,
      fix: 'Give the folder the export should go into.',
    },
  }),
  'export.map-alleen-lezen': rule<{ folder: string }>({
    severity: 'error',
    refusal: 'read-only',
    title: 'Export: map is alleen-lezen',
    message: (p) => `In de map ${p.folder} kan niet geschreven worden. Kies een andere map of vraag schrijfrechten.`,
    fix: 'Kies een andere map of vraag schrijfrechten.',
    en: {
      title: 'Export: folder is read-only',
      message: (p) => `The folder ${p.folder} cannot be written to. Choose another folder or ask for write permission.`,
      fix: 'Choose another folder or ask for write permission.',
    },
  }),
  'export.ander-pakket': rule<{ folder: string; file: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Export: map met een ander datapakket',
    message: (p) => `In ${p.folder} staat al een ${p.file} die niet van een export van Beleidsregister is. Kies een lege map of de map van een eerdere export; dat pakket wordt niet overschreven.`,
    fix: 'Kies een lege map of de map van een eerdere export.',
    en: {
      title: 'Export: folder with another data package',
      message: (p) => `${p.folder} already holds a ${p.file} that is not from a Beleidsregister export. Choose an empty folder or the folder of an earlier export; that package is not overwritten.`,
      fix: 'Choose an empty folder or the folder of an earlier export.',
    },
  }),

  // --- Import: an import that cannot go on as asked ---
  'import.tabblad-onbekend': rule<File & { sheets: string; readable: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Import: gevraagd tabblad bestaat niet',
    message: (p) => `${p.file} heeft geen tabblad ${p.sheets}. Tabbladen met indicatoren: ${p.readable}.`,
    fix: 'Kies een van de tabbladen met indicatoren die de melding noemt.',
    en: {
      title: 'Import: the sheet asked for does not exist',
      message: (p) => `${p.file} has no sheet ${p.sheets}. Sheets with indicators: ${p.readable}.`,
      fix: 'Choose one of the sheets with indicators the message names.',
    },
  }),
  'import.catalogus-onbekend': rule<{ codes: string; count: number; edition: Val }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Import: code staat niet in de catalogus',
    message: (p) => `${p.codes} ${p.count > 1 ? 'staan' : 'staat'} niet in de catalogus van de Gemeente-Stadsmonitor (editie ${p.edition}). Zoek de juiste code met beleidsregister catalogus <zoekterm>.`,
    fix: 'Zoek de juiste code met beleidsregister catalogus <zoekterm> (of in het taakvenster, bij Catalogus).',
    en: {
      title: 'Import: code not in the catalogue',
      message: (p) => `${p.codes} ${p.count > 1 ? 'are' : 'is'} not in the catalogue of the Gemeente-Stadsmonitor (edition ${p.edition}). Find the right code with beleidsregister catalogus <search term>.`,
      fix: 'Find the right code with beleidsregister catalogus <search term> (or in the task pane, under Catalogue).',
    },
  }),
  'import.inlezen-afgebroken': rule({
    severity: 'error',
    refusal: 'cancelled',
    title: 'Import: inlezen afgebroken',
    message: () => 'Het inlezen is afgebroken; er is niets weggeschreven.',
    fix: 'Start de import opnieuw als u ze toch wilt.',
    en: { title: 'Import: reading cancelled', message: () => 'Reading was cancelled; nothing was written.', fix: 'Start the import again if you still want it.' },
  }),
  'import.afgebroken': rule({
    severity: 'error',
    refusal: 'cancelled',
    title: 'Import afgebroken',
    message: () => 'Het importeren is afgebroken; er is niets weggeschreven.',
    fix: 'Start de import opnieuw als u ze toch wilt.',
    en: { title: 'Import cancelled', message: () => 'The import was cancelled; nothing was written.', fix: 'Start the import again if you still want it.' },
  }),

  // --- Swing: fetching from a Swing "in Cijfers" site ---
  'swing.adres': rule<{ site: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Swing: geen geldig webadres',
    message: (p) => `${p.site} is geen geldig webadres. Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.`,
    fix: 'Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.',
    en: {
      title: 'Swing: not a valid web address',
      message: (p) => `${p.site} is not a valid web address. Give the address of the Swing site, e.g. https://provincies.incijfers.be.`,
      fix: 'Give the address of the Swing site, e.g. https://provincies.incijfers.be.',
    },
  }),
  'swing.geen-http': rule<{ site: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Swing: geen webadres (http of https)',
    message: (p) => `${p.site} is geen webadres (http of https). Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.`,
    fix: 'Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.',
    en: {
      title: 'Swing: not a web address (http or https)',
      message: (p) => `${p.site} is not a web address (http or https). Give the address of the Swing site, e.g. https://provincies.incijfers.be.`,
      fix: 'Give the address of the Swing site, e.g. https://provincies.incijfers.be.',
    },
  }),
  'swing.geen-variabele': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Swing: geen variabele gegeven',
    message: () => 'Geef minstens één variabele (de code van de variabele op de Swing-site).',
    fix: 'Geef de code van minstens één variabele op de Swing-site.',
    en: { title: 'Swing: no variable given', message: () => 'Give at least one variable (the code of the variable on the Swing site).', fix: 'Give the code of at least one variable on the Swing site.' },
  }),
  'swing.afgebroken': rule({
    severity: 'error',
    refusal: 'cancelled',
    title: 'Swing: ophalen afgebroken',
    message: () => 'Het ophalen is afgebroken; er is niets weggeschreven.',
    fix: 'Haal de gegevens opnieuw op als u ze toch wilt.',
    en: { title: 'Swing: fetching cancelled', message: () => 'Fetching was cancelled; nothing was written.', fix: 'Fetch the data again if you still want it.' },
  }),
  'swing.onbereikbaar': rule<Host>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: site niet bereikbaar',
    message: (p) =>
      `Kan ${p.host} niet bereiken: controleer het adres en de internetverbinding. In Excel kan ook de site zelf de toegang weigeren (CORS); bewaar dan de selectietabel als .json-bestand en importeer dat.`,
    fix: 'Controleer het adres en de internetverbinding, of bewaar de selectietabel als .json-bestand en importeer dat.',
    en: {
      title: 'Swing: site cannot be reached',
      message: (p) =>
        `Cannot reach ${p.host}: check the address and the internet connection. In Excel the site itself may also refuse access (CORS); then save the selection table as a .json file and import that.`,
      fix: 'Check the address and the internet connection, or save the selection table as a .json file and import that.',
    },
  }),
  'swing.ander-adres': rule<Request & { origin: string }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: antwoord verwijst naar een ander adres',
    message: (p) => `${p.host} verwijst voor ${requestNl(p)} naar een ander adres (${p.origin}); Beleidsregister vraagt alleen gegevens op bij het adres dat u opgaf.`,
    fix: 'Geef het adres van de site waar de gegevens staan.',
    en: {
      title: 'Swing: answer points to another address',
      message: (p) => `${p.host} points elsewhere (${p.origin}) for ${requestEn(p)}; Beleidsregister only asks for data at the address you gave.`,
      fix: 'Give the address of the site where the data is.',
    },
  }),
  'swing.doorverwezen': rule<Request & { to?: string | null }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: vraag doorgestuurd naar een ander adres',
    message: (p) => `${p.host} stuurt de vraag naar ${requestNl(p)} door naar een ander adres${p.to ? ` (${p.to})` : ''}. Geef dat adres zelf op als site.`,
    fix: 'Geef het adres waarnaar doorgestuurd wordt zelf op als site.',
    en: {
      title: 'Swing: request redirected to another address',
      message: (p) => `${p.host} redirects the request for ${requestEn(p)} to another address${p.to ? ` (${p.to})` : ''}. Give that address yourself as the site.`,
      fix: 'Give the address redirected to yourself as the site.',
    },
  }),
  'swing.sleutel-geweigerd': rule<Host & { status: number }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: API-sleutel geweigerd',
    message: (p) => `${p.host} weigert de API-sleutel (${p.status}). Controleer de sleutel bij de beheerder van de site.`,
    fix: 'Controleer de API-sleutel bij de beheerder van de site.',
    en: {
      title: 'Swing: API key refused',
      message: (p) => `${p.host} refuses the API key (${p.status}). Check the key with the site’s administrator.`,
      fix: 'Check the API key with the site’s administrator.',
    },
  }),
  'swing.sleutel-nodig': rule<Host & { status: number }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: API-sleutel nodig',
    message: (p) => `${p.host} vraagt een API-sleutel (${p.status}). Vraag er een aan bij de beheerder van de site en vul ze in bij API-sleutel (op de opdrachtregel: --api-sleutel).`,
    fix: 'Vraag een API-sleutel aan bij de beheerder van de site en vul ze in bij API-sleutel (--api-sleutel).',
    en: {
      title: 'Swing: API key needed',
      message: (p) => `${p.host} asks for an API key (${p.status}). Request one from the site’s administrator and fill it in under API key (on the command line: --api-sleutel).`,
      fix: 'Request an API key from the site’s administrator and fill it in under API key (--api-sleutel).',
    },
  }),
  'swing.niet-gevonden': rule<Request>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: niet gevonden (404)',
    message: (p) => `${capital(requestNl(p))} niet gevonden op ${p.host} (404). Controleer het adres van de site en de code van de variabele.`,
    fix: 'Controleer het adres van de site en de code van de variabele.',
    en: {
      title: 'Swing: not found (404)',
      message: (p) => `${capital(requestEn(p))} not found on ${p.host} (404). Check the address of the site and the code of the variable.`,
      fix: 'Check the address of the site and the code of the variable.',
    },
  }),
  'swing.fout': rule<Request & { status: number }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: de site gaf een fout',
    message: (p) => `${p.host} gaf een fout bij ${requestNl(p)} (${p.status}). Probeer het later opnieuw.`,
    fix: 'Probeer het later opnieuw.',
    en: {
      title: 'Swing: the site gave an error',
      message: (p) => `${p.host} gave an error for ${requestEn(p)} (${p.status}). Try again later.`,
      fix: 'Try again later.',
    },
  }),
  'swing.geen-json': rule<Request & { start: string; page: number }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Swing: antwoord is geen JSON',
    message: (p) => `Het antwoord van ${p.host} op ${requestNl(p)} is geen JSON maar ${p.page ? 'een webpagina' : `"${p.start}"`}. Is ${p.host} een Swing-site (… in Cijfers)?`,
    fix: 'Geef het adres van een Swing-site (… in Cijfers), bv. https://provincies.incijfers.be.',
    en: {
      title: 'Swing: answer is not JSON',
      message: (p) => `The answer of ${p.host} to ${requestEn(p)} is not JSON but ${p.page ? 'a web page' : `"${p.start}"`}. Is ${p.host} a Swing site (… in Cijfers)?`,
      fix: 'Give the address of a Swing site (… in Cijfers), e.g. https://provincies.incijfers.be.',
    },
  }),
  'swing.geen-selectietabel': rule<Host & { variable: string; problem: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Swing: antwoord is geen selectietabel',
    message: (p) => `Het antwoord van ${p.host} voor variabele ${p.variable} is geen selectietabel: ${p.problem}.`,
    fix: 'Controleer de code van de variabele en het gebiedsniveau op de Swing-site.',
    en: {
      title: 'Swing: answer is not a selection table',
      message: (p) => `The answer of ${p.host} for variable ${p.variable} is not a selection table (with "headers" and "rows", and at least an area, a period and a variable column).`,
      fix: 'Check the code of the variable and the area level on the Swing site.',
    },
  }),
  'swing.te-veel-paginas': rule<Host & { variable: string }>({
    severity: 'error',
    refusal: 'unreachable',
    title: 'Swing: de site blijft pagina’s sturen',
    message: (p) => `${p.host} blijft pagina's met waarden sturen voor variabele ${p.variable}; het ophalen is gestopt. Haal minder op (een ander gebieds- of periodeniveau) of gebruik de selectietabel.`,
    fix: 'Haal minder op (een ander gebieds- of periodeniveau) of gebruik de selectietabel.',
    en: {
      title: 'Swing: the site keeps sending pages',
      message: (p) => `${p.host} keeps sending pages of values for variable ${p.variable}; fetching stopped. Fetch less (another area or period level) or use the selection table.`,
      fix: 'Fetch less (another area or period level) or use the selection table.',
    },
  }),
  'swing.geen-waarden': rule<Host & { variable: string }>({
    severity: 'error',
    refusal: 'not-monitor-file',
    title: 'Swing: antwoord zonder waarden',
    message: (p) => `Het antwoord van ${p.host} met de waarden van variabele ${p.variable} heeft geen lijst "value". Gebruik de selectietabel in plaats van OData.`,
    fix: 'Gebruik de selectietabel in plaats van OData, of controleer het adres van de site.',
    en: {
      title: 'Swing: answer without values',
      message: (p) => `The answer of ${p.host} with the values of variable ${p.variable} has no list "value". Use the selection table instead of OData.`,
      fix: 'Use the selection table instead of OData, or check the address of the site.',
    },
  }),

  // --- Rondes: starting or merging a round that cannot go on as asked ---
  'ronde.geen-semester': rule<{ period: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Ronde: periode is geen semester',
    message: (p) => `${p.period} is geen semester. Geef de periode van de ronde als jaar-S1 of jaar-S2, bv. 2026-S1 (eind juni) of 2026-S2 (eind december).`,
    fix: 'Geef de periode van de ronde als jaar-S1 of jaar-S2, bv. 2026-S1.',
    en: {
      title: 'Round: period is not a half-year',
      message: (p) => `${p.period} is not a half-year. Give the period of the round as year-S1 or year-S2, e.g. 2026-S1 (end of June) or 2026-S2 (end of December).`,
      fix: 'Give the period of the round as year-S1 or year-S2, e.g. 2026-S1.',
    },
  }),
  'ronde.geen-gemeente': rule({
    severity: 'error',
    refusal: 'not-a-registry',
    title: 'Ronde: register zonder gemeente',
    message: () => 'het register heeft nog geen gemeente. Voer Maak register uit met de NIS-code van uw gemeente.',
    fix: 'Voer Maak register uit met de NIS-code van uw gemeente (beleidsregister maak --gemeente <NIS-code>).',
    en: {
      title: 'Round: register without a municipality',
      message: () => 'the register has no municipality yet. Run Maak register with the NIS code of your municipality.',
      fix: 'Run Maak register with the NIS code of your municipality (beleidsregister maak --gemeente <NIS code>).',
    },
  }),
  'ronde.dienst-niet-in-lijst': rule<{ owner: string; known: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Ronde: dienst staat niet in de lijst Diensten',
    message: (p) => `${p.owner} staat niet in de lijst Diensten (${p.known || 'die is leeg'}). Voeg de dienst toe of kies er een uit de lijst.`,
    fix: 'Voeg de dienst toe aan de lijst Diensten of kies er een uit de lijst.',
    en: {
      title: 'Round: department not in the Diensten list',
      message: (p) => `${p.owner} is not in the Diensten list (${p.known || 'it is empty'}). Add the department or choose one from the list.`,
      fix: 'Add the department to the Diensten list or choose one from the list.',
    },
  }),
  'ronde.geen-rondes': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Ronde: nog geen ronde gestart',
    message: () => 'er is nog geen ronde gestart in dit register (het blad Rondes ontbreekt). Start eerst een ronde.',
    fix: 'Start eerst een ronde (Halfjaarronde starten of beleidsregister ronde start).',
    en: {
      title: 'Round: no round started yet',
      message: () => 'no round has been started in this register yet (the Rondes sheet is missing). Start a round first.',
      fix: 'Start a round first (Halfjaarronde starten or beleidsregister ronde start).',
    },
  }),
  'ronde.onbekende-periode': rule<{ period: string; known: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Ronde: geen ronde van die periode',
    message: (p) => `er is geen ronde ${p.period} in dit register (wel ${p.known}). Kies een van die rondes.`,
    fix: 'Kies de periode van een ronde die op het blad Rondes staat.',
    en: {
      title: 'Round: no round of that period',
      message: (p) => `there is no round ${p.period} in this register (there is ${p.known}). Choose one of those rounds.`,
      fix: 'Choose the period of a round on the Rondes sheet.',
    },
  }),

  // --- Rapport: a report that cannot be made as asked ---
  'rapport.geen-halfjaar': rule<{ period: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: periode is geen halfjaar',
    message: (p) => `--periode ${p.period} is geen halfjaar. Geef een halfjaar als 2026-S1 (januari–juni) of 2026-S2 (juli–december).`,
    fix: 'Geef een halfjaar als 2026-S1 (januari–juni) of 2026-S2 (juli–december).',
    en: {
      title: 'Report: period is not a half-year',
      message: (p) => `--periode ${p.period} is not a half-year. Give a half-year as 2026-S1 (January–June) or 2026-S2 (July–December).`,
      fix: 'Give a half-year as 2026-S1 (January–June) or 2026-S2 (July–December).',
    },
  }),
  'rapport.geen-indicatoren': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: register zonder indicatoren',
    message: () => 'het register heeft nog geen indicatoren: er is niets om over te rapporteren. Vul eerst de tabel Indicatoren.',
    fix: 'Vul eerst de tabel Indicatoren.',
    en: {
      title: 'Report: register without indicators',
      message: () => 'the register has no indicators yet: there is nothing to report on. Fill in the Indicatoren table first.',
      fix: 'Fill in the Indicatoren table first.',
    },
  }),
  'rapport.kolom-naar-raad': rule({
    severity: 'error',
    refusal: 'needs-upgrade',
    title: 'Rapport: kolom Naar de raad ontbreekt',
    message: () => `de tabel Indicatoren heeft geen kolom Naar de raad, waarmee u kiest wat naar de gemeenteraad gaat. ${RUN_MAAK} om ze toe te voegen; uw gegevens blijven staan.`,
    fix: `${RUN_MAAK}: de kolom wordt toegevoegd, de rest blijft staan.`,
    en: {
      title: 'Report: column Naar de raad missing',
      message: () => `the Indicatoren table has no column Naar de raad, with which you choose what goes to the council. ${RUN_MAAK_EN} to add it; your data stays.`,
      fix: `${RUN_MAAK_EN}: the column is added, everything else stays.`,
    },
  }),
  'rapport.niets-naar-raad': rule({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: geen indicator voor de raad',
    message: () => 'geen enkele indicator staat op ja in de kolom Naar de raad (tabel Indicatoren): er is niets voor het rapport aan de raad. Zet Naar de raad op ja bij de indicatoren voor de raad.',
    fix: 'Zet Naar de raad op ja bij de indicatoren voor de raad.',
    en: {
      title: 'Report: no indicator for the council',
      message: () => 'no indicator is set to ja in the column Naar de raad (Indicatoren table): there is nothing for the report to the council. Set Naar de raad to ja for the indicators for the council.',
      fix: 'Set Naar de raad to ja for the indicators for the council.',
    },
  }),
  'rapport.blad-bezet': rule<Sheet>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Rapport: het blad Rapport is iets anders',
    message: (p) => `er staat al een blad ${p.sheet} dat niet (meer) het rapport van Beleidsregister is. Hernoem of verwijder dat blad, dan wordt het rapport er opnieuw gemaakt.`,
    fix: 'Hernoem of verwijder dat blad, dan wordt het rapport er opnieuw gemaakt.',
    en: {
      title: 'Report: the Rapport sheet is something else',
      message: (p) => `there is already a sheet ${p.sheet} that is not (or no longer) the Beleidsregister report. Rename or delete that sheet, and the report is made there again.`,
      fix: 'Rename or delete that sheet, and the report is made there again.',
    },
  }),

  // --- Grafiek: a trend chart that cannot be inserted ---
  'grafiek.niet-in-excel': rule({
    severity: 'error',
    refusal: 'not-supported',
    title: 'Grafiek alleen in Excel',
    message: () => 'een grafiek kan alleen in Excel zelf ingevoegd worden. De grafiek staat wel in het taakvenster, bij Normen.',
    fix: 'Open het register in Excel om de grafiek in te voegen; in het taakvenster staat ze bij Normen.',
    en: {
      title: 'Chart only in Excel',
      message: () => 'a chart can only be inserted in Excel itself. The chart is shown in the task pane, under Norms.',
      fix: 'Open the register in Excel to insert the chart; in the task pane it is under Norms.',
    },
  }),
  'grafiek.geen-getallen': rule<{ indicator: string; area: string }>({
    severity: 'error',
    refusal: 'invalid-option',
    title: 'Grafiek zonder getallen',
    message: (p) => `${p.indicator} heeft in ${p.area} geen getallen om uit te zetten; een grafiek heeft minstens één meting nodig. Importeer of vul eerst een meting in Metingen.`,
    fix: 'Importeer of vul eerst een meting van de indicator in dat gebied in Metingen.',
    en: {
      title: 'Chart without numbers',
      message: (p) => `${p.indicator} has no numbers to plot in ${p.area}; a chart needs at least one measurement. Import or fill in a measurement in Metingen first.`,
      fix: 'Import or fill in a measurement of the indicator in that area in Metingen first.',
    },
  }),

  // --- Excel: a request Excel refused for a reason the user can act on (workbook/excel/officeErrors.ts) ---
  'excel.geweigerd': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Excel weigert de wijziging (beveiligd of alleen-lezen)',
    message: () =>
      'Excel weigert de wijziging: het blad of de werkmap is beveiligd, of alleen-lezen geopend. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of open de werkmap om te bewerken, en probeer het opnieuw.',
    fix: 'Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of open de werkmap om te bewerken.',
    en: {
      title: 'Excel refuses the change (protected or read-only)',
      message: () => 'Excel refuses the change: the sheet or the workbook is protected, or opened read-only. Unprotect it (Review > Unprotect Sheet) or open the workbook for editing, and try again.',
      fix: 'Unprotect the sheet (Review > Unprotect Sheet) or open the workbook for editing.',
    },
  }),
  'excel.te-oud': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Excel-versie zonder een functie die nodig is',
    message: () => 'Deze versie van Excel kent een functie niet die Beleidsregister nodig heeft. Werk Office bij (Bestand > Account > Bijwerkopties) of gebruik Excel voor het web.',
    fix: 'Werk Office bij (Bestand > Account > Bijwerkopties) of gebruik Excel voor het web.',
    en: {
      title: 'Excel version without a function that is needed',
      message: () => 'This version of Excel lacks a function Beleidsregister needs. Update Office (File > Account > Update Options) or use Excel for the web.',
      fix: 'Update Office (File > Account > Update Options) or use Excel for the web.',
    },
  }),
  'excel.niet-gevonden': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Excel vindt een blad, tabel of naam niet',
    message: () =>
      'Een blad, tabel of naam die Beleidsregister verwacht, staat niet (meer) in de werkmap: misschien hernoemd of verwijderd. Kies Maak register om het register te herstellen en probeer het opnieuw.',
    fix: 'Kies Maak register om het register te herstellen en probeer het opnieuw.',
    en: {
      title: 'Excel cannot find a sheet, table or name',
      message: () => 'A sheet, table or name Beleidsregister expects is not (or no longer) in the workbook: perhaps renamed or deleted. Choose Maak register to repair the register and try again.',
      fix: 'Choose Maak register to repair the register and try again.',
    },
  }),
  'excel.te-groot': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Wijziging te groot voor Excel',
    message: () =>
      'De wijziging is te groot om in één keer naar Excel te sturen; een deel kan al geschreven zijn. Probeer het opnieuw; lukt het niet, werk dan met de opdrachtregel (beleidsregister) op een kopie van het bestand.',
    fix: 'Probeer het opnieuw, of werk met de opdrachtregel (beleidsregister) op een kopie van het bestand.',
    en: {
      title: 'Change too large for Excel',
      message: () => 'The change is too large to send to Excel at once; part of it may already be written. Try again; if that fails, work with the command line (beleidsregister) on a copy of the file.',
      fix: 'Try again, or work with the command line (beleidsregister) on a copy of the file.',
    },
  }),
  'excel.cel-bewerken': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Een cel wordt bewerkt',
    message: () => 'U bent een cel aan het bewerken. Druk op Enter of Esc om de cel te verlaten en probeer het opnieuw.',
    fix: 'Druk op Enter of Esc om de cel te verlaten en probeer het opnieuw.',
    en: {
      title: 'A cell is being edited',
      message: () => 'You are editing a cell. Press Enter or Esc to leave the cell and try again.',
      fix: 'Press Enter or Esc to leave the cell and try again.',
    },
  }),
  'excel.filter': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Een filter staat de wijziging in de weg',
    message: () => 'Een filter op een tabel staat de wijziging in de weg. Wis de filters (Gegevens > Wissen) en probeer het opnieuw.',
    fix: 'Wis de filters (Gegevens > Wissen) en probeer het opnieuw.',
    en: {
      title: 'A filter stands in the way of the change',
      message: () => 'A filter on a table stands in the way of the change. Clear the filters (Data > Clear) and try again.',
      fix: 'Clear the filters (Data > Clear) and try again.',
    },
  }),
  'excel.mislukt': rule({
    severity: 'error',
    refusal: 'excel',
    title: 'Excel kon de opdracht niet uitvoeren',
    message: () => 'Excel kon de opdracht niet uitvoeren. Sla de werkmap op en probeer het opnieuw; lukt het dan nog niet, sluit de werkmap en open ze opnieuw.',
    fix: 'Sla de werkmap op en probeer het opnieuw; lukt het niet, sluit de werkmap en open ze opnieuw.',
    en: {
      title: 'Excel could not carry out the command',
      message: () => 'Excel could not carry out the command. Save the workbook and try again; if it still fails, close the workbook and open it again.',
      fix: 'Save the workbook and try again; if it fails, close the workbook and open it again.',
    },
  }),

  // --- Controleer register ---
  'structuur.tabel-ontbreekt': rule<Sheet & { table: string }>({
    severity: 'error',
    title: 'Een tabel van het register ontbreekt',
    message: (p) => `Tabel ${p.sheet} ontbreekt: er is geen blad ${p.sheet} met tabel ${p.table}.`,
    fix: 'Voer Maak register (of beleidsregister maak) uit: de tabel wordt opnieuw aangemaakt, de rest blijft staan.',
    en: {
      title: 'A table of the register is missing',
      message: (p) => `Table ${p.sheet} is missing: there is no sheet ${p.sheet} with table ${p.table}.`,
      fix: 'Run Maak register (or beleidsregister maak): the table is made again, everything else stays.',
    },
  }),
  'structuur.instellingen-ontbreken': rule({
    severity: 'error',
    title: 'De instellingen van het register ontbreken',
    message: () => 'Het blad Systeem met de instellingen van het register (tabel tblInstellingen: schemaversie, gemeente, drempels) ontbreekt; zonder die instellingen kunnen Toets aan normen en de import niet werken.',
    fix: 'Voer Maak register (of beleidsregister maak --gemeente <NIS-code>) uit: het blad wordt opnieuw aangemaakt met de standaarddrempels, de rest blijft staan.',
    en: {
      title: 'The settings of the register are missing',
      message: () => 'The Systeem sheet with the settings of the register (table tblInstellingen: schema version, municipality, thresholds) is missing; without those settings Toets aan normen and the import cannot work.',
      fix: 'Run Maak register (or beleidsregister maak --gemeente <NIS code>): the sheet is made again with the default thresholds, everything else stays.',
    },
  }),
  'instelling.register-ongeldig': rule<{ problem: string }>({
    severity: 'error',
    title: 'Een instelling van het register heeft een ongeldige waarde',
    message: (p) => `In de instellingen (blad Systeem) ${p.problem}.`,
    fix: 'Zet een geldige waarde in de kolom Waarde van tblInstellingen, bv. de vijfcijferige NIS-code 44021 bij gemeente.',
    en: {
      title: 'A setting of the register has an invalid value',
      message: (p) => `A setting on the Systeem sheet has an invalid value (${p.problem}).`,
      fix: 'Put a valid value in the Waarde column of tblInstellingen, e.g. the five-digit NIS code 44021 for gemeente.',
    },
  }),
  'structuur.geen-tabel': rule<Sheet & { table: string }>({
    severity: 'error',
    title: 'Een blad van het register bevat geen tabel meer',
    message: (p) => `Blad ${p.sheet} bevat geen tabel ${p.table} (misschien omgezet naar een gewoon bereik); het blad wordt niet gecontroleerd.`,
    fix: 'Selecteer de gegevens, kies Invoegen > Tabel en geef de tabel de naam uit de melding.',
    en: {
      title: 'A sheet of the register no longer holds a table',
      message: (p) => `Sheet ${p.sheet} holds no table ${p.table} (perhaps converted to a plain range); the sheet is not checked.`,
      fix: 'Select the data, choose Insert > Table and give the table the name from the message.',
    },
  }),
  'structuur.kolom-ontbreekt': rule<Sheet & { column: string }>({
    severity: 'error',
    title: 'Een kolom van het register ontbreekt of is hernoemd',
    message: (p) => `Kolom ${p.column} niet gevonden in ${p.sheet}; de controles op die kolom zijn overgeslagen.`,
    fix: 'Zet de kolomkop terug op de naam uit de melding, of voer Maak register uit om de kolom opnieuw toe te voegen.',
    en: {
      title: 'A column of the register is missing or renamed',
      message: (p) => `Column ${p.column} not found in ${p.sheet}; the checks on that column were skipped.`,
      fix: 'Set the column header back to the name in the message, or run Maak register to add the column again.',
    },
  }),
  'waarde.verplicht': rule<{ column: Val | null | undefined; example?: string }>({
    severity: 'error',
    title: 'Verplichte waarde ontbreekt',
    message: (p) => `${p.column} is verplicht maar leeg. Vul een waarde in${example(p.example, 'bv.')}.`,
    fix: 'Vul de cel in; de invoerhulp van de cel zegt wat er hoort.',
    en: {
      title: 'Required value missing',
      message: (p) => `${p.column} is required but empty. Fill in a value${example(p.example, 'e.g.')}.`,
      fix: 'Fill in the cell; the input help of the cell says what belongs there.',
    },
  }),
  'waarde.getal': rule<ValueIn>({
    severity: 'error',
    title: 'Geen getal',
    message: (p) => `${q(p.value)} in ${p.column} is geen getal. Geef een getal, bv. 48 of 0,4.`,
    fix: 'Typ een getal met een komma of een punt als decimaalteken, zonder eenheid erbij.',
    en: {
      title: 'Not a number',
      message: (p) => `${q(p.value)} in ${p.column} is not a number. Give a number, e.g. 48 or 0.4.`,
      fix: 'Type a number with a comma or a point as the decimal mark, without a unit.',
    },
  }),
  'waarde.datum': rule<ValueIn & { problem: string }>({
    severity: 'error',
    title: 'Geen geldige datum',
    message: (p) => `${q(p.value)} in ${p.column} ${p.problem}. Geef een datum als dd/mm/jjjj, bv. 31/12/2030.`,
    fix: 'Typ de datum als dd/mm/jjjj; Excel maakt er een echte datum van.',
    en: {
      title: 'Not a valid date',
      message: (p) => `${q(p.value)} in ${p.column} ${en(p.problem)}. Give a date as dd/mm/yyyy, e.g. 31/12/2030.`,
      fix: 'Type the date as dd/mm/yyyy; Excel makes it a real date.',
    },
  }),
  'waarde.periode': rule<ValueIn>({
    severity: 'error',
    title: 'Geen geldige periode',
    message: (p) => `${q(p.value)} in ${p.column} is geen periode. Geef een jaar (2023), semester (2023-S1), kwartaal (2023-Q2) of maand (2023-06).`,
    fix: 'Schrijf de periode als 2023, 2023-S1, 2023-Q2 of 2023-06.',
    en: {
      title: 'Not a valid period',
      message: (p) => `${q(p.value)} in ${p.column} is not a period. Give a year (2023), half-year (2023-S1), quarter (2023-Q2) or month (2023-06).`,
      fix: 'Write the period as 2023, 2023-S1, 2023-Q2 or 2023-06.',
    },
  }),
  'waarde.keuzelijst': rule<ValueIn & { values: string }>({
    severity: 'error',
    title: 'Waarde staat niet in de vaste lijst',
    message: (p) => `${q(p.value)} in ${p.column} is geen toegelaten waarde. Kies een van: ${p.values}.`,
    fix: 'Kies de waarde uit het keuzemenu van de cel.',
    en: {
      title: 'Value not in the fixed list',
      message: (p) => `${q(p.value)} in ${p.column} is not an allowed value. Choose one of: ${p.values}.`,
      fix: 'Choose the value from the cell’s dropdown.',
    },
  }),
  'waarde.id-formaat': rule<ValueIn & { prefix: string }>({
    severity: 'error',
    title: 'ID heeft niet de juiste vorm',
    message: (p) => `ID ${q(p.value)} heeft niet de vorm ${p.prefix}-001. Gebruik ${p.prefix}- gevolgd door een nummer.`,
    fix: 'Geef het ID de vorm uit de melding. Verandert u een ID, pas dan ook de verwijzingen ernaar aan.',
    en: {
      title: 'ID does not have the right form',
      message: (p) => `ID ${q(p.value)} does not have the form ${p.prefix}-001. Use ${p.prefix}- followed by a number.`,
      fix: 'Give the ID the form from the message. If you change an ID, change the references to it too.',
    },
  }),
  'sleutel.dubbel': rule<Sheet & ValueIn & { other: number }>({
    severity: 'error',
    title: 'Dubbele sleutel',
    message: (p) => `${p.column} ${q(p.value)} komt meer dan eens voor in ${p.sheet} (ook in rij ${p.other}). Geef elke rij een eigen ${p.column}.`,
    fix: 'Geef een van de rijen een nieuwe, unieke waarde, of verwijder de dubbele rij.',
    en: {
      title: 'Duplicate key',
      message: (p) => `${p.column} ${q(p.value)} occurs more than once in ${p.sheet} (also in row ${p.other}). Give every row its own ${p.column}.`,
      fix: 'Give one of the rows a new, unique value, or delete the duplicate row.',
    },
  }),
  'meting.dubbel': rule<{ other: number }>({
    severity: 'error',
    title: 'Dubbele meting',
    message: (p) => `Deze meting staat er meer dan eens in (ook in rij ${p.other}): zelfde indicator, gebied, periode en dimensie.`,
    fix: 'Verwijder een van beide rijen, of onderscheid ze met een andere Dimensie.',
    en: {
      title: 'Duplicate measurement',
      message: (p) => `This measurement is in more than once (also in row ${p.other}): same indicator, area, period and dimension.`,
      fix: 'Delete one of the two rows, or tell them apart with another Dimensie.',
    },
  }),
  'meting.honderdvoud': rule<{ value: string; indicator: string; where: string; typical: string; size: string; meant?: string }>({
    severity: 'warning',
    title: 'Waarde ongeveer 100 keer groter of kleiner dan de reeks',
    message: (p) =>
      `${p.value} is ongeveer 100 keer ${p.size} dan de rest van de reeks van ${p.indicator} in ${p.where} (${p.typical}).${p.meant ? ` Staat het percentage als fractie? Vul dan ${p.meant} in, of typ ${p.meant} % in een cel met procentopmaak.` : ''} Kijk na of de waarde juist is ingevoerd.`,
    fix: 'Verbeter de waarde (bv. 82,5 in plaats van 0,825 in een rij in %), of laat ze staan als ze echt zo gemeten werd.',
    en: {
      title: 'Value about 100 times larger or smaller than its series',
      message: (p) =>
        `${p.value} is about 100 times ${en(p.size)} than the rest of the series of ${p.indicator} in ${p.where} (${p.typical}).${p.meant ? ` Is the percentage written as a fraction? Then enter ${p.meant}, or type ${p.meant} % in a cell with a percent format.` : ''} Check that the value was entered correctly.`,
      fix: 'Correct the value (e.g. 82.5 instead of 0.825 in a row in %), or leave it if it was really measured so.',
    },
  }),
  'verwijzing.onbekend': rule<ValueIn & { target: string; targetColumn: string }>({
    severity: 'error',
    title: 'Verwijzing naar iets dat niet bestaat',
    message: (p) => `${q(p.value)} in ${p.column} staat niet in ${p.target} (kolom ${p.targetColumn}). Kies een bestaande waarde of voeg ze eerst toe in ${p.target}.`,
    fix: 'Kies een waarde uit het keuzemenu, of voeg de ontbrekende rij toe in de tabel waarnaar verwezen wordt.',
    en: {
      title: 'Reference to something that does not exist',
      message: (p) => `${q(p.value)} in ${p.column} is not in ${p.target} (column ${p.targetColumn}). Choose an existing value or add it to ${p.target} first.`,
      fix: 'Choose a value from the dropdown, or add the missing row to the table referred to.',
    },
  }),
  'opvolging.onbekende-meting': rule<{ indicator: string; area: string; period: string }>({
    severity: 'error',
    title: 'Opvolging van een meting die niet bestaat',
    message: (p) => `Deze opvolging gaat over ${p.indicator} in ${p.area} voor ${p.period}, maar Metingen heeft geen meting van die indicator in dat gebied en die periode.`,
    fix: 'Verbeter Indicator, Gebied of Periode zodat ze die van de afwijkende meting in Metingen zijn.',
    en: {
      title: 'Follow-up of a measurement that does not exist',
      message: (p) => `This follow-up is about ${p.indicator} in ${p.area} for ${p.period}, but Metingen has no measurement of that indicator in that area and period.`,
      fix: 'Correct Indicator, Gebied or Periode so they are those of the deviating measurement in Metingen.',
    },
  }),
  'doelstelling.kringverwijzing': rule<{ code: string; cycle: string }>({
    severity: 'error',
    title: 'Kring in de doelstellingenboom',
    message: (p) => `Doelstelling ${p.code} ligt via Bovenliggend onder zichzelf (${p.cycle}).`,
    fix: 'Verbeter Bovenliggend zodat elke actie onder een actieplan en elk actieplan onder een beleidsdoelstelling ligt.',
    en: {
      title: 'Cycle in the objectives tree',
      message: (p) => `Objective ${p.code} lies under itself through Bovenliggend (${p.cycle}).`,
      fix: 'Correct Bovenliggend so every action lies under an action plan and every action plan under a policy objective.',
    },
  }),
  'doelstelling.niveau': rule<{ code: string; expected: string; level?: string; parent?: string; parentLevel?: string }>({
    severity: 'error',
    title: 'Doelstelling op de verkeerde plaats in de boom',
    message: (p) =>
      p.expected === 'geen'
        ? `Beleidsdoelstelling ${p.code} ligt onder ${p.parent}; een beleidsdoelstelling heeft geen Bovenliggend.`
        : p.parent
          ? `${p.level} ${p.code} ligt onder ${p.parentLevel} ${p.parent}; een ${p.level} hoort onder een ${p.expected}.`
          : `${p.level} ${p.code} heeft geen Bovenliggend; een ${p.level} hoort onder een ${p.expected}.`,
    fix: 'Een beleidsdoelstelling heeft geen Bovenliggend, een actieplan ligt onder een beleidsdoelstelling, een actie onder een actieplan.',
    en: {
      title: 'Objective in the wrong place in the tree',
      message: (p) =>
        p.expected === 'geen'
          ? `Policy objective ${p.code} lies under ${p.parent}; a policy objective has no Bovenliggend.`
          : p.parent
            ? `${capital(en(p.level))} ${p.code} lies under ${en(p.parentLevel)} ${p.parent}; ${article(en(p.level))} belongs under ${article(en(p.expected))}.`
            : `${capital(en(p.level))} ${p.code} has no Bovenliggend; ${article(en(p.level))} belongs under ${article(en(p.expected))}.`,
      fix: 'A policy objective has no Bovenliggend, an action plan lies under a policy objective, an action under an action plan.',
    },
  }),
  'eenheid.verschilt': rule<{ unit: string; other: string; otherId: string; otherUnit: string }>({
    severity: 'error',
    title: 'Eenheden komen niet overeen',
    message: (p) => `Eenheid ${q(p.unit)} verschilt van die van ${p.other} ${p.otherId} (${q(p.otherUnit)}). Gebruik dezelfde eenheid: er wordt niet omgerekend.`,
    fix: 'Neem de eenheid van de indicator (of de norm) over, en reken de waarde zo nodig zelf om.',
    en: {
      title: 'Units do not match',
      message: (p) => `Unit ${q(p.unit)} differs from that of ${en(p.other)} ${p.otherId} (${q(p.otherUnit)}). Use the same unit: nothing is converted.`,
      fix: 'Take over the unit of the indicator (or the norm), and convert the value yourself if needed.',
    },
  }),
  'waarde.schaal': rule<ValueIn & { indicator: string; scale: string }>({
    severity: 'error',
    title: 'Label staat niet op de schaal van de indicator',
    message: (p) => `${q(p.value)} in ${p.column} staat niet op de schaal van indicator ${p.indicator}. Kies een van: ${p.scale}.`,
    fix: 'Kies een label van de schaal die in Indicatoren (kolom Schaal) staat.',
    en: {
      title: 'Label not on the indicator’s scale',
      message: (p) => `${q(p.value)} in ${p.column} is not on the scale of indicator ${p.indicator}. Choose one of: ${p.scale}.`,
      fix: 'Choose a label of the scale in Indicatoren (column Schaal).',
    },
  }),
  'waarde.geen-getal': rule<ValueIn & { indicator: string }>({
    severity: 'error',
    title: 'Tekst waar een getal hoort',
    message: (p) => `${q(p.value)} in ${p.column} is geen getal, en indicator ${p.indicator} heeft geen schaal. Geef een getal, bv. 48 of 0,4.`,
    fix: 'Geef een getal, of leg in Indicatoren (kolom Schaal) de labels vast als het om een ordinale schaal gaat.',
    en: {
      title: 'Text where a number belongs',
      message: (p) => `${q(p.value)} in ${p.column} is not a number, and indicator ${p.indicator} has no scale. Give a number, e.g. 48 or 0.4.`,
      fix: 'Give a number, or record the labels in Indicatoren (column Schaal) if it is an ordinal scale.',
    },
  }),
  'aspect.thema': rule<{ aspect: string; aspectTheme: string; theme: string }>({
    severity: 'warning',
    title: 'Aspect van een ander thema',
    message: (p) => `Aspect ${p.aspect} hoort bij thema ${p.aspectTheme}, niet bij ${p.theme}. Kies een aspect van dit thema of pas het thema aan.`,
    fix: 'Kies een aspect dat in de lijst Aspecten onder het thema van de indicator staat.',
    en: {
      title: 'Aspect of another theme',
      message: (p) => `Aspect ${p.aspect} belongs to theme ${p.aspectTheme}, not to ${p.theme}. Choose an aspect of this theme or change the theme.`,
      fix: 'Choose an aspect listed in Aspecten under the indicator’s theme.',
    },
  }),
  'norm.bovengrens': rule<{ upper?: string; value?: string }>({
    severity: 'error',
    title: 'Norm tussen zonder geldige bovengrens',
    message: (p) => (p.upper ? `Bovengrens ${p.upper} ligt onder Waarde ${p.value}. Bij operator tussen is Waarde de ondergrens en Bovengrens de bovengrens.` : 'Operator tussen vraagt een Bovengrens. Vul de bovengrens in; Waarde is de ondergrens.'),
    fix: 'Vul Bovengrens in, groter dan of gelijk aan Waarde.',
    en: {
      title: 'Norm tussen without a valid upper bound',
      message: (p) => (p.upper ? `Bovengrens ${p.upper} is below Waarde ${p.value}. With operator tussen, Waarde is the lower bound and Bovengrens the upper bound.` : 'Operator tussen needs a Bovengrens. Fill in the upper bound; Waarde is the lower bound.'),
      fix: 'Fill in Bovengrens, greater than or equal to Waarde.',
    },
  }),
  'norm.geldigheid': rule<{ from: string; until: string }>({
    severity: 'error',
    title: 'Geldigheid eindigt voor ze begint',
    message: (p) => `Geldig tot (${p.until}) ligt vóór Geldig van (${p.from}). Verbeter een van beide datums.`,
    fix: 'Zet Geldig tot op of na Geldig van.',
    en: {
      title: 'Validity ends before it begins',
      message: (p) => `Geldig tot (${p.until}) is before Geldig van (${p.from}). Correct one of the two dates.`,
      fix: 'Set Geldig tot on or after Geldig van.',
    },
  }),
  'norm.referentieperiode': rule<{ operator: string }>({
    severity: 'error',
    title: 'Relatieve norm of streefwaarde zonder referentieperiode',
    message: (p) => `${p.operator ? `Operator ${p.operator}` : 'Een streefwaarde'} vraagt een Referentieperiode als vertrekpunt, bv. 2020 of 2023-S1.`,
    fix: 'Vul Referentieperiode in met de periode waartegenover de verandering gemeten wordt.',
    en: {
      title: 'Relative norm or target without a reference period',
      message: (p) => `${p.operator ? `Operator ${p.operator}` : 'A target'} needs a Referentieperiode as its starting point, e.g. 2020 or 2023-S1.`,
      fix: 'Fill in Referentieperiode with the period the change is measured against.',
    },
  }),
  'norm.streefdatum': rule({
    severity: 'error',
    title: 'Streefwaarde zonder streefdatum',
    message: () => 'Een (tussentijdse) streefwaarde vraagt een Streefdatum: de datum waarop de waarde bereikt moet zijn, bv. 31/12/2030.',
    fix: 'Vul Streefdatum in als dd/mm/jjjj.',
    en: {
      title: 'Target without a target date',
      message: () => 'An (interim) target needs a Streefdatum: the date by which the value must be reached, e.g. 31/12/2030.',
      fix: 'Fill in Streefdatum as dd/mm/yyyy.',
    },
  }),
  'norm.bij-streefwaarde': rule<{ target?: string }>({
    severity: 'error',
    title: 'Tussentijdse streefwaarde hoort niet bij een streefwaarde',
    message: (p) => (p.target ? `${p.target} is geen streefwaarde; een tussentijdse streefwaarde hoort bij een norm van soort streefwaarde.` : 'Een tussentijdse streefwaarde hoort bij een streefwaarde: vul Bij streefwaarde in met het ID van die streefwaarde.'),
    fix: 'Vul in Bij streefwaarde het ID in van een norm van soort streefwaarde.',
    en: {
      title: 'Interim target not tied to a target',
      message: (p) => (p.target ? `${p.target} is not a target; an interim target belongs to a norm of kind streefwaarde.` : 'An interim target belongs to a target: fill in Bij streefwaarde with the ID of that target.'),
      fix: 'Fill in Bij streefwaarde with the ID of a norm of kind streefwaarde.',
    },
  }),
  'norm.operator-schaal': rule<{ operator: string; indicator: string; scale: string }>({
    severity: 'error',
    title: 'Toename of afname op een schaal met labels',
    message: (p) => `Operator ${p.operator} kan niet op indicator ${p.indicator}: die heeft een schaal met labels (${p.scale}), en een label kan niet in procent toe- of afnemen.`,
    fix: 'Gebruik min, max, tussen of gelijk met een label van de schaal, bv. min. B.',
    en: {
      title: 'Increase or decrease on a scale of labels',
      message: (p) => `Operator ${p.operator} cannot apply to indicator ${p.indicator}: it has a scale of labels (${p.scale}), and a label cannot rise or fall by a percentage.`,
      fix: 'Use min, max, tussen or gelijk with a label of the scale, e.g. min. B.',
    },
  }),
  'toets.geen-referentiewaarde': rule<Id & { period: string; indicator: string; area: string; zero?: number }>({
    severity: 'warning',
    title: 'Relatieve norm zonder meting in de referentieperiode',
    message: (p) =>
      p.zero
        ? `Norm ${p.id} vergelijkt met ${p.period}, maar de meting van ${p.period} voor ${p.area} is 0: een toename of afname in procent van 0 bestaat niet. De metingen van ${p.area} worden niet aan deze norm getoetst.`
        : `Norm ${p.id} vergelijkt met ${p.period}, maar er is geen meting van ${p.indicator} in ${p.period} voor ${p.area}. De metingen van ${p.area} worden niet aan deze norm getoetst.`,
    fix: 'Vul in Metingen de waarde van de referentieperiode in voor dat gebied, of kies een andere Referentieperiode.',
    en: {
      title: 'Relative norm without a measurement in the reference period',
      message: (p) =>
        p.zero
          ? `Norm ${p.id} compares with ${p.period}, but the measurement of ${p.period} for ${p.area} is 0: a percentage change from 0 does not exist. The measurements of ${p.area} are not tested against this norm.`
          : `Norm ${p.id} compares with ${p.period}, but there is no measurement of ${p.indicator} in ${p.period} for ${p.area}. The measurements of ${p.area} are not tested against this norm.`,
      fix: 'Fill in the value of the reference period for that area in Metingen, or choose another Referentieperiode.',
    },
  }),
  'toets.geen-nulmeting': rule<Id & { period: string; indicator: string; area: string }>({
    severity: 'warning',
    title: 'Streefwaarde zonder nulmeting',
    message: (p) => `Streefwaarde ${p.id} vertrekt van ${p.period}, maar er is geen meting van ${p.indicator} in ${p.period} voor ${p.area}: er is geen streefpad, dus de metingen van ${p.area} worden niet aan deze streefwaarde getoetst.`,
    fix: 'Vul in Metingen de waarde van de referentieperiode (de nulmeting) in voor dat gebied, of kies een andere Referentieperiode.',
    en: {
      title: 'Target without a baseline',
      message: (p) => `Target ${p.id} starts from ${p.period}, but there is no measurement of ${p.indicator} in ${p.period} for ${p.area}: there is no target path, so the measurements of ${p.area} are not tested against this target.`,
      fix: 'Fill in the value of the reference period (the baseline) for that area in Metingen, or choose another Referentieperiode.',
    },
  }),
  'mjp.beleidsdoelstellingen': rule<Count>({
    severity: 'warning',
    title: 'Te veel beleidsdoelstellingen (5x3x5)',
    message: (p) => `Het meerjarenplan heeft ${p.count} beleidsdoelstellingen; houd het leesbaar met hoogstens ${p.max}.`,
    fix: 'Bundel beleidsdoelstellingen. De drempel staat op het blad Systeem (max_beleidsdoelstellingen).',
    en: {
      title: 'Too many policy objectives (5x3x5)',
      message: (p) => `The multi-year plan has ${p.count} policy objectives; keep it readable with at most ${p.max}.`,
      fix: 'Combine policy objectives. The threshold is on the Systeem sheet (max_beleidsdoelstellingen).',
    },
  }),
  'mjp.actieplannen': rule<Count & { code: string }>({
    severity: 'warning',
    title: 'Te veel actieplannen onder een doelstelling (5x3x5)',
    message: (p) => `Beleidsdoelstelling ${p.code} heeft ${p.count} actieplannen; houd het bij hoogstens ${p.max}.`,
    fix: 'Bundel actieplannen. De drempel staat op het blad Systeem (max_actieplannen).',
    en: {
      title: 'Too many action plans under an objective (5x3x5)',
      message: (p) => `Policy objective ${p.code} has ${p.count} action plans; keep it to at most ${p.max}.`,
      fix: 'Combine action plans. The threshold is on the Systeem sheet (max_actieplannen).',
    },
  }),
  'mjp.acties': rule<Count & { code: string }>({
    severity: 'warning',
    title: 'Te veel acties onder een actieplan (5x3x5)',
    message: (p) => `Actieplan ${p.code} heeft ${p.count} acties; houd het bij hoogstens ${p.max}.`,
    fix: 'Bundel acties. De drempel staat op het blad Systeem (max_acties).',
    en: {
      title: 'Too many actions under an action plan (5x3x5)',
      message: (p) => `Action plan ${p.code} has ${p.count} actions; keep it to at most ${p.max}.`,
      fix: 'Combine actions. The threshold is on the Systeem sheet (max_acties).',
    },
  }),
  'mjp.prioritair': rule<Count & { min: number }>({
    severity: 'warning',
    title: 'Aantal prioritaire actieplannen en acties (transparantienorm)',
    message: (p) => `Er zijn ${p.count} prioritaire actieplannen en acties; minder dan ${p.min} of meer dan ${p.max} geldt als zwakke kwaliteit.`,
    fix: 'Duid in Doelstellingen (kolom Prioritair) de actieplannen en acties aan die de strategische nota echt draagt. Te weinig wordt pas gemeld als er minstens min_prioritair actieplannen en acties zijn: zolang het plan nog ingevoerd wordt, niet.',
    en: {
      title: 'Number of priority action plans and actions (transparency norm)',
      message: (p) => `There are ${p.count} priority action plans and actions; fewer than ${p.min} or more than ${p.max} counts as weak quality.`,
      fix: 'Mark in Doelstellingen (column Prioritair) the action plans and actions the strategic note really rests on. Too few is reported only once there are at least min_prioritair action plans and actions: not while the plan is still being entered.',
    },
  }),
  'mjp.indicatoren': rule<Count & { code: string }>({
    severity: 'warning',
    title: 'Te veel indicatoren op één doelstelling',
    message: (p) => `${p.code} heeft ${p.count} indicatoren; kies er hoogstens ${p.max} die er echt toe doen.`,
    fix: 'Koppel minder beleidsindicatoren aan deze doelstelling (kolom MJP-koppeling in Indicatoren), of maak van een indicator die enkel context geeft een contextindicator (kolom Rol). De drempel staat op het blad Systeem.',
    en: {
      title: 'Too many indicators on one objective',
      message: (p) => `${p.code} has ${p.count} indicators; choose at most ${p.max} that really matter.`,
      fix: 'Link fewer policy indicators to this objective (column MJP-koppeling in Indicatoren), or make an indicator that only gives context a context indicator (column Rol). The threshold is on the Systeem sheet.',
    },
  }),
  'indicator.geen-eigenaar': rule<Id>({
    severity: 'warning',
    title: 'Indicator zonder eigenaar',
    message: (p) => `Indicator ${p.id} heeft geen eigenaar. Kies de dienst die de indicator opvolgt en er invloed op heeft.`,
    fix: 'Vul Eigenaar in met een dienst uit de lijst Diensten.',
    en: {
      title: 'Indicator without an owner',
      message: (p) => `Indicator ${p.id} has no owner. Choose the department that follows the indicator up and can influence it.`,
      fix: 'Fill in Eigenaar with a department from the Diensten list.',
    },
  }),
  'indicator.geen-definitie': rule<Id>({
    severity: 'warning',
    title: 'Indicator zonder definitie',
    message: (p) => `Indicator ${p.id} heeft geen definitie. Beschrijf wat precies gemeten wordt en hoe.`,
    fix: 'Vul Definitie in (teller, noemer, meetmethode).',
    en: {
      title: 'Indicator without a definition',
      message: (p) => `Indicator ${p.id} has no definition. Describe what exactly is measured, and how.`,
      fix: 'Fill in Definitie (numerator, denominator, method).',
    },
  }),
  'indicator.geen-eenheid': rule<Id>({
    severity: 'warning',
    title: 'Indicator zonder eenheid',
    message: (p) => `Indicator ${p.id} heeft geen eenheid. Geef de eenheid van de waarden, bv. %, km of dB(A).`,
    fix: 'Vul Eenheid in.',
    en: {
      title: 'Indicator without a unit',
      message: (p) => `Indicator ${p.id} has no unit. Give the unit of the values, e.g. %, km or dB(A).`,
      fix: 'Fill in Eenheid.',
    },
  }),
  'indicator.geen-bron': rule<Id>({
    severity: 'warning',
    title: 'Indicator zonder bron',
    message: (p) => `Indicator ${p.id} heeft geen bron. Geef aan waar de cijfers vandaan komen.`,
    fix: 'Vul Bron in, bv. Gemeente-Stadsmonitor of een eigen telling.',
    en: {
      title: 'Indicator without a source',
      message: (p) => `Indicator ${p.id} has no source. Say where the figures come from.`,
      fix: 'Fill in Bron, e.g. Gemeente-Stadsmonitor or a count of your own.',
    },
  }),
  'indicator.frequentie': rule<Id & { frequency: string; min: string }>({
    severity: 'warning',
    title: 'Indicator wordt te zelden bijgewerkt',
    message: (p) => `Indicator ${p.id} wordt ${p.frequency} bijgewerkt; een goede indicator komt minstens ${p.min}.`,
    fix: 'Zoek een bron die vaker cijfers levert, of aanvaard de waarschuwing (uw naam en de reden in Aanvaard door en Reden op het blad Controle). De drempel staat op het blad Systeem (min_frequentie).',
    en: {
      title: 'Indicator updated too rarely',
      message: (p) => `Indicator ${p.id} is updated ${p.frequency}; a good indicator comes at least ${p.min}.`,
      fix: 'Find a source that gives figures more often, or accept the warning (your name and the reason in Aanvaard door and Reden on the Controle sheet). The threshold is on the Systeem sheet (min_frequentie).',
    },
  }),
  'indicator.geen-norm': rule<Id>({
    severity: 'warning',
    title: 'Indicator zonder norm of streefwaarde',
    message: (p) => `Indicator ${p.id} heeft geen norm of streefwaarde, dus een verandering leidt nergens toe.`,
    fix: 'Leg in Normen een norm of streefwaarde op de indicator vast, of zet Rol op contextindicator als ze enkel context geeft.',
    en: {
      title: 'Indicator without a norm or target',
      message: (p) => `Indicator ${p.id} has no norm or target, so a change leads nowhere.`,
      fix: 'Record a norm or target for the indicator in Normen, or set Rol to contextindicator if it only gives context.',
    },
  }),
  'indicator.geen-mjp': rule<Id>({
    severity: 'warning',
    title: 'Indicator niet gekoppeld aan het meerjarenplan',
    message: (p) => `Indicator ${p.id} is niet gekoppeld aan een doelstelling, actieplan of actie.`,
    fix: 'Vul MJP-koppeling in met een code uit Doelstellingen.',
    en: {
      title: 'Indicator not linked to the multi-year plan',
      message: (p) => `Indicator ${p.id} is not linked to an objective, action plan or action.`,
      fix: 'Fill in MJP-koppeling with a code from Doelstellingen.',
    },
  }),
  'streefwaarde.geen-tussentijdse': rule<Id>({
    severity: 'warning',
    title: 'Streefwaarde zonder tussentijdse streefwaarde',
    message: (p) => `Streefwaarde ${p.id} heeft geen tussentijdse streefwaarde, dus niemand ziet op tijd of het doel haalbaar blijft.`,
    fix: 'Voeg in Normen een tussentijdse streefwaarde toe met in Bij streefwaarde het ID van deze streefwaarde.',
    en: {
      title: 'Target without an interim target',
      message: (p) => `Target ${p.id} has no interim target, so no one sees in time whether the goal stays within reach.`,
      fix: 'Add an interim target in Normen with the ID of this target in Bij streefwaarde.',
    },
  }),
  'maatregel.geen-effect': rule<Id>({
    severity: 'warning',
    title: 'Maatregel zonder beoogd effect of beoogde uitvoering',
    message: (p) => `Maatregel ${p.id} heeft geen beoogd effect en geen beoogde uitvoering.`,
    fix: 'Leg in BeoogdeEffecten vast welk effect de maatregel op welke norm moet hebben, of in BeoogdeUitvoeringen welke regel ze uitvoert.',
    en: {
      title: 'Measure without an intended effect or intended execution',
      message: (p) => `Measure ${p.id} has no intended effect and no intended execution.`,
      fix: 'Record in BeoogdeEffecten which effect the measure must have on which norm, or in BeoogdeUitvoeringen which rule it carries out.',
    },
  }),
  'uitvoering.geen-regel': rule<Id & { measure: string }>({
    severity: 'warning',
    title: 'Beoogde uitvoering zonder beleidsregel',
    message: (p) => `Beoogde uitvoering ${p.id} noemt geen beleidsregel: niemand ziet welke regel maatregel ${p.measure} uitvoert.`,
    fix: 'Vul Regel in met het ID van de beleidsregel uit Regels, bv. REG-001; leg de regel eerst vast in Regels als ze er nog niet staat.',
    en: {
      title: 'Intended execution without a policy rule',
      message: (p) => `Intended execution ${p.id} names no policy rule: no one sees which rule measure ${p.measure} carries out.`,
      fix: 'Fill in Regel with the ID of the policy rule from Regels, e.g. REG-001; record the rule in Regels first if it is not there yet.',
    },
  }),
  'norm.verlopen': rule<Id & { until: string; indicator: string }>({
    severity: 'warning',
    title: 'Verlopen norm zonder opvolger',
    message: (p) => `Norm ${p.id} gold tot ${p.until} en er is geen latere norm voor indicator ${p.indicator}.`,
    fix: 'Leg een nieuwe norm vast, of verleng Geldig tot als de norm nog geldt.',
    en: {
      title: 'Expired norm without a successor',
      message: (p) => `Norm ${p.id} applied until ${p.until} and there is no later norm for indicator ${p.indicator}.`,
      fix: 'Record a new norm, or extend Geldig tot if the norm still applies.',
    },
  }),
  'instelling.ongeldig': rule<{ key: string; value: Val; default: Val }>({
    severity: 'warning',
    title: 'Ongeldige drempel op het blad Systeem',
    message: (p) => `Instelling ${p.key} heeft een ongeldige waarde ${q(p.value)}; de standaardwaarde ${p.default} wordt gebruikt.`,
    fix: 'Verbeter de waarde in de tabel Instellingen op het blad Systeem.',
    en: {
      title: 'Invalid threshold on the Systeem sheet',
      message: (p) => `Setting ${p.key} has an invalid value ${q(p.value)}; the default ${p.default} is used.`,
      fix: 'Correct the value in the Instellingen table on the Systeem sheet.',
    },
  }),
  // --- Importeer (a monitor file): a line or value that was not read, a value not overwritten ---
  'import.periode': rule<{ value: string }>({
    severity: 'error',
    title: 'Import: geen periode',
    message: (p) => `${p.value ? q(p.value) : 'een lege cel'} is geen periode; verwacht werd een jaar (2023), semester (2023-S1), kwartaal (2023-Q2) of maand (2023-06).`,
    fix: 'Verbeter de periode in het bestand en importeer opnieuw; de rest van het bestand is ingelezen.',
    en: {
      title: 'Import: not a period',
      message: (p) => `${p.value ? q(p.value) : 'an empty cell'} is not a period; expected a year (2023), half-year (2023-S1), quarter (2023-Q2) or month (2023-06).`,
      fix: 'Correct the period in the file and import again; the rest of the file was read.',
    },
  }),
  'import.gebied-onbekend': rule<{ area: string }>({
    severity: 'error',
    title: 'Import: onbekend gebied',
    message: (p) => `gebied ${p.area || 'leeg'} is onbekend: het staat niet in Werkingsgebieden en is geen Vlaamse gemeente (2025), provincie of het Vlaams Gewest. Voeg het toe in Werkingsgebieden en importeer opnieuw.`,
    fix: 'Voeg het gebied toe in Werkingsgebieden (code en naam zoals in het bestand) en importeer opnieuw.',
    en: {
      title: 'Import: unknown area',
      message: (p) => `area ${p.area || 'empty'} is unknown: it is not in Werkingsgebieden and is not a Flemish municipality (2025), province or the Flemish Region. Add it to Werkingsgebieden and import again.`,
      fix: 'Add the area to Werkingsgebieden (code and name as in the file) and import again.',
    },
  }),
  'import.geen-getal': rule<{ value: string }>({
    severity: 'error',
    title: 'Import: geen getal',
    message: (p) => `${q(p.value)} is geen getal; verwacht werd een getal zoals 200000,0 of een lege cel.`,
    fix: 'Verbeter de waarde in het bestand en importeer opnieuw.',
    en: {
      title: 'Import: not a number',
      message: (p) => `${q(p.value)} is not a number; expected a number such as 200000.0 or an empty cell.`,
      fix: 'Correct the value in the file and import again.',
    },
  }),
  'import.geen-indicator': rule({
    severity: 'error',
    title: 'Import: rij zonder indicator',
    message: () => 'de rij noemt geen indicator (kolom Indicator is leeg) en de bestandsnaam bevat geen monitorcode zoals WO_07; de rij is overgeslagen.',
    fix: 'Vul de indicator in het bestand in, of geef het bestand de naam van de download met de monitorcode (GSM_Extract_WO_07).',
    en: {
      title: 'Import: row without an indicator',
      message: () => 'the row names no indicator (column Indicator is empty) and the file name holds no monitor code such as WO_07; the row was skipped.',
      fix: 'Fill in the indicator in the file, or give the file the download’s name with the monitor code (GSM_Extract_WO_07).',
    },
  }),
  'import.dubbel': rule<{ what: string; otherLine: number; otherSheet: string; sameSheet: number }>({
    severity: 'error',
    title: 'Import: dezelfde meting twee keer in het bestand',
    message: (p) => `dezelfde meting (${p.what}) staat ook op ${whereNl(p)}; alleen die eerste waarde is genomen.`,
    fix: 'Verwijder de dubbele regel uit het bestand, of laat het zo: de eerste waarde telt.',
    en: {
      title: 'Import: the same measurement twice in the file',
      message: (p) => `the same measurement (${p.what}) is also on ${whereEn(p)}; only that first value was taken.`,
      fix: 'Remove the duplicate line from the file, or leave it: the first value counts.',
    },
  }),
  'import.dubbel-fusie': rule<{ what: string; otherLine: number; otherSheet: string; sameSheet: number; fromName: string; fromCode: string; name: string; code: string }>({
    severity: 'error',
    title: 'Import: waarde van een gefusioneerde gemeente naast die van de nieuwe gemeente',
    message: (p) => `${p.fromName} (${p.fromCode}) is sinds de fusie deel van ${p.name} (${p.code}), en voor ${p.name} staat al een waarde voor dezelfde meting (${p.what}) op ${whereNl(p)}; die is genomen. Waarden van gefusioneerde gemeenten worden niet opgeteld.`,
    fix: 'Niets te doen als de waarde van de nieuwe gemeente de juiste is; anders verbetert u ze in Metingen.',
    en: {
      title: 'Import: value of a merged municipality beside that of the new municipality',
      message: (p) => `${p.fromName} (${p.fromCode}) has been part of ${p.name} (${p.code}) since the merger, and ${p.name} already has a value for the same measurement (${p.what}) on ${whereEn(p)}; that one was taken. Values of merged municipalities are not added up.`,
      fix: 'Nothing to do if the new municipality’s value is right; otherwise correct it in Metingen.',
    },
  }),
  'import.velden': rule<{ count: number; expected: number; header: string }>({
    severity: 'error',
    title: 'Import: regel met een ander aantal velden',
    message: (p) => `de regel heeft ${p.count} velden in plaats van ${p.expected} (${p.header}); ze is overgeslagen.`,
    fix: 'Kijk de regel na in het bestand (een scheidingsteken te veel of te weinig) en importeer opnieuw.',
    en: {
      title: 'Import: line with another number of fields',
      message: (p) => `the line has ${p.count} fields instead of ${p.expected} (${p.header}); it was skipped.`,
      fix: 'Check the line in the file (a separator too many or too few) and import again.',
    },
  }),
  'import.aanhalingsteken': rule({
    severity: 'error',
    title: 'Import: aanhalingsteken niet gesloten',
    message: () => 'de regel heeft een aanhalingsteken (") dat niet gesloten wordt; ze is overgeslagen.',
    fix: 'Sluit het aanhalingsteken in het bestand en importeer opnieuw.',
    en: {
      title: 'Import: quote not closed',
      message: () => 'the line has a quotation mark (") that is not closed; it was skipped.',
      fix: 'Close the quotation mark in the file and import again.',
    },
  }),
  'import.swing-cellen': rule<{ count: number; expected: number }>({
    severity: 'error',
    title: 'Import: Swing-rij met een ander aantal cellen',
    message: (p) => `de rij heeft ${p.count} cellen in plaats van ${p.expected}; ze is overgeslagen.`,
    fix: 'Haal de selectietabel opnieuw op; blijft het zo, meld het aan de beheerder van de Swing-site.',
    en: {
      title: 'Import: Swing row with another number of cells',
      message: (p) => `the row has ${p.count} cells instead of ${p.expected}; it was skipped.`,
      fix: 'Fetch the selection table again; if it stays so, tell the administrator of the Swing site.',
    },
  }),
  'import.swing-geen-object': rule({
    severity: 'error',
    title: 'Import: onleesbare waarde in het antwoord van een Swing-site',
    message: () => 'deze waarde in het antwoord van de site is geen object; ze is overgeslagen.',
    fix: 'Haal de gegevens opnieuw op; blijft het zo, meld het aan de beheerder van de Swing-site.',
    en: {
      title: 'Import: unreadable value in a Swing site’s answer',
      message: () => 'this value in the site’s answer is not an object; it was skipped.',
      fix: 'Fetch the data again; if it stays so, tell the administrator of the Swing site.',
    },
  }),
  'import.conflict': rule<{ cell: string; what: string; current: string; source: string; value: string }>({
    severity: 'warning',
    title: 'Import: met de hand ingevulde waarde niet overschreven',
    message: (p) =>
      `${p.cell} (${p.what}): in het register staat ${p.current || 'niets'}, ${p.source ? `met de hand aangepast (de vorige import las ${p.source})` : 'met de hand ingevuld'}; het bestand geeft ${p.value}. De waarde is niet overschreven. Neem de waarde uit het bestand over in Waarde, of zet ${p.value} in Bronwaarde om uw eigen waarde te houden.`,
    fix: 'Kies per waarde welke blijft (in het paneel, of in Metingen: de waarde uit het bestand in Waarde, of ze in Bronwaarde om de uwe te houden).',
    en: {
      title: 'Import: value entered by hand not overwritten',
      message: (p) =>
        `${p.cell} (${p.what}): the register holds ${p.current || 'nothing'}, ${p.source ? `changed by hand (the previous import read ${p.source})` : 'entered by hand'}; the file gives ${p.value}. The value was not overwritten. Take the file’s value into Waarde, or put ${p.value} in Bronwaarde to keep your own value.`,
      fix: 'Choose per value which one stays (in the pane, or in Metingen: the file’s value in Waarde, or it in Bronwaarde to keep yours).',
    },
  }),
  'import.veranderd': rule<{ cell: string; current: string }>({
    severity: 'warning',
    title: 'Import: waarde veranderd sinds het importeren',
    message: (p) => `${p.cell}: de waarde is sinds het importeren veranderd (nu ${p.current || 'leeg'}); er is niets aangepast. Importeer opnieuw om te zien of er nog een conflict is.`,
    fix: 'Importeer het bestand opnieuw.',
    en: {
      title: 'Import: value changed since the import',
      message: (p) => `${p.cell}: the value has changed since the import (now ${p.current || 'empty'}); nothing was changed. Import again to see whether there is still a conflict.`,
      fix: 'Import the file again.',
    },
  }),
  // Notices: what the user should know of an import that is no error (nothing was skipped for it).
  'import.tabblad-overgeslagen': rule<Sheet & { problem: string }>({
    severity: 'warning',
    title: 'Import: tabblad zonder monitortabel niet ingelezen',
    message: (p) => `Tabblad ${p.sheet} is niet ingelezen: ${p.problem}.`,
    fix: 'Niets te doen als het tabblad geen cijfers bevat (een toelichting); anders geeft u het de kolommen van een monitordownload en importeert u opnieuw.',
    en: {
      title: 'Import: sheet without a monitor table not read',
      message: (p) => `Sheet ${p.sheet} was not read: it holds no monitor table (${p.problem}).`,
      fix: 'Nothing to do if the sheet holds no figures (an explanation); otherwise give it the columns of a monitor download and import again.',
    },
  }),
  'import.fracties': rule<Sheet>({
    severity: 'warning',
    title: 'Import: antwoordaandelen als fractie omgerekend naar procent',
    message: (p) => `Tabblad ${p.sheet}: de antwoordaandelen stonden als fractie (0 tot 1) en zijn omgerekend naar procent.`,
    fix: 'Niets te doen; kijk de waarden na in Metingen als u twijfelt.',
    en: {
      title: 'Import: answer shares as fractions converted to percent',
      message: (p) => `Sheet ${p.sheet}: the answer shares were fractions (0 to 1) and were converted to percent.`,
      fix: 'Nothing to do; check the values in Metingen if in doubt.',
    },
  }),
  'import.meer-fouten': rule<{ count: number; shown: number }>({
    severity: 'warning',
    title: 'Import: niet elke fout staat in de lijst',
    message: (p) => `Er waren ${p.count} fouten; alleen de eerste ${p.shown} staan in de lijst.`,
    fix: 'Verbeter de eerste fouten in het bestand en importeer opnieuw; de volgende komen dan in de lijst.',
    en: {
      title: 'Import: not every error is listed',
      message: (p) => `There were ${p.count} errors; only the first ${p.shown} are listed.`,
      fix: 'Correct the first errors in the file and import again; the next ones then appear in the list.',
    },
  }),

  // --- Halfjaarronde samenvoegen: a form or a value of a form that was not merged ---
  'ronde.geen-ronde-id': rule<{ cell: string }>({
    severity: 'error',
    title: 'Ronde: formulier zonder ronde-ID',
    message: (p) => `het formulier heeft geen ronde-ID meer (verborgen cel ${p.cell}); vraag de dienst het oorspronkelijke formulier in te vullen. Er is niets uit dit formulier overgenomen.`,
    fix: 'Laat de dienst het oorspronkelijke formulier invullen en voeg het opnieuw samen.',
    en: {
      title: 'Round: form without a round ID',
      message: (p) => `the form no longer has a round ID (hidden cell ${p.cell}); ask the department to fill in the original form. Nothing was taken from this form.`,
      fix: 'Have the department fill in the original form and merge it again.',
    },
  }),
  'ronde.ander-register': rule<{ registry: string; label: string }>({
    severity: 'error',
    title: 'Ronde: formulier van een ander register',
    message: (p) => `het formulier komt uit het register van ${p.registry}, niet uit dit register (${p.label}). Er is niets uit dit formulier overgenomen.`,
    fix: 'Voeg het formulier samen in het register waaruit het komt.',
    en: {
      title: 'Round: form of another register',
      message: (p) => `the form comes from the register of ${p.registry}, not from this register (${p.label}). Nothing was taken from this form.`,
      fix: 'Merge the form in the register it comes from.',
    },
  }),
  'ronde.andere-periode': rule<{ period: string; current: string }>({
    severity: 'error',
    title: 'Ronde: formulier van een andere ronde',
    message: (p) => `het formulier hoort bij ronde ${p.period || '(leeg)'}; de lopende ronde is ${p.current}. Stuur de dienst het formulier van ${p.current}. Er is niets uit dit formulier overgenomen.`,
    fix: 'Stuur de dienst het formulier van de lopende ronde.',
    en: {
      title: 'Round: form of another round',
      message: (p) => `the form belongs to round ${p.period || '(empty)'}; the running round is ${p.current}. Send the department the form of ${p.current}. Nothing was taken from this form.`,
      fix: 'Send the department the form of the running round.',
    },
  }),
  'ronde.eigen-ronde': rule<{ period: string; current: string }>({
    severity: 'error',
    title: 'Ronde: laat formulier van een vorige ronde',
    message: (p) => `het formulier hoort bij ronde ${p.period}, niet bij de lopende ronde ${p.current}. Voeg het samen in zijn eigen ronde: beleidsregister ronde samenvoegen <register> <formulier> --periode ${p.period}. Er is niets uit dit formulier overgenomen.`,
    fix: 'Voeg het formulier samen met --periode van zijn eigen ronde (in het paneel: kies die periode).',
    en: {
      title: 'Round: late form of an earlier round',
      message: (p) => `the form belongs to round ${p.period}, not to the running round ${p.current}. Merge it into its own round: beleidsregister ronde samenvoegen <register> <form> --periode ${p.period}. Nothing was taken from this form.`,
      fix: 'Merge the form with --periode of its own round (in the pane: choose that period).',
    },
  }),
  'ronde.voortgang-kolom-ontbreekt': rule<{ columns: string }>({
    severity: 'error',
    title: 'Ronde: tabel Voortgang onvolledig',
    message: (p) => `de tabel Voortgang mist de kolom${p.columns.includes(',') ? 'men' : ''} ${p.columns}; de voortgang is niet overgenomen.`,
    fix: 'Laat de dienst het oorspronkelijke formulier invullen, zonder kolommen te verwijderen.',
    en: {
      title: 'Round: progress table incomplete',
      message: (p) => `the Voortgang table lacks the column${p.columns.includes(',') ? 's' : ''} ${p.columns}; the progress was not taken.`,
      fix: 'Have the department fill in the original form without removing columns.',
    },
  }),
  'ronde.voortgang-onbekend': rule<{ row: number; kind: string; code: string }>({
    severity: 'error',
    title: 'Ronde: voortgang van een onbekende actie of maatregel',
    message: (p) => `rij ${p.row}: ${p.kind || 'de rij'} ${p.code || '(zonder code)'} staat niet (meer) in ${p.kind === 'actie' ? 'Doelstellingen als actie' : 'Maatregelen'}; de voortgang is niet overgenomen.`,
    fix: 'Kijk de code na in Doelstellingen of Maatregelen en neem de voortgang met de hand over.',
    en: {
      title: 'Round: progress of an unknown action or measure',
      message: (p) => `row ${p.row}: ${p.kind || 'the row'} ${p.code || '(without code)'} is not (or no longer) in ${p.kind === 'actie' ? 'Doelstellingen as an action' : 'Maatregelen'}; the progress was not taken.`,
      fix: 'Check the code in Doelstellingen or Maatregelen and copy the progress by hand.',
    },
  }),
  'ronde.voortgang-status': rule<{ cell: string; code: string; value: string; choices: string }>({
    severity: 'error',
    title: 'Ronde: onbekende voortgangsstatus',
    message: (p) => `${p.cell} (${p.code}): ${p.value} is geen status; kies ${p.choices}. De voortgang van deze rij is niet overgenomen.`,
    fix: 'Vul een status uit de lijst in en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: unknown progress status',
      message: (p) => `${p.cell} (${p.code}): ${p.value} is not a status; choose ${p.choices}. The progress of this row was not taken.`,
      fix: 'Enter a status from the list and merge the form again.',
    },
  }),
  'ronde.voortgang-percentage': rule<{ cell: string; code: string; value: string }>({
    severity: 'error',
    title: 'Ronde: realisatie geen percentage',
    message: (p) => `${p.cell} (${p.code}): ${p.value} is geen percentage van 0 tot 100; vul bv. 60 in, zonder %. De voortgang van deze rij is niet overgenomen.`,
    fix: 'Vul een geheel getal van 0 tot 100 in en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: realisation not a percentage',
      message: (p) => `${p.cell} (${p.code}): ${p.value} is not a percentage from 0 to 100; enter e.g. 60, without %. The progress of this row was not taken.`,
      fix: 'Enter a whole number from 0 to 100 and merge the form again.',
    },
  }),
  'ronde.voortgang-geen-kolommen': rule<{ code: string; sheet: string }>({
    severity: 'error',
    title: 'Ronde: register zonder voortgangskolommen',
    message: (p) => `${p.code}: de tabel ${p.sheet} heeft nog geen kolommen voor de voortgang. Voer Maak register uit (beleidsregister maak) en voeg het formulier opnieuw samen.`,
    fix: 'Voer Maak register uit en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: register without progress columns',
      message: (p) => `${p.code}: the table ${p.sheet} has no progress columns yet. Run Maak register (beleidsregister maak) and merge the form again.`,
      fix: 'Run Maak register and merge the form again.',
    },
  }),
  'ronde.voortgang-conflict': rule<{ cell: string; kind: string; code: string; field: string; current: string; previous: string; owner: string; value: string; formCell: string }>({
    severity: 'warning',
    title: 'Ronde: voortgang met de hand aangepast',
    message: (p) =>
      `${p.cell} (${p.kind} ${p.code}, ${p.field}): in het register staat ${p.current} (bij het maken van het formulier: ${p.previous}); ${p.owner} geeft ${p.value} (${p.formCell}). De waarde in het register is behouden; aanvaard de waarden van het formulier om ze te vervangen.`,
    fix: 'Kies welke waarde blijft: aanvaard die van het formulier (--neem-over) of laat die van het register staan.',
    en: {
      title: 'Round: progress changed by hand',
      message: (p) =>
        `${p.cell} (${p.kind} ${p.code}, ${p.field}): the register holds ${p.current} (when the form was made: ${p.previous}); ${p.owner} gives ${p.value} (${p.formCell}). The register’s value was kept; accept the form’s values to replace it.`,
      fix: 'Choose which value stays: accept the form’s (--neem-over) or keep the register’s.',
    },
  }),
  'ronde.andere-ronde': rule<{ period: string; roundId: string }>({
    severity: 'error',
    title: 'Ronde: formulier van een kopie van het register',
    message: (p) => `het formulier hoort bij een andere ronde ${p.period} (ronde-ID ${p.roundId}): het komt uit een ander register of een kopie ervan. Er is niets uit dit formulier overgenomen.`,
    fix: 'Voeg het formulier samen in het register waarin de ronde gestart werd.',
    en: {
      title: 'Round: form of a copy of the register',
      message: (p) => `the form belongs to another round ${p.period} (round ID ${p.roundId}): it comes from another register or a copy of it. Nothing was taken from this form.`,
      fix: 'Merge the form in the register where the round was started.',
    },
  }),
  'ronde.onbekende-dienst': rule<{ owner: string; period: string; owners: string }>({
    severity: 'error',
    title: 'Ronde: formulier van een dienst zonder formulier',
    message: (p) => `dienst ${p.owner || '(leeg)'} kreeg in ronde ${p.period} geen formulier (${p.owners} wel). Er is niets uit dit formulier overgenomen.`,
    fix: 'Zet de dienst in B3 terug zoals het formulier hem gaf, of start de ronde voor die dienst.',
    en: {
      title: 'Round: form of a department without a form',
      message: (p) => `department ${p.owner || '(empty)'} got no form in round ${p.period} (${p.owners} did). Nothing was taken from this form.`,
      fix: 'Set the department in B3 back as the form gave it, or start the round for that department.',
    },
  }),
  'ronde.kolomkoppen': rule<{ columns: string; count: number }>({
    severity: 'error',
    title: 'Ronde: kolomkoppen van het formulier gewijzigd',
    message: (p) => `de kolomkop${p.count > 1 ? 'pen' : ''} ${p.columns} ${p.count > 1 ? 'ontbreken' : 'ontbreekt'} of werd${p.count > 1 ? 'en' : ''} gewijzigd; het formulier kan niet veilig gelezen worden. Er is niets uit overgenomen. Vraag de dienst een nieuw formulier in te vullen.`,
    fix: 'Vraag de dienst een nieuw formulier in te vullen, zonder de kolomkoppen te veranderen.',
    en: {
      title: 'Round: the form’s column headers changed',
      message: (p) => `the column header${p.count > 1 ? 's' : ''} ${p.columns} ${p.count > 1 ? 'are' : 'is'} missing or changed; the form cannot be read safely. Nothing was taken from it. Ask the department to fill in a new form.`,
      fix: 'Ask the department to fill in a new form without changing the column headers.',
    },
  }),
  'ronde.niet-gevraagd': rule<{ row: number; key: string; owner: string }>({
    severity: 'error',
    title: 'Ronde: rij die niet gevraagd werd',
    message: (p) => `rij ${p.row} (${p.key}) werd in deze ronde niet aan ${p.owner} gevraagd; de sleutel werd gewijzigd of de rij toegevoegd. Ze is niet overgenomen.`,
    fix: 'Zet de sleutel van de rij terug zoals het formulier hem gaf, of vul de waarde zelf in Metingen in.',
    en: {
      title: 'Round: row that was not asked',
      message: (p) => `row ${p.row} (${p.key}) was not asked of ${p.owner} in this round; its key was changed or the row added. It was not taken over.`,
      fix: 'Set the row’s key back as the form gave it, or fill in the value in Metingen yourself.',
    },
  }),
  'ronde.onbekende-indicator': rule<{ indicator: string }>({
    severity: 'error',
    title: 'Ronde: indicator niet (meer) in het register',
    message: (p) => `indicator ${p.indicator} staat niet (meer) in Indicatoren; de waarde is niet overgenomen.`,
    fix: 'Voeg de indicator weer toe in Indicatoren en voeg het formulier opnieuw samen, of laat de waarde weg.',
    en: {
      title: 'Round: indicator no longer in the register',
      message: (p) => `indicator ${p.indicator} is not (or no longer) in Indicatoren; the value was not taken over.`,
      fix: 'Add the indicator to Indicatoren again and merge the form again, or leave the value out.',
    },
  }),
  'ronde.schaal': rule<{ cell: string; key: string; value: string; scale: string }>({
    severity: 'error',
    title: 'Ronde: label niet op de schaal',
    message: (p) => `${p.cell} (${p.key}): ${p.value} staat niet op de schaal van de indicator (${p.scale}); vul een van die labels in.`,
    fix: 'Laat de dienst een label van de schaal invullen en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: label not on the scale',
      message: (p) => `${p.cell} (${p.key}): ${p.value} is not on the indicator’s scale (${p.scale}); fill in one of those labels.`,
      fix: 'Have the department fill in a label of the scale and merge the form again.',
    },
  }),
  'ronde.eenheid-veranderd': rule<{ cell: string; key: string; formUnit: string; unit: string }>({
    severity: 'error',
    title: 'Ronde: eenheid van de rij veranderd',
    message: (p) => `${p.cell} (${p.key}): de eenheid van de rij werd veranderd in ${p.formUnit}, maar de indicator wordt gemeten in ${p.unit}; vul de waarde in ${p.unit} in en zet de eenheid terug.`,
    fix: 'Laat de dienst de waarde in de eenheid van de indicator invullen en de eenheid terugzetten.',
    en: {
      title: 'Round: the row’s unit changed',
      message: (p) => `${p.cell} (${p.key}): the row’s unit was changed to ${p.formUnit}, but the indicator is measured in ${p.unit}; fill in the value in ${p.unit} and set the unit back.`,
      fix: 'Have the department fill in the value in the indicator’s unit and set the unit back.',
    },
  }),
  'ronde.andere-eenheid': rule<{ cell: string; key: string; value: string; valueUnit: string; unit: string }>({
    severity: 'error',
    title: 'Ronde: waarde in een andere eenheid',
    message: (p) => `${p.cell} (${p.key}): ${p.value} is in ${p.valueUnit}, maar de indicator wordt gemeten in ${p.unit || 'een andere eenheid'}; vul een getal in ${p.unit || 'de eenheid van de rij'} in, zonder eenheid.`,
    fix: 'Laat de dienst een getal in de eenheid van de rij invullen, zonder eenheid erbij.',
    en: {
      title: 'Round: value in another unit',
      message: (p) => `${p.cell} (${p.key}): ${p.value} is in ${p.valueUnit}, but the indicator is measured in ${p.unit || 'another unit'}; fill in a number in ${p.unit || 'the row’s unit'}, without a unit.`,
      fix: 'Have the department fill in a number in the row’s unit, without a unit.',
    },
  }),
  'ronde.geen-getal': rule<{ cell: string; key: string; value: string }>({
    severity: 'error',
    title: 'Ronde: geen getal',
    message: (p) => `${p.cell} (${p.key}): ${p.value} is geen getal; vul een getal in zoals 48,5 (decimale komma), zonder eenheid.`,
    fix: 'Laat de dienst een getal invullen en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: not a number',
      message: (p) => `${p.cell} (${p.key}): ${p.value} is not a number; fill in a number such as 48,5 (decimal comma), without a unit.`,
      fix: 'Have the department fill in a number and merge the form again.',
    },
  }),
  'ronde.rij-ontbreekt': rule<{ key: string }>({
    severity: 'warning',
    title: 'Ronde: gevraagde rij ontbreekt in het formulier',
    message: (p) => `de rij voor ${p.key} ontbreekt in het formulier (verwijderd?); die waarde moet nog komen.`,
    fix: 'Vraag de dienst de waarde nog door te geven, of vul ze zelf in Metingen in.',
    en: {
      title: 'Round: asked row missing from the form',
      message: (p) => `the row for ${p.key} is missing from the form (deleted?); that value is still to come.`,
      fix: 'Ask the department for the value, or fill it in Metingen yourself.',
    },
  }),
  'ronde.geen-opvolging': rule<{ cell: string; key: string }>({
    severity: 'error',
    title: 'Ronde: bijsturing zonder tabel Opvolging',
    message: (p) => `${p.cell} (${p.key}): de bijsturing is niet overgenomen, want het register heeft geen tabel Opvolging. Voer Maak register uit (beleidsregister maak) en voeg het formulier opnieuw samen.`,
    fix: 'Voer Maak register uit (beleidsregister maak) en voeg het formulier opnieuw samen.',
    en: {
      title: 'Round: follow-up without an Opvolging table',
      message: (p) => `${p.cell} (${p.key}): the follow-up was not taken over, because the register has no Opvolging table. Run Maak register (beleidsregister maak) and merge the form again.`,
      fix: 'Run Maak register (beleidsregister maak) and merge the form again.',
    },
  }),
  'ronde.dubbel': rule<{ cell: string; key: string; earlier: string; value: string }>({
    severity: 'error',
    title: 'Ronde: twee formulieren geven een andere waarde',
    message: (p) => `${p.cell} (${p.key}): een ander formulier in deze samenvoeging gaf al ${p.earlier}; deze waarde (${p.value}) is niet overgenomen.`,
    fix: 'Kijk na welk formulier juist is; voeg zo nodig alleen dat opnieuw samen.',
    en: {
      title: 'Round: two forms give different values',
      message: (p) => `${p.cell} (${p.key}): another form in this merge already gave ${p.earlier}; this value (${p.value}) was not taken over.`,
      fix: 'Check which form is right; if needed, merge only that one again.',
    },
  }),
  'ronde.conflict': rule<{ cell: string; key: string; current: string; source: string; owner: string; value: string; formCell: string }>({
    severity: 'warning',
    title: 'Ronde: het register heeft al een andere waarde',
    message: (p) => `${p.cell} (${p.key}): in het register staat ${p.current}${p.source ? ` (bron: ${p.source})` : ''}; ${p.owner} geeft ${p.value} (${p.formCell}). De waarde in het register is behouden; aanvaard de waarde van het formulier om ze te vervangen.`,
    fix: 'Kies welke waarde blijft: aanvaard die van het formulier (paneel, of ronde samenvoegen --neem-over), of laat die van het register staan.',
    en: {
      title: 'Round: the register already has another value',
      message: (p) => `${p.cell} (${p.key}): the register holds ${p.current}${p.source ? ` (source: ${p.source})` : ''}; ${p.owner} gives ${p.value} (${p.formCell}). The register’s value was kept; accept the form’s value to replace it.`,
      fix: 'Choose which value stays: accept the form’s (pane, or ronde samenvoegen --neem-over), or leave the register’s.',
    },
  }),
  'ronde.onleesbaar': rule<{ file: string; reason?: string }>({
    severity: 'error',
    title: 'Ronde: formulier kan niet geopend worden',
    message: (p) => p.reason || `${p.file} kan niet geopend worden als Excel-werkmap (.xlsx). Vraag de dienst het formulier te bewaren als .xlsx en het opnieuw te sturen. Er is niets uit overgenomen.`,
    fix: 'Vraag de dienst het formulier te bewaren als .xlsx (zonder wachtwoord) en het opnieuw te sturen.',
    en: {
      title: 'Round: form cannot be opened',
      message: (p) => `${p.file} cannot be opened as an Excel workbook (.xlsx). Ask the department to save the form as .xlsx and send it again. Nothing was taken from it.`,
      fix: 'Ask the department to save the form as .xlsx (without a password) and send it again.',
    },
  }),
  'ronde.geen-formulier': rule<{ file: string }>({
    severity: 'error',
    title: 'Ronde: bestand zonder updateformulier',
    message: (p) => `${p.file} bevat geen updateformulier van Beleidsregister (geen blad met een tabel tblUpdate). Er is niets uit overgenomen.`,
    fix: 'Kies het formulier dat Halfjaarronde starten maakte, ingevuld door de dienst.',
    en: {
      title: 'Round: file without an update form',
      message: (p) => `${p.file} holds no Beleidsregister update form (no sheet with a table tblUpdate). Nothing was taken from it.`,
      fix: 'Choose the form that starting the round made, filled in by the department.',
    },
  }),

  // --- Exporteer: what the export left out ---
  'export.tabel-ontbreekt': rule<Sheet & { table: string }>({
    severity: 'warning',
    title: 'Export: een tabel van het register ontbreekt',
    message: (p) => `Tabel ${p.table} (blad ${p.sheet}) ontbreekt in de werkmap en is niet geëxporteerd. Maak register (beleidsregister maak) voegt ze toe.`,
    fix: 'Voer Maak register uit en exporteer opnieuw.',
    en: {
      title: 'Export: a table of the register is missing',
      message: (p) => `Table ${p.table} (sheet ${p.sheet}) is missing from the workbook and was not exported. Maak register (beleidsregister maak) adds it.`,
      fix: 'Run Maak register and export again.',
    },
  }),
  'export.kolom-ontbreekt': rule<{ column: string; table: string; field: string }>({
    severity: 'warning',
    title: 'Export: een kolom van het register ontbreekt',
    message: (p) => `Kolom ${p.column} ontbreekt in tabel ${p.table}; in de export is ${p.field} leeg. Maak register (beleidsregister maak) voegt de kolom toe.`,
    fix: 'Voer Maak register uit en exporteer opnieuw.',
    en: {
      title: 'Export: a column of the register is missing',
      message: (p) => `Column ${p.column} is missing from table ${p.table}; in the export ${p.field} is empty. Maak register (beleidsregister maak) adds the column.`,
      fix: 'Run Maak register and export again.',
    },
  }),
  'export.waarde-onleesbaar': rule<Sheet & { problem: string; field: string }>({
    severity: 'error',
    title: 'Export: een waarde kan niet gelezen worden',
    message: (p) => `${p.problem}; in de export is ${p.field} van deze rij leeg. Verbeter de waarde in ${p.sheet} en exporteer opnieuw.`,
    fix: 'Verbeter de waarde (Controleer register wijst ze aan) en exporteer opnieuw.',
    en: {
      title: 'Export: a value cannot be read',
      message: (p) => `${enProblem(p.problem)}; in the export ${p.field} of this row is empty. Correct the value in ${p.sheet} and export again.`,
      fix: 'Correct the value (Controleer register points it out) and export again.',
    },
  }),
};

export type RuleId = keyof typeof rules;
/** The parameters a rule's message takes. */
export type RuleParams<R extends RuleId> = (typeof rules)[R] extends RuleDoc<infer P> ? P : never;
/** Parameters as a caller gives them: none for a rule without any. */
export type Given<P> = object extends P ? [params?: P] : [params: P];
/** The catalogue by any id, for a rule id read back as text (from a finding, the Controle sheet). */
const byId = (rule: string): RuleDoc | undefined => (rules as unknown as Record<string, RuleDoc | undefined>)[rule];

/**
 * The findings a caller needs, by table: the rules and the columns (schema keys) they stand on.
 * A check leaves out the work whose findings nobody asked for; no scope means every finding.
 */
export type CheckScope = Partial<Record<TableKey, { rules: readonly RuleId[]; columns: readonly string[] }>>;

/** Whether `scope` asks for findings of `rule` on `column` of `table`. */
export function wanted(scope: CheckScope | undefined, table: TableKey, rule: RuleId, column: string): boolean {
  const only = scope?.[table];
  return !scope || (only !== undefined && only.rules.includes(rule) && only.columns.includes(column));
}

export interface Address {
  sheet: string;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
}

/** A problem an operation reports: the rule, its parameters, and its message in Dutch. */
export interface Problem {
  rule: string;
  params: Params;
  message: string;
}

/** The sheet is the address's; the other parameters are the rule's own. */
export function finding<R extends RuleId>(rule: R, at: Address, ...[params]: Given<Omit<RuleParams<R>, 'sheet'>>): Finding {
  const all = { sheet: at.sheet, ...params } as Params;
  const doc = byId(rule)!;
  return { severity: doc.severity, rule, sheet: at.sheet, row: at.row ?? null, column: at.column ?? null, cell: at.cell ?? null, message: doc.message(all), params: all };
}

/** A problem of an import, a round or an export: what the operation keeps beside where it happened. */
export function problem<R extends RuleId>(rule: R, ...[params]: Given<RuleParams<R>>): Problem {
  const all = (params ?? {}) as Params;
  return { rule, params: all, message: byId(rule)!.message(all) };
}

/** The UserError of a refusal rule: its code, its Dutch message, and the problem for the pane to render in English. */
export function refuse<R extends RuleId>(rule: R, ...[params]: Given<RuleParams<R>>): UserError {
  const p = problem(rule, ...([params] as Given<RuleParams<R>>));
  const code = byId(rule)!.refusal;
  if (!code) throw new Error(`Regel ${rule} is geen weigering.`);
  return new UserError(code, p.message, { problem: p });
}

/** A refusal that explains `cause` (Excel's or a library's own error, kept for the log, never shown). */
export function withCause(refusal: UserError, cause: unknown): UserError {
  return new UserError(refusal.code, refusal.message, { cause, problem: refusal.problem });
}

/** A problem's message in `language`: rendered from the catalogue, or its Dutch message for a rule it does not know. */
export function problemText(p: { rule: string; params?: Params; message: string }, language: Language): string {
  const doc = byId(p.rule);
  if (!doc || !p.params) return p.message;
  return language === 'en' ? doc.en.message(p.params) : doc.message(p.params);
}

/** How to fix a problem of `rule`, in `language`; null for a rule the catalogue does not know. */
export function ruleFix(rule: string, language: Language): string | null {
  const doc = byId(rule);
  return doc ? (language === 'en' ? doc.en.fix : doc.fix) : null;
}
