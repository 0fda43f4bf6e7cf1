// The half-year report as data (issue 19): along the objective tree of the multi-year plan, per
// indicator and area the latest value up to the report's period, the test and status Toets aan normen
// wrote beside it in Metingen, the change since the previous value and the baseline, the benchmark,
// the owner's Toelichting and the Bijsturing from Opvolging; a summary up front. The Rapport sheet
// and the Word document are both drawn from this one model. It reads what flag wrote and judges
// nothing itself, so the report says what the workbook shows.
import type { ChartSeries } from '../norms';
import { areaTree, type AreaTree } from '../norms/areas';
import { lower } from '../norms/model';
import { RELATIVE, decimalsOf, describeTest, roundExcel, toOperator } from '../norms/operators';
import { STATUS_TEXT, type GapStatus, type MeasurementStatus } from '../norms/status';
import { formatChange, formatDate } from '../norms/text';
import { FLEMISH_REGION } from '../registry/gemeenten';
import type { RegistryData, RowView } from '../registry/read';
import { isActive, isContextIndicator } from '../registry/roles';
import { parseDate, parseNumber, parsePeriod, periodReader, type Period } from '../registry/values';
import { push } from '../collections';

export type StatusKey = MeasurementStatus | GapStatus | 'not_evaluated';

export interface FollowUp {
  period: string;
  deviation: string;
  decision: string;
  by: string;
  /** dd/mm/jjjj, or '' */
  due: string;
  status: 'open' | 'afgerond';
}

export interface PointValue {
  period: string;
  value: number | string;
}

/** One indicator in one area (and dimension) of the municipality. */
export interface IndicatorLine {
  id: string;
  name: string;
  unit: string;
  owner: string;
  area: string;
  areaName: string;
  dimension: string;
  /** The newest value up to the report's period; null when there is none. */
  latest: PointValue | null;
  /** Whether `latest` is of the report's period itself (else it is older, and so said). */
  current: boolean;
  previous: PointValue | null;
  baseline: PointValue | null;
  /** `+0,6 dB(A)` or `C → B`; null without two values. */
  sincePrevious: string | null;
  sinceBaseline: string | null;
  /** The test Toets aan normen applied, in words, e.g. `max. 48 dB(A) (NRM-001)`. */
  norm: string | null;
  /** The Dutch status word, as in Metingen; null when flag has not judged the value. */
  status: string | null;
  statusKey: StatusKey | null;
  benchmark: { name: string; value: number | string } | null;
  comment: string;
  followUps: FollowUp[];
  /** Numeric series for the chart; null for labels (an ordinal scale) or a single value. */
  chart: ChartSeries | null;
}

/** What the owner of an action or measure reported in the round (issue 19 §3). */
export interface Progress {
  /** gepland, in uitvoering, uitgevoerd, uitgesteld, stopgezet; '' when not reported. */
  status: string;
  realisation: number | null;
  comment: string;
  /** The half-year it was reported for, or ''. */
  period: string;
}

export interface MeasureLine {
  id: string;
  name: string;
  owner: string;
  status: string;
  end: string;
  progress: Progress | null;
}

export interface ObjectiveNode {
  code: string;
  level: string;
  title: string;
  owner: string;
  /** The progress its owner reported (an actie); null when none. */
  progress: Progress | null;
  indicators: IndicatorLine[];
  measures: MeasureLine[];
  children: ObjectiveNode[];
}

export interface ReportSummary {
  /** Per status word, how many indicator lines have it (in the order of STATUS_TEXT). */
  counts: { status: string; key: StatusKey; count: number }[];
  /** Afwijking or Niet op koers without any Bijsturing yet: a decision is needed. */
  decisions: IndicatorLine[];
  /** Values of the report's period still missing: asked in the round, or Ontbreekt in Metingen. */
  missing: { indicator: string; name: string; area: string; period: string }[];
  /** Actions and measures behind schedule, each with why. */
  behind: { code: string; title: string; reason: string }[];
}

export interface Report {
  municipality: string;
  period: string;
  council: boolean;
  summary: ReportSummary;
  /** The objective tree, roots in table order. */
  objectives: ObjectiveNode[];
  /** Policy indicators whose MJP-koppeling is empty or points at no objective (a context indicator has none by design, and is left out). */
  unlinked: IndicatorLine[];
  /** Plain Dutch lines for what the registry lacks (no objectives, no flags, no values in the period). */
  notes: string[];
}

export interface ReportOptions {
  /** The half-year, e.g. 2026-S1. */
  period: Period;
  /** Only the indicators marked Naar de raad, and their objectives. */
  council?: boolean;
  /** The measurements still asked in the round of this period (from Rondes), when a round runs. */
  asked?: { indicator: string; area: string; period: string; dimension: string }[];
}

const STATUS_KEY = new Map(Object.entries(STATUS_TEXT).map(([key, word]) => [lower(word), key as StatusKey]));
/** Statuses that ask for a decision when no Bijsturing is recorded. */
const NEEDS_DECISION: readonly StatusKey[] = ['deviation', 'off_track'];

/** A measurement row as read for the report. */
interface Point {
  row: RowView;
  period: Period;
  value: number | string | null;
}

function valueOf(row: RowView): number | string | null {
  if (row.blank('value')) return null;
  const raw = row.get('value');
  const n = parseNumber(raw);
  return typeof raw === 'number' || (n.ok && !/[a-z]/i.test(String(raw))) ? (n.ok ? n.value : null) : row.text('value');
}

function change(from: PointValue, to: PointValue, unit: string): string | null {
  if (typeof from.value === 'number' && typeof to.value === 'number') {
    const delta = roundExcel(to.value - from.value, Math.max(decimalsOf(from.value), decimalsOf(to.value)));
    return `${formatChange(delta)}${unit && lower(unit) !== 'label' ? ` ${unit}` : ''}`;
  }
  return `${from.value} → ${to.value}`;
}

class ReportBuilder {
  private readonly areas: AreaTree;
  private readonly gemeente: string | null;
  private readonly series = new Map<string, Point[]>();
  private readonly followUps = new Map<string, FollowUp[]>();
  private readonly norms = new Map<string, RowView>();
  private flagged = false;

  constructor(
    data: RegistryData,
    private readonly options: ReportOptions,
  ) {
    const rows = (key: Parameters<RegistryData['tables']['get']>[0]) => data.tables.get(key)?.rows ?? [];
    this.areas = areaTree(rows('areas').map((r) => ({ code: r.text('code'), name: r.text('name'), level: r.text('level'), parent: r.text('parent') })));
    this.gemeente = data.settings.raw.gemeente ?? null;
    for (const r of rows('norms')) if (!r.blank('id')) this.norms.set(lower(r.text('id')), r);
    const readPeriod = periodReader();
    for (const r of rows('measurements')) {
      const period = readPeriod(r.get('period'));
      if (!period.ok || r.blank('indicator')) continue;
      if (!r.blank('status')) this.flagged = true;
      push(this.series, [lower(r.text('indicator')), lower(r.text('area')), lower(r.text('dimension'))].join('\u0000'), { row: r, period: period.value, value: valueOf(r) });
    }
    for (const points of this.series.values()) points.sort((a, b) => a.period.end - b.period.end || a.period.start - b.period.start);
    for (const r of rows('followUps')) {
      const due = parseDate(r.get('due'));
      const period = parsePeriod(r.get('period'));
      push(this.followUps, `${lower(r.text('indicator'))}\u0000${lower(r.text('area'))}`, {
        period: period.ok ? period.value.code : r.text('period'),
        deviation: r.text('deviation'),
        decision: r.text('decision'),
        by: r.text('by'),
        due: due.ok && !r.blank('due') ? formatDate(due.value) : '',
        status: lower(r.text('status')) === 'afgerond' ? 'afgerond' : 'open',
      });
    }
  }

  get hasFlags(): boolean {
    return this.flagged;
  }

  private inMunicipality(area: string): boolean {
    if (this.gemeente) return this.areas.distance(area, this.gemeente) >= 0;
    return !['gewest', 'provincie'].includes(this.areas.level(area)) && lower(area) !== lower(FLEMISH_REGION.nis);
  }

  /** Every series of an indicator in the municipality; none measured yet: the municipality itself. */
  private seriesOf(indicator: string): { area: string; dimension: string; points: Point[] }[] {
    const out: { area: string; dimension: string; points: Point[] }[] = [];
    for (const [key, points] of this.series) {
      const [id] = key.split('\u0000');
      const first = points[0].row;
      if (id === lower(indicator) && this.inMunicipality(first.text('area'))) out.push({ area: first.text('area'), dimension: first.text('dimension'), points });
    }
    if (!out.length && this.gemeente) out.push({ area: this.gemeente, dimension: '', points: [] });
    return out;
  }

  /** The value of another area than the municipality's in the same period: Vlaams Gewest first. */
  private benchmark(indicator: string, dimension: string, period: string): { name: string; value: number | string } | null {
    let found: { name: string; value: number | string; flemish: boolean } | null = null;
    for (const [key, points] of this.series) {
      const [id, area, dim] = key.split('\u0000');
      if (id !== lower(indicator) || dim !== lower(dimension) || this.inMunicipality(area)) continue;
      const p = points.find((x) => x.period.code === period && x.value !== null);
      if (!p) continue;
      const flemish = area === lower(FLEMISH_REGION.nis);
      const name = flemish ? FLEMISH_REGION.name : this.areas.name(p.row.text('area'));
      if (!found || (flemish && !found.flemish)) found = { name, value: p.value!, flemish };
    }
    return found && { name: found.name, value: found.value };
  }

  line(indicator: RowView): IndicatorLine[] {
    const id = indicator.text('id');
    const unit = indicator.text('unit');
    const end = this.options.period.end;
    return this.seriesOf(id).map(({ area, dimension, points }) => {
      const valued = points.filter((p) => p.value !== null && p.period.end <= end);
      const last = valued.at(-1) ?? null;
      const before = valued.at(-2) ?? null;
      const point = (p: Point | null): PointValue | null => (p ? { period: p.period.code, value: p.value! } : null);
      const latest = point(last);
      const normId = last ? last.row.text('normId') : '';
      const reference = normId ? parsePeriod(this.norms.get(lower(normId))?.get('referencePeriod') ?? null) : null;
      const base = (reference?.ok && valued.find((p) => p.period.code === reference.value.code)) || valued[0] || null;
      const baseline = base && base !== last ? point(base) : null;
      const previous = point(before);
      const word = last ? last.row.text('status') : '';
      let norm: string | null = null;
      const operator = last ? toOperator(last.row.text('normOperator')) : undefined;
      if (last && operator && !last.row.blank('normValue')) {
        const test = { operator, value: last.row.get('normValue') as number | string, upper: last.row.get('normUpper') as number | string | null };
        const path = [STATUS_TEXT.on_track, STATUS_TEXT.off_track].map(lower).includes(lower(word));
        norm = `${path ? 'streefpad ' : ''}${describeTest(test, unit)} (${normId})`;
      }
      return {
        id,
        name: indicator.text('name'),
        unit,
        owner: indicator.text('owner'),
        area,
        areaName: this.areas.name(area),
        dimension,
        latest,
        current: last?.period.code === this.options.period.code || (last !== null && last.period.end === end),
        previous,
        baseline,
        sincePrevious: latest && previous ? change(previous, latest, unit) : null,
        sinceBaseline: latest && baseline ? change(baseline, latest, unit) : null,
        norm,
        status: word || null,
        statusKey: STATUS_KEY.get(lower(word)) ?? null,
        benchmark: last ? this.benchmark(id, dimension, last.period.code) : null,
        comment: last ? last.row.text('comment') : '',
        followUps: this.followUps.get(`${lower(id)}\u0000${lower(area)}`) ?? [],
        chart: this.chart(id, area, dimension, valued),
      };
    });
  }

  private chart(indicator: string, area: string, dimension: string, valued: Point[]): ChartSeries | null {
    const numeric = valued.filter((p) => typeof p.value === 'number');
    if (numeric.length < 2) return null;
    const periods = numeric.map((p) => p.period.code);
    const bench = periods.map((p) => {
      const b = this.benchmark(indicator, dimension, p);
      return b && typeof b.value === 'number' ? b.value : null;
    });
    // A toename/afname norm is a percentage, not a value on the indicator's axis.
    const norm = numeric.map((p) => {
      const v = p.row.get('normValue');
      const operator = toOperator(p.row.text('normOperator'));
      return typeof v === 'number' && operator && !RELATIVE.includes(operator) ? v : null;
    });
    return { indicator, gebied: area, dimensie: dimension, periods, values: numeric.map((p) => p.value as number), norm, benchmark: bench };
  }

  /** The period's measurements still without a value: asked in the round, or left empty in Metingen. */
  missing(indicators: Map<string, RowView>): ReportSummary['missing'] {
    const out = new Map<string, ReportSummary['missing'][number]>();
    const add = (indicator: string, area: string, period: string) => {
      const row = indicators.get(lower(indicator));
      // A stopped or finished indicator is no longer asked: its value is not missing.
      if (!row || !isActive(row)) return;
      out.set([lower(indicator), lower(area), period].join('\u0000'), { indicator: row.text('id'), name: row.text('name'), area: this.areas.name(area), period });
    };
    for (const k of this.options.asked ?? []) {
      const points = this.series.get([lower(k.indicator), lower(k.area), lower(k.dimension)].join('\u0000')) ?? [];
      if (!points.some((p) => p.period.code === k.period && p.value !== null)) add(k.indicator, k.area, k.period);
    }
    for (const points of this.series.values()) {
      for (const p of points) {
        const inPeriod = p.period.end <= this.options.period.end && p.period.end >= this.options.period.start;
        if (inPeriod && p.value === null && this.inMunicipality(p.row.text('area'))) add(p.row.text('indicator'), p.row.text('area'), p.period.code);
      }
    }
    return [...out.values()];
  }

  get hasValuesInPeriod(): boolean {
    const { start, end } = this.options.period;
    return [...this.series.values()].some((points) => points.some((p) => p.value !== null && p.period.end >= start && p.period.end <= end));
  }
}

const council = (row: RowView) => lower(row.text('council')) === 'ja';

/** The progress on a row of Doelstellingen or Maatregelen; null when nothing was reported. */
function progressOf(row: RowView, statusKey: 'progress' | 'status'): Progress | null {
  const realisation = parseNumber(row.get('realisation'));
  const period = parsePeriod(row.get('progressPeriod'));
  const progress: Progress = {
    status: row.text(statusKey),
    realisation: realisation.ok && !row.blank('realisation') ? realisation.value : null,
    comment: row.text('progressComment'),
    period: period.ok && !row.blank('progressPeriod') ? period.value.code : '',
  };
  return progress.realisation === null && !progress.comment && !progress.period && (statusKey === 'status' || !progress.status) ? null : progress;
}

/**
 * Whether an indicator was still followed up in the half-year: active, or afgewerkt or stopgezet
 * after the half-year began (Status sinds). One stopped before, or since a date not given, is no
 * longer reported; its values stay in Metingen as history.
 */
function followedIn(row: RowView, period: Period): boolean {
  if (isActive(row)) return true;
  const since = parseDate(row.get('statusSince'));
  return !row.blank('statusSince') && since.ok && since.value > period.start;
}

/** Builds the report from a registry read by openRegistry. */
export function buildReport(data: RegistryData, options: ReportOptions): Report {
  const builder = new ReportBuilder(data, options);
  const rows = (key: Parameters<RegistryData['tables']['get']>[0]) => data.tables.get(key)?.rows ?? [];
  const settings = data.settings.raw;
  const allIndicators = rows('indicators').filter((r) => !r.blank('id'));
  const indicators = options.council ? allIndicators.filter(council) : allIndicators;
  const objectiveRows = rows('objectives').filter((r) => !r.blank('code'));
  const notes: string[] = [];

  const nodes = new Map<string, ObjectiveNode>();
  for (const r of objectiveRows) {
    if (!nodes.has(lower(r.text('code')))) {
      nodes.set(lower(r.text('code')), { code: r.text('code'), level: r.text('level'), title: r.text('title'), owner: r.text('owner'), progress: progressOf(r, 'progress'), indicators: [], measures: [], children: [] });
    }
  }
  const roots: ObjectiveNode[] = [];
  for (const r of objectiveRows) {
    const node = nodes.get(lower(r.text('code')))!;
    if (roots.includes(node) || [...nodes.values()].some((n) => n.children.includes(node))) continue;
    const parent = r.blank('parent') ? undefined : nodes.get(lower(r.text('parent')));
    // A parent that is missing, or the node itself (a cycle the checks report), makes it a root.
    if (parent && parent !== node && !within(parent, node)) parent.children.push(node);
    else roots.push(node);
  }

  const unlinked: IndicatorLine[] = [];
  const lines: IndicatorLine[] = [];
  for (const r of indicators) {
    if (!followedIn(r, options.period)) continue;
    const node = r.blank('plan') ? undefined : nodes.get(lower(r.text('plan')));
    // A context indicator has no objective: that is no missing link, and it carries no policy to report.
    if (!node && isContextIndicator(r)) continue;
    const own = builder.line(r);
    lines.push(...own);
    if (node) node.indicators.push(...own);
    else unlinked.push(...own);
  }
  const behind: ReportSummary['behind'] = [];
  const end = options.period.end;
  for (const r of rows('measures')) {
    const node = r.blank('plan') ? undefined : nodes.get(lower(r.text('plan')));
    const finish = parseDate(r.get('end'));
    const status = lower(r.text('status'));
    const measure: MeasureLine = {
      id: r.text('id'),
      name: r.text('name'),
      owner: r.text('owner'),
      status: r.text('status'),
      end: finish.ok && !r.blank('end') ? formatDate(finish.value) : '',
      progress: progressOf(r, 'status'),
    };
    if (node) node.measures.push(measure);
    if (status === 'uitgesteld') behind.push({ code: measure.id, title: measure.name, reason: 'uitgesteld' });
    else if (finish.ok && !r.blank('end') && finish.value <= end && !['uitgevoerd', 'stopgezet'].includes(status)) {
      behind.push({ code: measure.id, title: measure.name, reason: `einde ${measure.end} voorbij, status ${measure.status || 'leeg'}` });
    }
  }
  // An action is behind when its owner reports it postponed, or when one of its indicators is off its target path.
  for (const node of nodes.values()) {
    if (lower(node.level) !== 'actie') continue;
    const off = node.indicators.filter((l) => l.statusKey === 'off_track');
    const reasons = [lower(node.progress?.status ?? '') === 'uitgesteld' ? 'uitgesteld' : '', off.length ? `niet op koers: ${off.map((l) => `${l.id} in ${l.areaName}`).join(', ')}` : ''].filter(Boolean);
    if (reasons.length) behind.push({ code: node.code, title: node.title, reason: reasons.join('; ') });
  }

  // --raad: only the branches that lead to a marked indicator.
  const keep = (node: ObjectiveNode): boolean => {
    node.children = node.children.filter(keep);
    return !options.council || node.indicators.length > 0 || node.children.length > 0;
  };
  const objectives = roots.filter(keep);

  if (!objectiveRows.length) notes.push('Het register heeft geen doelstellingen (tabel Doelstellingen is leeg): de indicatoren staan hieronder zonder de boom van het meerjarenplan.');
  if (!builder.hasFlags) notes.push('Toets aan normen werd nog niet uitgevoerd: de metingen hebben geen status. Voer eerst Toets aan normen uit (beleidsregister toets) om de statussen en normen in het rapport te krijgen.');
  if (!builder.hasValuesInPeriod) notes.push(`Er zijn geen waarden voor ${options.period.code} in Metingen; het rapport toont de laatste waarden van vóór die periode.`);

  const counts = new Map<StatusKey, number>();
  for (const l of lines) if (l.statusKey) counts.set(l.statusKey, (counts.get(l.statusKey) ?? 0) + 1);
  const byId = new Map(indicators.map((r) => [lower(r.text('id')), r]));
  return {
    municipality: settings.gemeentenaam ? `${settings.gemeentenaam}${settings.gemeente ? ` (${settings.gemeente})` : ''}` : (settings.gemeente ?? ''),
    period: options.period.code,
    council: options.council ?? false,
    summary: {
      counts: (Object.keys(STATUS_TEXT) as StatusKey[]).filter((k) => counts.has(k)).map((k) => ({ status: STATUS_TEXT[k], key: k, count: counts.get(k)! })),
      decisions: lines.filter((l) => l.statusKey && NEEDS_DECISION.includes(l.statusKey) && !l.followUps.length),
      missing: builder.missing(byId),
      behind,
    },
    objectives,
    unlinked,
    notes,
  };
}

function within(node: ObjectiveNode, ancestor: ObjectiveNode): boolean {
  return ancestor.children.some((c) => c === node || within(node, c));
}

/** Whether the report has anything at all to say under its objectives and beside them. */
export function isEmpty(report: Report): boolean {
  const count = (n: ObjectiveNode): number => n.indicators.length + n.children.reduce((s, c) => s + count(c), 0);
  return report.unlinked.length + report.objectives.reduce((s, n) => s + count(n), 0) === 0;
}

