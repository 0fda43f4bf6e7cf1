// The registry as Toets aan normen needs it: indicators, norms and measurements parsed with the
// registry's own readers (values.ts), and the rows that cannot be evaluated. Which rows those are
// is decided by the checks themselves (checks.rowProblems, which give each row its findings): flag
// reports the same findings Controleer register does for them, never a second opinion with other words.
import { rowProblems } from '../checks';
import type { CheckScope } from '../rules';
import type { Finding } from '../findings';
import { monthsOf } from '../registry/frequency';
import type { RegistryData, RowView } from '../registry/read';
import { isActive, isContextIndicator } from '../registry/roles';
import type { TableKey } from '../registry/types';
import { parseDate, parseNumber, parsePeriod, parseScale, periodReader, type Period } from '../registry/values';
import { areaTree, type AreaTree } from './areas';
import { RELATIVE, rank, toOperator, type Operator } from './operators';
import { codeKey, normalText } from '../registry/keys';

/** Codes and IDs compared by the registry's one key rule (registry/keys.codeKey). */
export const lower = (s: string) => codeKey(s);

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower' | null;
  /** Labels best first, or null for a numeric indicator. */
  scale: string[] | null;
  /** Months between values (Frequentie), undefined when unknown. */
  months: number | undefined;
  /** Frequentie as written, for messages. */
  frequency: string;
  /** A context indicator (Rol), shown apart on the Overzicht. */
  context?: boolean;
  /** Afgewerkt or stopgezet: its values stay, but none is due any more. */
  inactive?: boolean;
  /** Months after a period ends before its value can exist (Beschikbaar na); 0 when empty. */
  lag: number;
}

export type NormKind = 'norm' | 'target' | 'milestone';

/** What a norm says about which measurements it covers, besides indicator, area and validity. */
export interface Qualifier {
  list: 'sectors' | 'livingEnvironment' | 'materialFlows' | null;
  value: string;
}

export interface Norm {
  id: string;
  row: RowView;
  indicator: string;
  kind: NormKind;
  operator: Operator;
  value: number | string;
  upper: number | string | null;
  unit: string;
  referencePeriod: Period | null;
  targetDate: number | null;
  /** For a milestone: the key of its target. */
  target: string | null;
  validFrom: number | null;
  validTo: number | null;
  /** Area code as written; null = the whole municipality. */
  area: string | null;
  qualifiers: Qualifier[];
  /** Title of its decision document, or its ID when the document is not found. */
  document: string | null;
  /** Key of the norm this one replaces where it applies (Vervangt), or null. */
  replaces: string | null;
}

export interface Measurement {
  row: RowView;
  indicator: string;
  area: string;
  period: Period;
  dimension: string;
  /** Null when the cell is empty. */
  value: number | string | null;
  unit: string;
}

export interface Model {
  indicators: Map<string, Indicator>;
  /** Norms that can be evaluated; a norm with a finding is left out. */
  norms: Norm[];
  /** Measurements that can be evaluated (a period, a known indicator, a value of the right kind or none). */
  measurements: Measurement[];
  /** Measurement rows that are not evaluated, with the findings that say why. */
  blocked: Map<RowView, Finding[]>;
  /** Findings about norms and measurements that keep them from being evaluated. */
  findings: Finding[];
  areas: AreaTree;
  /** NIS code of the registry's municipality (from the settings), or null. */
  gemeente: string | null;
  /** Two-level lists: subtype key -> hoofdtype key. */
  parents: Record<'sectors' | 'livingEnvironment' | 'materialFlows', Map<string, string>>;
  data: RegistryData;
}

/** Checks whose findings keep a norm or a measurement from being evaluated, and on which columns. */
const BLOCKING: CheckScope = {
  norms: {
    rules: [
      'waarde.verplicht', 'waarde.datum', 'waarde.periode', 'waarde.keuzelijst', 'waarde.geen-getal', 'waarde.schaal', 'verwijzing.onbekend',
      'eenheid.verschilt', 'norm.bovengrens', 'norm.geldigheid', 'norm.referentieperiode', 'norm.streefdatum', 'norm.bij-streefwaarde', 'norm.operator-schaal',
    ],
    columns: ['id', 'indicator', 'kind', 'operator', 'value', 'upper', 'unit', 'referencePeriod', 'targetDate', 'target', 'validFrom', 'validTo', 'area', 'sector', 'livingEnvironment', 'material'],
  },
  measurements: {
    rules: ['waarde.verplicht', 'waarde.periode', 'waarde.geen-getal', 'waarde.schaal', 'verwijzing.onbekend', 'eenheid.verschilt'],
    columns: ['indicator', 'area', 'period', 'value', 'unit'],
  },
};

/** Metingen columns Toets aan normen fills in itself, by schema key. */
export const FLAG_KEYS = ['status', 'normId', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale', 'flagExplanation'] as const;

const direction = (text: string): Indicator['direction'] => (lower(text) === 'hoger is beter' ? 'higher' : lower(text) === 'lager is beter' ? 'lower' : null);
const kindOf = (text: string): NormKind | null => ({ norm: 'norm', streefwaarde: 'target', 'tussentijdse streefwaarde': 'milestone' })[lower(text)] as NormKind | undefined ?? null;

// A blank cell parses as no label, number, date or period: here the parse alone says whether a cell holds a value.

/** A value as the indicator measures it: a label spelled as on the scale, or a number; null when it is not one (or blank). */
export function valueOf(raw: RowView, key: string, indicator: Indicator | undefined, relative = false): number | string | null {
  if (indicator?.scale && !relative) {
    const i = rank(indicator.scale, raw.text(key));
    return i < 0 ? null : indicator.scale[i];
  }
  const n = parseNumber(raw.get(key));
  return n.ok ? n.value : null;
}

/** Beschikbaar na in whole months; empty, negative or not a number counts as 0 (the checks report the last). */
export function lagOf(row: RowView): number {
  const n = parseNumber(row.get('availableAfter'));
  return n.ok && n.value > 0 ? Math.ceil(n.value) : 0;
}

const date = (row: RowView, key: string) => {
  const d = parseDate(row.get(key));
  return d.ok ? d.value : null;
};

export function buildModel(data: RegistryData): Model {
  const table = (key: TableKey) => data.tables.get(key);
  const rows = (key: TableKey) => table(key)?.rows ?? [];
  // Only the checks that can block a norm or a measurement: the rest is Controleer register's work.
  const checks = rowProblems(data, BLOCKING);

  const indicators = new Map<string, Indicator>();
  for (const r of rows('indicators')) {
    if (r.blank('id') || indicators.has(lower(r.text('id')))) continue;
    const scale = parseScale(r.get('scale'));
    indicators.set(lower(r.text('id')), {
      id: r.text('id'),
      name: r.text('name'),
      unit: r.text('unit'),
      direction: direction(r.text('direction')),
      scale: scale.length ? scale : null,
      months: monthsOf(r.text('frequency')),
      frequency: r.text('frequency'),
      context: isContextIndicator(r),
      inactive: !isActive(r),
      lag: lagOf(r),
    });
  }
  const documents = new Map(rows('documents').map((r) => [lower(r.text('id')), r.text('title') || r.text('id')]));

  const normBlocks = checks.rowsWith(table('norms'), BLOCKING);
  const norms: Norm[] = [];
  for (const r of rows('norms')) {
    if (normBlocks.has(r)) continue;
    const indicator = indicators.get(lower(r.text('indicator')));
    const operator = toOperator(r.text('operator'));
    const kind = kindOf(r.text('kind'));
    if (!indicator || !operator || !kind) continue; // each has a blocking finding; this keeps the types honest
    const relative = RELATIVE.includes(operator);
    const value = valueOf(r, 'value', indicator, relative);
    if (value === null) continue;
    let upper = valueOf(r, 'upper', indicator, relative);
    let low = value;
    // On a scale, tussen runs from the worse label (Normwaarde) to the better one (Bovengrens), in whichever order they were typed.
    if (indicator.scale && operator === 'tussen' && typeof upper === 'string' && rank(indicator.scale, upper) > rank(indicator.scale, String(value))) [low, upper] = [upper, value];
    const reference = parsePeriod(r.get('referencePeriod'));
    const qualifiers: Qualifier[] = [];
    for (const [key, list] of [['sector', 'sectors'], ['livingEnvironment', 'livingEnvironment'], ['material', 'materialFlows'], ['dimension', null]] as const) {
      if (!r.blank(key)) qualifiers.push({ list, value: r.text(key) });
    }
    norms.push({
      id: r.text('id'),
      row: r,
      indicator: lower(r.text('indicator')),
      kind,
      operator,
      value: low,
      upper: operator === 'tussen' ? upper : null,
      unit: r.text('unit'),
      referencePeriod: reference.ok ? reference.value : null,
      targetDate: date(r, 'targetDate'),
      target: r.blank('target') ? null : lower(r.text('target')),
      validFrom: date(r, 'validFrom'),
      validTo: date(r, 'validTo'),
      area: r.blank('area') ? null : r.text('area'),
      qualifiers,
      document: r.blank('document') ? null : (documents.get(lower(r.text('document'))) ?? r.text('document')),
      replaces: r.blank('replaces') ? null : lower(r.text('replaces')),
    });
  }

  // A row a user emptied but for the columns flag fills in is no measurement: its flags go.
  const filledIn = table('measurements')?.spec.columns.filter((c) => !(FLAG_KEYS as readonly string[]).includes(c.key)) ?? [];
  const empty = new Set(rows('measurements').filter((r) => filledIn.every((c) => r.blank(c.key))));
  const blocked = checks.rowsWith(table('measurements'), BLOCKING);
  for (const r of empty) blocked.delete(r);
  const measurements: Measurement[] = [];
  const readPeriod = periodReader();
  for (const r of rows('measurements')) {
    if (blocked.has(r) || empty.has(r)) continue;
    const indicator = indicators.get(lower(r.text('indicator')));
    const period = readPeriod(r.get('period'));
    if (!indicator || !period.ok) continue; // reported by the blocking checks
    measurements.push({
      row: r,
      indicator: lower(r.text('indicator')),
      area: r.text('area'),
      period: period.value,
      dimension: r.text('dimension'),
      value: valueOf(r, 'value', indicator),
      unit: r.text('unit') || indicator.unit,
    });
  }

  const twoLevel = (key: 'sectors' | 'livingEnvironment' | 'materialFlows') =>
    new Map(rows(key).filter((r) => !r.blank('parent')).map((r) => [normalText(r.text('name')), normalText(r.text('parent'))]));
  const settings = data.settings.raw;
  return {
    indicators,
    norms,
    measurements,
    blocked,
    findings: [...normBlocks.values(), ...blocked.values()].flat(),
    areas: areaTree(rows('areas').map((r) => ({ code: r.text('code'), name: r.text('name'), level: r.text('level'), parent: r.text('parent') }))),
    gemeente: settings.gemeente ?? null,
    parents: { sectors: twoLevel('sectors'), livingEnvironment: twoLevel('livingEnvironment'), materialFlows: twoLevel('materialFlows') },
    data,
  };
}
