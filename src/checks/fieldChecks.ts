// Rules of the field (DESIGN.md §3), as warnings: the 5x3x5 objective tree, the transparency norm
// on priority actions, at most a few indicators per objective, what makes a good indicator, and
// complete targets, measures and norms. Only active rows count, and the rules of a policy
// indicator (owner, norm, plan link, the cap per objective) leave context indicators alone.
// Thresholds come from the settings on the system sheet (registry/settings reads them).
import type { Finding } from '../findings';
import { monthsOf } from '../registry/frequency';
import type { RegistryData, RowView } from '../registry/read';
import { fromMonitor, isActive, isContextIndicator } from '../registry/roles';
import type { Thresholds } from '../registry/settings';
import { parseDate } from '../registry/values';
import { dateToSerial, serialToDate } from '../workbook/address';
import { indexBy } from './referenceChecks';
import { finding } from '../rules';
import { push } from '../collections';
import { codeKey } from '../registry/keys';

/** Codes and IDs compared by the registry's one key rule (registry/keys.codeKey). */
const lower = (s: string) => codeKey(s);

function countBy(rows: RowView[], key: string): Map<string, RowView[]> {
  const groups = new Map<string, RowView[]>();
  for (const row of rows) {
    if (row.blank(key)) continue;
    const k = lower(row.text(key));
    push(groups, k, row);
  }
  return groups;
}

function objectiveTree(data: RegistryData, t: Thresholds): Finding[] {
  const out: Finding[] = [];
  // Finished and stopped objectives are history: they no longer count in the plan.
  const rows = (data.tables.get('objectives')?.rows ?? []).filter(isActive);
  if (!rows.length) return out;
  const byCode = indexBy(data.tables.get('objectives'), 'code');
  const level = (r: RowView) => lower(r.text('level'));

  const goals = rows.filter((r) => level(r) === 'beleidsdoelstelling');
  if (goals.length > t.max_beleidsdoelstellingen) {
    out.push(finding('mjp.beleidsdoelstellingen', goals[t.max_beleidsdoelstellingen].at('code'), { count: goals.length, max: t.max_beleidsdoelstellingen }));
  }
  const children = (childLevel: string, rule: 'mjp.actieplannen' | 'mjp.acties', max: number) => {
    for (const [parent, kids] of countBy(rows.filter((r) => level(r) === childLevel), 'parent')) {
      const owner = byCode.get(parent);
      if (kids.length > max && owner) out.push(finding(rule, owner.at('code'), { code: owner.text('code'), count: kids.length, max }));
    }
  };
  children('actieplan', 'mjp.actieplannen', t.max_actieplannen);
  children('actie', 'mjp.acties', t.max_acties);

  // Too few priorities is only a finding once the plan has enough actieplannen and acties to mark:
  // while it is still being entered, no one can act on it.
  const plansAndActions = rows.filter((r) => level(r) === 'actieplan' || level(r) === 'actie');
  const priority = plansAndActions.filter((r) => lower(r.text('priority')) === 'ja').length;
  if ((priority < t.min_prioritair && plansAndActions.length >= t.min_prioritair) || priority > t.max_prioritair) {
    out.push(finding('mjp.prioritair', { sheet: data.tables.get('objectives')!.sheet }, { count: priority, min: t.min_prioritair, max: t.max_prioritair }));
  }

  for (const [code, linked] of countBy(policyIndicators(data), 'plan')) {
    const objective = byCode.get(code);
    if (linked.length > t.max_indicatoren) {
      const at = objective ? objective.at('code') : linked[t.max_indicatoren].at('plan');
      out.push(finding('mjp.indicatoren', at, { code: objective?.text('code') ?? linked[0].text('plan'), count: linked.length, max: t.max_indicatoren }));
    }
  }
  return out;
}

/** The active policy indicators: the few the rules of a good indicator are about (context indicators are not). */
const policyIndicators = (data: RegistryData) => (data.tables.get('indicators')?.rows ?? []).filter((r) => isActive(r) && !isContextIndicator(r));

function indicators(data: RegistryData, t: Thresholds): Finding[] {
  const out: Finding[] = [];
  const table = data.tables.get('indicators');
  if (!table) return out;
  const normed = new Set((data.tables.get('norms')?.rows ?? []).map((n) => lower(n.text('indicator'))));
  const minMonths = monthsOf(t.min_frequentie) ?? 6;
  const missing = [
    ['owner', 'indicator.geen-eigenaar'],
    ['definition', 'indicator.geen-definitie'],
    ['unit', 'indicator.geen-eenheid'],
    ['source', 'indicator.geen-bron'],
  ] as const;
  for (const row of table.rows) {
    if (!isActive(row)) continue;
    const id = row.text('id');
    const policy = !isContextIndicator(row);
    for (const [key, rule] of missing) if (table.columns.has(key) && row.blank(key) && (policy || key !== 'owner')) out.push(finding(rule, row.at(key), { id }));
    // The monitor's rhythm is the monitor's: no one in the municipality can change it.
    const months = monthsOf(row.text('frequency'));
    if (months !== undefined && months > minMonths && !fromMonitor(row)) out.push(finding('indicator.frequentie', row.at('frequency'), { id, frequency: row.text('frequency'), min: t.min_frequentie }));
    if (!policy) continue;
    if (data.tables.has('norms') && !normed.has(lower(id))) out.push(finding('indicator.geen-norm', row.at('id'), { id }));
    if (table.columns.has('plan') && row.blank('plan')) out.push(finding('indicator.geen-mjp', row.at('plan'), { id }));
  }
  return out;
}

function normsAndMeasures(data: RegistryData, now: Date): Finding[] {
  const out: Finding[] = [];
  // The norms of a finished or stopped indicator stay as history, without findings.
  const inactive = new Set((data.tables.get('indicators')?.rows ?? []).filter((r) => !isActive(r)).map((r) => lower(r.text('id'))));
  const allNorms = data.tables.get('norms')?.rows ?? [];
  const norms = allNorms.filter((n) => !inactive.has(lower(n.text('indicator'))));
  const kind = (r: RowView) => lower(r.text('kind'));
  const intermediateOf = new Set(allNorms.filter((n) => kind(n) === 'tussentijdse streefwaarde').map((n) => lower(n.text('target'))));
  for (const norm of norms) {
    if (kind(norm) === 'streefwaarde' && !intermediateOf.has(lower(norm.text('id')))) out.push(finding('streefwaarde.geen-tussentijdse', norm.at('id'), { id: norm.text('id') }));
  }

  // A norm that has ended is fine when a later one takes over for the same indicator and area.
  const today = Math.floor(dateToSerial(now));
  const end = (r: RowView) => {
    const d = parseDate(r.get('validTo'));
    return r.blank('validTo') ? Number.POSITIVE_INFINITY : d.ok ? d.value : null;
  };
  for (const norm of norms) {
    const until = end(norm);
    if (until === null || until >= today || kind(norm) === 'tussentijdse streefwaarde') continue;
    const successor = allNorms.some((other) => {
      const otherEnd = end(other);
      return other !== norm && otherEnd !== null && otherEnd > until && lower(other.text('indicator')) === lower(norm.text('indicator')) && lower(other.text('area')) === lower(norm.text('area'));
    });
    if (!successor) {
      const date = serialToDate(until).toISOString().slice(0, 10).split('-').reverse().join('/');
      out.push(finding('norm.verlopen', norm.at('validTo'), { id: norm.text('id'), until: date, indicator: norm.text('indicator') }));
    }
  }

  const effected = new Set([...(data.tables.get('intendedEffects')?.rows ?? []), ...(data.tables.get('intendedExecutions')?.rows ?? [])].map((r) => lower(r.text('measure'))));
  if (data.tables.has('intendedEffects') || data.tables.has('intendedExecutions')) {
    for (const measure of data.tables.get('measures')?.rows ?? []) {
      if (!effected.has(lower(measure.text('id')))) out.push(finding('maatregel.geen-effect', measure.at('id'), { id: measure.text('id') }));
    }
  }
  const executions = data.tables.get('intendedExecutions');
  if (executions?.columns.has('rule')) {
    for (const execution of executions.rows) {
      if (execution.blank('rule')) out.push(finding('uitvoering.geen-regel', execution.at('rule'), { id: execution.text('id'), measure: execution.text('measure') }));
    }
  }
  return out;
}

export function fieldChecks(data: RegistryData, t: Thresholds, now: Date): Finding[] {
  return [...objectiveTree(data, t), ...indicators(data, t), ...normsAndMeasures(data, now)];
}
