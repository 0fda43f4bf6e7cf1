// The gaps Toets aan normen finds: per indicator and area of the municipality the value that is due
// but missing (Ontbreekt) or too old (Verouderd), and per empty Metingen row whether it is due yet.
import type { Context } from './context';
import { dueDate, gapOf } from './due';
import { lower, type Measurement } from './model';
import { formatDate } from './text';
import type { GapFlag } from './types';

/** Per indicator and area of the municipality, the value that is due and missing or too old. */
export function gaps(ctx: Context): GapFlag[] {
  const { model } = ctx;
  const out: GapFlag[] = [];
  const pairs = new Map<string, { indicator: string; area: string; periods: Measurement[] }>();
  for (const m of model.measurements) {
    if (!ctx.inMunicipality(m.area)) continue;
    const key = `${m.indicator}\u0000${lower(m.area)}`;
    const pair = pairs.get(key) ?? { indicator: m.indicator, area: m.area, periods: [] };
    if (m.value !== null) pair.periods.push(m);
    pairs.set(key, pair);
  }
  if (model.gemeente) {
    const measured = new Set([...pairs.values()].map((p) => p.indicator));
    for (const key of model.indicators.keys()) {
      if (!measured.has(key)) pairs.set(`${key}\u0000${lower(model.gemeente)}`, { indicator: key, area: model.gemeente, periods: [] });
    }
  }
  for (const pair of pairs.values()) {
    const indicator = model.indicators.get(pair.indicator)!;
    if (indicator.inactive) continue;
    const gap = gapOf(indicator.months, pair.periods.map((m) => m.period), ctx.today, indicator.lag);
    if (!gap) continue;
    const where = ctx.areaName(pair.area);
    const message =
      gap.status === 'missing'
        ? `Geen waarde van ${indicator.id} (${indicator.name}) voor ${where} in ${gap.period.code}: die werd verwacht tegen ${formatDate(dueDate(gap.period, indicator.lag))} (${indicator.frequency}${indicator.lag ? `, beschikbaar ${indicator.lag} maanden na de periode` : ''}).`
        : `De laatste waarde van ${indicator.id} (${indicator.name}) voor ${where} is van ${gap.period.code}: te oud voor een indicator die ${indicator.frequency} bijgewerkt wordt.`;
    out.push({ indicator: indicator.id, gebied: pair.area, periode: gap.period.code, status: gap.status, message });
  }
  return out;
}

/** A Metingen row without a value: Ontbreekt once its period is due, else nothing (a row made ahead of the round). */
export function emptyValue(ctx: Context, m: Measurement): { missing: boolean; explanation: string | null } {
  const due = dueDate(m.period, ctx.indicator(m).lag);
  const missing = due <= ctx.today;
  return { missing, explanation: missing ? `Geen waarde voor ${m.period.code}: die werd verwacht tegen ${formatDate(due)}.` : null };
}
