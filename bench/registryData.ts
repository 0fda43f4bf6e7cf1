// A large registry for the check, flag and write benchmarks, the same for every run: `indicators`
// indicators with two norms each, `measurements` measurements spread over semesters and areas, and
// the tables around them (dossiers, documents, measures, effects, the 5x3x5 objective tree), so
// every reference resolves and the checks do their real work.
import { defaultRows, type Row } from '../src/registry/defaults';
import { initRegistry } from '../src/registry/init';
import { rowCells } from '../src/registry/layout';
import { tableSpec, tables } from '../src/registry/schema';
import type { TableKey } from '../src/registry/types';
import type { CellInput, WorkbookPort } from '../src/workbook/port';
import { pick, seeded } from './random';

export const GEMEENTE = '44021';

export interface RegistrySize {
  measurements: number;
  indicators: number;
}

/** The rows the benchmark adds to a new registry, by table (the lists' defaults come from init). */
export type RegistryRows = Partial<Record<TableKey, Row[]>>;

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const code = (prefix: string, i: number) => `${prefix}-${String(i).padStart(4, '0')}`;
const UNITS = ['dB(A)', '%', 'km', 'aantal', 'euro', 'label'];
const SCALE = ['A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F'];
const PERIODS = Array.from({ length: 20 }, (_, i) => `${2015 + Math.floor(i / 2)}-S${(i % 2) + 1}`);

export function registryRows(size: RegistrySize, seed = 20261123): RegistryRows {
  const random = seeded(seed);
  const aspects = defaultRows('aspects');
  const departments = Array.from({ length: 10 }, (_, i) => ({ name: `Dienst ${i + 1}`, contact: `dienst${i + 1}@stad.example` }));
  const owner = (i: number) => departments[i % departments.length].name;

  const objectives: Row[] = [];
  const actions: string[] = [];
  for (let g = 1; g <= 5; g++) {
    objectives.push({ code: `BD${g}`, level: 'beleidsdoelstelling', title: `Beleidsdoelstelling ${g}`, priority: 'nee', owner: owner(g) });
    for (let p = 1; p <= 3; p++) {
      objectives.push({ code: `AP${g}.${p}`, level: 'actieplan', title: `Actieplan ${g}.${p}`, parent: `BD${g}`, priority: 'ja', owner: owner(p) });
      for (let a = 1; a <= 5; a++) {
        actions.push(`AC${g}.${p}.${a}`);
        objectives.push({ code: `AC${g}.${p}.${a}`, level: 'actie', title: `Actie ${g}.${p}.${a}`, parent: `AP${g}.${p}`, priority: 'nee', owner: owner(a) });
      }
    }
  }

  const areaCount = Math.max(1, Math.ceil(size.measurements / (size.indicators * PERIODS.length)) - 1);
  const areas: Row[] = Array.from({ length: areaCount }, (_, i) => ({ code: `W-${String(i + 1).padStart(3, '0')}`, name: `Wijk ${i + 1}`, level: 'wijk', parent: GEMEENTE }));
  const areaCodes = [GEMEENTE, ...areas.map((a) => a.code as string)];

  const dossiers: Row[] = Array.from({ length: 50 }, (_, i) => ({ id: code('DOS', i + 1), name: `Dossier ${i + 1}`, theme: aspects[i % aspects.length].theme, area: GEMEENTE, owner: owner(i) }));
  const documents: Row[] = Array.from({ length: 100 }, (_, i) => ({
    id: code('BES', i + 1),
    dossier: code('DOS', (i % 50) + 1),
    title: `Beleidsplan ${i + 1}`,
    kind: 'beleidsplan',
    body: 'gemeenteraad',
    decided: d(2024, 1 + (i % 12), 1 + (i % 28)),
    location: `https://stad.example/besluiten/${i + 1}`,
    area: GEMEENTE,
  }));

  const indicators: Row[] = [];
  const norms: Row[] = [];
  for (let i = 1; i <= size.indicators; i++) {
    const aspect = aspects[i % aspects.length];
    const unit = UNITS[i % UNITS.length];
    const lowerIsBetter = i % 2 === 0;
    indicators.push({
      id: code('IND', i),
      name: `Indicator ${i}`,
      definition: `Definitie van indicator ${i}: teller gedeeld door noemer.`,
      unit,
      theme: aspect.theme,
      aspect: aspect.name,
      character: 'effect',
      kind: 'outcome',
      direction: lowerIsBetter ? 'lager is beter' : 'hoger is beter',
      scale: unit === 'label' ? SCALE.join(';') : null,
      source: 'Benchmark',
      frequency: 'halfjaarlijks',
      owner: owner(i),
      plan: actions[i % actions.length],
    });
    const value = unit === 'label' ? 'C' : 50 + pick(random, 50);
    const operator = unit === 'label' ? (lowerIsBetter ? 'max' : 'min') : lowerIsBetter ? 'max' : 'min';
    const base = { indicator: code('IND', i), document: code('BES', (i % 100) + 1), operator, unit, validFrom: d(2015, 1, 1) };
    const [a, b] = [code('NRM', 2 * i - 1), code('NRM', 2 * i)];
    if (i % 2) {
      norms.push({ ...base, id: a, kind: 'streefwaarde', value, referencePeriod: '2015-S1', targetDate: d(2030, 12, 31), validTo: d(2030, 12, 31), area: GEMEENTE });
      norms.push({ ...base, id: b, kind: 'tussentijdse streefwaarde', value, referencePeriod: '2015-S1', targetDate: d(2027, 12, 31), target: a, validTo: d(2027, 12, 31), area: GEMEENTE });
    } else {
      norms.push({ ...base, id: a, kind: 'norm', value, validTo: d(2030, 12, 31), area: GEMEENTE });
      norms.push({ ...base, id: b, kind: 'norm', value, validTo: d(2030, 12, 31), area: areaCodes[i % areaCodes.length] });
    }
  }

  const measurements: Row[] = [];
  for (let i = 0; i < size.measurements; i++) {
    const n = i % size.indicators;
    const unit = indicators[n].unit as string;
    const period = PERIODS[Math.floor(i / size.indicators) % PERIODS.length];
    const area = areaCodes[Math.floor(i / (size.indicators * PERIODS.length)) % areaCodes.length];
    const value = unit === 'label' ? SCALE[pick(random, SCALE.length)] : Math.round(random() * 10_000) / 100;
    measurements.push({
      indicator: code('IND', n + 1),
      area,
      period,
      value,
      unit,
      source: 'Gemeente-Stadsmonitor',
      retrieved: d(2026, 1 + (i % 12), 1 + (i % 28)),
      comment: i % 97 === 0 ? 'Trendbreuk, "nieuwe" meetmethode' : null,
      file: 'benchmark.csv',
      sourceValue: value,
    });
  }

  const measures: Row[] = Array.from({ length: 200 }, (_, i) => ({
    id: code('MAA', i + 1),
    name: `Maatregel ${i + 1}`,
    document: code('BES', (i % 100) + 1),
    area: GEMEENTE,
    owner: owner(i),
    start: d(2025, 1 + (i % 12), 1),
    status: 'in uitvoering',
    plan: actions[i % actions.length],
  }));
  const rules: Row[] = Array.from({ length: 20 }, (_, i) => ({ id: code('REG', i + 1), document: code('BES', i + 1), description: `Regel ${i + 1}.`, area: GEMEENTE }));
  const intendedEffects: Row[] = Array.from({ length: 180 }, (_, i) => {
    const norm = norms[(i * 7) % norms.length];
    return { id: code('EFF', i + 1), measure: code('MAA', i + 1), norm: norm.id, effect: -1, unit: norm.unit, area: GEMEENTE, byDate: d(2028, 12, 31) };
  });
  const intendedExecutions: Row[] = Array.from({ length: 20 }, (_, i) => ({ id: code('UIT', i + 1), measure: code('MAA', 181 + i), rule: code('REG', i + 1), description: `Uitvoering ${i + 1}.` }));

  return { departments, areas, dossiers, documents, indicators, norms, rules, measures, intendedEffects, intendedExecutions, objectives, measurements };
}

/** Makes the registry in an empty workbook through the port: init, then one apply with every row. */
export async function writeRegistry(wb: WorkbookPort, rows: RegistryRows): Promise<void> {
  await initRegistry(wb, { gemeente: GEMEENTE });
  const headers = new Map((await wb.info()).tables.map((t) => [t.name, t.columns]));
  await wb.apply(
    Object.entries(rows).map(([key, list]) => {
      const spec = tableSpec(key as TableKey);
      const columns = headers.get(spec.table) ?? [];
      return { kind: 'appendRows' as const, table: spec.table, rows: list.map((row) => rowCells(spec, columns, row)) };
    }),
  );
}

/** Every registry table as plain values (defaults of the lists included), for the ExcelJS baseline. */
export function plainTables(rows: RegistryRows): { sheet: string; columns: string[]; rows: CellInput[][] }[] {
  return tables.map((spec) => {
    const columns = spec.columns.map((c) => c.caption);
    const all = [...defaultRows(spec.key, GEMEENTE), ...(rows[spec.key] ?? [])];
    return { sheet: spec.sheet, columns, rows: all.map((row) => rowCells(spec, columns, row)) };
  });
}
