// Every text the task pane shows, in Dutch (the users' language, and the default) and English (for
// Office running in English). Components take their strings from here and nowhere else.

import { problemText, type Problem } from '../rules';
import type { CheckCounts } from '../export/datapackage';
import type { ChartSeries, FlagCounts } from '../norms';
import { STATUS_TEXT } from '../norms/status';

/** A measurement of a round with the names a person knows it by (the missing values of the progress). */
export interface NamedKey {
  indicator: string;
  name: string;
  area: string;
  areaName: string;
  period: string;
  dimension: string;
}

/** `Geluidsdruk gevel (IND-001), Parkstraat, 2026-S2`: no words of either language in it. */
const keyText = (k: NamedKey) => `${k.name ? `${k.name} (${k.indicator})` : k.indicator}, ${k.areaName || k.area}, ${k.period}${k.dimension ? `, ${k.dimension}` : ''}`;

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

/** The statuses of Toets aan normen in English; Dutch uses the words the workbook shows (STATUS_TEXT). */
const STATUS_EN: Record<keyof FlagCounts, string> = {
  ok: 'OK',
  deviation: 'Deviation',
  on_track: 'On track',
  off_track: 'Off track',
  no_norm: 'No norm',
  outlier: 'Outlier',
  missing: 'Missing',
  stale: 'Outdated',
};

/** The chart in one sentence, for screen readers: the span, the latest value, and norm and region beside it. */
function describeChart(series: ChartSeries, unit: string, language: 'nl' | 'en'): string {
  const locale = language === 'nl' ? 'nl-BE' : 'en-GB';
  const at = series.values.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0).pop();
  if (at === undefined) return '';
  const num = (n: number) => `${n.toLocaleString(locale)}${unit ? ` ${unit}` : ''}`;
  const first = series.periods[0];
  const norm = series.norm[at];
  const region = series.benchmark[at];
  const parts =
    language === 'nl'
      ? [`Van ${first} tot ${series.periods[series.periods.length - 1]}`, `laatste waarde ${num(series.values[at]!)} (${series.periods[at]})`, norm !== null ? `norm ${num(norm)}` : '', region !== null ? `Vlaams Gewest ${num(region)}` : '']
      : [`From ${first} to ${series.periods[series.periods.length - 1]}`, `latest value ${num(series.values[at]!)} (${series.periods[at]})`, norm !== null ? `norm ${num(norm)}` : '', region !== null ? `Flemish Region ${num(region)}` : ''];
  return `${parts.filter(Boolean).join('; ')}.`;
}

/** The statuses of a round's owners in English; Dutch uses the words the Rondes sheet shows. */
const ROUND_STATUS_EN: Record<string, string> = { 'niet teruggekregen': 'not returned', onvolledig: 'incomplete', volledig: 'complete' };

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
    `Dit register heeft versie ${from}. Versie ${to} is beschikbaar: werk het bij om de nieuwe tabellen en kolommen te krijgen. Uw gegevens blijven staan.`,
  statusNewer: (version: number) =>
    `Dit register is gemaakt met een nieuwere versie (${version}) van Beleidsregister. Vraag de beheerder om de invoegtoepassing bij te werken.`,
  statusFailed: 'De werkmap kon niet gelezen worden. Sluit andere vensters met deze werkmap en probeer opnieuw.',
  retry: 'Opnieuw proberen',

  // Making or updating the registry
  makeRegister: 'Maak register',
  updateRegister: 'Werk register bij',
  working: 'Bezig…',
  makeExplanation: 'Voegt de tabbladen, tabellen en keuzelijsten van het beleidsregister toe. Wat al in de werkmap staat, blijft staan. Daarna begint u op het blad Start.',
  gemeenteLabel: 'Gemeente (NIS-code, niet verplicht)',
  gemeenteHint: 'Vijf cijfers, bijvoorbeeld 11002 voor Antwerpen. U kunt dit later nog invullen.',
  gemeenteInvalid: 'Een NIS-code bestaat uit vijf cijfers, bijvoorbeeld 11002.',
  gemeenteUnknown: (nis: string) => `Er is geen Vlaamse gemeente met NIS-code ${nis}.`,
  gemeenteFound: (naam: string) => `Gemeente ${naam}`,

  // Result
  resultCreated: (version: number) => `Het beleidsregister is gemaakt (versie ${version}).`,
  nextStep: (start: string, order: string[]) => `Begin op het blad ${start}. Vul het register in deze volgorde in: ${order.join(' → ')}.`,
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
  /** A finding, or an import, round or export problem, rendered from the rule catalogue. */
  problem: (p: Pick<Problem, 'rule' | 'message'> & { params?: Problem['params'] }) => problemText(p, 'nl'),
  errorTitle: 'Dat lukte niet',
  errorGeneric:
    'Er ging iets mis bij het bijwerken van de werkmap. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',

  // Standalone (outside Excel)
  standaloneIntro:
    'U gebruikt Beleidsregister hier buiten Excel. Open een Excel-bestand (.xlsx) of probeer het demoregister. Daarna kunt u het resultaat downloaden en in Excel openen.',
  otherFile: 'Een ander bestand',
  openFile: 'Open een .xlsx-bestand',
  tryDemo: 'Probeer met het demoregister',
  startBlank: 'Begin met een lege werkmap',
  opening: 'Het bestand wordt geopend…',
  openedFile: (name: string) => `Geopend: ${name}`,
  openedDemo: 'Geopend: het demoregister (alleen in deze browser)',
  openedBlank: 'Geopend: een lege werkmap (alleen in deze browser)',
  openFailed: 'Dit bestand kan niet geopend worden. Kies een Excel-werkmap (.xlsx) zonder wachtwoord.',
  download: 'Download',
  downloadHint: (name: string) => `Bewaart de werkmap als ${name} in uw downloads.`,
  downloadFailed: 'Het bestand kon niet gemaakt worden. Probeer het opnieuw.',

  // Navigation
  navigationLabel: 'Onderdelen',
  tabStart: 'Start',
  tabCheck: 'Controleren',
  tabMonitor: 'Monitor',
  tabNorms: 'Normen',
  tabRound: 'Halfjaar',
  tabReport: 'Rapport',
  tabExport: 'Export',
  number: (n: number) => n.toLocaleString('nl-BE'),
  /** A day as people write it here: 31/12/2026. */
  date: (d: Date) => d.toLocaleDateString('nl-BE', { timeZone: 'UTC' }),
  cancel: 'Annuleren',

  // Controleren
  checkHeading: 'Controleer register',
  checkExplanation: 'Kijkt elke tabel na: verplichte velden, keuzelijsten, verwijzingen en de regels voor goede indicatoren. Er verandert niets aan uw gegevens.',
  checkWriteControlSheet: 'Zet de meldingen ook op het blad Controle en markeer de cellen',
  checkRun: 'Controleer',
  checkAgain: 'Controleer opnieuw',
  checkWorking: 'Het register wordt gecontroleerd…',
  checkCounts: (errors: number, warnings: number) => `${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}.`,
  checkClean: 'Alles in orde.',
  checkFix: 'Pas de cellen hieronder aan en controleer opnieuw.',
  checkControlSheetWritten: 'De meldingen staan ook op het blad Controle.',
  checkAccepted: (n: number) => `${count(n, 'aanvaarde waarschuwing staat', 'aanvaarde waarschuwingen staan')} niet in de lijst (blad Controle, kolom Aanvaard door).`,
  checkFailed: 'Het register kon niet gecontroleerd worden. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  findingsOnSheet: (sheet: string) => `Meldingen op blad ${sheet}`,
  severityError: 'Fout',
  severityWarning: 'Waarschuwing',
  selectCell: (sheet: string, cell: string) => `Ga naar ${sheet}!${cell}`,
  selectFailed: 'De cel kon niet geselecteerd worden. Misschien is het blad verborgen of hernoemd; controleer opnieuw.',

  // Monitor: catalogue
  catalogueHeading: 'Indicator uit de Gemeente-Stadsmonitor',
  catalogueLabel: 'Zoek een indicator',
  cataloguePlaceholder: 'bv. mediaanprijs of WO_07',
  catalogueHint: (edition: string) => `Catalogus editie ${edition}.`,
  catalogueLoading: 'De catalogus wordt geladen…',
  catalogueResults: 'Gevonden indicatoren',
  catalogueNothing: (query: string) => `Geen indicator gevonden voor "${query}". Probeer een ander woord of de code.`,
  catalogueFailed: 'De catalogus kon niet geladen worden. Controleer de verbinding en probeer opnieuw.',
  addIndicator: 'Voeg toe',
  // Starts with the button's visible text, so a voice user who says what they see hits it.
  addIndicatorLabel: (code: string, title: string) => `Voeg toe: ${code} ${title}`,
  addIndicatorFailed: 'De indicator kon niet toegevoegd worden. Is deze werkmap een register? Maak het eerst op het tabblad Start.',
  indicatorAdded: (id: string, name: string, code: string, left: string[]) =>
    `${name} (${code}) staat nu in Indicatoren als ${id}.${left.length ? ` Het is een contextindicator; vul zelf nog in: ${left.join(', ')}.` : ''}`,
  indicatorExists: (id: string, code: string) => `${code} stond al in Indicatoren als ${id}; er is niets veranderd.`,

  // Monitor: import
  importHeading: 'Cijfers inlezen in Metingen',
  importExplanation: 'Een download van de Gemeente-Stadsmonitor (CSV of thema-Excel) of een selectietabel van een Swing-site (JSON). Met de hand ingevulde waarden worden nooit overschreven.',
  monitorDrop: 'Sleep een bestand hierheen, of:',
  monitorPick: 'Kies een bestand',
  monitorReadingFile: 'Het bestand wordt bekeken…',
  monitorFileFailed: 'Dit bestand kan niet gelezen worden. Kies een CSV- of Excel-download van de Gemeente-Stadsmonitor of een Swing-selectietabel (.json).',
  themeSheetsLegend: (file: string) => `Tabbladen in ${file}`,
  themeSheet: (sheet: string, title: string | null, rows: number, known: string | null) =>
    `${sheet}${title ? ` ${title}` : ''} (${count(rows, 'rij', 'rijen')}; ${known ? `naar ${known}` : 'nieuwe indicator'})`,
  themeSheetSkipped: (sheet: string, problem: string | null) => `${sheet}: wordt niet ingelezen${problem ? ` (${problem})` : ''}.`,
  themeImport: (n: number) => (n === 1 ? 'Lees 1 tabblad in' : `Lees ${n} tabbladen in`),
  importAllAreas: 'Alle gebieden inlezen (anders alleen de gebieden van het register, de provincie en het Vlaams Gewest)',
  swingHeading: 'Ophalen van een Swing-site (… in Cijfers)',
  swingSite: 'Adres van de site',
  swingSiteHint: 'Bijvoorbeeld https://gent.buurtmonitor.be',
  swingVariables: 'Codes van de variabelen',
  swingVariablesHint: 'Gescheiden door komma’s of spaties.',
  swingApiKey: 'API-sleutel (alleen als de site er een vraagt)',
  swingFetch: 'Haal op en lees in',
  importProgressLabel: 'Voortgang van het inlezen',
  importStarting: 'Het inlezen begint…',
  importRowsSoFar: (rows: number) => `${rows.toLocaleString('nl-BE')} rijen gelezen…`,
  importCancelled: 'Het inlezen is geannuleerd. Er is niets in de werkmap veranderd.',
  importFailed: 'Het inlezen lukte niet. Er is niets in de werkmap veranderd. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  importDone: (file: string) => `${file} is ingelezen.`,
  importChanged: 'Metingen is bijgewerkt.',
  importNothingChanged: 'Er moest niets veranderen: alles stond er al.',
  importRowsRead: 'Rijen gelezen',
  importAdded: 'Toegevoegd',
  importUpdated: 'Bijgewerkt',
  importUnchanged: 'Ongewijzigd',
  importConflicts: 'Conflicten',
  importEmpty: 'Zonder waarde',
  importSkipped: 'Overgeslagen',
  importNotSelected: 'Andere gebieden (niet ingelezen)',
  importNotSelectedHint: 'Wilt u ook andere gebieden? Vink "Alle gebieden inlezen" aan en lees het bestand opnieuw in.',
  importIndicatorAdded: (id: string, name: string, code: string | null, from: 'catalogus' | 'bestand') =>
    `Indicator toegevoegd ${from === 'catalogus' ? 'uit de catalogus' : 'uit het bestand'}: ${id} ${name}${code ? ` (${code})` : ''}.`,
  importAreaAdded: (code: string, name: string) => `Gebied toegevoegd aan Werkingsgebieden: ${name} (${code}).`,
  importAreaMapped: (from: string, to: string, values: number) => `${count(values, 'waarde', 'waarden')} van ${from} staan nu bij ${to} (fusie 2025).`,
  importConflictsHeading: (n: number) => (n === 1 ? '1 conflict' : `${n} conflicten`),
  importConflictsHint: 'Deze waarden zijn met de hand ingevuld en niet overschreven. Kies per waarde welke blijft; uw keuze komt in het Logboek.',
  resolveTakeFile: 'Neem waarde uit bestand',
  resolveTakeFileLabel: (cell: string) => `Neem waarde uit bestand: ${cell}`,
  resolveKeepMine: 'Behoud mijn waarde',
  resolveKeepMineLabel: (cell: string) => `Behoud mijn waarde: ${cell}`,
  resolveAll: 'Alles uit het bestand overnemen',
  resolveWorking: 'Uw keuze wordt bewaard…',
  resolveFailed: 'Uw keuze kon niet bewaard worden. Er is niets veranderd. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  resolveDone: (taken: number, kept: number) =>
    `${count(taken, 'waarde', 'waarden')} uit het bestand overgenomen, ${count(kept, 'eigen waarde', 'eigen waarden')} behouden. Elke keuze staat in het Logboek.`,
  resolveSkippedHeading: (n: number) => (n === 1 ? '1 waarde niet aangepast' : `${n} waarden niet aangepast`),
  importErrorsHeading: (n: number) => (n === 1 ? '1 waarde of regel overgeslagen' : `${n} waarden of regels overgeslagen`),
  importErrorAt: (sheet: string | null, line: number | null, column: string | null) =>
    [sheet ? `tabblad ${sheet}` : '', line !== null ? `${sheet ? 'rij' : 'regel'} ${line}` : '', column ? `kolom ${column}` : ''].filter(Boolean).join(', ') || 'Bestand',
  importMoreErrors: (n: number) => `en nog ${n}.`,

  // Normen
  normsHeading: 'Toets aan normen',
  normsExplanation: 'Toetst elke meting aan de normen en streefwaarden die gelden, en zet de status, kleur en uitleg naast elke waarde in Metingen en een overzicht op het blad Overzicht.',
  flagRun: 'Toets aan normen',
  flagAgain: 'Toets opnieuw',
  flagWorking: 'De metingen worden getoetst…',
  flagFailed: 'De toetsing lukte niet. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  flagDone: (n: number) => `${count(n, 'meting', 'metingen')} getoetst.`,
  flagWritten: 'De statussen staan in Metingen, het overzicht op het blad Overzicht.',
  statusLabel: (status: keyof FlagCounts) => STATUS_TEXT[status],
  flagAttentionHeading: (n: number) => `Vraagt aandacht (${n})`,
  flagGapsHeading: (n: number) => `Ontbrekende en verouderde waarden (${n})`,
  flagFindingsHeading: (n: number) => `Niet getoetst (${n})`,
  flagRowAt: (sheet: string, row: number) => `${sheet} rij ${row}`,
  flagMore: (n: number) => `en nog ${n}; ze staan allemaal in Metingen.`,
  chartHeading: 'Verloop van een indicator',
  chartPick: 'Indicator en gebied',
  chartOption: (indicator: string, area: string, dimension: string) => `${indicator}, ${area}${dimension ? ` (${dimension})` : ''}`,
  chartNothing: 'Er is nog geen indicator met cijfers om te tonen.',
  chartNoNumbers: 'Deze indicator heeft geen getallen om te tekenen.',
  chartTitle: (indicator: string, area: string) => `Verloop van ${indicator} in ${area}`,
  chartDescription: (series: ChartSeries, unit: string) => describeChart(series, unit, 'nl'),
  chartNorm: 'Norm',
  chartBenchmark: 'Vlaams Gewest',
  chartPeriod: 'Periode',
  chartTable: 'Cijfers als tabel',
  chartInsert: 'Zet de grafiek in Excel',
  chartInserting: 'De grafiek wordt ingevoegd…',
  chartInserted: (sheet: string) => `De grafiek staat op blad ${sheet}; een volgende keer wordt ze vervangen.`,
  chartInsertFailed: 'De grafiek kon niet ingevoegd worden. Probeer het opnieuw.',

  // Halfjaar: start
  roundStartHeading: 'Start een halfjaarronde',
  roundStartExplanation:
    'Elke gekozen dienst krijgt een updateformulier met de metingen die ze voor de periode moet invullen, met de vorige waarden en de norm waaraan elke waarde getoetst wordt.',
  roundPeriod: 'Periode',
  roundPeriodHint: 'Jaar en semester: S1 eindigt eind juni, S2 eind december.',
  roundPeriodInvalid: 'Schrijf de periode als jaar-S1 of jaar-S2, bijvoorbeeld 2026-S2.',
  roundOwners: 'Diensten',
  roundOwner: (owner: string, rows: number, progress = 0) =>
    rows || progress
      ? `${owner} (${[rows && count(rows, 'meting', 'metingen'), progress && count(progress, 'actie of maatregel', 'acties en maatregelen')].filter(Boolean).join(', ')})`
      : `${owner} (niets te rapporteren)`,
  roundOwnersLoading: 'De diensten worden opgezocht…',
  roundOwnersNone: 'De lijst Diensten is leeg. Vul de diensten in op het blad Diensten en kies bij elke indicator een eigenaar.',
  roundOwnersFailed: 'De diensten konden niet gelezen worden. Is deze werkmap een register? Maak het eerst op het tabblad Start.',
  roundNoOwner: 'Kies minstens één dienst.',
  roundTarget: 'Formulieren als',
  roundTargetSheets: 'bladen in dit register',
  roundTargetFiles: 'een bestand per dienst (samen in een zip)',
  roundStartRun: 'Start de ronde',
  roundStartWorking: 'De formulieren worden gemaakt…',
  roundStartFailed: 'De ronde kon niet gestart worden. Er is niets veranderd. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  roundStarted: (period: string, forms: number) => `Ronde ${period} is gestart: ${count(forms, 'formulier', 'formulieren')}.`,
  roundStartedSheets: 'Elk formulier staat als een blad in dit register. Laat elke dienst zijn eigen blad invullen en voeg daarna hieronder de formulierbladen samen.',
  roundStartedFiles: (zip: string) => `De formulieren zijn gedownload in ${zip}. Stuur elke dienst zijn eigen bestand en voeg de ingevulde bestanden hieronder samen.`,
  roundStartedNone: (period: string) => `Geen enkele gekozen dienst heeft iets te rapporteren in ${period}: er is geen formulier gemaakt.`,
  roundFormsHeading: 'Metingen per formulier',
  roundFormLabel: (owner: string, where: string, created: boolean) => `${owner}: ${where}${created ? '' : ' (bestond al, niet veranderd)'}`,
  roundNotAskedHeading: (n: number) => `Niet gevraagd (${n})`,
  roundNotAsked: (owner: string, indicator: string | null, reason: string) => `${owner}${indicator ? `, ${indicator}` : ''}: ${reason}.`,

  // Halfjaar: merge
  roundMergeHeading: 'Ingevulde formulieren samenvoegen',
  roundMergeExplanation:
    'Elk formulier wordt nagekeken: juiste register, ronde en dienst, en geldige waarden. Goede waarden komen in Metingen. Staat er al een andere waarde, dan kiest u zelf welke blijft.',
  roundMergeDrop: 'Sleep de ingevulde formulieren (.xlsx) hierheen, of:',
  roundMergePick: 'Kies formulieren',
  roundMergeSheets: 'Voeg de formulierbladen in dit register samen',
  roundMergeWorking: 'De formulieren worden samengevoegd…',
  roundMergeFailed: 'Het samenvoegen lukte niet. Er is niets in het register veranderd. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  roundMerged: (period: string, forms: number) => `${count(forms, 'formulier', 'formulieren')} samengevoegd in ronde ${period}.`,
  roundMergedChanged: 'Metingen en het Logboek zijn bijgewerkt.',
  roundMergedNothing: 'Er moest niets in Metingen veranderen.',
  roundCountForms: 'Formulieren',
  roundCountAccepted: 'Overgenomen',
  roundCountUnchanged: 'Ongewijzigd',
  roundCountConflicts: 'Conflicten',
  roundCountKept: 'Behouden (waarde register)',
  roundCountRejected: 'Niet overgenomen',
  roundRejectedHeading: (n: number) => `Niet overgenomen (${n})`,
  roundCountProgress: 'Voortgang van acties en maatregelen',
  roundProgressConflictsHeading: (n: number) => `Conflicten in de voortgang (${n})`,
  roundProgressConflictsHint: 'Die waarde werd in het register met de hand gewijzigd nadat het formulier gemaakt werd. Tot u kiest, blijft de waarde van het register staan.',
  roundProgressConflictKey: (kind: string, code: string, field: string) => `${kind} ${code}, ${field}`,
  roundRejectedAt: (form: string, sheet: string | null, cell: string | null) => [form, sheet ? `blad ${sheet}` : '', cell ? `cel ${cell}` : ''].filter(Boolean).join(', '),
  roundConflictsHeading: (n: number) => `Conflicten (${n})`,
  roundConflictsHint: 'In het register staat al een andere waarde. Tot u kiest, blijft de waarde van het register staan.',
  roundConflictKey: (indicator: string, area: string, period: string, dimension: string) => `${indicator}, ${area}, ${period}${dimension ? `, ${dimension}` : ''}`,
  roundConflictOld: 'In het register',
  roundConflictNew: 'Uit het formulier',
  roundConflictSource: (source: string) => `bron: ${source}`,
  roundConflictDate: (date: string) => `op ${date}`,
  roundAccept: 'Neem over',
  roundAcceptLabel: (what: string) => `Neem over: ${what}`,
  roundKeep: 'Behoud',
  roundKeepLabel: (what: string) => `Behoud: ${what}`,
  roundAcceptAll: 'Alles overnemen',
  roundDecideFailed: 'Uw keuze kon niet bewaard worden. Er is niets veranderd. Probeer het opnieuw.',

  // Halfjaar: progress
  roundProgressHeading: 'Voortgang per dienst',
  roundProgressOf: (period: string) => `Ronde ${period}`,
  roundProgressNone: 'Er is nog geen ronde gestart in dit register.',
  roundProgressRefresh: 'Vernieuw',
  roundProgressLoading: 'De voortgang wordt gelezen…',
  roundProgressFailed: 'De voortgang kon niet gelezen worden. Probeer Vernieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  roundColOwner: 'Dienst',
  roundColFilled: 'Ingevuld',
  roundColDeviations: 'Afwijkingen',
  roundFilled: (filled: number, asked: number) => `${filled} van ${asked}`,
  roundStatus: (status: string) => status,
  roundMissingHeading: (owner: string, n: number) => `${owner}: ${count(n, 'waarde ontbreekt', 'waarden ontbreken')}`,
  roundMissingItem: (k: NamedKey) => keyText(k),
  roundCopyReminder: 'Kopieer herinnering',
  roundCopyReminderLabel: (owner: string) => `Kopieer herinnering voor ${owner}`,
  roundReminderCopied: (owner: string, contact: string) => `De herinnering voor ${owner} staat op het klembord. Plak ze in een e-mail${contact ? ` aan ${contact}` : ''}.`,
  roundReminderManual: (owner: string) => `Herinnering voor ${owner} (selecteer en kopieer met Ctrl+C)`,
  roundReminder: (owner: string, period: string, missing: NamedKey[]) =>
    [
      `Beste collega's van ${owner},`,
      '',
      `Voor de halfjaarlijkse update van ${period} ontbreken nog ${missing.length === 1 ? 'deze waarde' : `deze ${missing.length} waarden`}:`,
      ...missing.map((k) => `- ${keyText(k)}`),
      '',
      'Wilt u ze invullen in het updateformulier van uw dienst en het terugsturen? Bedankt!',
    ].join('\n'),

  // Export
  exportHeading: 'Exporteer als onderzoeksdata',
  exportExplanation: 'Elke tabel als een apart bestand, met een datapackage.json die ze beschrijft, samen in één zip-bestand.',
  exportFormat: 'Formaat',
  exportCsv: 'CSV (opent overal)',
  exportParquet: 'Parquet (voor R, Python en databanken)',
  exportJson: 'JSON',
  exportRun: 'Exporteer en download',
  exportWorking: 'De export wordt gemaakt…',
  exportFailed: 'De export lukte niet. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  exportDone: (tables: number, file: string) => `${count(tables, 'tabel', 'tabellen')} geëxporteerd naar ${file}.`,
  exportChecks: (checks: CheckCounts | null) =>
    !checks
      ? ''
      : checks.errors
        ? `Let op: de controle vond ${count(checks.errors, 'fout', 'fouten')}; dat staat ook in datapackage.json. Zie Controleren.`
        : `De controle vond geen fouten${checks.warnings ? ` (${count(checks.warnings, 'waarschuwing', 'waarschuwingen')})` : ''}.`,
  exportTablesHeading: 'Rijen per bestand',

  // Rapport
  reportHeading: 'Halfjaarrapport',
  reportExplanation:
    'Het rapport langs het meerjarenplan, voor het managementteam, het college of de raad: per doelstelling de indicatoren met hun status, de bijsturing en de voortgang van acties en maatregelen. Voer eerst Toets aan normen uit.',
  reportPeriod: 'Halfjaar',
  reportCouncil: 'Alleen voor de gemeenteraad (indicatoren met Naar de raad = ja)',
  reportSheet: 'Zet het rapport ook op het blad Rapport (afdrukklaar op A4 liggend)',
  reportRun: 'Maak het rapport',
  reportWorking: 'Het rapport wordt gemaakt…',
  reportFailed: 'Het rapport kon niet gemaakt worden. Er is niets veranderd. Probeer het opnieuw; lukt het nog altijd niet, vraag dan hulp aan de beheerder van het register.',
  reportFile: (period: string, council: boolean) => `Halfjaarrapport ${period}${council ? ' gemeenteraad' : ''}.docx`,
  reportDone: (period: string, file: string) => `Het rapport van ${period} is gemaakt en gedownload als ${file}.`,
  reportSheetWritten: 'Het blad Rapport in deze werkmap is bijgewerkt.',
  reportEditable: 'Het Word-document kunt u nog aanpassen voor het naar het college gaat.',
  reportSummaryHeading: 'Samenvatting',
  reportStatusHeading: 'Indicatoren en gebieden per status',
  reportDecisions: 'Afwijkingen zonder bijsturing',
  reportMissing: 'Nog ontbrekende waarden',
  reportBehind: 'Acties en maatregelen achter op schema',
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
  makeExplanation: 'Adds the sheets, tables and choice lists of the policy register. Whatever is already in the workbook stays. Then begin on the Start sheet.',
  gemeenteLabel: 'Municipality (NIS code, optional)',
  gemeenteHint: 'Five digits, for example 11002 for Antwerpen. You can fill this in later.',
  gemeenteInvalid: 'A NIS code has five digits, for example 11002.',
  gemeenteUnknown: (nis) => `There is no Flemish municipality with NIS code ${nis}.`,
  gemeenteFound: (naam) => `Municipality ${naam}`,

  resultCreated: (version) => `The policy register has been created (version ${version}).`,
  nextStep: (start, order) => `Begin on the ${start} sheet. Fill in the register in this order: ${order.join(' → ')}.`,
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
  problem: (p) => problemText(p, 'en'),
  errorTitle: 'That did not work',
  errorGeneric: 'Something went wrong while updating the workbook. Try again; if it still fails, ask the administrator of the register for help.',

  standaloneIntro:
    'You are using Beleidsregister outside Excel. Open an Excel file (.xlsx) or try the demo register. Then download the result and open it in Excel.',
  otherFile: 'Another file',
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

  navigationLabel: 'Sections',
  tabStart: 'Start',
  tabCheck: 'Check',
  tabMonitor: 'Monitor',
  tabNorms: 'Norms',
  tabRound: 'Half-year',
  tabReport: 'Report',
  tabExport: 'Export',
  number: (n) => n.toLocaleString('en-GB'),
  date: (d) => d.toLocaleDateString('en-GB', { timeZone: 'UTC' }),
  cancel: 'Cancel',

  checkHeading: 'Check the register',
  checkExplanation: 'Goes through every table: required fields, choice lists, references and the rules for good indicators. Your data is not changed.',
  checkWriteControlSheet: 'Also put the remarks on the Controle sheet and mark the cells',
  checkRun: 'Check',
  checkAgain: 'Check again',
  checkWorking: 'Checking the register…',
  checkCounts: (errors, warnings) => `${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}.`,
  checkClean: 'All is well.',
  checkFix: 'Correct the cells below and check again.',
  checkControlSheetWritten: 'The remarks are also on the Controle sheet.',
  checkAccepted: (n) => `${count(n, 'accepted warning is', 'accepted warnings are')} left out of the list (Controle sheet, column Aanvaard door).`,
  checkFailed: 'The register could not be checked. Try again; if it still fails, ask the administrator of the register for help.',
  findingsOnSheet: (sheet) => `Remarks on sheet ${sheet}`,
  severityError: 'Error',
  severityWarning: 'Warning',
  selectCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  selectFailed: 'The cell could not be selected. The sheet may be hidden or renamed; check again.',

  catalogueHeading: 'Indicator from the Gemeente-Stadsmonitor',
  catalogueLabel: 'Search for an indicator',
  cataloguePlaceholder: 'e.g. mediaanprijs or WO_07',
  catalogueHint: (edition) => `Catalogue edition ${edition}.`,
  catalogueLoading: 'Loading the catalogue…',
  catalogueResults: 'Indicators found',
  catalogueNothing: (query) => `No indicator found for "${query}". Try another word or the code.`,
  catalogueFailed: 'The catalogue could not be loaded. Check the connection and try again.',
  addIndicator: 'Add',
  addIndicatorLabel: (code, title) => `Add: ${code} ${title}`,
  addIndicatorFailed: 'The indicator could not be added. Is this workbook a register? Create it first on the Start tab.',
  indicatorAdded: (id, name, code, left) => `${name} (${code}) is now in Indicatoren as ${id}.${left.length ? ` It is a context indicator; still to fill in: ${left.join(', ')}.` : ''}`,
  indicatorExists: (id, code) => `${code} was already in Indicatoren as ${id}; nothing changed.`,

  importHeading: 'Import figures into Metingen',
  importExplanation: 'A download from the Gemeente-Stadsmonitor (CSV or theme Excel) or a selection table from a Swing site (JSON). Values entered by hand are never overwritten.',
  monitorDrop: 'Drop a file here, or:',
  monitorPick: 'Choose a file',
  monitorReadingFile: 'Looking at the file…',
  monitorFileFailed: 'This file cannot be read. Choose a CSV or Excel download from the Gemeente-Stadsmonitor or a Swing selection table (.json).',
  themeSheetsLegend: (file) => `Sheets in ${file}`,
  themeSheet: (sheet, title, rows, known) => `${sheet}${title ? ` ${title}` : ''} (${count(rows, 'row', 'rows')}; ${known ? `into ${known}` : 'new indicator'})`,
  themeSheetSkipped: (sheet, problem) => `${sheet}: not imported${problem ? ` (${problem})` : ''}.`,
  themeImport: (n) => (n === 1 ? 'Import 1 sheet' : `Import ${n} sheets`),
  importAllAreas: 'Import all areas (otherwise only the register’s areas, the province and the Flemish Region)',
  swingHeading: 'Fetch from a Swing site (… in Cijfers)',
  swingSite: 'Address of the site',
  swingSiteHint: 'For example https://gent.buurtmonitor.be',
  swingVariables: 'Variable codes',
  swingVariablesHint: 'Separated by commas or spaces.',
  swingApiKey: 'API key (only if the site asks for one)',
  swingFetch: 'Fetch and import',
  importProgressLabel: 'Import progress',
  importStarting: 'Starting the import…',
  importRowsSoFar: (rows) => `${rows.toLocaleString('en-GB')} rows read…`,
  importCancelled: 'The import was cancelled. Nothing in the workbook has changed.',
  importFailed: 'The import did not work. Nothing in the workbook has changed. Try again; if it still fails, ask the administrator of the register for help.',
  importDone: (file) => `${file} has been imported.`,
  importChanged: 'Metingen has been updated.',
  importNothingChanged: 'Nothing needed to change: everything was already there.',
  importRowsRead: 'Rows read',
  importAdded: 'Added',
  importUpdated: 'Updated',
  importUnchanged: 'Unchanged',
  importConflicts: 'Conflicts',
  importEmpty: 'Without a value',
  importSkipped: 'Skipped',
  importNotSelected: 'Other areas (not imported)',
  importNotSelectedHint: 'Want other areas too? Tick "Import all areas" and import the file again.',
  importIndicatorAdded: (id, name, code, from) => `Indicator added ${from === 'catalogus' ? 'from the catalogue' : 'from the file'}: ${id} ${name}${code ? ` (${code})` : ''}.`,
  importAreaAdded: (code, name) => `Area added to Werkingsgebieden: ${name} (${code}).`,
  importAreaMapped: (from, to, values) => `${count(values, 'value', 'values')} of ${from} are now with ${to} (2025 merger).`,
  importConflictsHeading: (n) => (n === 1 ? '1 conflict' : `${n} conflicts`),
  importConflictsHint: 'These values were entered by hand and not overwritten. Choose per value which one stays; your choice goes into the Logboek.',
  resolveTakeFile: 'Take the file’s value',
  resolveTakeFileLabel: (cell) => `Take the file’s value: ${cell}`,
  resolveKeepMine: 'Keep my value',
  resolveKeepMineLabel: (cell) => `Keep my value: ${cell}`,
  resolveAll: 'Take everything from the file',
  resolveWorking: 'Saving your choice…',
  resolveFailed: 'Your choice could not be saved. Nothing has changed. Try again; if it still fails, ask the administrator of the register for help.',
  resolveDone: (taken, kept) => `${count(taken, 'value', 'values')} taken from the file, ${count(kept, 'own value', 'own values')} kept. Every choice is in the Logboek.`,
  resolveSkippedHeading: (n) => (n === 1 ? '1 value not changed' : `${n} values not changed`),
  importErrorsHeading: (n) => (n === 1 ? '1 value or line skipped' : `${n} values or lines skipped`),
  importErrorAt: (sheet, line, column) =>
    [sheet ? `sheet ${sheet}` : '', line !== null ? `${sheet ? 'row' : 'line'} ${line}` : '', column ? `column ${column}` : ''].filter(Boolean).join(', ') || 'File',
  importMoreErrors: (n) => `and ${n} more.`,

  normsHeading: 'Test against norms',
  normsExplanation: 'Tests every measurement against the norms and targets that apply, and puts the status, colour and explanation next to every value in Metingen, with an overview on the Overzicht sheet.',
  flagRun: 'Test against norms',
  flagAgain: 'Test again',
  flagWorking: 'Testing the measurements…',
  flagFailed: 'The test did not work. Try again; if it still fails, ask the administrator of the register for help.',
  flagDone: (n) => `${count(n, 'measurement', 'measurements')} tested.`,
  flagWritten: 'The statuses are in Metingen, the overview on the Overzicht sheet.',
  statusLabel: (status) => STATUS_EN[status],
  flagAttentionHeading: (n) => `Needs attention (${n})`,
  flagGapsHeading: (n) => `Missing and outdated values (${n})`,
  flagFindingsHeading: (n) => `Not tested (${n})`,
  flagRowAt: (sheet, row) => `${sheet} row ${row}`,
  flagMore: (n) => `and ${n} more; they are all in Metingen.`,
  chartHeading: 'Trend of an indicator',
  chartPick: 'Indicator and area',
  chartOption: (indicator, area, dimension) => `${indicator}, ${area}${dimension ? ` (${dimension})` : ''}`,
  chartNothing: 'There is no indicator with figures to show yet.',
  chartNoNumbers: 'This indicator has no numbers to draw.',
  chartTitle: (indicator, area) => `Trend of ${indicator} in ${area}`,
  chartDescription: (series, unit) => describeChart(series, unit, 'en'),
  chartNorm: 'Norm',
  chartBenchmark: 'Flemish Region',
  chartPeriod: 'Period',
  chartTable: 'Figures as a table',
  chartInsert: 'Put the chart in Excel',
  chartInserting: 'Inserting the chart…',
  chartInserted: (sheet) => `The chart is on sheet ${sheet}; next time it is replaced.`,
  chartInsertFailed: 'The chart could not be inserted. Try again.',

  roundStartHeading: 'Start a half-year round',
  roundStartExplanation:
    'Every chosen department gets an update form with the measurements it must fill in for the period, with the previous values and the norm each value will be tested against.',
  roundPeriod: 'Period',
  roundPeriodHint: 'Year and semester: S1 ends at the end of June, S2 at the end of December.',
  roundPeriodInvalid: 'Write the period as year-S1 or year-S2, for example 2026-S2.',
  roundOwners: 'Departments',
  roundOwner: (owner, rows, progress = 0) =>
    rows || progress
      ? `${owner} (${[rows && count(rows, 'measurement', 'measurements'), progress && count(progress, 'action or measure', 'actions and measures')].filter(Boolean).join(', ')})`
      : `${owner} (nothing to report)`,
  roundOwnersLoading: 'Looking up the departments…',
  roundOwnersNone: 'The Diensten list is empty. Fill in the departments on the Diensten sheet and give every indicator an owner.',
  roundOwnersFailed: 'The departments could not be read. Is this workbook a register? Create it first on the Start tab.',
  roundNoOwner: 'Choose at least one department.',
  roundTarget: 'Forms as',
  roundTargetSheets: 'sheets in this register',
  roundTargetFiles: 'a file per department (together in a zip)',
  roundStartRun: 'Start the round',
  roundStartWorking: 'Making the forms…',
  roundStartFailed: 'The round could not be started. Nothing has changed. Try again; if it still fails, ask the administrator of the register for help.',
  roundStarted: (period, forms) => `Round ${period} has started: ${count(forms, 'form', 'forms')}.`,
  roundStartedSheets: 'Every form is a sheet in this register. Let every department fill in its own sheet, then merge the form sheets below.',
  roundStartedFiles: (zip) => `The forms were downloaded in ${zip}. Send every department its own file and merge the filled-in files below.`,
  roundStartedNone: (period) => `None of the chosen departments has anything to report in ${period}: no form was made.`,
  roundFormsHeading: 'Measurements per form',
  roundFormLabel: (owner, where, created) => `${owner}: ${where}${created ? '' : ' (already there, not changed)'}`,
  roundNotAskedHeading: (n) => `Not asked (${n})`,
  roundNotAsked: (owner, indicator, reason) => `${owner}${indicator ? `, ${indicator}` : ''}: ${reason}.`,

  roundMergeHeading: 'Merge filled-in forms',
  roundMergeExplanation:
    'Every form is checked: the right register, round and department, and valid values. Good values go into Metingen. Where a different value is already there, you choose which one stays.',
  roundMergeDrop: 'Drop the filled-in forms (.xlsx) here, or:',
  roundMergePick: 'Choose forms',
  roundMergeSheets: 'Merge the form sheets in this register',
  roundMergeWorking: 'Merging the forms…',
  roundMergeFailed: 'The merge did not work. Nothing in the register has changed. Try again; if it still fails, ask the administrator of the register for help.',
  roundMerged: (period, forms) => `${count(forms, 'form', 'forms')} merged into round ${period}.`,
  roundMergedChanged: 'Metingen and the Logboek have been updated.',
  roundMergedNothing: 'Nothing needed to change in Metingen.',
  roundCountForms: 'Forms',
  roundCountAccepted: 'Taken over',
  roundCountUnchanged: 'Unchanged',
  roundCountConflicts: 'Conflicts',
  roundCountKept: 'Kept (register value)',
  roundCountRejected: 'Not taken over',
  roundRejectedHeading: (n) => `Not taken over (${n})`,
  roundCountProgress: 'Progress of actions and measures',
  roundProgressConflictsHeading: (n) => `Conflicts in the progress (${n})`,
  roundProgressConflictsHint: 'That value was changed by hand in the register after the form was made. Until you choose, the register’s value stays.',
  roundProgressConflictKey: (kind, code, field) => `${kind === 'actie' ? 'action' : 'measure'} ${code}, ${field}`,
  roundRejectedAt: (form, sheet, cell) => [form, sheet ? `sheet ${sheet}` : '', cell ? `cell ${cell}` : ''].filter(Boolean).join(', '),
  roundConflictsHeading: (n) => `Conflicts (${n})`,
  roundConflictsHint: 'The register already holds a different value. Until you choose, the register’s value stays.',
  roundConflictKey: (indicator, area, period, dimension) => `${indicator}, ${area}, ${period}${dimension ? `, ${dimension}` : ''}`,
  roundConflictOld: 'In the register',
  roundConflictNew: 'From the form',
  roundConflictSource: (source) => `source: ${source}`,
  roundConflictDate: (date) => `on ${date}`,
  roundAccept: 'Take over',
  roundAcceptLabel: (what) => `Take over: ${what}`,
  roundKeep: 'Keep',
  roundKeepLabel: (what) => `Keep: ${what}`,
  roundAcceptAll: 'Take over all',
  roundDecideFailed: 'Your choice could not be saved. Nothing has changed. Try again.',

  roundProgressHeading: 'Progress per department',
  roundProgressOf: (period) => `Round ${period}`,
  roundProgressNone: 'No round has been started in this register yet.',
  roundProgressRefresh: 'Refresh',
  roundProgressLoading: 'Reading the progress…',
  roundProgressFailed: 'The progress could not be read. Try Refresh; if it still fails, ask the administrator of the register for help.',
  roundColOwner: 'Department',
  roundColFilled: 'Filled in',
  roundColDeviations: 'Deviations',
  roundFilled: (filled, asked) => `${filled} of ${asked}`,
  roundStatus: (status) => ROUND_STATUS_EN[status] ?? status,
  roundMissingHeading: (owner, n) => `${owner}: ${count(n, 'value missing', 'values missing')}`,
  roundMissingItem: (k) => keyText(k),
  roundCopyReminder: 'Copy reminder',
  roundCopyReminderLabel: (owner) => `Copy reminder for ${owner}`,
  roundReminderCopied: (owner, contact) => `The reminder for ${owner} is on the clipboard. Paste it into an e-mail${contact ? ` to ${contact}` : ''}.`,
  roundReminderManual: (owner) => `Reminder for ${owner} (select and copy with Ctrl+C)`,
  roundReminder: (owner, period, missing) =>
    [
      `Dear colleagues of ${owner},`,
      '',
      `For the half-year update of ${period} ${missing.length === 1 ? 'this value is' : `these ${missing.length} values are`} still missing:`,
      ...missing.map((k) => `- ${keyText(k)}`),
      '',
      'Could you fill them in on your department’s update form and send it back? Thank you!',
    ].join('\n'),

  exportHeading: 'Export as research data',
  exportExplanation: 'Every table as a file of its own, with a datapackage.json describing them, together in one zip file.',
  exportFormat: 'Format',
  exportCsv: 'CSV (opens anywhere)',
  exportParquet: 'Parquet (for R, Python and databases)',
  exportJson: 'JSON',
  exportRun: 'Export and download',
  exportWorking: 'Making the export…',
  exportFailed: 'The export did not work. Try again; if it still fails, ask the administrator of the register for help.',
  exportDone: (tables, file) => `${count(tables, 'table', 'tables')} exported to ${file}.`,
  exportChecks: (checks) =>
    !checks
      ? ''
      : checks.errors
        ? `Note: the check found ${count(checks.errors, 'error', 'errors')}; datapackage.json says so too. See Check.`
        : `The check found no errors${checks.warnings ? ` (${count(checks.warnings, 'warning', 'warnings')})` : ''}.`,
  exportTablesHeading: 'Rows per file',

  // Report
  reportHeading: 'Half-year report',
  reportExplanation:
    'The report along the multi-year plan, for the management team, the college or the council: per objective the indicators with their status, the corrective action and the progress of actions and measures. Run Test against norms first.',
  reportPeriod: 'Half-year',
  reportCouncil: 'Only for the council (indicators with Naar de raad = ja)',
  reportSheet: 'Also put the report on the Rapport sheet (ready to print on A4 landscape)',
  reportRun: 'Make the report',
  reportWorking: 'Making the report…',
  reportFailed: 'The report could not be made. Nothing has changed. Try again; if it still fails, ask the administrator of the register for help.',
  reportFile: (period, council) => `Half-year report ${period}${council ? ' council' : ''}.docx`,
  reportDone: (period, file) => `The report of ${period} was made and downloaded as ${file}.`,
  reportSheetWritten: 'The Rapport sheet in this workbook has been updated.',
  reportEditable: 'You can still edit the Word document before it goes to the college.',
  reportSummaryHeading: 'Summary',
  reportStatusHeading: 'Indicators and areas per status',
  reportDecisions: 'Deviations without corrective action',
  reportMissing: 'Values still missing',
  reportBehind: 'Actions and measures behind schedule',
};

export const catalogue = { nl, en } as const;
export type Language = keyof typeof catalogue;

/** Office's display language (e.g. `en-US`, `nl-BE`) picks the texts; anything but English gets Dutch. */
export function languageFor(displayLanguage: string | null | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
