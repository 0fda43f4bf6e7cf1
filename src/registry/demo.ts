// The demo registry: the worked examples of the Integraal Datagedreven Beleid method (geluid,
// groen, energielabel, slaapverstoorden) for Gent, so a first-time user sees a filled registry.
// Toets aan normen finds every status in it: OK, Afwijking, Op koers and Niet op koers (the
// Binnenstad on its path to 0,30 km), Geen norm, Ontbreekt (Parkstraat 2026-S1), Verouderd and
// Opvallend (the Citadelpark's meter, with a typing error), a stand-still norm (toename max. 0 %), and
// a min. and a max. norm on one indicator (bouwhoogte: min. 9 m and max. 25 m, both tested).
// Beside the policy indicators: a context indicator from the monitor (lawaaihinder) and a stopped
// one (the complaints count, replaced by the meter network), whose history stays.
import type { WorkbookPort } from '../workbook/port';
import type { Row } from './defaults';
import { initRegistry } from './init';
import { rowCells } from './layout';
import { tableSpec } from './schema';
import type { TableKey } from './types';

export const DEMO_GEMEENTE = '44021';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const demoRows: Partial<Record<TableKey, Row[]>> = {
  departments: [
    { name: 'Milieu', contact: 'milieu@stad.example' },
    { name: 'Groen', contact: 'groen@stad.example' },
    { name: 'Mobiliteit', contact: 'mobiliteit@stad.example' },
    { name: 'Wonen', contact: 'wonen@stad.example' },
    { name: 'Strategie en data', contact: 'data@stad.example', description: 'Beleidscoördinatie en het centrale indicatorenregister.' },
    { name: 'Omgeving', contact: 'omgeving@stad.example' },
  ],
  areas: [
    { code: 'W-BINNENSTAD', name: 'Binnenstad', level: 'wijk', parent: '44021' },
    { code: 'W-BRUGSEPOORT', name: 'Brugse Poort - Rooigem', level: 'wijk', parent: '44021' },
    { code: 'S-PARKSTRAAT', name: 'Parkstraat', level: 'straat', parent: 'W-BINNENSTAD' },
    { code: 'P-CITADELPARK', name: 'Citadelpark (stille zone)', level: 'plangebied', parent: '44021' },
  ],
  dossiers: [
    { id: 'DOS-001', name: 'Geluid', theme: 'Klimaat, milieu en natuur', area: '44021', owner: 'Milieu', description: 'Geluidshinder door verkeer terugdringen.' },
    { id: 'DOS-002', name: 'Groen in de wijk', theme: 'Klimaat, milieu en natuur', area: '44021', owner: 'Groen', description: 'Iedereen heeft publiek groen op wandelafstand.' },
    { id: 'DOS-003', name: 'Energiezuinig wonen', theme: 'Wonen en woonomgeving', area: '44021', owner: 'Wonen' },
    { id: 'DOS-004', name: 'Kwalitatief verdichten', theme: 'Ruimte', area: '44021', owner: 'Omgeving' },
  ],
  documents: [
    { id: 'BES-001', dossier: 'DOS-001', title: 'Beleidsplan Geluid 2030', kind: 'beleidsplan', body: 'gemeenteraad', decided: d('2024-01-29'), location: 'https://stad.example/besluiten/2024-0129-geluid', area: '44021' },
    { id: 'BES-002', dossier: 'DOS-001', title: 'Uitvoeringsplan Stil asfalt', kind: 'uitvoeringsplan', body: 'college van burgemeester en schepenen', decided: d('2024-03-15'), location: 'DMS 2024/03817', area: 'S-PARKSTRAAT' },
    { id: 'BES-003', dossier: 'DOS-002', title: 'Groenplan 2030', kind: 'beleidsplan', body: 'gemeenteraad', decided: d('2023-09-25'), location: 'https://stad.example/besluiten/2023-0925-groenplan', area: '44021' },
    { id: 'BES-004', dossier: 'DOS-003', title: 'Klimaatplan Wonen', kind: 'beleidsplan', body: 'gemeenteraad', decided: d('2024-11-25'), location: 'DMS 2024/11290', area: '44021' },
    { id: 'BES-005', dossier: 'DOS-004', title: 'Omgevingsplan Bouwhoogten', kind: 'omgevingsplan', body: 'gemeenteraad', decided: d('2023-12-18'), location: 'DMS 2023/12184', area: '44021' },
  ],
  indicators: [
    {
      id: 'IND-001', name: 'Geluidsdruk gevel', definition: 'Jaargemiddelde geluidsbelasting Lden door wegverkeer op de meest blootgestelde gevel, gemeten door het geluidsmeetnet.',
      unit: 'dB(A)', theme: 'Klimaat, milieu en natuur', aspect: 'Geluid', character: 'effect', kind: 'outcome', direction: 'lager is beter',
      source: 'Geluidsmeetnet stad', frequency: 'halfjaarlijks', owner: 'Milieu', plan: 'AC1.1.1', council: 'ja',
    },
    {
      id: 'IND-002', name: 'Slaapverstoorden', definition: 'Aandeel inwoners dat zegt ernstig slaapverstoord te zijn door verkeersgeluid (burgerbevraging).',
      unit: '%', theme: 'Klimaat, milieu en natuur', aspect: 'Geluid', character: 'effect', kind: 'impact', direction: 'lager is beter',
      source: 'Gemeente-Stadsmonitor, burgerbevraging', frequency: 'driejaarlijks', owner: 'Milieu', plan: 'AP1.1', council: 'nee',
    },
    {
      id: 'IND-003', name: 'Afstand tot openbaar groen', definition: 'Gemiddelde wandelafstand van een woning tot het dichtstbijzijnde publiek toegankelijke groen van minstens 1 ha.',
      unit: 'km', theme: 'Klimaat, milieu en natuur', aspect: 'Groen en natuur', character: 'systeem', kind: 'outcome', direction: 'lager is beter',
      source: 'GIS-analyse dienst Groen', frequency: 'jaarlijks', owner: 'Groen', plan: 'AC1.2.1', council: 'ja',
    },
    {
      id: 'IND-004', name: 'Energielabel woningen', definition: 'Mediaan EPC-label van de woningen met een EPC in het gebied.',
      unit: 'label', theme: 'Wonen en woonomgeving', aspect: 'Woningkwaliteit', character: 'systeem', kind: 'outcome', direction: 'hoger is beter',
      scale: 'A++;A+;A;B;C;D;E;F', source: 'Vlaams Energie- en Klimaatagentschap', frequency: 'jaarlijks', owner: 'Wonen', plan: 'AC2.1.1', council: 'nee',
    },
    {
      id: 'IND-005', name: 'Buurtproblemen: lawaaihinder', definition: 'Aandeel van de inwoners dat de afgelopen maand lawaaihinder heeft ondervonden (burgerbevraging).',
      unit: '%', theme: 'Samenleven', aspect: 'Geluid', character: 'effect', kind: 'impact', direction: 'lager is beter',
      source: 'Gemeente-Stadsmonitor (Burgerbevraging)', sourceCode: 'SA_S_22', frequency: 'driejaarlijks', role: 'contextindicator', status: 'actief',
    },
    {
      id: 'IND-006', name: 'Klachten over geluid', definition: 'Aantal klachten over geluidshinder bij de stad, per semester.',
      unit: 'aantal', theme: 'Klimaat, milieu en natuur', aspect: 'Geluid', character: 'effect', kind: 'outcome', direction: 'lager is beter',
      source: 'Klachtenregistratie dienst Milieu', frequency: 'halfjaarlijks', owner: 'Milieu', status: 'stopgezet', statusSince: d('2025-07-01'),
    },
    // The method's example of several norms on one indicator: min. 9 m and max. 25 m, both tested.
    {
      id: 'IND-007', name: 'Bouwhoogte nieuwbouw', definition: 'Gemiddelde kroonlijsthoogte van de woongebouwen die in het jaar vergund werden.',
      unit: 'm', theme: 'Ruimte', aspect: 'Open ruimte', character: 'systeem', kind: 'output', source: 'Omgevingsloket, dienst Omgeving', frequency: 'jaarlijks', owner: 'Omgeving', plan: 'AP2.2',
    },
  ],
  norms: [
    { id: 'NRM-001', indicator: 'IND-001', document: 'BES-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB(A)', validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: '44021' },
    {
      id: 'NRM-002', indicator: 'IND-001', document: 'BES-001', kind: 'streefwaarde', operator: 'max', value: 45, unit: 'dB(A)', referencePeriod: '2023-S2',
      targetDate: d('2030-12-31'), validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: 'S-PARKSTRAAT',
    },
    {
      id: 'NRM-003', indicator: 'IND-001', document: 'BES-001', kind: 'tussentijdse streefwaarde', operator: 'max', value: 47, unit: 'dB(A)', referencePeriod: '2023-S2',
      targetDate: d('2027-12-31'), target: 'NRM-002', validFrom: d('2024-01-01'), validTo: d('2027-12-31'), area: 'S-PARKSTRAAT',
    },
    { id: 'NRM-004', indicator: 'IND-003', document: 'BES-003', kind: 'norm', operator: 'max', value: 0.4, unit: 'km', validFrom: d('2023-10-01'), validTo: d('2030-12-31'), area: '44021' },
    { id: 'NRM-005', indicator: 'IND-004', document: 'BES-004', kind: 'norm', operator: 'min', value: 'B', unit: 'label', validFrom: d('2025-01-01'), area: '44021' },
    {
      id: 'NRM-006', indicator: 'IND-002', document: 'BES-001', kind: 'norm', operator: 'toename max. %', value: 0, unit: '%', referencePeriod: '2020',
      validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: '44021', method: 'Verandering tegenover de meting van 2020, in procent van die meting.',
    },
    {
      id: 'NRM-007', indicator: 'IND-001', document: 'BES-001', kind: 'norm', operator: 'toename max. %', value: 0, unit: '%', referencePeriod: '2023-S2',
      validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: 'P-CITADELPARK', method: 'Stand-still: het geluid in de stille zone neemt niet toe tegenover 2023-S2.',
    },
    {
      id: 'NRM-008', indicator: 'IND-003', document: 'BES-003', kind: 'streefwaarde', operator: 'max', value: 0.3, unit: 'km', referencePeriod: '2023',
      targetDate: d('2030-12-31'), validFrom: d('2024-01-01'), validTo: d('2030-12-31'), area: 'W-BINNENSTAD',
    },
    {
      id: 'NRM-009', indicator: 'IND-003', document: 'BES-003', kind: 'tussentijdse streefwaarde', operator: 'max', value: 0.34, unit: 'km', referencePeriod: '2023',
      targetDate: d('2027-12-31'), target: 'NRM-008', validFrom: d('2024-01-01'), validTo: d('2027-12-31'), area: 'W-BINNENSTAD',
    },
    { id: 'NRM-010', indicator: 'IND-007', document: 'BES-005', kind: 'norm', operator: 'min', value: 9, unit: 'm', validFrom: d('2024-01-01'), area: '44021' },
    { id: 'NRM-011', indicator: 'IND-007', document: 'BES-005', kind: 'norm', operator: 'max', value: 25, unit: 'm', validFrom: d('2024-01-01'), area: '44021' },
  ],
  rules: [{ id: 'REG-001', document: 'BES-003', description: 'Nieuwe en heraangelegde speelplaatsen worden groen en onthard aangelegd.', area: '44021' }],
  measures: [
    { id: 'MAA-001', name: 'Stil asfalt Parkstraat', document: 'BES-002', area: 'S-PARKSTRAAT', owner: 'Mobiliteit', start: d('2025-04-01'), end: d('2025-09-30'), status: 'uitgevoerd', plan: 'AC1.1.1' },
    { id: 'MAA-002', name: 'Bouw groene speelplaatsen', document: 'BES-003', area: 'W-BRUGSEPOORT', owner: 'Groen', start: d('2024-09-01'), status: 'in uitvoering', plan: 'AC1.2.1' },
  ],
  intendedEffects: [
    { id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -3, unit: 'dB(A)', area: 'S-PARKSTRAAT', byDate: d('2025-12-31') },
    { id: 'EFF-002', measure: 'MAA-002', norm: 'NRM-004', effect: -0.1, unit: 'km', area: 'W-BRUGSEPOORT', byDate: d('2027-12-31') },
  ],
  intendedExecutions: [{ id: 'UIT-001', measure: 'MAA-002', rule: 'REG-001', description: 'De speelplaatsen van drie scholen in de wijk worden onthard en vergroend.' }],
  objectives: [
    { code: 'BD1', level: 'beleidsdoelstelling', title: 'Een gezonde leefomgeving voor iedereen', priority: 'nee', owner: 'Strategie en data' },
    { code: 'AP1.1', level: 'actieplan', title: 'Minder geluidshinder door verkeer', parent: 'BD1', priority: 'ja', owner: 'Milieu' },
    { code: 'AC1.1.1', level: 'actie', title: 'Stil asfalt in drukke woonstraten', parent: 'AP1.1', priority: 'ja', owner: 'Mobiliteit' },
    { code: 'AP1.2', level: 'actieplan', title: 'Meer groen dichtbij', parent: 'BD1', priority: 'ja', owner: 'Groen' },
    { code: 'AC1.2.1', level: 'actie', title: 'Groene speelplaatsen', parent: 'AP1.2', priority: 'ja', owner: 'Groen' },
    { code: 'BD2', level: 'beleidsdoelstelling', title: 'Energiezuinig en betaalbaar wonen', priority: 'nee', owner: 'Strategie en data' },
    { code: 'AP2.1', level: 'actieplan', title: 'Energiezuinige woningen', parent: 'BD2', priority: 'ja', owner: 'Wonen' },
    { code: 'AC2.1.1', level: 'actie', title: 'Renovatiebegeleiding en premie', parent: 'AP2.1', priority: 'ja', owner: 'Wonen' },
    { code: 'AP2.2', level: 'actieplan', title: 'Kwalitatief verdichten', parent: 'BD2', priority: 'nee', owner: 'Omgeving' },
  ],
  measurements: [
    ...(
      [
        ['2023-S2', 52.1],
        ['2024-S1', 51.8],
        ['2024-S2', 51.2],
        ['2025-S1', 49.6],
        ['2025-S2', 48.7],
      ] as const
    ).map(([period, value]) => ({ indicator: 'IND-001', area: 'S-PARKSTRAAT', period, value, unit: 'dB(A)', source: 'Geluidsmeetnet stad', retrieved: d('2026-01-15') })),
    { indicator: 'IND-002', area: '44021', period: '2020', value: 11.8, unit: '%', source: 'Gemeente-Stadsmonitor', retrieved: d('2024-05-02') },
    { indicator: 'IND-002', area: '44021', period: '2023', value: 12.4, unit: '%', source: 'Gemeente-Stadsmonitor', retrieved: d('2024-05-02') },
    { indicator: 'IND-003', area: 'W-BRUGSEPOORT', period: '2023', value: 0.52, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2024-02-10') },
    { indicator: 'IND-003', area: 'W-BRUGSEPOORT', period: '2024', value: 0.49, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2025-02-12') },
    { indicator: 'IND-003', area: 'W-BRUGSEPOORT', period: '2025', value: 0.45, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2026-02-09') },
    { indicator: 'IND-003', area: '44021', period: '2025', value: 0.38, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2026-02-09') },
    { indicator: 'IND-004', area: '44021', period: '2024', value: 'C', unit: 'label', source: 'Vlaams Energie- en Klimaatagentschap', retrieved: d('2025-03-20') },
    { indicator: 'IND-004', area: '44021', period: '2025', value: 'C', unit: 'label', source: 'Vlaams Energie- en Klimaatagentschap', retrieved: d('2026-03-18') },
    // The meter in the Citadelpark: 24,1 is 42,1 typed wrongly, and nothing came in after 2025-S1.
    ...(
      [
        ['2023-S1', 42.5],
        ['2023-S2', 42.3],
        ['2024-S1', 42.1],
        ['2024-S2', 42.6],
        ['2025-S1', 24.1],
      ] as const
    ).map(([period, value]) => ({ indicator: 'IND-001', area: 'P-CITADELPARK', period, value, unit: 'dB(A)', source: 'Geluidsmeetnet stad', retrieved: d('2025-07-15') })),
    { indicator: 'IND-003', area: 'W-BINNENSTAD', period: '2023', value: 0.38, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2024-02-10') },
    { indicator: 'IND-003', area: 'W-BINNENSTAD', period: '2024', value: 0.36, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2025-02-12') },
    { indicator: 'IND-003', area: 'W-BINNENSTAD', period: '2025', value: 0.365, unit: 'km', source: 'GIS-analyse dienst Groen', retrieved: d('2026-02-09') },
    ...(
      [
        ['2017', 15.2],
        ['2020', 13.1],
        ['2023', 13.8],
      ] as const
    ).map(([period, value]) => ({ indicator: 'IND-005', area: '44021', period, value, unit: '%', source: 'Gemeente-Stadsmonitor', retrieved: d('2024-02-05') })),
    // Stopped on 1 July 2025: the meter network (IND-001) took over; the counts stay as history.
    ...(
      [
        ['2024-S1', 212],
        ['2024-S2', 187],
        ['2025-S1', 176],
      ] as const
    ).map(([period, value]) => ({ indicator: 'IND-006', area: '44021', period, value, unit: 'aantal', source: 'Klachtenregistratie dienst Milieu', retrieved: d('2025-07-10') })),
    // Within min. 9 m and max. 25 m, then above the maximum.
    { indicator: 'IND-007', area: '44021', period: '2024', value: 21.5, unit: 'm', source: 'Omgevingsloket, dienst Omgeving', retrieved: d('2025-02-03') },
    { indicator: 'IND-007', area: '44021', period: '2025', value: 27.2, unit: 'm', source: 'Omgevingsloket, dienst Omgeving', retrieved: d('2026-02-02') },
  ],
  followUps: [
    {
      indicator: 'IND-003', area: 'W-BINNENSTAD', period: '2025', deviation: '0,365 km loopt achter op het streefpad naar 0,30 km in 2030.',
      decision: 'De twee pocketparken aan de Kouter en de Ajuinlei vervroegen naar 2026.', by: 'Groen', due: d('2026-12-31'), status: 'open',
    },
  ],
};

/** Makes a registry for the demo municipality in an empty workbook and fills it with the examples. */
export async function writeDemo(wb: WorkbookPort): Promise<void> {
  if ((await wb.info()).tables.length) throw new Error('Het demoregister wordt alleen in een lege werkmap gemaakt.');
  await initRegistry(wb, { gemeente: DEMO_GEMEENTE });
  const headers = new Map((await wb.info()).tables.map((t) => [t.name, t.columns]));
  await wb.apply(
    Object.entries(demoRows).map(([key, rows]) => {
      const spec = tableSpec(key as TableKey);
      // Columns with a default show it, as in a registry that init upgraded (Rol, Status).
      const defaults = Object.fromEntries(spec.columns.filter((c) => c.default !== undefined).map((c) => [c.key, c.default!]));
      return { kind: 'appendRows' as const, table: spec.table, rows: rows.map((row) => rowCells(spec, headers.get(spec.table) ?? [], { ...defaults, ...row })) };
    }),
  );
}
