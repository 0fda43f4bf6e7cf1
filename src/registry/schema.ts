// The registry schema: the one description of the simplified Kernregistratie Beleid (DESIGN.md §2).
// Sheets, tables, dropdowns, input help, validation and documentation are all derived from it.
import type { ColumnSpec, EnumKey, EnumSpec, OwnedTableKey, OwnedTableSpec, TableKey, TableSpec } from './types';

/** Bumped whenever the schema changes; `init` upgrades a registry of a lower version. */
export const SCHEMA_VERSION = 5;

/** Hidden sheet with the registry's settings and the fixed lists. */
export const SYSTEM_SHEET = 'Systeem';
export const SETTINGS_TABLE = 'tblInstellingen';
/** Column where the fixed lists start on the system sheet (the settings table sits left of it). */
export const ENUM_FIRST_COLUMN = 5;

export const enums: Record<EnumKey, EnumSpec> = {
  documentType: {
    key: 'documentType',
    caption: 'Soort besluitdocument',
    values: ['beleidsplan', 'uitvoeringsplan', 'meerjarenplan', 'omgevingsplan', 'ruimtelijk uitvoeringsplan', 'reglement', 'besluit', 'andere'],
  },
  decisionBody: {
    key: 'decisionBody',
    caption: 'Besluitorgaan',
    values: ['gemeenteraad', 'college van burgemeester en schepenen', 'burgemeester', 'raad voor maatschappelijk welzijn', 'vast bureau', 'andere'],
  },
  indicatorCharacter: { key: 'indicatorCharacter', caption: 'Kenmerk indicator', values: ['systeem', 'effect', 'transitie'] },
  indicatorKind: { key: 'indicatorKind', caption: 'Soort indicator', values: ['input', 'output', 'outcome', 'impact'] },
  direction: { key: 'direction', caption: 'Gewenste richting', values: ['hoger is beter', 'lager is beter'] },
  frequency: {
    key: 'frequency',
    caption: 'Frequentie',
    values: ['maandelijks', 'driemaandelijks', 'halfjaarlijks', 'jaarlijks', 'tweejaarlijks', 'driejaarlijks', 'zesjaarlijks', 'eenmalig'],
  },
  normKind: { key: 'normKind', caption: 'Soort norm', values: ['norm', 'streefwaarde', 'tussentijdse streefwaarde'] },
  operator: { key: 'operator', caption: 'Operator', values: ['max', 'min', 'tussen', 'gelijk', 'toename max. %', 'afname min. %'] },
  objectiveLevel: { key: 'objectiveLevel', caption: 'Niveau doelstelling', values: ['beleidsdoelstelling', 'actieplan', 'actie'] },
  areaLevel: {
    key: 'areaLevel',
    caption: 'Niveau werkingsgebied',
    values: ['gewest', 'provincie', 'gemeente', 'deelgemeente', 'wijk', 'buurt', 'straat', 'plangebied'],
  },
  measureStatus: { key: 'measureStatus', caption: 'Status maatregel', values: ['gepland', 'in uitvoering', 'uitgevoerd', 'uitgesteld', 'stopgezet'] },
  yesNo: { key: 'yesNo', caption: 'Ja/nee', values: ['ja', 'nee'] },
  // Schema version 4: the role of an indicator and the life cycle of indicators and objectives.
  indicatorRole: { key: 'indicatorRole', caption: 'Rol indicator', values: ['beleidsindicator', 'contextindicator'] },
  lifecycle: { key: 'lifecycle', caption: 'Status levensloop', values: ['actief', 'afgewerkt', 'stopgezet'] },
  followUpStatus: { key: 'followUpStatus', caption: 'Status opvolging', values: ['open', 'afgerond'] },
};

// Small builders keep the table definitions below readable; they add nothing but defaults.
const id = (prefix: string): ColumnSpec<'id'> => ({
  key: 'id',
  caption: 'ID',
  type: 'id',
  required: true,
  help: `Unieke code van de rij, bv. ${prefix}-001. Verander een ID niet meer nadat andere tabellen ernaar verwijzen.`,
});
const area = (help = 'Het gebied waarvoor dit geldt. Kies uit de lijst Werkingsgebieden (gemeente, deelgemeente, wijk, straat …).'): ColumnSpec<'area'> => ({
  key: 'area',
  caption: 'Werkingsgebied',
  type: 'text',
  ref: 'areas',
  help,
});
const owner = (help: string): ColumnSpec<'owner'> => ({ key: 'owner', caption: 'Eigenaar', type: 'text', ref: 'departments', help });
const plan: ColumnSpec<'plan'> = {
  key: 'plan',
  caption: 'MJP-koppeling',
  type: 'text',
  ref: 'objectives',
  help: 'Code van de doelstelling, het actieplan of de actie in het meerjarenplan waaraan dit bijdraagt (tabel Doelstellingen).',
};
const unit = (help: string): ColumnSpec<'unit'> => ({ key: 'unit', caption: 'Eenheid', type: 'text', help });
const description = (help: string, required = false): ColumnSpec<'description'> => ({ key: 'description', caption: 'Omschrijving', type: 'longtext', required, help });
/** The life cycle of an indicator or objective (schema version 4): only active rows are asked and checked. */
const lifecycle = (what: string): ColumnSpec<'status' | 'statusSince'>[] => [
  {
    key: 'status',
    caption: 'Status',
    type: 'text',
    enum: 'lifecycle',
    default: 'actief',
    help: `actief, afgewerkt of stopgezet. Een afgewerkte of stopgezette ${what} wordt niet meer gevraagd of gecontroleerd; de metingen en de geschiedenis blijven. Leeg = actief.`,
  },
  { key: 'statusSince', caption: 'Status sinds', type: 'date', help: 'Sinds wanneer de status geldt, als dd/mm/jjjj, bv. de datum van het besluit om te stoppen.' },
];

/**
 * What the owner of an action or measure reports in the half-year round (issue 19 §3); a merge of
 * the round's forms writes it here, with a Logboek line, and the report shows it.
 */
const progressColumns = (what: string): ColumnSpec<'realisation' | 'progressComment' | 'progressPeriod'>[] => [
  {
    key: 'realisation',
    caption: 'Realisatie (%)',
    type: 'number',
    help: `Hoever de ${what} gerealiseerd is, als percentage van 0 tot 100. Gemeld door de eigenaar in de halfjaarlijkse ronde.`,
  },
  { key: 'progressComment', caption: 'Toelichting voortgang', type: 'longtext', help: `Korte toelichting van de eigenaar bij de voortgang van de ${what}, uit de halfjaarlijkse ronde.` },
  { key: 'progressPeriod', caption: 'Voortgang van', type: 'period', help: 'Het halfjaar waarvoor de voortgang laatst gemeld werd, bv. 2026-S1. Wordt ingevuld door Ronde samenvoegen.' },
];

/** Written by Toets aan normen on every measurement (schema version 3); never typed by hand. */
const computed = (what: string) => `${what} Wordt ingevuld door Toets aan normen; niet zelf invullen.`;
const flagColumns: ColumnSpec<'normId' | 'normOperator' | 'normValue' | 'normUpper' | 'normReference' | 'normScale'>[] = [
  { key: 'normId', caption: 'Norm (ID)', type: 'text', help: computed('De norm of streefwaarde waaraan de waarde getoetst werd, bv. NRM-001.') },
  {
    key: 'normOperator',
    caption: 'Operator',
    type: 'text',
    help: computed('Hoe de waarde getoetst wordt: max, min, tussen, gelijk, toename max. % of afname min. %.'),
  },
  { key: 'normValue', caption: 'Normwaarde', type: 'value', help: computed('De grens die nu geldt: de normwaarde, of bij een streefwaarde de waarde op het streefpad voor deze periode.') },
  { key: 'normUpper', caption: 'Bovengrens', type: 'value', help: computed('Alleen bij operator tussen: de bovengrens.') },
  { key: 'normReference', caption: 'Referentiewaarde', type: 'number', help: computed('Alleen bij toename of afname: de gemeten waarde in de referentieperiode van de norm.') },
  { key: 'normScale', caption: 'Schaal', type: 'text', help: computed('Alleen bij een ordinale schaal: de labels van best naar slechtst, zoals bij de indicator.') },
];

/**
 * A table with its key and column keys as literal types (ColumnKey below), so reading a row by a key
 * the table does not have fails to compile. Adds nothing at run time.
 */
const defineTable = <const T extends TableKey, const K extends string>(spec: TableSpec<K> & { readonly key: T }): TableSpec<K> & { readonly key: T } => spec;

const baseTables = [
  defineTable({
    key: 'dossiers',
    kind: 'base',
    sheet: 'Dossiers',
    table: 'tblDossiers',
    description: 'Een beleidsdossier: het thema of project waarbinnen beleid gemaakt wordt.',
    keyColumn: 'id',
    idPrefix: 'DOS',
    columns: [
      id('DOS'),
      { key: 'name', caption: 'Naam', type: 'text', required: true, help: 'Korte naam van het beleidsdossier, bv. Geluid of Groen in de wijk.' },
      { key: 'theme', caption: 'Thema', type: 'text', ref: 'themes', help: "Kies het thema uit de lijst Thema's." },
      area(),
      owner('De dienst die het dossier trekt. Kies uit de lijst Diensten.'),
      description('Waarover het dossier gaat, in een paar zinnen.'),
    ],
  }),
  defineTable({
    key: 'documents',
    kind: 'base',
    sheet: 'Besluitdocumenten',
    table: 'tblBesluitdocumenten',
    description: 'Een besluit of plan waarin beleid is vastgelegd (beleidsplan, meerjarenplan, omgevingsplan …).',
    keyColumn: 'id',
    idPrefix: 'BES',
    columns: [
      id('BES'),
      { key: 'dossier', caption: 'Dossier', type: 'text', ref: 'dossiers', help: 'ID van het beleidsdossier waartoe dit document hoort, bv. DOS-001.' },
      { key: 'title', caption: 'Titel', type: 'text', required: true, help: 'Titel van het document zoals het besloten is, bv. Beleidsplan Geluid 2030.' },
      { key: 'kind', caption: 'Soort', type: 'text', required: true, enum: 'documentType', help: 'Soort document: beleidsplan, uitvoeringsplan, meerjarenplan, omgevingsplan …' },
      { key: 'body', caption: 'Besluitorgaan', type: 'text', enum: 'decisionBody', help: 'Wie het besluit nam, bv. gemeenteraad of college van burgemeester en schepenen.' },
      { key: 'decided', caption: 'Besluitdatum', type: 'date', help: 'Datum van het besluit, als dd/mm/jjjj.' },
      { key: 'location', caption: 'Vindplaats', type: 'url', help: 'Waar het document te vinden is: een webadres (https://…) of het nummer in het documentbeheersysteem.' },
      area(),
    ],
  }),
  defineTable({
    key: 'indicators',
    kind: 'base',
    sheet: 'Indicatoren',
    table: 'tblIndicatoren',
    description: 'Een beleidsindicator: wat gemeten wordt om te zien of het beleid werkt.',
    keyColumn: 'id',
    idPrefix: 'IND',
    columns: [
      id('IND'),
      { key: 'name', caption: 'Naam', type: 'text', required: true, help: 'Naam van de indicator, bv. Geluidsdruk gevel.' },
      { key: 'definition', caption: 'Definitie', type: 'longtext', help: 'Wat precies gemeten wordt en hoe (teller, noemer, meetmethode).' },
      unit('Eenheid van de waarden, bv. dB(A), km, %, euro, aantal, label.'),
      { key: 'theme', caption: 'Thema', type: 'text', ref: 'themes', help: "Kies het thema uit de lijst Thema's." },
      { key: 'aspect', caption: 'Aspect', type: 'text', ref: 'aspects', help: 'Kies het aspect binnen het thema uit de lijst Aspecten.' },
      {
        key: 'character',
        caption: 'Kenmerk',
        type: 'text',
        enum: 'indicatorCharacter',
        help: 'systeem: de toestand van het systeem (bv. geluidsdruk); effect: de gevolgen van het systeem voor de leefomgeving (bv. slaapverstoorden); transitie: de inspanning om het systeem te veranderen (bv. sensibiliseringscampagnes).',
      },
      { key: 'kind', caption: 'Soort', type: 'text', enum: 'indicatorKind', help: 'input, output, outcome of impact.' },
      { key: 'direction', caption: 'Gewenste richting', type: 'text', enum: 'direction', help: 'hoger is beter of lager is beter: bepaalt of een stijging goed of slecht nieuws is.' },
      {
        key: 'scale',
        caption: 'Schaal',
        type: 'text',
        help: 'Alleen voor een ordinale schaal: de labels van best naar slechtst, gescheiden door ;. Bv. A++;A+;A;B;C;D;E;F voor een energielabel.',
      },
      {
        key: 'source',
        caption: 'Bron',
        type: 'text',
        help: 'Waar de cijfers vandaan komen, bv. Gemeente-Stadsmonitor of eigen telling. Cijfers van de Gemeente-Stadsmonitor komen met de import; de andere worden in de halfjaarlijkse ronde gevraagd.',
      },
      { key: 'sourceCode', caption: 'Broncode', type: 'text', help: 'Code van de indicator bij de bron, bv. WO_07 in de Gemeente-Stadsmonitor of een eigen code.' },
      { key: 'frequency', caption: 'Frequentie', type: 'text', enum: 'frequency', help: 'Hoe vaak er een nieuwe waarde komt. Goed is minstens jaarlijks, halfjaarlijks waar het beleid dat vraagt.' },
      owner('De dienst die de indicator opvolgt en er invloed op heeft. Kies uit de lijst Diensten.'),
      plan,
      // Added in schema version 2; at the end, where init puts it in an upgraded registry too.
      {
        key: 'nextUpdate',
        caption: 'Volgende update',
        type: 'text',
        help: 'Wanneer de bron de volgende cijfers aankondigt, bv. november 2024. Wordt ingevuld uit de catalogus van de Gemeente-Stadsmonitor.',
      },
      // Added in schema version 4: the role (DESIGN.md §2) and the life cycle.
      {
        key: 'role',
        caption: 'Rol',
        type: 'text',
        enum: 'indicatorRole',
        default: 'beleidsindicator',
        help: 'beleidsindicator: draagt het beleid (eigenaar, norm, koppeling aan het meerjarenplan). contextindicator: geeft context (bv. bevolking, monitorreeksen) en krijgt die controles niet. Leeg = beleidsindicator.',
      },
      ...lifecycle('indicator'),
      // Also schema version 4: a value is due in the first half-year round after it can exist.
      {
        key: 'availableAfter',
        caption: 'Beschikbaar na',
        type: 'number',
        help: 'Hoeveel maanden na het einde van de periode de waarde bekend is, bv. 4 als de cijfers van een jaar in april verschijnen. Leeg = meteen.',
      },
      // Also schema version 4, for the half-year report: the subset of KPIs that goes to the council.
      {
        key: 'council',
        caption: 'Naar de raad',
        type: 'text',
        enum: 'yesNo',
        help: 'ja als deze indicator in het rapport voor de gemeenteraad staat (beleidsregister rapport --raad); anders nee of leeg.',
      },
    ],
  }),
  defineTable({
    key: 'norms',
    kind: 'base',
    sheet: 'Normen',
    table: 'tblNormen',
    description: 'Een beleidsnorm of streefwaarde op een indicator, uit een besluitdocument.',
    keyColumn: 'id',
    idPrefix: 'NRM',
    columns: [
      id('NRM'),
      { key: 'indicator', caption: 'Indicator', type: 'text', required: true, ref: 'indicators', help: 'ID van de indicator waarop de norm geldt, bv. IND-001.' },
      { key: 'document', caption: 'Besluitdocument', type: 'text', ref: 'documents', help: 'ID van het besluitdocument dat de norm vastlegt, bv. BES-001.' },
      { key: 'kind', caption: 'Soort', type: 'text', required: true, enum: 'normKind', help: 'norm (een grens), streefwaarde (een doel tegen een datum) of tussentijdse streefwaarde (een tussenstap).' },
      {
        key: 'operator',
        caption: 'Operator',
        type: 'text',
        required: true,
        enum: 'operator',
        help: 'max, min, tussen (met Bovengrens), gelijk, toename max. % of afname min. % (tegenover de Referentieperiode).',
      },
      { key: 'value', caption: 'Waarde', type: 'value', required: true, help: 'De normwaarde: een getal (48 of 0,4) of een label van de schaal van de indicator (B).' },
      { key: 'upper', caption: 'Bovengrens', type: 'value', help: 'Alleen bij operator tussen: de bovengrens. Waarde is dan de ondergrens.' },
      unit('Eenheid van de normwaarde; moet gelijk zijn aan die van de indicator.'),
      {
        key: 'referencePeriod',
        caption: 'Referentieperiode',
        type: 'period',
        help: 'Vertrekpunt voor toename/afname en voor streefwaarden, bv. 2020 of 2023-S1.',
      },
      { key: 'targetDate', caption: 'Streefdatum', type: 'date', help: 'Bij een (tussentijdse) streefwaarde: de datum waarop de waarde bereikt moet zijn, als dd/mm/jjjj.' },
      { key: 'target', caption: 'Bij streefwaarde', type: 'text', ref: 'norms', help: 'Bij een tussentijdse streefwaarde: ID van de streefwaarde waartoe ze hoort, bv. NRM-004.' },
      { key: 'validFrom', caption: 'Geldig van', type: 'date', help: 'Eerste dag waarop de norm geldt, als dd/mm/jjjj.' },
      { key: 'validTo', caption: 'Geldig tot', type: 'date', help: 'Laatste dag waarop de norm geldt, als dd/mm/jjjj. Leeg = zonder einddatum.' },
      area('Het gebied waarvoor de norm geldt. Leeg = de hele gemeente. Kies uit de lijst Werkingsgebieden.'),
      { key: 'sector', caption: 'Sector', type: 'text', ref: 'sectors', help: 'Alleen als de norm voor één sector geldt. Kies uit de lijst Sectoren.' },
      { key: 'livingEnvironment', caption: 'Leefomgeving', type: 'text', ref: 'livingEnvironment', help: 'Alleen als de norm voor één soort object geldt. Kies uit de lijst Leefomgeving.' },
      { key: 'material', caption: 'Materiaal', type: 'text', ref: 'materialFlows', help: 'Alleen als de norm voor één materiaalstroom geldt. Kies uit de lijst Materiaalstromen.' },
      { key: 'dimension', caption: 'Dimensie', type: 'text', help: 'Alleen als de norm voor één uitsplitsing van de metingen geldt, bv. Open bebouwing.' },
      { key: 'method', caption: 'Rekenmethode', type: 'longtext', help: 'Hoe de toetsing gebeurt, als dat niet vanzelf spreekt (bv. jaargemiddelde, 95-percentiel).' },
      // Issue 16: every norm that applies is tested; one replaces another only when it says so here.
      {
        key: 'replaces',
        caption: 'Vervangt',
        type: 'text',
        ref: 'norms',
        help: 'Alleen als deze norm een andere vervangt in haar gebied: ID van die norm, bv. NRM-001 voor een eigen max. van een wijk. Anders gelden beide.',
      },
    ],
  }),
  defineTable({
    key: 'rules',
    kind: 'base',
    sheet: 'Regels',
    table: 'tblRegels',
    description: 'Een kwalitatieve beleidsregel uit een besluitdocument (zonder getal).',
    keyColumn: 'id',
    idPrefix: 'REG',
    columns: [
      id('REG'),
      { key: 'document', caption: 'Besluitdocument', type: 'text', ref: 'documents', help: 'ID van het besluitdocument dat de regel vastlegt, bv. BES-001.' },
      description('De regel zelf, bv. Nieuwe speelplaatsen worden groen aangelegd.', true),
      area(),
    ],
  }),
  defineTable({
    key: 'measures',
    kind: 'base',
    sheet: 'Maatregelen',
    table: 'tblMaatregelen',
    description: 'Een beleidsmaatregel: wat de gemeente doet om een norm of streefwaarde te halen.',
    keyColumn: 'id',
    idPrefix: 'MAA',
    columns: [
      id('MAA'),
      { key: 'name', caption: 'Naam', type: 'text', required: true, help: 'Korte naam van de maatregel, bv. Stil asfalt Parkstraat.' },
      { key: 'document', caption: 'Besluitdocument', type: 'text', ref: 'documents', help: 'ID van het besluitdocument dat de maatregel vastlegt, bv. BES-002.' },
      area(),
      owner('De dienst die de maatregel uitvoert. Kies uit de lijst Diensten.'),
      { key: 'start', caption: 'Start', type: 'date', help: 'Startdatum van de maatregel, als dd/mm/jjjj.' },
      { key: 'end', caption: 'Einde', type: 'date', help: 'Einddatum van de maatregel, als dd/mm/jjjj. Leeg = doorlopend.' },
      { key: 'status', caption: 'Status', type: 'text', enum: 'measureStatus', help: 'gepland, in uitvoering, uitgevoerd, uitgesteld of stopgezet.' },
      plan,
      // Schema version 5: the progress the owner reports in the round (issue 19 §3).
      ...progressColumns('maatregel'),
    ],
  }),
  defineTable({
    key: 'intendedEffects',
    kind: 'base',
    sheet: 'BeoogdeEffecten',
    table: 'tblBeoogdeEffecten',
    description: 'Het effect dat een maatregel moet hebben op een norm, in de eenheid van die norm.',
    keyColumn: 'id',
    idPrefix: 'EFF',
    columns: [
      id('EFF'),
      { key: 'measure', caption: 'Maatregel', type: 'text', required: true, ref: 'measures', help: 'ID van de maatregel, bv. MAA-001.' },
      { key: 'norm', caption: 'Norm', type: 'text', required: true, ref: 'norms', help: 'ID van de norm waarop de maatregel werkt, bv. NRM-001.' },
      { key: 'effect', caption: 'Effect', type: 'number', required: true, help: 'De beoogde verandering als getal met teken: -3 voor 3 dB(A) minder, 0,1 voor 0,1 km meer.' },
      unit('Eenheid van het effect; gelijk aan die van de norm.'),
      area(),
      { key: 'byDate', caption: 'Tegen datum', type: 'date', help: 'Wanneer het effect bereikt moet zijn, als dd/mm/jjjj.' },
      // Added in schema version 3: the change measured in the area, next to the intended effect. Not
      // the measure's effect (issue 16 §6): whether that occurs is a question for research.
      {
        key: 'measuredEffect',
        caption: 'Verandering in het gebied sinds de start',
        formerCaptions: ['Gemeten effect'],
        type: 'number',
        help: computed('Laatste meting na de start van de maatregel min de laatste ervoor. Niet het effect van de maatregel: of dat optreedt, is een vraag voor onderzoek.'),
      },
      {
        key: 'measuredComparison',
        caption: 'Beoogd effect en verandering',
        formerCaptions: ['Beoogd en gemeten'],
        type: 'text',
        help: computed('Het beoogde effect naast de verandering in het gebied, met de metingen die vergeleken werden.'),
      },
    ],
  }),
  defineTable({
    key: 'intendedExecutions',
    kind: 'base',
    sheet: 'BeoogdeUitvoeringen',
    table: 'tblBeoogdeUitvoeringen',
    description: 'Hoe een maatregel een kwalitatieve beleidsregel uitvoert.',
    keyColumn: 'id',
    idPrefix: 'UIT',
    columns: [
      id('UIT'),
      { key: 'measure', caption: 'Maatregel', type: 'text', required: true, ref: 'measures', help: 'ID van de maatregel, bv. MAA-002.' },
      { key: 'rule', caption: 'Regel', type: 'text', ref: 'rules', help: 'ID van de beleidsregel die de maatregel uitvoert, bv. REG-001.' },
      description('Wat de maatregel voor deze regel doet.', true),
      // Added in schema version 4.
      area(),
    ],
  }),
  defineTable({
    key: 'objectives',
    kind: 'base',
    sheet: 'Doelstellingen',
    table: 'tblDoelstellingen',
    description: 'De boom van het meerjarenplan: beleidsdoelstellingen, actieplannen en acties.',
    keyColumn: 'code',
    columns: [
      { key: 'code', caption: 'Code', type: 'id', required: true, help: 'Code uit het meerjarenplan, bv. BD1, AP1.2 of AC1.2.3. Uniek in deze tabel.' },
      { key: 'level', caption: 'Niveau', type: 'text', required: true, enum: 'objectiveLevel', help: 'beleidsdoelstelling, actieplan (onder een beleidsdoelstelling) of actie (onder een actieplan).' },
      { key: 'title', caption: 'Titel', type: 'text', required: true, help: 'Titel zoals in het meerjarenplan.' },
      { key: 'parent', caption: 'Bovenliggend', type: 'text', ref: 'objectives', help: 'Code van de bovenliggende doelstelling of het actieplan. Leeg bij een beleidsdoelstelling.' },
      { key: 'priority', caption: 'Prioritair', type: 'text', enum: 'yesNo', help: 'ja als dit een prioritair actieplan of prioritaire actie is in de strategische nota.' },
      owner('De dienst die dit opvolgt. Kies uit de lijst Diensten.'),
      // Added in schema version 4.
      ...lifecycle('doelstelling'),
      // Schema version 5: for an actie, the progress its owner reports in the round (issue 19 §3).
      {
        key: 'progress',
        caption: 'Voortgang',
        type: 'text',
        enum: 'measureStatus',
        help: 'Alleen bij een actie: gepland, in uitvoering, uitgevoerd, uitgesteld of stopgezet, zoals de eigenaar het meldt in de halfjaarlijkse ronde.',
      },
      ...progressColumns('actie'),
    ],
  }),
  defineTable({
    key: 'measurements',
    kind: 'base',
    sheet: 'Metingen',
    table: 'tblMetingen',
    description: 'Eén gemeten waarde van een indicator, voor één gebied, periode en dimensie.',
    naturalKey: ['indicator', 'area', 'period', 'dimension'],
    columns: [
      { key: 'indicator', caption: 'Indicator', type: 'text', required: true, ref: 'indicators', help: 'ID van de indicator, bv. IND-001.' },
      { key: 'area', caption: 'Gebied', type: 'text', required: true, ref: 'areas', help: 'Het gebied van de meting. Kies uit de lijst Werkingsgebieden.' },
      { key: 'period', caption: 'Periode', type: 'period', required: true, help: 'Jaar (2023), semester (2023-S1 of 2023-S2), kwartaal (2023-Q2) of maand (2023-06).' },
      { key: 'dimension', caption: 'Dimensie', type: 'text', blankKeyAs: '(totaal)', help: 'Uitsplitsing van de meting, bv. Open bebouwing. Leeg = totaal.' },
      { key: 'value', caption: 'Waarde', type: 'value', help: 'De gemeten waarde: een getal of een label van de schaal van de indicator.' },
      unit('Eenheid van de waarde; gelijk aan die van de indicator.'),
      { key: 'source', caption: 'Bron', type: 'text', help: 'Waar de waarde vandaan komt, bv. Gemeente-Stadsmonitor of update dienst Milieu 2026-S1.' },
      { key: 'retrieved', caption: 'Opgehaald op', type: 'date', help: 'Datum waarop de waarde werd opgehaald of ingevuld, als dd/mm/jjjj.' },
      { key: 'status', caption: 'Status', type: 'text', help: 'Wordt berekend door Toets aan normen (OK, Afwijking, Op koers …). Niet zelf invullen.' },
      { key: 'comment', caption: 'Toelichting', type: 'longtext', help: 'Uitleg bij de waarde, bv. een trendbreuk of een andere meetmethode.' },
      // Added in schema version 2 for the monitor import; at the end, as in an upgraded registry.
      {
        key: 'file',
        caption: 'Bestand',
        type: 'text',
        help: 'Het bestand of webadres waaruit de waarde werd ingelezen, bv. WO_07_mediaanprijs_huizen.csv. Leeg bij een waarde die met de hand werd ingevuld.',
      },
      {
        key: 'sourceValue',
        caption: 'Bronwaarde',
        type: 'value',
        help: 'De waarde zoals de import ze uit het bestand las. Niet zelf wijzigen: verschilt Waarde ervan, dan weet een volgende import dat u de waarde met de hand aanpaste, en overschrijft hij ze niet.',
      },
      // Added in schema version 3 for Toets aan normen: the test that applies to the row, written
      // next to the value so the colouring of Waarde is a conditional format that needs no add-in.
      ...flagColumns,
      // Issue 16: the explanation in a cell, which every Excel shows (notes need ExcelApi 1.18).
      { key: 'flagExplanation', caption: 'Toelichting toets', type: 'longtext', help: computed('Waarom de waarde deze status kreeg: elke norm en streefwaarde waaraan ze getoetst werd.') },
    ],
  }),
  defineTable({
    key: 'followUps',
    kind: 'base',
    sheet: 'Opvolging',
    table: 'tblOpvolging',
    description: 'Wat beslist werd over een afwijking (de bijsturing), en of het al gedaan is (issue 19).',
    naturalKey: ['indicator', 'area', 'period', 'decision'],
    columns: [
      { key: 'indicator', caption: 'Indicator', type: 'text', required: true, ref: 'indicators', help: 'ID van de indicator waarvan de waarde afwijkt, bv. IND-001.' },
      { key: 'area', caption: 'Gebied', type: 'text', required: true, ref: 'areas', help: 'Het gebied van de meting die afwijkt. Kies uit de lijst Werkingsgebieden.' },
      { key: 'period', caption: 'Periode', type: 'period', required: true, help: 'De periode van de meting die afwijkt, bv. 2026-S1.' },
      { key: 'deviation', caption: 'Afwijking', type: 'longtext', help: 'Waarin de waarde afwijkt, bv. 49,1 dB(A) ligt boven de norm max. 48 dB(A).' },
      { key: 'decision', caption: 'Beslissing of actie', type: 'longtext', required: true, help: 'Wat er aan de afwijking gedaan wordt: de beslissing of de actie.' },
      { key: 'by', caption: 'Door wie', type: 'text', help: 'Wie de actie uitvoert: een dienst of een persoon.' },
      { key: 'due', caption: 'Tegen wanneer', type: 'date', help: 'Wanneer de actie klaar moet zijn, als dd/mm/jjjj.' },
      { key: 'status', caption: 'Status', type: 'text', required: true, enum: 'followUpStatus', help: 'open zolang de actie loopt, afgerond als ze gedaan is.' },
    ],
  }),
];

const name = (caption: string, help: string): ColumnSpec<'name'> => ({ key: 'name', caption, type: 'text', required: true, help });
const listDescription = description('Wat eronder valt, als de naam niet volstaat.');
/** Two-level lists (hoofdtype / subtype): a row without Hoofdtype is itself a hoofdtype. */
const twoLevel = <const T extends TableKey>(key: T, sheet: string, table: string, caption: string, what: string) =>
  defineTable({
    key,
    kind: 'list',
    sheet,
    table,
    description: `Keuzelijst ${what}, in twee niveaus: hoofdtype en subtype.`,
    keyColumn: 'name',
    columns: [
      name(caption, `Naam zoals ze in de keuzelijsten verschijnt. Uniek in deze lijst.`),
      { key: 'parent', caption: 'Hoofdtype', type: 'text', ref: key, help: 'Het hoofdtype waaronder dit valt. Leeg als dit zelf een hoofdtype is.' },
      listDescription,
    ],
  });

const listTables = [
  defineTable({
    key: 'themes',
    kind: 'list',
    sheet: "Thema's",
    table: 'tblThemas',
    description: 'Keuzelijst van de beleidsthema’s (standaard de thema’s van de Gemeente-Stadsmonitor).',
    keyColumn: 'name',
    columns: [name('Thema', 'Naam van het thema. Uniek in deze lijst.'), listDescription],
  }),
  defineTable({
    key: 'aspects',
    kind: 'list',
    sheet: 'Aspecten',
    table: 'tblAspecten',
    description: 'Keuzelijst van aspecten, elk binnen een thema.',
    keyColumn: 'name',
    columns: [
      name('Aspect', 'Naam van het aspect. Uniek in deze lijst.'),
      { key: 'theme', caption: 'Thema', type: 'text', required: true, ref: 'themes', help: "Het thema waarbinnen dit aspect valt. Kies uit de lijst Thema's." },
      listDescription,
    ],
  }),
  twoLevel('sectors', 'Sectoren', 'tblSectoren', 'Sector', 'van sectoren'),
  twoLevel('livingEnvironment', 'Leefomgeving', 'tblLeefomgeving', 'Object', 'van objecten in de leefomgeving'),
  twoLevel('materialFlows', 'Materiaalstromen', 'tblMateriaalstromen', 'Materiaalstroom', 'van materiaalstromen'),
  defineTable({
    key: 'areas',
    kind: 'list',
    sheet: 'Werkingsgebieden',
    table: 'tblWerkingsgebieden',
    description: 'Keuzelijst van de gebieden waarvoor beleid, normen en metingen gelden.',
    keyColumn: 'code',
    columns: [
      {
        key: 'code',
        caption: 'Code',
        type: 'id',
        required: true,
        help: 'Code van het gebied: de NIS-code voor gewest, provincie en gemeente (bv. 44021), anders een eigen code (bv. W-BINNENSTAD).',
      },
      { key: 'name', caption: 'Naam', type: 'text', required: true, help: 'Naam van het gebied, bv. Gent, Binnenstad of Parkstraat.' },
      { key: 'level', caption: 'Niveau', type: 'text', required: true, enum: 'areaLevel', help: 'gewest, provincie, gemeente, deelgemeente, wijk, buurt, straat of plangebied.' },
      { key: 'nis', caption: 'NIS-code', type: 'text', help: 'Officiële NIS-code (van 2025) als het gebied er een heeft, bv. 44021 of een statistische sector.' },
      { key: 'parent', caption: 'Bovenliggend', type: 'text', ref: 'areas', help: 'Code van het gebied waarin dit gebied ligt, bv. de gemeente voor een wijk.' },
    ],
  }),
  defineTable({
    key: 'departments',
    kind: 'list',
    sheet: 'Diensten',
    table: 'tblDiensten',
    description: 'Keuzelijst van de diensten die eigenaar zijn van dossiers, indicatoren en maatregelen.',
    keyColumn: 'name',
    columns: [
      name('Dienst', 'Naam van de dienst, bv. Milieu of Mobiliteit. Uniek in deze lijst.'),
      { key: 'contact', caption: 'Contact', type: 'text', help: 'E-mailadres of naam van de contactpersoon, voor de halfjaarlijkse update.' },
      listDescription,
    ],
  }),
];

/** Every table of the registry, in sheet order: base tables first, then the choice lists. */
export const tables: readonly TableSpec[] = [...baseTables, ...listTables];

type SchemaTable = (typeof baseTables)[number] | (typeof listTables)[number];
/** The column keys of a table of the schema, as a literal union: ColumnKey<'measurements'> is 'indicator' | 'area' | …. */
export type ColumnKey<T extends TableKey> = Extract<SchemaTable, { readonly key: T }>['columns'][number]['key'];

/** A version of the schema: what `init` lays out and upgrades to. */
export interface RegistrySchema {
  version: number;
  tables: readonly TableSpec[];
}

export const registrySchema: RegistrySchema = { version: SCHEMA_VERSION, tables };

/** A table of the schema, with its column keys as literal types (tableSpec('measurements').naturalKey holds 'dimension'). */
export function tableSpec<T extends TableKey>(key: T): Extract<SchemaTable, { readonly key: T }> {
  const spec = tables.find((t) => t.key === key);
  if (!spec) throw new Error(`Onbekende tabel in het schema: ${key}`);
  return spec as Extract<SchemaTable, { readonly key: T }>;
}

/** The caption a schema column has in a fresh registry, e.g. captionOf('measurements', 'area') is Gebied. */
export function captionOf<T extends TableKey>(table: T, column: ColumnKey<T>): string {
  const spec = tableSpec(table).columns.find((c) => c.key === column);
  if (!spec) throw new Error(`Onbekende kolom ${column} in tabel ${table} van het schema.`);
  return spec.caption;
}

/** The column another table's values must match, for a table that is referred to. */
export function keyColumnOf(spec: TableSpec): ColumnSpec {
  const column = spec.columns.find((c) => c.key === spec.keyColumn);
  if (!column) throw new Error(`Tabel ${spec.table} heeft geen sleutelkolom in het schema.`);
  return column;
}

/**
 * The tables the operations write: their sheet, columns (caption and width) and look, so their
 * layout comes from here as the base tables' does. Each operation fills its columns by key.
 */
export const ownedTables: readonly OwnedTableSpec[] = [
  {
    key: 'control',
    sheet: 'Controle',
    table: 'tblControle',
    description: 'Een melding van Controleer register: wat er mis is in welke cel, en hoe u het oplost.',
    writtenBy: 'Controleer register',
    style: 'TableStyleLight9',
    tabColor: '#C50F1F',
    printed: true,
    columns: [
      { key: 'severity', caption: 'Ernst', width: 13 },
      { key: 'rule', caption: 'Regel', width: 26 },
      { key: 'sheet', caption: 'Blad', width: 18 },
      { key: 'cell', caption: 'Cel', width: 22 },
      { key: 'column', caption: 'Kolom', width: 18 },
      { key: 'message', caption: 'Melding', width: 80 },
      { key: 'fix', caption: 'Oplossing', width: 60 },
      { key: 'by', caption: 'Aanvaard door', width: 18 },
      { key: 'reason', caption: 'Reden', width: 40 },
      // For the next check, not for reading.
      { key: 'key', caption: 'Sleutel', width: 30, hidden: true },
      { key: 'fingerprint', caption: 'Vingerafdruk', width: 12, hidden: true },
    ],
  },
  {
    key: 'overview',
    sheet: 'Overzicht',
    table: 'tblOverzicht',
    description: 'Een indicator in een gebied: de laatste waarde, de norm, de status en het Vlaams Gewest ernaast.',
    writtenBy: 'Toets aan normen',
    style: 'TableStyleMedium4',
    tabColor: '#107C10',
    printed: true,
    columns: [
      { key: 'indicator', caption: 'Indicator', width: 12 },
      { key: 'naam', caption: 'Naam', width: 30 },
      { key: 'rol', caption: 'Rol', width: 16 },
      { key: 'gebied', caption: 'Gebied', width: 16 },
      { key: 'gebiednaam', caption: 'Gebiednaam', width: 24 },
      { key: 'dimensie', caption: 'Dimensie', width: 16 },
      { key: 'periode', caption: 'Laatste periode', width: 15 },
      { key: 'waarde', caption: 'Waarde', width: 10 },
      { key: 'eenheid', caption: 'Eenheid', width: 10 },
      { key: 'norm', caption: 'Norm', width: 34 },
      { key: 'status', caption: 'Status', width: 14 },
      { key: 'tijdigheid', caption: 'Tijdigheid', width: 26 },
      { key: 'vlaamsGewest', caption: 'Vlaams Gewest', width: 14 },
      { key: 'vergelijking', caption: 'Tegenover Vlaams Gewest', width: 24 },
    ],
  },
  {
    key: 'rounds',
    sheet: 'Rondes',
    table: 'tblRondes',
    description: 'Een dienst in een halfjaarronde: gevraagd, teruggekregen, ingevuld, afwijkingen en wat nog ontbreekt.',
    writtenBy: 'Halfjaarronde (start en samenvoegen)',
    style: 'TableStyleMedium7',
    tabColor: '#FFC000',
    printed: true,
    columns: [
      { key: 'period', caption: 'Periode', width: 9 },
      { key: 'owner', caption: 'Dienst', width: 18 },
      { key: 'contact', caption: 'Contact', width: 22 },
      { key: 'form', caption: 'Formulier', width: 30 },
      { key: 'created', caption: 'Aangemaakt op', width: 13 },
      { key: 'asked', caption: 'Gevraagd', width: 9 },
      { key: 'returned', caption: 'Teruggekregen op', width: 15 },
      { key: 'filled', caption: 'Ingevuld', width: 9 },
      { key: 'deviations', caption: 'Afwijkingen', width: 11 },
      { key: 'conflicts', caption: 'Conflicten', width: 10 },
      { key: 'status', caption: 'Status', width: 18 },
      { key: 'missing', caption: 'Ontbreekt', width: 40 },
      { key: 'roundId', caption: 'Ronde', width: 38 },
    ],
  },
  {
    key: 'roundAsked',
    sheet: 'RondeMetingen',
    table: 'tblRondeMetingen',
    description: 'Een meting die een dienst in een ronde gevraagd werd, zodat samenvoegen een gewiste formulierrij herkent.',
    writtenBy: 'Halfjaarronde (start)',
    style: 'TableStyleLight1',
    hidden: true,
    columns: [
      { key: 'roundId', caption: 'Ronde', width: 38 },
      { key: 'owner', caption: 'Dienst', width: 18 },
      { key: 'indicator', caption: captionOf('measurements', 'indicator'), width: 11 },
      { key: 'area', caption: captionOf('measurements', 'area'), width: 14 },
      { key: 'period', caption: captionOf('measurements', 'period'), width: 10 },
      { key: 'dimension', caption: captionOf('measurements', 'dimension'), width: 16 },
    ],
  },
  {
    key: 'roundProgress',
    sheet: 'RondeVoortgang',
    table: 'tblRondeVoortgang',
    description: 'Een voortgang die samenvoegen uit het formulier van een dienst in een ronde schreef, zodat een verbeterd formulier die waarde mag vervangen en een handmatige wijziging niet.',
    writtenBy: 'Halfjaarronde (samenvoegen)',
    style: 'TableStyleLight1',
    hidden: true,
    columns: [
      { key: 'roundId', caption: 'Ronde', width: 38 },
      { key: 'owner', caption: 'Dienst', width: 18 },
      { key: 'kind', caption: 'Soort', width: 11 },
      { key: 'code', caption: 'Code', width: 11 },
      { key: 'field', caption: 'Kolom', width: 22 },
      { key: 'value', caption: 'Geschreven waarde', width: 30 },
    ],
  },
  {
    key: 'logbook',
    sheet: 'Logboek',
    table: 'tblLogboek',
    description: 'Een wijziging van een meting door een import, een ronde of een aanvaarde correctie: wie, wanneer, oud en nieuw.',
    writtenBy: 'Importeer, Halfjaarronde en de keuze bij een conflict',
    style: 'TableStyleLight15',
    tabColor: '#605E5C',
    columns: [
      { key: 'when', caption: 'Tijdstip', width: 17 },
      { key: 'operation', caption: 'Bewerking', width: 11 },
      { key: 'source', caption: 'Bron', width: 40 },
      { key: 'indicator', caption: captionOf('measurements', 'indicator'), width: 11 },
      { key: 'area', caption: captionOf('measurements', 'area'), width: 14 },
      { key: 'period', caption: captionOf('measurements', 'period'), width: 10 },
      { key: 'dimension', caption: captionOf('measurements', 'dimension'), width: 16 },
      { key: 'old', caption: 'Oude waarde', width: 12 },
      { key: 'new', caption: 'Nieuwe waarde', width: 12 },
      { key: 'user', caption: 'Gebruiker', width: 16 },
    ],
  },
  // The update form of a half-year round (rounds/form.ts, rounds/progress.ts): a sheet per owner, in
  // a file of its own (sheet Update, table tblUpdate) or in the registry (sheet `2026-S2 Milieu`, table
  // tblUpdate_2026S2_Milieu). Its print set-up is the form's own (the round above each page).
  {
    key: 'updateForm',
    sheet: 'Update',
    table: 'tblUpdate',
    description: 'Een meting die een dienst in een halfjaarronde rapporteert: wat het register weet, de norm, en de nieuwe waarde die de dienst invult.',
    writtenBy: 'Halfjaarronde (start); samenvoegen leest het terug',
    style: 'TableStyleMedium2',
    tabColor: '#FFC000',
    columns: [
      { key: 'indicator', caption: captionOf('measurements', 'indicator'), width: 11 },
      { key: 'name', caption: 'Naam', width: 28, wrap: true },
      { key: 'definition', caption: 'Definitie', width: 40, wrap: true },
      { key: 'unit', caption: captionOf('measurements', 'unit'), width: 9 },
      { key: 'area', caption: captionOf('measurements', 'area'), width: 14 },
      { key: 'areaName', caption: 'Gebiednaam', width: 18, wrap: true },
      { key: 'dimension', caption: captionOf('measurements', 'dimension'), width: 12 },
      { key: 'period', caption: captionOf('measurements', 'period'), width: 9 },
      { key: 'history', caption: 'Vorige waarden', width: 26, wrap: true },
      { key: 'norm', caption: 'Norm', width: 34, wrap: true },
      { key: 'value', caption: 'Nieuwe waarde', width: 14, input: true },
      { key: 'comment', caption: captionOf('measurements', 'comment'), width: 34, wrap: true, input: true },
      { key: 'followUp', caption: 'Bijsturing', width: 34, wrap: true, input: true },
      { key: 'followUpDone', caption: 'Bijsturing afgerond', width: 11, input: true },
      { key: 'openFollowUps', caption: 'Open bijsturing', width: 34, wrap: true },
      // The test of the row, for the live colours of Nieuwe waarde: hidden, under the captions of Metingen.
      { key: 'status', caption: captionOf('measurements', 'status'), width: 10, hidden: true },
      { key: 'normOperator', caption: captionOf('measurements', 'normOperator'), width: 10, hidden: true },
      { key: 'normValue', caption: captionOf('measurements', 'normValue'), width: 10, hidden: true },
      { key: 'normUpper', caption: captionOf('measurements', 'normUpper'), width: 10, hidden: true },
      { key: 'normReference', caption: captionOf('measurements', 'normReference'), width: 10, hidden: true },
      { key: 'normScale', caption: captionOf('measurements', 'normScale'), width: 10, hidden: true },
    ],
  },
  {
    key: 'progressForm',
    sheet: 'Update',
    table: 'tblVoortgang',
    description: 'Een actie of maatregel van de dienst, onder de metingen op het updateformulier: de vorige voortgang en de nieuwe die de dienst invult.',
    writtenBy: 'Halfjaarronde (start); samenvoegen leest het terug',
    style: 'TableStyleMedium4',
    columns: [
      { key: 'code', caption: 'Code', width: 11 },
      { key: 'title', caption: 'Titel', width: 28, wrap: true },
      { key: 'partOf', caption: 'Onderdeel van', width: 40, wrap: true },
      { key: 'kind', caption: 'Soort', width: 9 },
      { key: 'previousStatus', caption: 'Vorige status', width: 14 },
      { key: 'previousRealisation', caption: 'Vorige realisatie (%)', width: 18 },
      { key: 'status', caption: 'Status', width: 12, input: true },
      { key: 'realisation', caption: captionOf('measures', 'realisation'), width: 9, input: true },
      { key: 'comment', caption: captionOf('measures', 'progressComment'), width: 26, wrap: true, input: true },
      { key: 'previousComment', caption: 'Vorige toelichting', width: 34, wrap: true },
    ],
  },
  {
    // The other norms of a value beside the deciding one, as limits the live colours of Waarde look up (norms/liveTests).
    key: 'tests',
    sheet: 'Toetsen',
    table: 'tblToetsen',
    description: 'Een grens van een norm op een meting, naast de norm die de status bepaalde, zodat de kleur van een later getypte waarde elke norm volgt.',
    writtenBy: 'Toets aan normen',
    style: 'TableStyleLight1',
    hidden: true,
    columns: [
      // indicator|gebied|dimensie|periode, as the conditional formats build it from a row's cells.
      { key: 'key', caption: 'Sleutel', width: 40 },
      { key: 'kind', caption: 'Soort', width: 8 },
      { key: 'value', caption: 'Grens', width: 12 },
      { key: 'decimals', caption: 'Decimalen', width: 10 },
      { key: 'label', caption: 'Label', width: 10 },
    ],
  },
];

export function ownedTable(key: OwnedTableKey): OwnedTableSpec {
  const spec = ownedTables.find((t) => t.key === key);
  if (!spec) throw new Error(`unknown owned table ${key}`);
  return spec;
}
