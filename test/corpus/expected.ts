// What the product must say about every input of the bad-input corpus (issue 9). One row per input
// and operation: the exit code of the command, a piece of the Dutch message the user reads, or the
// finding Controleer register reports. corpus.test.ts walks this table.
//
// Inputs: a file under test/corpus/ (monitor/ and cli/), `registry:<name>` for a registry made by
// registry/inputs.ts, `form:<name>` for a returned update form made by forms/inputs.ts, or a file
// made at test time by generate.ts (the 10 MB lines).

export type Operation = 'import' | 'check' | 'init' | 'export' | 'flag' | 'merge';

export interface Case {
  input: string;
  /**
   * - import: `import <registry> <input> --alle-gebieden` into a new registry of Gent, or, for a
   *   registry input, a good monitor file (registry/monitor_ok.csv) into that registry;
   * - merge: `round merge <registry> <input>` into the demo registry with the rounds of
   *   forms/inputs.ts (the form input, or for a cli/ file that file offered as a form);
   * - check: `check <input> --json`; init: `init <input>`; flag: `flag <input>`; export:
   *   `export <input> <new folder>`, or for a folder input, the demo registry exported into a copy
   *   of that folder.
   */
  operation: Operation;
  exit: 0 | 1 | 2;
  /** A piece of what the user reads (stdout and stderr together). */
  message?: string;
  /** A finding `check --json` must report: rule, and cell or (for a whole sheet) sheet. */
  finding?: { rule: string; cell?: string; sheet: string };
  /** A piece of text that must not be in what the user reads. */
  absent?: string;
  /**
   * A known failure: the product does this wrong today. The row states what is right and runs as
   * `test.failing` until the issue named fixes it; then it turns red, and this field goes.
   */
  wrong?: { today: string; issue: string };
  /**
   * merge: the measurements (`indicator | area | period`) the merge writes: the valid rest of the
   * form. Nothing else of Metingen may change, and the Logboek gains exactly these lines; none means
   * nothing of the form is written (a form rejected whole).
   */
  merged?: string[];
}

const F = (input: string, message: string, merged: string[] = []): Case => ({ input: `form:${input}`, operation: 'merge', exit: 1, message, merged });

const M = (input: string, exit: Case['exit'], message: string, more: Partial<Case> = {}): Case => ({ input: `monitor/${input}`, operation: 'import', exit, message, ...more });

/** No open issue covers these yet; the nearest is named. */
const NO_ISSUE = (nearest: string) => `nog geen issue (het dichtst: ${nearest})`;

export const cases: Case[] = [
  // Monitor files: truncated, wrong delimiter, not a CSV at all.
  M('truncated_mid_line.csv', 1, 'regel 4: de regel heeft 5 velden in plaats van 6'),
  M('truncated_in_quote.csv', 1, 'regel 4: de regel heeft een aanhalingsteken (") dat niet gesloten wordt; ze is overgeslagen.'),
  M('unclosed_quote_middle.csv', 1, 'regel 2: de regel heeft een aanhalingsteken (") dat niet gesloten wordt'),
  M('comma_delimiter_decimal_comma.csv', 1, 'regel 2: de regel heeft 7 velden in plaats van 6'),
  M('colon_delimiter.csv', 2, 'colon_delimiter.csv is geen CSV-bestand van de Gemeente-Stadsmonitor: verwacht werden de kolommen Gemeente, NIS-code, Indicator en Jaar'),
  M('tab_delimiter.csv', 0, '2 metingen toegevoegd'),
  M('cr_line_endings.csv', 0, '2 metingen toegevoegd'),
  M('html_error_page_bom.csv', 2, 'html_error_page_bom.csv is een webpagina (HTML), geen CSV-bestand van de Gemeente-Stadsmonitor'),
  M('xml_error_page.csv', 2, 'xml_error_page.csv is een webpagina (HTML)'),
  M('png_renamed.csv', 2, 'png_renamed.csv is een binair bestand, geen tekst'),
  M('pdf_renamed.csv', 2, 'pdf_renamed.csv is een PDF-document, geen gegevensbestand'),
  M('old_excel.xls', 2, 'old_excel.xls is een .xls-bestand uit een oudere Excel-versie'),
  M('registry_as_monitor.xlsx', 1, 'Tabblad Dossiers is niet ingelezen: verwacht werden de kolommen Gemeente, NIS-code, Indicator en Jaar', {
    absent: 'gebied 44021 is onbekend',
    wrong: { today: 'een register als monitorbestand wordt als themabestand gelezen (Metingen lijkt een indicatortabblad) en noemt dan 44021 een onbekend gebied, omdat de kolom Gebied als gebiedsnaam gelezen wordt', issue: NO_ISSUE('issue 18, één lezer van het register') },
  }),
  M('empty.csv', 2, 'empty.csv is leeg'),
  M('blank_lines_only.csv', 2, 'blank_lines_only.csv is leeg'),
  M('header_only.csv', 0, '0 rijen gelezen'),
  M('single_line_10mb.csv', 2, 'staan alle gegevens op één regel (zonder regeleinden)'),
  M('long_value_10mb.csv', 1, '9999…" is geen getal; verwacht werd een getal zoals 200000,0 of een lege cel.'),
  // Every byte-order mark, and Unicode without one.
  M('bom_utf8.csv', 0, '2 metingen toegevoegd'),
  M('bom_utf8_twice.csv', 0, '2 metingen toegevoegd'),
  M('bom_utf16le.csv', 2, 'bom_utf16le.csv is opgeslagen als Unicode-tekst (UTF-16)'),
  M('bom_utf16be.csv', 2, 'bom_utf16be.csv is opgeslagen als Unicode-tekst (UTF-16)'),
  M('bom_utf32le.csv', 2, 'bom_utf32le.csv is opgeslagen als Unicode-tekst (UTF-32)'),
  M('bom_utf32be.csv', 2, 'bom_utf32be.csv is opgeslagen als Unicode-tekst (UTF-32)'),
  M('utf16le_without_bom.csv', 2, 'utf16le_without_bom.csv is opgeslagen als Unicode-tekst (UTF-16)'),
  M('windows1252_accents.csv', 0, 'Indicator toegevoegd uit het bestand: IND-001 Cafés per 1000 inwoners'),
  // Values, keys and areas.
  M('mixed_decimal_styles.csv', 1, 'regel 6, kolom'),
  M('text_value.csv', 1, 'regel 2, kolom Mediaanprijs (in euro): "ca. 280000" is geen getal; verwacht werd een getal zoals 200000,0 of een lege cel.'),
  M('invalid_period.csv', 1, 'regel 2, kolom Jaar: "2023/24" is geen periode'),
  M('formula_injection.csv', 0, 'Indicator toegevoegd uit het bestand: IND-001 =HYPERLINK("https://voorbeeld.example";"klik")'),
  M('duplicate_keys.csv', 1, 'regel 4, kolom Mediaanprijs (in euro): dezelfde meting (IND-001, 44021, 2021, Alle huizen) staat ook op regel 2; alleen die eerste waarde is genomen.'),
  M('unknown_nis.csv', 1, 'regel 4: gebied Atlantis 99999 is onbekend'),
  M('nis_2024_merged.csv', 0, 'Fusiegemeente: 71022 Hasselt ingelezen als 71072 Hasselt (1 waarde).'),
  M('nis_2024_and_2025_same_value.csv', 1, 'regel 3, kolom Mediaanprijs (in euro): Hasselt (71022) is sinds de fusie deel van Hasselt (71072)'),
  M('wrong_columns.csv', 2, 'gevonden: Naam, Straat, Postcode, Gemeente'),
  M('no_measure_column.csv', 2, 'er staat geen kolom met getallen achter de kolom Jaar'),
  // Swing selection tables of the wrong shape.
  M('swing_truncated.json', 2, 'swing_truncated.json is geen geldig JSON-bestand: het bestand houdt midden in de gegevens op'),
  M('swing_array.json', 2, 'swing_array.json is geen Swing-selectietabel: verwacht werd een Swing-selectietabel met "headers" en "rows"; gevonden: een lijst'),
  M('swing_headers_text.json', 2, 'swing_headers_text.json is geen Swing-selectietabel: "headers" is geen lijst maar tekst'),
  M('swing_two_columns.json', 2, 'een selectietabel heeft minstens drie kolommen (gebied, periode en een variabele); gevonden: Geo, Inwoners'),
  M('swing_odata_response.json', 2, 'gevonden: @odata.context, value'),
  M('swing_short_rows.json', 1, 'regel 2: de rij heeft 2 cellen in plaats van 3'),
  M('swing_rows_objects.json', 1, 'regel 1: de rij', { absent: '0 cellen in plaats van 3', wrong: { today: 'een rij die een object is in plaats van een lijst heet "0 cellen"', issue: NO_ISSUE('issue 18, elk probleem een regel uit de catalogus') } }),
  M('swing_null_headers.json', 1, 'regel 1', { absent: 'kolom Indicator is leeg', wrong: { today: 'een Swing-tabel heeft geen kolom Indicator: de melding zou de lege kolomkop moeten noemen', issue: NO_ISSUE('issue 18, elk probleem een regel uit de catalogus') } }),
  M('swing_numbers_not_strings.json', 0, '2 metingen toegevoegd'),

  // Registries: what users do to them in Excel.
  { input: 'registry:sheet_normen_deleted', operation: 'check', exit: 1, finding: { rule: 'structuur.tabel-ontbreekt', sheet: 'Normen' } },
  { input: 'registry:sheet_normen_deleted', operation: 'init', exit: 0, message: 'Tabellen toegevoegd: tblNormen.' },
  { input: 'registry:sheet_metingen_deleted', operation: 'import', exit: 2, message: 'deze werkmap is geen register: de tabel tblMetingen (blad Metingen) ontbreekt' },
  { input: 'registry:sheet_metingen_deleted', operation: 'check', exit: 1, finding: { rule: 'structuur.tabel-ontbreekt', sheet: 'Metingen' } },
  { input: 'registry:sheet_systeem_deleted', operation: 'import', exit: 2, message: 'deze werkmap is geen register: de instellingen van het register (tabel tblInstellingen op het verborgen blad Systeem) ontbreken' },
  { input: 'registry:sheet_systeem_deleted', operation: 'export', exit: 2, message: 'deze werkmap is geen register: de instellingen van het register (tabel tblInstellingen op het verborgen blad Systeem) ontbreken' },
  { input: 'registry:sheet_systeem_deleted', operation: 'check', exit: 1, finding: { rule: 'structuur.instellingen-ontbreken', sheet: 'Systeem' } },
  { input: 'registry:header_waarde_renamed', operation: 'check', exit: 1, finding: { rule: 'structuur.kolom-ontbreekt', sheet: 'Metingen' }, message: 'Kolom Waarde niet gevonden in Metingen' },
  { input: 'registry:header_waarde_renamed', operation: 'import', exit: 2, message: 'in tabel tblMetingen (blad Metingen) ontbreekt de kolom Waarde' },
  { input: 'registry:header_waarde_renamed', operation: 'init', exit: 0, message: 'Kolommen toegevoegd: Waarde (tblMetingen).' },
  { input: 'registry:header_id_renamed', operation: 'check', exit: 1, finding: { rule: 'structuur.kolom-ontbreekt', sheet: 'Indicatoren' }, absent: 'Indicator  ', wrong: { today: 'zonder kolom ID meldt de controle ook "Indicator  heeft geen norm" voor elke indicator (lege ID)', issue: 'issue 18 (één lezer: elke rij met haar problemen)' } },
  { input: 'registry:header_id_renamed', operation: 'import', exit: 2, message: 'in tabel tblIndicatoren (blad Indicatoren) ontbreekt de kolom ID' },
  { input: 'registry:table_indicatoren_to_range', operation: 'check', exit: 1, finding: { rule: 'structuur.geen-tabel', sheet: 'Indicatoren' } },
  { input: 'registry:table_indicatoren_to_range', operation: 'init', exit: 1, message: 'Blad Indicatoren bestaat, maar bevat geen tabel tblIndicatoren' },
  { input: 'registry:table_indicatoren_to_range', operation: 'import', exit: 2, message: 'de tabel tblIndicatoren (blad Indicatoren) ontbreekt' },
  { input: 'registry:table_metingen_to_range', operation: 'export', exit: 1, message: 'Tabel tblMetingen (blad Metingen) ontbreekt in de werkmap en is niet geëxporteerd' },
  { input: 'registry:table_metingen_to_range', operation: 'check', exit: 1, finding: { rule: 'structuur.geen-tabel', sheet: 'Metingen' } },
  { input: 'registry:merged_cells_in_metingen', operation: 'check', exit: 1, message: 'samengevoegd', wrong: { today: 'samengevoegde cellen in een tabel worden niet gemeld (Excel staat ze in een tabel niet toe)', issue: NO_ISSUE('issue 17, het xlsx-pakket zelf lezen') } },
  { input: 'registry:merged_header_in_normen', operation: 'check', exit: 1, message: 'samengevoegd', wrong: { today: 'samengevoegde kolomkoppen worden niet gemeld', issue: NO_ISSUE('issue 17, het xlsx-pakket zelf lezen') } },
  { input: 'registry:merged_cells_in_metingen', operation: 'import', exit: 0, message: '2 metingen toegevoegd' },
  { input: 'registry:table_metingen_full_height', operation: 'import', exit: 2, message: 'tabel tblMetingen (blad Metingen) kan niet met 2 rijen groeien: ze zou voorbij de laatste rij van het blad (1.048.576) lopen' },
  { input: 'registry:table_metingen_full_height', operation: 'check', exit: 0 },
  { input: 'registry:value_in_last_row', operation: 'import', exit: 0, message: '2 metingen toegevoegd' },
  { input: 'registry:objectives_cycle', operation: 'check', exit: 1, finding: { rule: 'doelstelling.kringverwijzing', cell: 'D3', sheet: 'Doelstellingen' }, message: 'Doelstelling AP1.1 ligt via Bovenliggend onder zichzelf (AP1.1 → AC1.1.1 → AP1.1).' },
  { input: 'registry:objective_own_parent', operation: 'check', exit: 1, finding: { rule: 'doelstelling.kringverwijzing', cell: 'D7', sheet: 'Doelstellingen' } },
  { input: 'registry:schema_version_newer', operation: 'init', exit: 2, message: 'dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie 99' },
  { input: 'registry:schema_version_newer', operation: 'import', exit: 2, message: 'dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie 99' },
  { input: 'registry:schema_version_newer', operation: 'export', exit: 2, message: 'Werk Beleidsregister bij en probeer opnieuw.' },
  { input: 'registry:schema_version_newer', operation: 'check', exit: 2, message: 'dit register is gemaakt met een nieuwere versie van Beleidsregister' },
  { input: 'registry:schema_version_1', operation: 'import', exit: 2, message: 'dit register heeft schemaversie 1 en moet eerst bijgewerkt worden' },
  { input: 'registry:schema_version_1', operation: 'init', exit: 0, message: 'bijgewerkt van schemaversie 1 naar' },
  { input: 'registry:gemeente_setting_text', operation: 'import', exit: 2, message: 'deze werkmap is geen bruikbaar register: instelling gemeente heeft een ongeldige waarde (Gent).' },
  { input: 'registry:gemeente_setting_text', operation: 'export', exit: 2, message: 'instelling gemeente heeft een ongeldige waarde (Gent). Verbeter de instelling in de tabel tblInstellingen' },
  { input: 'registry:duplicate_indicator_id', operation: 'check', exit: 1, finding: { rule: 'sleutel.dubbel', cell: 'A4', sheet: 'Indicatoren' } },
  { input: 'registry:unknown_norm_indicator', operation: 'check', exit: 1, finding: { rule: 'verwijzing.onbekend', cell: 'B5', sheet: 'Normen' }, message: '"IND-099" in Indicator staat niet in Indicatoren' },
  { input: 'registry:bad_validity_date', operation: 'check', exit: 1, finding: { rule: 'waarde.datum', cell: 'L2', sheet: 'Normen' } },
  { input: 'registry:bad_validity_date', operation: 'export', exit: 1, message: '"31-13-2024" is geen bestaande datum (dd/mm/jjjj); in de export is valid_from van deze rij leeg' },
  { input: 'registry:formula_error_in_norm', operation: 'check', exit: 1, finding: { rule: 'waarde.geen-getal', cell: 'F5', sheet: 'Normen' }, message: '#DEEL/0!', absent: '#DIV/0!', wrong: { today: 'de foutwaarde wordt in het Engels genoemd (#DIV/0!), Excel toont #DEEL/0!', issue: NO_ISSUE('issue 18, meldingen uit de catalogus') } },
  { input: 'registry:sheet_metingen_renamed', operation: 'import', exit: 0, message: '2 metingen toegevoegd' },
  { input: 'registry:not_a_registry', operation: 'check', exit: 1, finding: { rule: 'structuur.tabel-ontbreekt', sheet: 'Dossiers' } },
  { input: 'registry:not_a_registry', operation: 'import', exit: 2, message: 'deze werkmap is geen register' },
  { input: 'registry:not_a_registry', operation: 'export', exit: 2, message: 'deze werkmap is geen register' },
  { input: 'registry:not_a_registry', operation: 'flag', exit: 2, message: 'deze werkmap is geen register' },
  { input: 'registry:schema_version_1', operation: 'flag', exit: 2, message: 'dit register heeft schemaversie 1 en moet eerst bijgewerkt worden' },
  { input: 'registry:schema_version_newer', operation: 'flag', exit: 2, message: 'dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie 99' },
  { input: 'registry:header_waarde_renamed', operation: 'flag', exit: 2, message: 'in tabel tblMetingen (blad Metingen) ontbreekt de kolom Waarde' },
  { input: 'registry:table_metingen_full_height', operation: 'flag', exit: 0, message: '29 metingen getoetst' },
  { input: 'registry:gemeente_setting_text', operation: 'flag', exit: 2, message: 'deze werkmap is geen bruikbaar register: instelling gemeente heeft een ongeldige waarde (Gent)' },
  { input: 'registry:sheet_systeem_deleted', operation: 'flag', exit: 2, message: 'deze werkmap is geen register: de instellingen van het register (tabel tblInstellingen op het verborgen blad Systeem) ontbreken. Voer Maak register uit' },

  // Files that are no workbook where a registry is expected.
  { input: 'cli/text_named.xlsx', operation: 'check', exit: 2, message: 'Kan text_named.xlsx niet openen: dit is geen Excel-werkmap (.xlsx).' },
  { input: 'cli/empty.xlsx', operation: 'init', exit: 2, message: 'Kan empty.xlsx niet openen: dit is geen Excel-werkmap (.xlsx).' },
  { input: 'cli/zip_not_workbook.xlsx', operation: 'check', exit: 2, message: 'Kan zip_not_workbook.xlsx niet openen: dit is geen leesbare Excel-werkmap (.xlsx)' },
  { input: 'cli/old_excel.xls', operation: 'init', exit: 2, message: 'Kan old_excel.xls niet openen: dit is een .xls-bestand uit een oudere Excel-versie.' },
  { input: 'cli/html_download.xlsx', operation: 'export', exit: 2, message: 'Kan html_download.xlsx niet openen: dit is geen Excel-werkmap (.xlsx).' },
  { input: 'cli/encrypted.xlsx', operation: 'check', exit: 2, message: 'Kan encrypted.xlsx niet openen: het bestand is beveiligd met een wachtwoord.' },
  { input: 'cli/other_datapackage', operation: 'export', exit: 2, message: 'die niet van een export van Beleidsregister is' },

  // Update forms (issue 7) as they come back: each reported per form and cell, the valid rest merged,
  // nothing of a rejected form written.
  F('other_round', 'hoort bij ronde 2026-S1, niet bij de lopende ronde 2026-S2. Voeg het samen in zijn eigen ronde: beleidsregister ronde samenvoegen <register> <formulier> --periode 2026-S1. Er is niets uit dit formulier overgenomen.', []),
  F('other_registry', 'het formulier komt uit het register van Antwerpen (11002), niet uit dit register (Gent (44021)).', []),
  F('copy_of_registry', 'het formulier hoort bij een andere ronde 2026-S2 (ronde-ID', []),
  F('other_owner', 'dienst Wonen kreeg in ronde 2026-S2 geen formulier (Milieu, Groen wel).', []),
  F('owner_swapped', 'rij 9 (IND-001 | S-PARKSTRAAT | 2026-S2) werd in deze ronde niet aan Groen gevraagd', []),
  F('edited_headers', '(blad Update, A8): de kolomkoppen Gebied, Nieuwe waarde ontbreken of werden gewijzigd; het formulier kan niet veilig gelezen worden.', []),
  F('deleted_row', 'de rij voor IND-001 | S-PARKSTRAAT | 2026-S2 ontbreekt in het formulier (verwijderd?)', ['IND-002 | 44021 | 2026']),
  F('value_wrong_unit', '(blad Update, K9): K9 (IND-001 | S-PARKSTRAAT | 2026-S2): 47 dB is in dB, maar de indicator wordt gemeten in dB(A)', ['IND-002 | 44021 | 2026']),
  F('text_in_number_cell', '(blad Update, K9): K9 (IND-001 | S-PARKSTRAAT | 2026-S2): hoog is geen getal; vul een getal in zoals 48,5', ['IND-002 | 44021 | 2026']),
  F('long_text_in_number_cell', 'K9 (IND-001 | S-PARKSTRAAT | 2026-S2): ongeveer veel', ['IND-002 | 44021 | 2026']),
  F('not_a_form', 'not_a_form.xlsx bevat geen updateformulier van Beleidsregister (geen blad met een tabel tblUpdate). Er is niets uit overgenomen.', []),
  F('registry_as_form', 'registry_as_form.xlsx bevat geen updateformulier van Beleidsregister', []),
  { input: 'cli/text_named.xlsx', operation: 'merge', exit: 1, message: 'Kan text_named.xlsx niet openen: dit is geen Excel-werkmap (.xlsx).', merged: [] },
];
