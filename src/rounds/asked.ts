// Which measurements an owner (dienst) must report in a half-year round: the owner's indicators
// whose value falls due at the round's semester end on their frequency (the same rule Toets aan
// normen uses for Ontbreekt), for every area of the municipality the indicator is followed in.
// Indicators whose Bron is the Gemeente-Stadsmonitor come from the import, not from staff, so they are
// not asked (an in-house Broncode is still asked); nor are finished or stopped indicators.
import { dueDate, lastDuePeriod } from '../norms/due';
import { lagOf } from '../norms/model';
import { areaTree, type AreaTree } from '../norms/areas';
import { formatNumber } from '../norms/text';
import { monthsOf } from '../registry/frequency';
import type { RegistryData, RowView } from '../registry/read';
import { fromMonitor, isActive } from '../registry/roles';
import { parseDate, parsePeriod, type Period } from '../registry/values';
import { formatDate } from '../norms/text';
import { followUpText } from '../report/text';
import { push } from '../collections';

/** One row of an update form: a measurement to report. */
export interface AskedRow {
  indicator: string;
  name: string;
  definition: string;
  unit: string;
  /** Labels best first, for an indicator on an ordinal scale. */
  scale: string | null;
  area: string;
  areaName: string;
  period: string;
  dimension: string;
  /** The last known values, newest first: `2025-S2: 48,7; 2025-S1: 49,6`. */
  history: string;
  /** The open Bijsturing of this indicator and area (Opvolging), one per line; '' when none. */
  followUps: string;
}

const lower = (s: string) => s.trim().toLowerCase();
const same = (a: string, b: string) => lower(a) === lower(b);

/** A round's period: a semester, whose end is the day its values are due. */
export function roundPeriod(code: string): Period | null {
  const p = parsePeriod(code);
  return p.ok && p.value.kind === 'semester' ? p.value : null;
}

/** The periods of an indicator's kind that make up the semester `due` ends in (months and quarters give several). */
function periodsInSemester(due: Period): Period[] {
  if (due.kind !== 'maand' && due.kind !== 'kwartaal') return [due];
  const firstHalf = Number(/(\d+)$/.exec(due.code)![1]) <= (due.kind === 'maand' ? 6 : 2);
  const first = firstHalf ? 1 : due.kind === 'maand' ? 7 : 3;
  const codes = due.kind === 'maand' ? [0, 1, 2, 3, 4, 5].map((i) => `${due.year}-${String(first + i).padStart(2, '0')}`) : [0, 1].map((i) => `${due.year}-Q${first + i}`);
  return codes.map((c) => (parsePeriod(c) as { ok: true; value: Period }).value);
}

function historyOf(rows: RowView[]): string {
  return rows
    .filter((r) => !r.blank('value'))
    .map((r) => ({ period: parsePeriod(r.get('period')), value: r.get('value') }))
    .filter((x): x is { period: { ok: true; value: Period }; value: string | number } => x.period.ok)
    .sort((a, b) => b.period.value.end - a.period.value.end)
    .slice(0, 3)
    .map((x) => `${x.period.value.code}: ${typeof x.value === 'number' ? formatNumber(x.value) : x.value}`)
    .join('; ');
}

export interface OwnerIndicators {
  /** The indicators whose rows are asked. */
  asked: AskedRow[];
  /** Indicators of the owner left off the form, with the reason (for the start summary). */
  notAsked: { indicator: string; reason: string }[];
}

export class AskedMeasurements {
  private readonly areas: AreaTree;
  private readonly gemeente: string | null;
  /** Measurement rows per indicator (lower-case ID). */
  private readonly byIndicator = new Map<string, RowView[]>();
  /** Open Opvolging rows per indicator and area (lower case). */
  private readonly openFollowUps = new Map<string, RowView[]>();

  constructor(private readonly data: RegistryData) {
    const rows = (key: 'areas' | 'measurements') => data.tables.get(key)?.rows ?? [];
    this.areas = areaTree(rows('areas').map((r) => ({ code: r.text('code'), name: r.text('name'), level: r.text('level'), parent: r.text('parent') })));
    this.gemeente = data.settings.raw.gemeente ?? null;
    for (const r of rows('measurements')) {
      push(this.byIndicator, lower(r.text('indicator')), r);
    }
    for (const r of data.tables.get('followUps')?.rows ?? []) {
      if (lower(r.text('status')) !== 'afgerond') push(this.openFollowUps, `${lower(r.text('indicator'))}\u0000${lower(r.text('area'))}`, r);
    }
  }

  /** The open Bijsturing of an indicator in an area, as the form shows it. */
  private followUpsOf(indicator: string, area: string): string {
    return (this.openFollowUps.get(`${lower(indicator)}\u0000${lower(area)}`) ?? [])
      .map((r) => {
        const due = parseDate(r.get('due'));
        return followUpText({ period: r.text('period'), deviation: '', decision: r.text('decision'), by: r.text('by'), due: due.ok && !r.blank('due') ? formatDate(due.value) : '', status: 'open' });
      })
      .join('\n');
  }

  /** Owners on the Diensten list, as written there. */
  owners(): string[] {
    return (this.data.tables.get('departments')?.rows ?? []).map((r) => r.text('name')).filter(Boolean);
  }

  contact(owner: string): string {
    return this.data.tables.get('departments')?.rows.find((r) => same(r.text('name'), owner))?.text('contact') ?? '';
  }

  /** Whether an area lies in the registry's municipality (benchmarks such as Vlaams Gewest do not). */
  private inMunicipality(area: string): boolean {
    return this.gemeente !== null && this.areas.distance(area, this.gemeente) >= 0;
  }

  forOwner(owner: string, round: Period): OwnerIndicators {
    const roundEnd = dueDate(round);
    const out: OwnerIndicators = { asked: [], notAsked: [] };
    for (const ind of this.data.tables.get('indicators')?.rows ?? []) {
      if (!same(ind.text('owner'), owner) || ind.blank('id')) continue;
      const id = ind.text('id');
      if (!isActive(ind)) {
        out.notAsked.push({ indicator: id, reason: `is ${ind.text('status').toLowerCase()}` });
        continue;
      }
      if (fromMonitor(ind)) {
        out.notAsked.push({ indicator: id, reason: `komt uit de monitor${ind.blank('sourceCode') ? '' : ` (broncode ${ind.text('sourceCode')})`}` });
        continue;
      }
      const months = monthsOf(ind.text('frequency'));
      if (months === undefined) {
        out.notAsked.push({ indicator: id, reason: 'heeft geen geldige frequentie' });
        continue;
      }
      // Every series (area and dimension) of the municipality the indicator is followed in; none yet: the municipality itself.
      const series = new Map<string, RowView[]>();
      for (const r of this.byIndicator.get(lower(id)) ?? []) {
        if (!this.inMunicipality(r.text('area'))) continue;
        push(series, `${lower(r.text('area'))}\u0000${lower(r.text('dimension'))}`, r);
      }
      const rowsBefore = out.asked.length;
      const list: { area: string; dimension: string; rows: RowView[] }[] = [...series.values()].map((rows) => ({ area: rows[0].text('area'), dimension: rows[0].text('dimension'), rows }));
      if (!list.length && this.gemeente) list.push({ area: this.gemeente, dimension: '', rows: [] });
      for (const s of list) {
        const periods = s.rows.filter((r) => !r.blank('value')).flatMap((r) => {
          const p = parsePeriod(r.get('period'));
          return p.ok ? [p.value] : [];
        });
        const latest = periods.reduce<Period | null>((a, p) => (!a || p.end > a.end ? p : a), null);
        const lag = lagOf(ind);
        const due = lastDuePeriod(months, roundEnd, latest, lag);
        if (!due) continue;
        for (const p of periodsInSemester(due)) {
          // Falls due in this round, or was due before and is still missing.
          if (dueDate(p, lag) !== roundEnd && periods.some((q) => q.code === p.code)) continue;
          out.asked.push({
            indicator: id,
            name: ind.text('name'),
            definition: ind.text('definition'),
            unit: ind.text('unit'),
            scale: ind.blank('scale') ? null : ind.text('scale'),
            area: s.area,
            areaName: this.areas.name(s.area),
            period: p.code,
            dimension: s.dimension,
            history: historyOf(s.rows),
            followUps: this.followUpsOf(id, s.area),
          });
        }
      }
      if (out.asked.length === rowsBefore) out.notAsked.push({ indicator: id, reason: `geen waarde te rapporteren in ${round.code} (${ind.text('frequency')})` });
    }
    return out;
  }
}
