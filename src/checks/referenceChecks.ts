// Checks across tables: every reference points at an existing row, the objective tree is a tree
// with the right levels, units agree along indicator -> norm -> effect and indicator -> measurement,
// values fit their indicator's scale, and norms are complete enough to be tested.
import type { Finding } from '../findings';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { fromMonitor, isActive } from '../registry/roles';
import { keyColumnOf, tableSpec } from '../registry/schema';
import type { TableKey } from '../registry/types';
import { parseDate, parseNumber, parsePeriod, parseScale } from '../registry/values';
import { RowFindings } from './rowFindings';
import { finding, wanted, type CheckScope } from '../rules';
import { serialToDate } from '../workbook/address';
import { codeKey } from '../registry/keys';

type Index = Map<string, RowView>;

/** Codes and IDs compared by the registry's one key rule (registry/keys.codeKey). */
const lower = (s: string) => codeKey(s);
const RELATIVE = ['toename max. %', 'afname min. %'];
const formatDate = (serial: number) => serialToDate(serial).toISOString().slice(0, 10).split('-').reverse().join('/');

/** Rows of a table by their key (any case). */
export function indexBy(table: TableView | undefined, key: string): Index {
  const index: Index = new Map();
  for (const row of table?.rows ?? []) if (!row.blank(key) && !index.has(lower(row.text(key)))) index.set(lower(row.text(key)), row);
  return index;
}

function references(out: RowFindings, data: RegistryData, indexes: Map<TableKey, Index>, scope: CheckScope | undefined): void {
  for (const table of data.tables.values()) {
    for (const column of table.spec.columns) {
      if (!column.ref || !table.columns.has(column.key) || !wanted(scope, table.spec.key, 'verwijzing.onbekend', column.key)) continue;
      const target = indexes.get(column.ref);
      if (!target) continue; // the target table is missing: a structural finding says so
      const targetSpec = tableSpec(column.ref);
      for (const row of table.rows) {
        if (row.blank(column.key) || target.has(lower(row.text(column.key)))) continue;
        const at = row.at(column.key);
        out.at(row, column.key, finding('verwijzing.onbekend', at, { column: at.column, value: row.text(column.key), target: targetSpec.sheet, targetColumn: keyColumnOf(targetSpec).caption }));
      }
    }
  }
}

const parentLevel: Record<string, string | null> = { beleidsdoelstelling: null, actieplan: 'beleidsdoelstelling', actie: 'actieplan' };

function objectiveTree(out: RowFindings, objectives: Index, tables: (key: TableKey) => RowView[]): void {
  const reported = new Set<string>();
  for (const row of tables('objectives')) {
    const code = row.text('code');
    const level = lower(row.text('level'));
    const parent = objectives.get(lower(row.text('parent')));
    if (level in parentLevel) {
      const expected = parentLevel[level];
      if (expected === null && !row.blank('parent')) out.at(row, 'parent', finding('doelstelling.niveau', row.at('parent'), { code, parent: row.text('parent'), expected: 'geen' }));
      if (expected !== null && row.blank('parent')) out.at(row, 'parent', finding('doelstelling.niveau', row.at('parent'), { code, level: row.text('level'), expected }));
      if (expected !== null && parent && lower(parent.text('level')) !== expected) {
        out.at(row, 'parent', finding('doelstelling.niveau', row.at('parent'), { code, level: row.text('level'), expected, parent: parent.text('code'), parentLevel: parent.text('level') }));
      }
    }
    // Follow the parents; meeting this row again is a cycle (reported once, at its first member).
    const path = [code];
    let current = parent;
    while (current && path.length <= objectives.size) {
      if (lower(current.text('code')) === lower(code)) {
        if (!path.some((c) => reported.has(lower(c)))) out.at(row, 'parent', finding('doelstelling.kringverwijzing', row.at('parent'), { code, cycle: [...path, code].join(' → ') }));
        path.forEach((c) => reported.add(lower(c)));
        break;
      }
      path.push(current.text('code'));
      current = objectives.get(lower(current.text('parent')));
    }
  }
}

function units(out: RowFindings, indicators: Index, norms: Index, tables: (key: TableKey) => RowView[]): void {
  const compare = (row: RowView, other: RowView | undefined, what: string, idKey: string) => {
    if (!other || row.blank('unit') || other.blank('unit') || lower(row.text('unit')) === lower(other.text('unit'))) return;
    out.at(row, 'unit', finding('eenheid.verschilt', row.at('unit'), { unit: row.text('unit'), other: what, otherId: other.text(idKey), otherUnit: other.text('unit') }));
  };
  for (const norm of tables('norms')) {
    // A relative norm is in percent whatever the indicator's unit.
    if (!RELATIVE.includes(lower(norm.text('operator')))) compare(norm, indicators.get(lower(norm.text('indicator'))), 'indicator', 'id');
  }
  for (const effect of tables('intendedEffects')) {
    const norm = norms.get(lower(effect.text('norm')));
    if (norm && !RELATIVE.includes(lower(norm.text('operator')))) compare(effect, norm, 'norm', 'id');
  }
  for (const m of tables('measurements')) compare(m, indicators.get(lower(m.text('indicator'))), 'indicator', 'id');
}

/** An indicator's scale: its labels, and the keys of its labels (the key rule) to look a value up in. */
interface Scale {
  labels: string[];
  keys: Set<string>;
}

/** Scales of indicators, parsed once per indicator rather than once per value. */
type Scales = (indicator: RowView) => Scale;

function scaleReader(): Scales {
  const scales = new Map<RowView, Scale>();
  return (indicator) => {
    let scale = scales.get(indicator);
    if (!scale) {
      const labels = parseScale(indicator.get('scale'));
      scales.set(indicator, (scale = { labels, keys: new Set(labels.map(lower)) }));
    }
    return scale;
  };
}

/** A norm value or measurement is a label on its indicator's scale, or else a number. */
function scaleValue(row: RowView, key: string, indicator: RowView | undefined, scales: Scales): Finding | null {
  if (row.blank(key) || !indicator) return null;
  const scale = scales(indicator);
  if (scale.labels.length) {
    const value = row.text(key);
    if (scale.keys.has(lower(value))) return null;
    const at = row.at(key);
    return finding('waarde.schaal', at, { value, column: at.column, indicator: indicator.text('id'), scale: scale.labels.join(', ') });
  }
  return notANumber(row, key, indicator.text('id'));
}

function notANumber(row: RowView, key: string, indicator: string): Finding | null {
  if (row.blank(key) || parseNumber(row.get(key)).ok) return null;
  const at = row.at(key);
  return finding('waarde.geen-getal', at, { value: row.text(key), column: at.column, indicator });
}

function normValues(out: RowFindings, indicators: Index, norms: Index, tables: (key: TableKey) => RowView[]): void {
  const scales = scaleReader();
  for (const norm of tables('norms')) {
    const indicator = indicators.get(lower(norm.text('indicator')));
    const operator = lower(norm.text('operator'));
    const kind = lower(norm.text('kind'));
    const relative = RELATIVE.includes(operator);
    for (const key of ['value', 'upper']) {
      // A relative norm is a percentage whatever the indicator's scale (a scale is norm.operator-schaal).
      const problem = relative ? notANumber(norm, key, norm.text('indicator')) : scaleValue(norm, key, indicator, scales);
      if (problem) out.at(norm, key, problem);
    }
    const scale = indicator ? scales(indicator).labels : [];
    if (relative && scale.length) out.at(norm, 'operator', finding('norm.operator-schaal', norm.at('operator'), { operator: norm.text('operator'), indicator: indicator!.text('id'), scale: scale.join(';') }));
    if (operator === 'tussen') {
      const [low, high] = [parseNumber(norm.get('value')), parseNumber(norm.get('upper'))];
      if (norm.blank('upper')) out.at(norm, 'upper', finding('norm.bovengrens', norm.at('upper')));
      else if (low.ok && high.ok && high.value < low.value) out.at(norm, 'upper', finding('norm.bovengrens', norm.at('upper'), { upper: norm.text('upper'), value: norm.text('value') }));
    }
    const [from, until] = [parseDate(norm.get('validFrom')), parseDate(norm.get('validTo'))];
    if (from.ok && until.ok && until.value < from.value) out.at(norm, 'validTo', finding('norm.geldigheid', norm.at('validTo'), { from: formatDate(from.value), until: formatDate(until.value) }));
    if ((relative || kind === 'streefwaarde') && norm.blank('referencePeriod')) {
      out.at(norm, 'referencePeriod', finding('norm.referentieperiode', norm.at('referencePeriod'), { operator: relative ? norm.text('operator') : '' }));
    }
    if (kind.includes('streefwaarde') && norm.blank('targetDate')) out.at(norm, 'targetDate', finding('norm.streefdatum', norm.at('targetDate')));
    if (kind === 'tussentijdse streefwaarde') {
      const target = norms.get(lower(norm.text('target')));
      if (norm.blank('target')) out.at(norm, 'target', finding('norm.bij-streefwaarde', norm.at('target')));
      else if (target && lower(target.text('kind')) !== 'streefwaarde') out.at(norm, 'target', finding('norm.bij-streefwaarde', norm.at('target'), { target: norm.text('target') }));
    }
  }
  for (const m of tables('measurements')) {
    const problem = scaleValue(m, 'value', indicators.get(lower(m.text('indicator'))), scales);
    if (problem) out.at(m, 'value', problem);
  }
}

function aspectThemes(out: RowFindings, aspects: Index, tables: (key: TableKey) => RowView[]): void {
  for (const indicator of tables('indicators')) {
    // The monitor files its series under its own themes; an aspect of another theme is then no mistake to fix.
    if (fromMonitor(indicator) || !isActive(indicator)) continue;
    const aspect = aspects.get(lower(indicator.text('aspect')));
    if (!aspect || indicator.blank('theme') || aspect.blank('theme') || lower(aspect.text('theme')) === lower(indicator.text('theme'))) continue;
    out.at(indicator, 'aspect', finding('aspect.thema', indicator.at('aspect'), { aspect: aspect.text('name'), aspectTheme: aspect.text('theme'), theme: indicator.text('theme') }));
  }
}

/** A follow-up is about one measurement: its indicator, area and period must be in Metingen (any dimension). */
function followUps(out: RowFindings, measurements: RowView[], tables: (key: TableKey) => RowView[]): void {
  const rows = tables('followUps');
  if (!rows.length) return;
  const key = (row: RowView) => {
    const period = parsePeriod(row.get('period'));
    return [lower(row.text('indicator')), lower(row.text('area')), period.ok ? period.value.code : row.text('period')].join('\u0000');
  };
  const measured = new Set(measurements.map(key));
  for (const row of rows) {
    // A blank or unknown key is a finding of its own (verplicht, verwijzing); only whole keys are looked up.
    if (['indicator', 'area', 'period'].some((k) => row.blank(k)) || !parsePeriod(row.get('period')).ok || measured.has(key(row))) continue;
    out.at(row, 'period', finding('opvolging.onbekende-meting', row.at('period'), { indicator: row.text('indicator'), area: row.text('area'), period: row.text('period') }));
  }
}

/** The checks across tables, or only those on the tables `scope` asks for, into `out`. */
export function referenceChecks(data: RegistryData, scope?: CheckScope, out = new RowFindings()): RowFindings {
  const indexes = new Map<TableKey, Index>();
  for (const [key, table] of data.tables) if (table.spec.keyColumn && table.columns.has(table.spec.keyColumn)) indexes.set(key, indexBy(table, table.spec.keyColumn));
  const get = (key: TableKey) => indexes.get(key) ?? new Map();
  // The rows whose findings are wanted: a table outside the scope is not gone through.
  const checked = (key: TableKey) => (!scope || scope[key] ? (data.tables.get(key)?.rows ?? []) : []);
  references(out, data, indexes, scope);
  objectiveTree(out, get('objectives'), checked);
  units(out, get('indicators'), get('norms'), checked);
  normValues(out, get('indicators'), get('norms'), checked);
  aspectThemes(out, get('aspects'), checked);
  followUps(out, data.tables.get('measurements')?.rows ?? [], checked);
  return out;
}
