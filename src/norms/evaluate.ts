// Toets aan normen without the workbook: evaluates every measurement of a read registry against
// the norms and targets that apply, finds gaps and outliers, and compares intended with measured
// effects. Pure (the day is given), so the task pane and the CLI share it and tests need no file.
import { finding } from '../checks/rules';
import type { Finding } from '../findings';
import { FLEMISH_REGION } from '../registry/gemeenten';
import { measurementKey } from '../registry/keys';
import type { RegistryData, RowView } from '../registry/read';
import { parseDate, parseNumber, parsePeriod } from '../registry/values';
import { dateToSerial } from '../workbook/address';
import { applicable, applies, type Candidate } from './applicability';
import { dueDate, gapOf } from './due';
import { buildModel, lower, type Indicator, type Measurement, type Model, type Norm } from './model';
import { RELATIVE, breaches, changePercent, decimalsOf, describeTest, rank, roundExcel, type Test } from './operators';
import { hundredfold, outliers, type Hundredfold, type Outlier } from './outliers';
import { STATUS_TEXT, type MeasurementStatus } from './status';
import { pathAt, pathPoints, type PathPoint, type PathValue } from './targets';
import { formatChange, formatDate, formatNumber, formatValidity, withUnit } from './text';
import type { EffectFlag, FlagCounts, FlagResult, GapFlag, MeasurementFlag, OverviewRow, TestOutcome } from './types';
import { push } from '../collections';

/** The cells Toets aan normen writes on a Metingen row, by schema key. */
export interface WrittenTest {
  normId: string | null;
  normOperator: string | null;
  normValue: number | string | null;
  normUpper: number | string | null;
  normReference: number | null;
  normScale: string | null;
}

/** What is written on one Metingen row. */
export interface RowFlag {
  row: RowView;
  /** The Dutch status word, or null to leave Status empty. */
  status: string | null;
  test: WrittenTest;
  /** The explanation for Toelichting toets; null to leave it empty. */
  explanation: string | null;
  /** The explanation for the note on Waarde, for rows that get one; null otherwise. */
  note: string | null;
}

export interface Evaluation {
  result: FlagResult;
  rows: RowFlag[];
  effects: { row: RowView; measured: number | null; comparison: string }[];
}

export interface EvaluateOptions {
  /** Today; Ontbreekt and Verouderd depend on it. */
  now?: Date;
}

const NO_TEST: WrittenTest = { normId: null, normOperator: null, normValue: null, normUpper: null, normReference: null, normScale: null };
/** Statuses whose explanation goes into a note on the value. */
const NOTED: readonly string[] = [STATUS_TEXT.deviation, STATUS_TEXT.off_track, STATUS_TEXT.outlier, STATUS_TEXT.not_evaluated];
export const isNoted = (status: string | null) => status !== null && NOTED.includes(status);

/** What identifies a measurement, without its value. */
type MeasurementKey = Pick<Measurement, 'indicator' | 'area' | 'period' | 'dimension'>;

/** A measurement's series: its natural key (registry/keys) without the period. */
const seriesKey = (indicator: string, area: string, dimension: string) => measurementKey(indicator, area, '', dimension);

interface NormOutcome {
  norm: Norm;
  test: Test;
  written: WrittenTest;
  breached: boolean;
  message: string;
}

interface PathOutcome {
  target: Norm;
  path: PathValue;
  written: WrittenTest;
  behind: boolean;
  message: string;
}

/** One test made on a value, with its sentences: in full when it decides or breaches, short otherwise. */
interface Tested {
  outcome: TestOutcome;
  written: WrittenTest;
  full: string;
  short: string;
}

/** Which outcome decides a value's status: a breach first, then a path behind, on track, a norm met. */
const SEVERITY: Record<TestOutcome['uitkomst'], number> = { deviation: 3, off_track: 2, on_track: 1, ok: 0 };

class Evaluator {
  private readonly byIndicator = new Map<string, Norm[]>();
  private readonly milestones = new Map<string, Norm[]>();
  private readonly series = new Map<string, Measurement[]>();
  private readonly outliers = new Map<Measurement, Outlier>();
  private readonly hundredfolds = new Map<Measurement, Hundredfold>();
  private readonly paths = new Map<Norm, Map<number | string, PathPoint[]>>();
  private readonly routes = new Map<PathPoint, string>();
  private readonly findings: Finding[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly model: Model,
    private readonly today: number,
  ) {
    for (const n of model.norms) {
      if (n.kind === 'milestone') {
        if (n.target) push(this.milestones, n.target, n);
      } else push(this.byIndicator, n.indicator, n);
    }
    for (const m of model.measurements) {
      push(this.series, seriesKey(m.indicator, m.area, m.dimension), m);
    }
    for (const values of this.series.values()) {
      values.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
      const numeric = values.filter((m) => typeof m.value === 'number');
      for (const [i, o] of outliers(numeric.map((m) => m.value as number))) this.outliers.set(numeric[i], o);
      for (const [i, h] of hundredfold(numeric.map((m) => m.value as number))) this.hundredfolds.set(numeric[i], h);
    }
  }

  private report(f: Finding): void {
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.findings.push(f);
  }

  allFindings(): Finding[] {
    return this.findings;
  }

  indicator(m: { indicator: string }): Indicator {
    return this.model.indicators.get(m.indicator)!;
  }

  areaName(code: string): string {
    return this.model.areas.name(code);
  }

  /** The measured value of a series in a period (by code), if it is a number. */
  numberAt(indicator: string, area: string, dimension: string, period: string): number | null {
    const m = this.series.get(seriesKey(indicator, area, dimension))?.find((x) => x.period.code === period && x.value !== null);
    return m && typeof m.value === 'number' ? m.value : null;
  }

  valueAt(indicator: string, area: string, dimension: string, period: string): number | string | null {
    return this.series.get(seriesKey(indicator, area, dimension))?.find((x) => x.period.code === period && x.value !== null)?.value ?? null;
  }

  seriesOf(indicator: string, area: string, dimension: string): Measurement[] {
    return this.series.get(seriesKey(indicator, area, dimension)) ?? [];
  }

  /** The norms and targets that hold for a key, most specific first, and the ones replaced (Vervangt). */
  private applicableTo(m: MeasurementKey): { norms: Norm[]; targets: Norm[]; replaced: string[] } {
    const candidates: Candidate[] = [];
    for (const n of this.byIndicator.get(m.indicator) ?? []) {
      const candidate = applies(this.model, n, m);
      if (candidate) candidates.push(candidate);
    }
    const { norms, replaced } = applicable(this.model, candidates);
    return { norms: norms.filter((n) => n.kind === 'norm'), targets: norms.filter((n) => n.kind === 'target'), replaced };
  }

  /** A unit the checks could not compare (the indicator has none) that differs between measurement and norm. */
  private unitMismatch(m: Measurement, n: Norm): Finding | null {
    const indicator = this.indicator(m);
    if (indicator.unit || RELATIVE.includes(n.operator) || !m.unit || !n.unit || lower(m.unit) === lower(n.unit)) return null;
    return finding('eenheid.verschilt', m.row.at('unit'), { unit: m.unit, other: 'norm', otherId: n.id, otherUnit: n.unit });
  }

  private source(n: Norm): string {
    return `(${[n.id, n.document, formatValidity(n.validFrom, n.validTo)].filter(Boolean).join(', ')})`;
  }

  /** The test of a norm on a measurement's key, or why it cannot be made (no reference value). */
  private normTest(m: MeasurementKey, n: Norm): { test: Test; written: WrittenTest } | string {
    const indicator = this.indicator(m);
    const scale = indicator.scale;
    let reference: number | null = null;
    if (RELATIVE.includes(n.operator)) {
      const period = n.referencePeriod!.code;
      reference = this.numberAt(m.indicator, m.area, m.dimension, period);
      if (reference === null || reference === 0) {
        const where = `${this.areaName(m.area)}${m.dimension ? ` (${m.dimension})` : ''}`;
        this.report(finding('toets.geen-referentiewaarde', n.row.at('referencePeriod'), { id: n.id, period, indicator: indicator.id, area: where, ...(reference === 0 ? { zero: 1 } : {}) }));
        return `Norm ${n.id} kan niet getoetst worden: ${reference === 0 ? `de meting van ${period} is 0` : `er is geen meting in ${period}`} voor ${where}.`;
      }
    }
    const test: Test = { operator: n.operator, value: n.value, upper: n.upper, reference, scale };
    const written: WrittenTest = {
      normId: n.id,
      normOperator: n.operator,
      normValue: n.value,
      normUpper: n.upper,
      normReference: reference,
      normScale: scale ? scale.join(';') : null,
    };
    return { test, written };
  }

  private norm(m: Measurement, n: Norm): NormOutcome | string {
    const indicator = this.indicator(m);
    const scale = indicator.scale;
    const unit = n.unit || indicator.unit;
    const tested = this.normTest(m, n);
    if (typeof tested === 'string') return tested;
    const { test, written } = tested;
    const reference = test.reference;
    const breached = breaches(test, m.value!);
    if (breached === null) return `Norm ${n.id} kan niet getoetst worden op ${withUnit(m.value!, m.unit)}.`;
    const value = withUnit(m.value!, m.unit);
    const rule = describeTest(test, unit);
    const source = this.source(n);
    let message: string;
    if (reference !== null) {
      const change = changePercent(m.value as number, reference);
      const what = `${value} is een ${change >= 0 ? 'toename' : 'afname'} van ${formatNumber(roundExcel(Math.abs(change), 1))} % tegenover ${n.referencePeriod!.code} (${withUnit(reference, m.unit)})`;
      message = breached ? `${what}; de norm is ${rule} ${source}.` : `${what}: dat voldoet aan de norm ${rule} ${source}.`;
    } else if (!breached) {
      message = `${value} voldoet aan de norm ${rule} ${source}.`;
    } else if (scale) {
      const verdict = { max: 'is beter dan', min: 'is slechter dan', tussen: 'ligt buiten', gelijk: 'wijkt af van' }[n.operator as 'max'];
      message = `${value} ${verdict} de norm ${rule} ${source}.`;
    } else {
      const verdict = { max: 'ligt boven', min: 'ligt onder', tussen: 'ligt buiten', gelijk: 'wijkt af van' }[n.operator as 'max'];
      message = `${value} ${verdict} de norm ${rule} ${source}.`;
    }
    return { norm: n, test, written, breached, message };
  }

  /** A target's path from a baseline, made once per target and baseline value: a series shares its baseline. */
  private pathOf(target: Norm, baseline: number | string): PathPoint[] {
    let byBaseline = this.paths.get(target);
    if (!byBaseline) this.paths.set(target, (byBaseline = new Map()));
    let points = byBaseline.get(baseline);
    if (!points) byBaseline.set(baseline, (points = pathPoints(target, this.milestones.get(lower(target.id)) ?? [], { date: target.referencePeriod!.end, value: baseline, norm: null })));
    return points;
  }

  /** The point on a target's path for a measurement's period, or why there is no path. */
  private pathTest(m: MeasurementKey, target: Norm): { path: PathValue; test: Test; written: WrittenTest; asks: string; route: string } | string | null {
    const indicator = this.indicator(m);
    const period = target.referencePeriod!.code;
    const baseline = this.valueAt(m.indicator, m.area, m.dimension, period);
    if (baseline === null) {
      const where = `${this.areaName(m.area)}${m.dimension ? ` (${m.dimension})` : ''}`;
      this.report(finding('toets.geen-nulmeting', target.row.at('referencePeriod'), { id: target.id, period, indicator: indicator.id, area: where }));
      return `Streefwaarde ${target.id} heeft geen nulmeting in ${period} voor ${where}: er is geen streefpad.`;
    }
    const path = pathAt(this.pathOf(target, baseline), indicator, m.period.end);
    if (!path) return null;
    const unit = target.unit || indicator.unit;
    const test: Test = { operator: path.operator, value: path.value, upper: null, reference: null, scale: indicator.scale };
    const next = path.next.norm!;
    const asks = `${describeTest(test, unit)} voor ${m.period.code}`;
    // A point belongs to one path (one target and baseline), so the route to it is worded once.
    let route = this.routes.get(path.next);
    if (route === undefined) this.routes.set(path.next, (route = `van ${withUnit(baseline, unit)} in ${period} naar ${withUnit(path.next.value, unit)} tegen ${formatDate(path.next.date)}; ${[next.id, next.document].filter(Boolean).join(', ')}`));
    const written: WrittenTest = { ...NO_TEST, normId: next.id, normOperator: path.operator, normValue: path.value, normScale: indicator.scale ? indicator.scale.join(';') : null };
    return { path, test, written, asks, route };
  }

  private path(m: Measurement, target: Norm): PathOutcome | string | null {
    const tested = this.pathTest(m, target);
    if (tested === null || typeof tested === 'string') return tested;
    const { path, test, written, asks, route } = tested;
    const behind = breaches(test, m.value!);
    if (behind === null) return null;
    const value = withUnit(m.value!, m.unit);
    const message = behind ? `${value} loopt achter op het streefpad: dat vraagt ${asks} (${route}).` : `${value} is op koers: het streefpad vraagt ${asks} (${route}).`;
    return { target, path, written, behind, message };
  }

  /**
   * The tests a value for this key will face before it is known, as the update forms of a round show
   * them: every norm that applies (the most specific one is written, for the form's colour), else
   * the point on a target's path; null when none can be made.
   */
  expected(m: MeasurementKey): { written: WrittenTest; text: string } | null {
    const indicator = this.indicator(m);
    const { norms, targets } = this.applicableTo(m);
    const texts: string[] = [];
    let written: WrittenTest | null = null;
    for (const n of norms) {
      const norm = this.normTest(m, n);
      if (typeof norm === 'string') continue;
      written ??= norm.written;
      texts.push(`norm ${describeTest(norm.test, n.unit || indicator.unit)} ${this.source(n)}`);
    }
    if (written) return { written, text: texts.join('; ') };
    for (const t of targets) {
      const path = this.pathTest(m, t);
      if (path && typeof path !== 'string') return { written: path.written, text: `streefpad: ${path.asks} (${path.route})` };
    }
    return null;
  }

  /** Every norm and target path that applies, tested on a measurement's value. */
  private tests(m: Measurement, norms: Norm[], targets: Norm[], notes: string[]): Tested[] {
    const out: Tested[] = [];
    for (const n of norms) {
      const o = this.norm(m, n);
      if (typeof o === 'string') {
        notes.push(o);
        continue;
      }
      const w = o.written;
      out.push({
        outcome: { soort: 'norm', norm: n.id, streefwaarde: null, operator: o.test.operator, normwaarde: o.test.value, bovengrens: o.test.upper, referentiewaarde: o.test.reference, uitkomst: o.breached ? 'deviation' : 'ok' },
        written: w,
        full: o.message,
        short: `De norm ${describeTest(o.test, n.unit || m.unit)} (${n.id}) is gehaald.`,
      });
    }
    for (const t of targets) {
      const o = this.path(m, t);
      if (typeof o === 'string') notes.push(o);
      if (!o || typeof o === 'string') continue;
      out.push({
        outcome: { soort: 'streefpad', norm: o.written.normId!, streefwaarde: t.id, operator: o.path.operator, normwaarde: o.path.value, bovengrens: null, referentiewaarde: null, uitkomst: o.behind ? 'off_track' : 'on_track' },
        written: o.written,
        full: o.message,
        short: `Streefpad: ${o.behind ? 'niet op koers' : 'op koers'} (${describeTest({ operator: o.path.operator, value: o.path.value, upper: null }, m.unit)}, ${o.written.normId}).`,
      });
    }
    return out;
  }

  measurement(m: Measurement): { flag: MeasurementFlag; written: WrittenTest } | { finding: Finding } {
    const { norms, targets, replaced } = this.applicableTo(m);
    for (const n of [...norms, ...targets]) {
      const problem = this.unitMismatch(m, n);
      if (problem) return { finding: problem };
    }
    const notes: string[] = [];
    const tests = this.tests(m, norms, targets, notes);
    // The worst outcome decides; of equally bad ones the most specific norm, then the first path.
    const decider = tests.reduce<Tested | null>((a, t) => (!a || SEVERITY[t.outcome.uitkomst] > SEVERITY[a.outcome.uitkomst] ? t : a), null);

    let status: MeasurementStatus;
    const parts: string[] = [];
    if (decider) {
      status = decider.outcome.uitkomst;
      // The deciding test and every other breach in full; the rest in a short sentence each.
      parts.push(decider.full);
      for (const t of tests) if (t !== decider) parts.push(t.outcome.uitkomst === 'deviation' ? t.full : t.short);
    } else {
      status = 'no_norm';
      parts.push(`Geen norm of streefwaarde van toepassing op ${this.indicator(m).id} in ${this.areaName(m.area)} voor ${m.period.code}.`);
      const elsewhere = this.otherPeriods(m);
      if (elsewhere.length) parts.push(`${elsewhere.map((n) => `${n.id} is ${formatValidity(n.validFrom, n.validTo)}`).join('; ')}.`);
    }
    parts.push(...notes, ...replaced);
    const written = decider?.written ?? NO_TEST;

    const outlier = this.outliers.get(m);
    const jump = this.hundredfolds.get(m);
    const where = `${this.indicator(m).id} in ${this.areaName(m.area)}${m.dimension ? ` (${m.dimension})` : ''}`;
    if (jump) {
      status = 'outlier';
      const [size, meant] = jump.factor === 100 ? ['groter', m.value as number / 100] : ['kleiner', m.value as number * 100];
      // The usual cause in a % row: a percentage typed with % in a cell Excel then formats as a percentage.
      const percent = lower(m.unit) === '%' && jump.factor === 0.01 ? ` Werd ${formatNumber(roundExcel(meant, 4))} % getypt in een cel met procentopmaak? Vul dan ${formatNumber(roundExcel(meant, 4))} in.` : '';
      parts.unshift(`${withUnit(m.value!, m.unit)} is ongeveer 100 keer ${size} dan de rest van de reeks van ${where} (${withUnit(roundExcel(jump.typical, 4), m.unit)}).${percent} Kijk na of de waarde juist is ingevoerd.`);
    } else if (outlier) {
      status = 'outlier';
      parts.unshift(
        `${withUnit(m.value!, m.unit)} valt ver buiten de eigen reeks van ${where}: de mediaan is ${withUnit(roundExcel(outlier.median, 4), m.unit)} en de gewone spreiding ${withUnit(roundExcel(outlier.spread, 4), m.unit)}; deze waarde ligt ${formatNumber(roundExcel(outlier.z, 1))} keer die spreiding van de mediaan (meer dan 3,5 is opvallend). Kijk na of de waarde juist is ingevoerd.`,
      );
    }
    const flag: MeasurementFlag = {
      sheet: m.row.at('value').sheet,
      row: m.row.row,
      indicator: this.indicator(m).id,
      gebied: m.area,
      periode: m.period.code,
      dimensie: m.dimension,
      waarde: m.value!,
      norm: written.normId,
      operator: written.normOperator,
      normwaarde: written.normValue,
      bovengrens: written.normUpper,
      referentiewaarde: written.normReference,
      status,
      getoetst: decider?.outcome.soort ?? null,
      toetsen: tests.map((t) => t.outcome),
      message: parts.join(' '),
    };
    return { flag, written };
  }

  /** Norms and targets for this area that do not cover the key's period, earliest first: when they do hold. */
  otherPeriods(m: MeasurementKey): Norm[] {
    return (this.byIndicator.get(m.indicator) ?? [])
      .filter((n) => applies(this.model, n, { ...m, period: { ...m.period, start: n.validFrom ?? m.period.start, end: n.validTo ?? m.period.end } }))
      .filter((n) => !applies(this.model, n, m));
  }

  /** Whether an area belongs to the registry's municipality (benchmarks such as Vlaams Gewest do not). */
  inMunicipality(area: string): boolean {
    if (this.model.gemeente) return this.model.areas.distance(area, this.model.gemeente) >= 0;
    return !['gewest', 'provincie'].includes(this.model.areas.level(area)) && lower(area) !== lower(FLEMISH_REGION.nis);
  }

  gaps(): GapFlag[] {
    const out: GapFlag[] = [];
    const pairs = new Map<string, { indicator: string; area: string; periods: Measurement[] }>();
    for (const m of this.model.measurements) {
      if (!this.inMunicipality(m.area)) continue;
      const key = `${m.indicator}\u0000${lower(m.area)}`;
      const pair = pairs.get(key) ?? { indicator: m.indicator, area: m.area, periods: [] };
      if (m.value !== null) pair.periods.push(m);
      pairs.set(key, pair);
    }
    if (this.model.gemeente) {
      const measured = new Set([...pairs.values()].map((p) => p.indicator));
      for (const key of this.model.indicators.keys()) {
        if (!measured.has(key)) pairs.set(`${key}\u0000${lower(this.model.gemeente)}`, { indicator: key, area: this.model.gemeente, periods: [] });
      }
    }
    for (const pair of pairs.values()) {
      const indicator = this.model.indicators.get(pair.indicator)!;
      if (indicator.inactive) continue;
      const gap = gapOf(indicator.months, pair.periods.map((m) => m.period), this.today, indicator.lag);
      if (!gap) continue;
      const where = this.areaName(pair.area);
      const message =
        gap.status === 'missing'
          ? `Geen waarde van ${indicator.id} (${indicator.name}) voor ${where} in ${gap.period.code}: die werd verwacht tegen ${formatDate(dueDate(gap.period, indicator.lag))} (${indicator.frequency}${indicator.lag ? `, beschikbaar ${indicator.lag} maanden na de periode` : ''}).`
          : `De laatste waarde van ${indicator.id} (${indicator.name}) voor ${where} is van ${gap.period.code}: te oud voor een indicator die ${indicator.frequency} bijgewerkt wordt.`;
      out.push({ indicator: indicator.id, gebied: pair.area, periode: gap.period.code, status: gap.status, message });
    }
    return out;
  }
}

function effects(ev: Evaluator, data: RegistryData): (Evaluation['effects'][number] & { flag: EffectFlag })[] {
  const { model } = ev;
  const rows = (key: 'measures' | 'norms' | 'intendedEffects') => data.tables.get(key)?.rows ?? [];
  const measures = new Map(rows('measures').map((r) => [lower(r.text('id')), r]));
  const norms = new Map(rows('norms').map((r) => [lower(r.text('id')), r]));
  const out: (Evaluation['effects'][number] & { flag: EffectFlag })[] = [];
  for (const r of rows('intendedEffects')) {
    const measure = measures.get(lower(r.text('measure')));
    const normRow = norms.get(lower(r.text('norm')));
    const indicator = normRow ? model.indicators.get(lower(normRow.text('indicator'))) : undefined;
    const area = r.text('area') || measure?.text('area') || normRow?.text('area') || model.gemeente || '';
    const unit = r.text('unit') || normRow?.text('unit') || indicator?.unit || '';
    const intended = parseNumber(r.get('effect'));
    const beoogd = intended.ok && !r.blank('effect') ? intended.value : null;
    const start = measure && !measure.blank('start') ? parseDate(measure.get('start')) : null;
    const flag: EffectFlag = {
      sheet: r.at('id').sheet,
      row: r.row,
      effect: r.text('id'),
      maatregel: r.text('measure'),
      norm: r.text('norm'),
      indicator: indicator?.id ?? null,
      gebied: area,
      eenheid: unit,
      beoogd,
      gemeten: null,
      voor: null,
      na: null,
      message: '',
    };
    const intendedText = `beoogd ${beoogd === null ? 'onbekend' : `${formatChange(beoogd)}${unit ? ` ${unit}` : ''}`}`;
    const where = ev.areaName(area);
    let measuredText: string;
    if (!indicator || !normRow) measuredText = 'niet te meten: de norm of haar indicator staat niet in het register';
    else if (indicator.scale) measuredText = 'niet als getal te meten: de indicator heeft een schaal met labels';
    else if (!start?.ok) measuredText = 'niet te meten: de maatregel heeft geen startdatum';
    else {
      const dimension = normRow.text('dimension');
      const series = ev.seriesOf(lower(indicator.id), area, dimension).filter((m) => typeof m.value === 'number');
      const before = series.filter((m) => m.period.end < start.value).at(-1);
      const after = series.filter((m) => m.period.start >= start.value).at(-1);
      if (before) flag.voor = { periode: before.period.code, waarde: before.value as number };
      if (after) flag.na = { periode: after.period.code, waarde: after.value as number };
      if (!before) measuredText = `nog niet te meten: geen meting van ${indicator.id} in ${where} vóór de start van de maatregel (${formatDate(start.value)})`;
      else if (!after) measuredText = `nog niet te vergelijken: geen meting van ${indicator.id} in ${where} na de start van de maatregel (${formatDate(start.value)})`;
      else {
        const [a, b] = [before.value as number, after.value as number];
        flag.gemeten = roundExcel(b - a, Math.max(decimalsOf(a), decimalsOf(b)));
        measuredText = `verandering in het gebied sinds de start ${formatChange(flag.gemeten)}${unit ? ` ${unit}` : ''} (${where}: ${withUnit(a, unit)} in ${before.period.code}, ${withUnit(b, unit)} in ${after.period.code})`;
      }
    }
    flag.message = `${intendedText}; ${measuredText}`;
    out.push({ row: r, measured: flag.gemeten, comparison: flag.message, flag });
  }
  return out;
}

function betterOrWorse(indicator: Indicator, ours: number | string, theirs: number | string): OverviewRow['vergelijking'] {
  if (indicator.scale) {
    const [a, b] = [rank(indicator.scale, String(ours)), rank(indicator.scale, String(theirs))];
    if (a < 0 || b < 0) return null;
    return a === b ? 'gelijk' : a < b ? 'beter' : 'slechter';
  }
  if (typeof ours !== 'number' || typeof theirs !== 'number' || !indicator.direction) return null;
  if (ours === theirs) return 'gelijk';
  return (ours < theirs) === (indicator.direction === 'lower') ? 'beter' : 'slechter';
}

function overview(ev: Evaluator, flags: Map<RowView, MeasurementFlag>, gaps: GapFlag[]): OverviewRow[] {
  const { model } = ev;
  // Per indicator its areas, each with its measurements, in the order they first occur.
  const pairs = new Map<string, Measurement[]>();
  const areasOf = new Map<string, Measurement[][]>();
  for (const m of model.measurements) {
    if (!ev.inMunicipality(m.area)) continue;
    const key = `${m.indicator}\u0000${lower(m.area)}`;
    let pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, (pair = []));
      push(areasOf, m.indicator, pair);
    }
    pair.push(m);
  }
  const gapAt = new Map<string, GapFlag>();
  for (const g of gaps) {
    const key = `${g.indicator}\u0000${lower(g.gebied)}`;
    if (!gapAt.has(key)) gapAt.set(key, g);
  }
  const rows: OverviewRow[] = [];
  const gapText = (indicator: Indicator, area: string) => {
    if (indicator.inactive) return 'Niet meer opgevolgd';
    const gap = gapAt.get(`${indicator.id}\u0000${lower(area)}`);
    if (gap) return gap.status === 'missing' ? `${STATUS_TEXT.missing}: ${gap.periode}` : `${STATUS_TEXT.stale}: laatste waarde ${gap.periode}`;
    return indicator.months === undefined ? '' : 'Actueel';
  };
  for (const [key, indicator] of model.indicators) {
    const areas = areasOf.get(key) ?? [];
    if (!areas.length && model.gemeente) areas.push([]);
    for (const ms of areas) {
      const area = ms[0]?.area ?? model.gemeente ?? '';
      const valued = ms.filter((m) => m.value !== null);
      // The total (no dimension) when there is one, else every dimension.
      const pool = valued.some((m) => !m.dimension) ? valued.filter((m) => !m.dimension) : valued;
      const latest = pool.reduce<Measurement | null>((a, m) => (!a || m.period.end > a.period.end ? m : a), null);
      const flag = latest ? flags.get(latest.row) : undefined;
      const benchmark = latest ? ev.valueAt(key, FLEMISH_REGION.nis, latest.dimension, latest.period.code) : null;
      let norm: string | null = null;
      let status = flag ? STATUS_TEXT[flag.status] : latest ? STATUS_TEXT.not_evaluated : null;
      if (flag?.operator && flag.normwaarde !== null) {
        const test = { operator: flag.operator as Test['operator'], value: flag.normwaarde, upper: flag.bovengrens };
        norm = `${flag.getoetst === 'streefpad' ? 'streefpad ' : ''}${describeTest(test, indicator.unit)} (${flag.norm})`;
      } else if (flag && latest && flag.getoetst === null) {
        // No norm yet for the latest value, but one that starts later: say when, not "Geen norm".
        const later = ev.otherPeriods(latest).filter((n) => n.validFrom !== null && n.validFrom > latest.period.start).sort((a, b) => a.validFrom! - b.validFrom!)[0];
        if (later && flag.status === 'no_norm') status = `${later.kind === 'norm' ? 'norm' : 'streefwaarde'} ${formatValidity(later.validFrom, null).replace(/^geldig /, '')}`;
        if (later) norm = `${later.kind === 'norm' ? '' : 'streefwaarde '}${describeTest(later, later.unit || indicator.unit)} (${later.id})`;
      }
      rows.push({
        indicator: indicator.id,
        naam: indicator.name,
        context: indicator.context,
        gebied: area,
        gebiednaam: ev.areaName(area),
        dimensie: latest?.dimension ?? '',
        periode: latest?.period.code ?? null,
        waarde: latest?.value ?? null,
        eenheid: latest?.unit ?? indicator.unit,
        norm,
        status,
        tijdigheid: gapText(indicator, area),
        vlaamsGewest: benchmark,
        vergelijking: latest && benchmark !== null ? betterOrWorse(indicator, latest.value!, benchmark) : null,
      });
    }
  }
  return rows;
}

const sheetOrder = ['Normen', 'Metingen'];

/** The test a value for a measurement not yet made will face, and how to say it. */
export interface ExpectedTest {
  written: WrittenTest;
  /** Dutch, e.g. `norm max. 48 dB(A) (NRM-003, Beleidsplan Geluid 2030, geldig 2024–2030)`. */
  text: string;
}

/**
 * For each key, the test its value will face (null when no norm or target applies): what the update
 * forms of a half-year round show next to the empty input cell and colour it by.
 */
export function expectedTests(data: RegistryData, keys: { indicator: string; area: string; period: string; dimension: string }[], options: EvaluateOptions = {}): (ExpectedTest | null)[] {
  const ev = new Evaluator(buildModel(data), Math.floor(dateToSerial(options.now ?? new Date())));
  return keys.map((k) => {
    const period = parsePeriod(k.period);
    if (!period.ok || !ev.model.indicators.has(lower(k.indicator))) return null;
    return ev.expected({ indicator: lower(k.indicator), area: k.area, dimension: k.dimension, period: period.value });
  });
}

/** Evaluates a registry as read by openRegistry. */
export function evaluateRegistry(data: RegistryData, options: EvaluateOptions = {}): Evaluation {
  const today = Math.floor(dateToSerial(options.now ?? new Date()));
  const model = buildModel(data);
  const ev = new Evaluator(model, today);
  const rows: RowFlag[] = [];
  const measurements: MeasurementFlag[] = [];
  const flags = new Map<RowView, MeasurementFlag>();
  const blockedByFlag = new Map<RowView, Finding[]>();

  for (const m of model.measurements) {
    if (m.value === null) {
      // An empty value: Ontbreekt once its period is due, else nothing (a row made ahead of the round).
      const due = dueDate(m.period, ev.indicator(m).lag);
      const missing = due <= today;
      const explanation = missing ? `Geen waarde voor ${m.period.code}: die werd verwacht tegen ${formatDate(due)}.` : null;
      rows.push({ row: m.row, status: missing ? STATUS_TEXT.missing : null, test: NO_TEST, explanation, note: null });
      continue;
    }
    const outcome = ev.measurement(m);
    if ('finding' in outcome) {
      blockedByFlag.set(m.row, [outcome.finding]);
      continue;
    }
    measurements.push(outcome.flag);
    flags.set(m.row, outcome.flag);
    const status = STATUS_TEXT[outcome.flag.status];
    rows.push({ row: m.row, status, test: outcome.written, explanation: outcome.flag.message, note: isNoted(status) ? outcome.flag.message : null });
  }
  const findings: Finding[] = [...model.findings];
  for (const [row, found] of [...model.blocked, ...blockedByFlag]) {
    findings.push(...(blockedByFlag.has(row) ? found : []));
    const explanation = `Deze meting is niet getoetst: ${found.map((f) => f.message).join(' ')}`;
    rows.push({ row, status: STATUS_TEXT.not_evaluated, test: NO_TEST, explanation, note: explanation });
  }
  findings.push(...ev.allFindings());
  const unique = new Map(findings.map((f) => [`${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`, f]));
  const sorted = [...unique.values()].sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').localeCompare(b.cell ?? ''));
  rows.sort((a, b) => a.row.row - b.row.row);
  measurements.sort((a, b) => a.row - b.row);

  const gaps = ev.gaps();
  const effectRows = effects(ev, data);
  const counts: FlagCounts = { ok: 0, deviation: 0, on_track: 0, off_track: 0, no_norm: 0, missing: 0, stale: 0, outlier: 0 };
  for (const m of measurements) counts[m.status]++;
  for (const g of gaps) counts[g.status]++;
  return {
    result: {
      evaluated: measurements.length,
      counts,
      measurements,
      gaps,
      effects: effectRows.map((e) => e.flag),
      overview: overview(ev, flags, gaps),
      findings: sorted,
    },
    rows,
    effects: effectRows.map(({ row, measured, comparison }) => ({ row, measured, comparison })),
  };
}
