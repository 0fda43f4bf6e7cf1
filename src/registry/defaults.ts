// Default contents of the choice lists, written only when `init` creates a list. A coordinator
// edits them freely afterwards; init never puts back what was removed.
import { FLEMISH_REGION, findMunicipality, provinces } from './gemeenten';
import type { TableKey } from './types';

export type Row = Record<string, string | number | Date | null>;

/** The basic themes of the Gemeente-Stadsmonitor (2023 catalogue). */
const themes = [
  'Armoede',
  'Cultuur en vrije tijd',
  'Demografie',
  'Economie',
  'Integratie',
  'Klimaat, milieu en natuur',
  'Lokaal bestuur',
  'Mobiliteit',
  'Onderwijs en vorming',
  'Ruimte',
  'Samenleven',
  'Vlaamse Rand',
  'Werk',
  'Wonen en woonomgeving',
  'Zorg en gezondheid',
];

const aspects: [string, string][] = [
  ['Geluid', 'Klimaat, milieu en natuur'],
  ['Luchtkwaliteit', 'Klimaat, milieu en natuur'],
  ['Groen en natuur', 'Klimaat, milieu en natuur'],
  ['Energie', 'Klimaat, milieu en natuur'],
  ['Klimaatadaptatie', 'Klimaat, milieu en natuur'],
  ['Afval', 'Klimaat, milieu en natuur'],
  ['Woningkwaliteit', 'Wonen en woonomgeving'],
  ['Betaalbaarheid', 'Wonen en woonomgeving'],
  ['Verkeersveiligheid', 'Mobiliteit'],
  ['Modal split', 'Mobiliteit'],
  ['Gezondheid', 'Zorg en gezondheid'],
  ['Open ruimte', 'Ruimte'],
];

/** [name, parent]: a row without parent is a hoofdtype. */
const sectors: [string, string | null][] = [
  ['Huishoudens', null],
  ['Tertiair', null],
  ['Kantoren en administratie', 'Tertiair'],
  ['Handel', 'Tertiair'],
  ['Horeca', 'Tertiair'],
  ['Onderwijs', 'Tertiair'],
  ['Zorg', 'Tertiair'],
  ['Industrie', null],
  ['Bouw', 'Industrie'],
  ['Voeding', 'Industrie'],
  ['Landbouw', null],
  ['Akkerbouw', 'Landbouw'],
  ['Veeteelt', 'Landbouw'],
  ['Tuinbouw', 'Landbouw'],
  ['Transport', null],
  ['Personenvervoer', 'Transport'],
  ['Goederenvervoer', 'Transport'],
  ['Energie', null],
  ['Lokaal bestuur', null],
];

/** Object classes in the style of IMBOR (the Dutch public-space object library). */
const livingEnvironment: [string, string | null][] = [
  ['Verharding', null],
  ['Rijbaan', 'Verharding'],
  ['Fietspad', 'Verharding'],
  ['Voetpad', 'Verharding'],
  ['Plein', 'Verharding'],
  ['Groenobject', null],
  ['Boom', 'Groenobject'],
  ['Gazon', 'Groenobject'],
  ['Plantvak', 'Groenobject'],
  ['Park', 'Groenobject'],
  ['Speelvoorziening', null],
  ['Speelplaats', 'Speelvoorziening'],
  ['Speeltoestel', 'Speelvoorziening'],
  ['Water', null],
  ['Waterloop', 'Water'],
  ['Vijver', 'Water'],
  ['Gebouw', null],
  ['Woning', 'Gebouw'],
  ['School', 'Gebouw'],
  ['Openbaar gebouw', 'Gebouw'],
  ['Kunstwerk', null],
  ['Brug', 'Kunstwerk'],
  ['Tunnel', 'Kunstwerk'],
  ['Straatmeubilair', null],
  ['Openbare verlichting', 'Straatmeubilair'],
  ['Zitbank', 'Straatmeubilair'],
];

const materialFlows: [string, string | null][] = [
  ['Restafval', null],
  ['Huisvuil', 'Restafval'],
  ['Grofvuil', 'Restafval'],
  ['Organisch afval', null],
  ['GFT', 'Organisch afval'],
  ['Groenafval', 'Organisch afval'],
  ['Verpakkingen', null],
  ['PMD', 'Verpakkingen'],
  ['Papier en karton', 'Verpakkingen'],
  ['Glas', 'Verpakkingen'],
  ['Bouw- en sloopafval', null],
  ['Puin', 'Bouw- en sloopafval'],
  ['Hout', 'Bouw- en sloopafval'],
  ['Textiel', null],
  ['Elektrische apparaten', null],
];

const twoLevel = (rows: [string, string | null][]): Row[] => rows.map(([name, parent]) => ({ name, parent }));

/** Vlaams Gewest, and with a municipality also its province and the municipality itself. */
export function defaultAreas(gemeente?: string): Row[] {
  const areas: Row[] = [{ code: FLEMISH_REGION.nis, name: FLEMISH_REGION.name, level: 'gewest', nis: FLEMISH_REGION.nis, parent: null }];
  const municipality = gemeente ? findMunicipality(gemeente) : undefined;
  if (municipality) {
    const province = municipality.provinceNis;
    areas.push({ code: province, name: provinces[province], level: 'provincie', nis: province, parent: FLEMISH_REGION.nis });
    areas.push({ code: municipality.nis, name: municipality.name, level: 'gemeente', nis: municipality.nis, parent: province });
  }
  return areas;
}

/** Rows a new list table starts with; base tables start empty. */
export function defaultRows(table: TableKey, gemeente?: string): Row[] {
  switch (table) {
    case 'themes':
      return themes.map((name) => ({ name }));
    case 'aspects':
      return aspects.map(([name, theme]) => ({ name, theme }));
    case 'sectors':
      return twoLevel(sectors);
    case 'livingEnvironment':
      return twoLevel(livingEnvironment);
    case 'materialFlows':
      return twoLevel(materialFlows);
    case 'areas':
      return defaultAreas(gemeente);
    default:
      return [];
  }
}
