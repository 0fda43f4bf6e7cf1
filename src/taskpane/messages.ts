// Every text the task pane shows, in Dutch (the users' language, and the default) and English (for
// Office running in English). Components take their strings from here and nowhere else.

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins a list as people write it: "a, b en c". */
function listNl(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

function listEn(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface AddedCounts {
  sheets: number;
  tables: number;
  columns: number;
  names: number;
}

const nl = {
  appTitle: 'Beleidsregister',
  starting: 'Even geduld…',

  // Status of the open workbook
  statusHeading: 'Deze werkmap',
  statusLoading: 'De werkmap wordt bekeken…',
  statusNotRegistry: 'Deze werkmap is nog geen beleidsregister.',
  statusRegistry: (version: number) => `Beleidsregister, versie ${version}`,
  statusGemeente: (naam: string, nis: string) => `Gemeente: ${naam} (NIS ${nis})`,
  statusNoGemeente: 'Gemeente: nog niet ingesteld',
  statusUpToDate: 'Het register is volledig bij. Er is niets te doen.',
  statusNeedsUpgrade: (from: number, to: number) =>
    `Dit register heeft versie ${from}. Versie ${to} is beschikbaar: werk het bij om de nieuwe tabellen en kolommen te krijgen. Je gegevens blijven staan.`,
  statusNewer: (version: number) =>
    `Dit register is gemaakt met een nieuwere versie (${version}) van Beleidsregister. Vraag de beheerder om de invoegtoepassing bij te werken.`,
  statusFailed: 'De werkmap kon niet gelezen worden. Sluit andere vensters met deze werkmap en probeer opnieuw.',
  retry: 'Opnieuw proberen',

  // Making or updating the registry
  makeRegister: 'Maak register',
  updateRegister: 'Werk register bij',
  working: 'Bezig…',
  makeExplanation: 'Voegt de tabbladen, tabellen en keuzelijsten van het beleidsregister toe. Wat al in de werkmap staat, blijft staan.',
  gemeenteLabel: 'Gemeente (NIS-code, niet verplicht)',
  gemeenteHint: 'Vijf cijfers, bijvoorbeeld 11002 voor Antwerpen. Je kan dit later nog invullen.',
  gemeenteInvalid: 'Een NIS-code bestaat uit vijf cijfers, bijvoorbeeld 11002.',
  gemeenteUnknown: (nis: string) => `Er is geen Vlaamse gemeente met NIS-code ${nis}.`,
  gemeenteFound: (naam: string) => `Gemeente ${naam}`,

  // Result
  resultCreated: (version: number) => `Het beleidsregister is gemaakt (versie ${version}).`,
  resultUpgraded: (from: number, to: number) => `Het register is bijgewerkt van versie ${from} naar versie ${to}.`,
  resultCompleted: (version: number) => `Het register (versie ${version}) is aangevuld.`,
  resultAdded: (added: AddedCounts) => {
    const parts = [
      added.sheets ? count(added.sheets, 'tabblad', 'tabbladen') : '',
      added.tables ? count(added.tables, 'tabel', 'tabellen') : '',
      added.columns ? count(added.columns, 'kolom', 'kolommen') : '',
      added.names ? count(added.names, 'naam', 'namen') : '',
    ].filter(Boolean);
    return parts.length ? `Toegevoegd: ${listNl(parts)}.` : 'Er moest niets toegevoegd worden.';
  },
  findingsHeading: (n: number) => (n === 1 ? '1 opmerking' : `${n} opmerkingen`),
  findingAt: (sheet: string, cell: string | null) => (cell ? `${sheet}!${cell}` : sheet),
  errorTitle: 'Dat lukte niet',
  errorGeneric:
    'Er ging iets mis bij het bijwerken van de werkmap. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',

  // Standalone (outside Excel)
  standaloneIntro:
    'Je gebruikt Beleidsregister hier buiten Excel. Open een Excel-bestand (.xlsx) of probeer het demoregister. Daarna kan je het resultaat downloaden en in Excel openen.',
  openFile: 'Open een .xlsx-bestand',
  tryDemo: 'Probeer met het demoregister',
  startBlank: 'Begin met een lege werkmap',
  opening: 'Het bestand wordt geopend…',
  openedFile: (name: string) => `Geopend: ${name}`,
  openedDemo: 'Geopend: het demoregister (alleen in deze browser)',
  openedBlank: 'Geopend: een lege werkmap (alleen in deze browser)',
  openFailed: 'Dit bestand kan niet geopend worden. Kies een Excel-werkmap (.xlsx) zonder wachtwoord.',
  download: 'Download',
  downloadHint: (name: string) => `Bewaart de werkmap als ${name} in je downloads.`,
  downloadFailed: 'Het bestand kon niet gemaakt worden. Probeer het opnieuw.',
};

export type Messages = typeof nl;

const en: Messages = {
  appTitle: 'Beleidsregister',
  starting: 'One moment…',

  statusHeading: 'This workbook',
  statusLoading: 'Looking at the workbook…',
  statusNotRegistry: 'This workbook is not a policy register yet.',
  statusRegistry: (version) => `Policy register, version ${version}`,
  statusGemeente: (naam, nis) => `Municipality: ${naam} (NIS ${nis})`,
  statusNoGemeente: 'Municipality: not set yet',
  statusUpToDate: 'The register is up to date. There is nothing to do.',
  statusNeedsUpgrade: (from, to) =>
    `This register is version ${from}. Version ${to} is available: update it to get the new tables and columns. Your data stays in place.`,
  statusNewer: (version) =>
    `This register was made with a newer version (${version}) of Beleidsregister. Ask the administrator to update the add-in.`,
  statusFailed: 'The workbook could not be read. Close other windows with this workbook and try again.',
  retry: 'Try again',

  makeRegister: 'Create register',
  updateRegister: 'Update register',
  working: 'Working…',
  makeExplanation: 'Adds the sheets, tables and choice lists of the policy register. Whatever is already in the workbook stays.',
  gemeenteLabel: 'Municipality (NIS code, optional)',
  gemeenteHint: 'Five digits, for example 11002 for Antwerpen. You can fill this in later.',
  gemeenteInvalid: 'A NIS code has five digits, for example 11002.',
  gemeenteUnknown: (nis) => `There is no Flemish municipality with NIS code ${nis}.`,
  gemeenteFound: (naam) => `Municipality ${naam}`,

  resultCreated: (version) => `The policy register has been created (version ${version}).`,
  resultUpgraded: (from, to) => `The register has been updated from version ${from} to version ${to}.`,
  resultCompleted: (version) => `The register (version ${version}) has been completed.`,
  resultAdded: (added) => {
    const parts = [
      added.sheets ? count(added.sheets, 'sheet', 'sheets') : '',
      added.tables ? count(added.tables, 'table', 'tables') : '',
      added.columns ? count(added.columns, 'column', 'columns') : '',
      added.names ? count(added.names, 'name', 'names') : '',
    ].filter(Boolean);
    return parts.length ? `Added: ${listEn(parts)}.` : 'Nothing needed to be added.';
  },
  findingsHeading: (n) => (n === 1 ? '1 remark' : `${n} remarks`),
  findingAt: (sheet, cell) => (cell ? `${sheet}!${cell}` : sheet),
  errorTitle: 'That did not work',
  errorGeneric: 'Something went wrong while updating the workbook. Try again; if it still fails, ask the administrator of the register for help.',

  standaloneIntro:
    'You are using Beleidsregister outside Excel. Open an Excel file (.xlsx) or try the demo register. Then download the result and open it in Excel.',
  openFile: 'Open an .xlsx file',
  tryDemo: 'Try the demo register',
  startBlank: 'Start with an empty workbook',
  opening: 'Opening the file…',
  openedFile: (name) => `Opened: ${name}`,
  openedDemo: 'Opened: the demo register (in this browser only)',
  openedBlank: 'Opened: an empty workbook (in this browser only)',
  openFailed: 'This file cannot be opened. Choose an Excel workbook (.xlsx) without a password.',
  download: 'Download',
  downloadHint: (name) => `Saves the workbook as ${name} in your downloads.`,
  downloadFailed: 'The file could not be made. Try again.',
};

export const catalogue = { nl, en } as const;
export type Language = keyof typeof catalogue;

/** Office's display language (e.g. `en-US`, `nl-BE`) picks the texts; anything but English gets Dutch. */
export function languageFor(displayLanguage: string | null | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
