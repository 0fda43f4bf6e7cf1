// Merge returned update forms into Metingen (issue 7). Each form is checked first (this registry,
// the running round, an owner of that round, readable headers); a form that fails is rejected
// whole and nothing of it is written. Of a good form every filled-in value is checked (a number in
// the row's unit, or a label of the scale); valid values are upserted on their natural key:
// - no value yet: written, with source `update <owner> <period>`;
// - the same value: unchanged, so a form returned twice changes nothing;
// - a value the same form wrote before and nobody changed since: the owner's correction, written;
// - any other value: a conflict, kept out until the coordinator accepts it.
// Every value written gets a Logboek line; Rondes is brought up to date. All in one apply.
import { problem, refuse, type Problem } from '../rules';
import { shortened } from '../monitor/text';
import { expectedTests, type ExpectedTest } from '../norms';
import { areaTree } from '../norms/areas';
import { breaches, toOperator } from '../norms/operators';
import { formatNumber } from '../norms/text';
import type { Row } from '../registry/defaults';
import { codeKey, measurementKey, rowKeyOf } from '../registry/keys';
import { rowCells } from '../registry/layout';
import { logbookEdits, type LogEntry } from '../registry/logbook';
import { openRegistry, type RegistryData, type RowView } from '../registry/read';
import { MeasurementStore, sameValue } from '../registry/upsert';
import { SCHEMA_VERSION, tableSpec } from '../registry/schema';
import { isBlank, parseNumber, parseScale, text } from '../registry/values';
import { columnLetter } from '../workbook/address';
import type { CellValue, Edit, WorkbookPort } from '../workbook/port';
import { push } from '../collections';
import { CAPTION, ROUND_ID_CELL, formColumn, readForms, type ReturnedForm } from './form';
import { ProgressMerge, type ProgressConflict, type ProgressResult } from './progress';
import { ReportedProgress } from './reportedProgress';
import { ROUND_STATUS, askedOf, keyLine, missingText, readRoundSheet, ROUND_TABLES, updateRoundRows, type MeasurementKey, type RoundRow, type RoundSheet } from './roundSheet';

export interface FormSource {
  /** File name, or `dit register` for the form sheets in the registry itself. */
  name: string;
  wb: WorkbookPort;
}

export interface MergeOptions {
  /** The round; default: the one started last. */
  period?: string;
  /** Conflicts (of values and of progress) to settle in favour of the form: all, or those the predicate picks. */
  accept?: 'all' | ((c: RoundConflict | ProgressConflict) => boolean);
  now?: Date;
  /** Who merges, for the Logboek. */
  user?: string;
}

export interface RoundConflict {
  form: string;
  owner: string;
  indicator: string;
  area: string;
  period: string;
  dimension: string;
  /** The cell of the form, and of Metingen. */
  formCell: string;
  registryCell: string;
  registryValue: CellValue;
  registrySource: string;
  /** Opgehaald op of the registry's value (an Excel date), when known. */
  registryDate: CellValue;
  formValue: number | string;
  /** Rule `ronde.conflict`, its parameters and its Dutch message. */
  rule: string;
  params: Problem['params'];
  message: string;
}

/** A form or a value that was not merged, and why. `form: true` means nothing of the form was written. */
export interface Rejection extends Problem {
  form: string;
  sheet: string | null;
  cell: string | null;
  whole: boolean;
}

export interface OwnerProgress {
  owner: string;
  contact: string;
  returned: boolean;
  asked: number;
  filled: number;
  deviations: number;
  status: string;
  /** Values of this owner's form the registry kept over them (the last merge's conflicts). */
  conflicts: number;
  /** Asked measurements still without a value, with the names a reminder shows. */
  missing: NamedMeasurementKey[];
}

export type NamedMeasurementKey = MeasurementKey & { name: string; areaName: string };

/** The names behind indicator IDs and area codes, for lines a person reads. */
function measurementNames(data: RegistryData): (k: MeasurementKey) => NamedMeasurementKey {
  const indicators = new Map((data.tables.get('indicators')?.rows ?? []).map((r) => [r.text('id').toLowerCase(), r.text('name')]));
  const areas = areaTree((data.tables.get('areas')?.rows ?? []).map((r) => ({ code: r.text('code'), name: r.text('name'), level: r.text('level'), parent: r.text('parent') })));
  return (k) => ({ ...k, name: indicators.get(k.indicator.toLowerCase()) ?? '', areaName: areas.name(k.area) });
}

export interface MergeResult {
  period: string;
  forms: number;
  /** Values written (new, completed, corrected, or accepted over a conflict). */
  accepted: number;
  unchanged: number;
  conflicts: number;
  /** Bijsturing written to Opvolging. */
  followUps: number;
  /** Open Bijsturing the forms marked afgerond. */
  followUpsClosed: number;
  /** The progress of actions and measures (rounds/progress.ts). */
  progress: ProgressResult;
  conflictList: RoundConflict[];
  rejected: Rejection[];
  /** Owners of the round from whom no form came back yet. */
  missingOwners: string[];
  owners: OwnerProgress[];
  /** Whether the registry was changed (values, Logboek or Rondes). */
  changed: boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** A value as users read it: a number with a decimal comma, as everywhere else. */
const shown = (v: CellValue | number | string) => (typeof v === 'number' ? formatNumber(v) : text(v));
/** Opvolging rows by their natural key (schema), and open ones by indicator and area. */
const followUpKey = rowKeyOf(tableSpec('followUps'));
const openKey = (indicator: CellValue, area: CellValue) => `${codeKey(indicator)}\u0001${codeKey(area)}`;
export const updateSource = (owner: string, period: string) => `update ${owner} ${period}`;

interface Value {
  value: number | string;
  comment: string | null;
}

/** A typed value as the indicator measures it, or what is wrong with it (for the cell `at`, of measurement `key`). */
function readValue(raw: CellValue, unit: string, formUnit: string, scale: string[] | null, where: { cell: string; key: string }): { ok: true; value: number | string } | { ok: false; problem: Problem } {
  const shown = shortened(text(raw));
  if (scale) {
    const label = scale.find((l) => same(l, shown));
    return label ? { ok: true, value: label } : { ok: false, problem: problem('ronde.schaal', { ...where, value: shown, scale: scale.join(', ') }) };
  }
  if (formUnit && unit && !same(formUnit.replace(/\s/g, ''), unit.replace(/\s/g, ''))) {
    return { ok: false, problem: problem('ronde.eenheid-veranderd', { ...where, formUnit, unit }) };
  }
  const n = parseNumber(raw);
  if (n.ok) return { ok: true, value: n.value };
  // A number followed by a unit: fine when it is the row's unit, a finding when it is another.
  const withUnit = /^([-+]?[\d.,\s]*\d)\s*([^\d\s].{0,30})$/.exec(text(raw));
  if (withUnit) {
    const number = parseNumber(withUnit[1]);
    if (number.ok && unit && same(withUnit[2].replace(/\s/g, ''), unit.replace(/\s/g, ''))) return { ok: true, value: number.value };
    if (number.ok) return { ok: false, problem: problem('ronde.andere-eenheid', { ...where, value: shown, valueUnit: withUnit[2].trim(), unit }) };
  }
  return { ok: false, problem: problem('ronde.geen-getal', { ...where, value: shown }) };
}

/** Whether a value breaches the test its form row showed. */
function deviates(test: ExpectedTest | null, value: number | string): boolean {
  const operator = test && toOperator(String(test.written.normOperator ?? ''));
  if (!test || !operator || test.written.normValue === null) return false;
  const scale = test.written.normScale ? parseScale(test.written.normScale) : null;
  return breaches({ operator, value: test.written.normValue, upper: test.written.normUpper, reference: test.written.normReference, scale: scale?.length ? scale : null }, value) === true;
}

class Merge {
  private readonly measurements;
  private readonly indicators = new Map<string, { id: string; unit: string; scale: string[] | null }>();
  private readonly store: MeasurementStore;
  /** Values this merge writes, by key: what later forms and the progress count see. */
  private readonly written = new Map<string, Value & { source: string }>();
  /** Opvolging rows to add, and the keys of those there already (a form merged twice adds nothing). */
  private readonly followUps: Row[] = [];
  private readonly followUpKeys = new Set<string>();
  /** Open Opvolging rows per indicator and area, and those a form closes. */
  private readonly openFollowUps = new Map<string, RowView[]>();
  private readonly closed = new Set<RowView>();
  readonly log: LogEntry[] = [];
  readonly result: MergeResult;

  constructor(
    private readonly data: RegistryData,
    private readonly sheet: RoundSheet,
    private readonly round: RoundRow[],
    private readonly options: MergeOptions & { now: Date },
  ) {
    this.measurements = data.tables.get('measurements')!;
    for (const r of data.tables.get('indicators')?.rows ?? []) {
      const scale = parseScale(r.get('scale'));
      const id = r.text('id').toLowerCase();
      if (id && !this.indicators.has(id)) this.indicators.set(id, { id: r.text('id'), unit: r.text('unit'), scale: scale.length ? scale : null });
    }
    this.store = new MeasurementStore(this.measurements);
    for (const r of data.tables.get('followUps')?.rows ?? []) {
      this.followUpKeys.add(followUpKey((k) => r.get(k)));
      if (r.text('status').toLowerCase() !== 'afgerond') push(this.openFollowUps, openKey(r.get('indicator'), r.get('area')), r);
    }
    this.result = { period: round[0].period, forms: 0, accepted: 0, unchanged: 0, conflicts: 0, followUps: 0, followUpsClosed: 0, progress: { written: 0, unchanged: 0, conflicts: [] }, conflictList: [], rejected: [], missingOwners: [], owners: [], changed: false };
  }

  private reject(form: string, sheet: string | null, cell: string | null, why: Problem, whole = false): void {
    this.result.rejected.push({ form, sheet, cell, whole, ...why });
  }

  /** Why a form does not belong to this registry's running round, or null when it does. */
  private foreign(f: ReturnedForm, registry: { nis: string; label: string }): { problem: Problem; cell: string } | null {
    const { header } = f;
    const round = this.round[0];
    if (!header.roundId) return { problem: problem('ronde.geen-ronde-id', { cell: ROUND_ID_CELL.value }), cell: ROUND_ID_CELL.value };
    const nis = /\((\d{4,5})\)\s*$/.exec(header.registry)?.[1];
    if (nis && nis !== registry.nis) return { problem: problem('ronde.ander-register', { registry: header.registry, label: registry.label }), cell: 'B4' };
    if (!same(header.period, round.period)) {
      // A late form of an earlier round of this registry is merged into that round, not sent again.
      const own = this.sheet.rows.some((r) => same(r.period, header.period) && r.roundId === header.roundId);
      return { problem: problem(own ? 'ronde.eigen-ronde' : 'ronde.andere-periode', { period: header.period, current: round.period }), cell: 'B2' };
    }
    if (header.roundId !== round.roundId) return { problem: problem('ronde.andere-ronde', { period: round.period, roundId: header.roundId }), cell: ROUND_ID_CELL.value };
    if (!this.round.some((r) => same(r.owner, header.owner))) return { problem: problem('ronde.onbekende-dienst', { owner: header.owner, period: round.period, owners: this.round.map((r) => r.owner).join(', ') }), cell: 'B3' };
    return null;
  }

  /** Merges one form; true when it came back filled in (a form sheet nobody typed in is not returned). */
  mergeForm(source: FormSource, f: ReturnedForm, registry: { nis: string; label: string }): boolean {
    this.result.forms++;
    const name = source.name;
    const foreign = this.foreign(f, registry);
    if (foreign) {
      this.reject(name, f.sheet, foreign.cell, foreign.problem, true);
      return false;
    }
    if ('missing' in f.table) {
      this.reject(name, f.sheet, f.table.cell, problem('ronde.kolomkoppen', { columns: f.table.missing.join(', '), count: f.table.missing.length }), true);
      return false;
    }
    const owner = this.round.find((r) => same(r.owner, f.header.owner))!;
    const asked = new Map(askedOf(this.sheet, owner.roundId, owner.owner).map((k) => [measurementKey(k.indicator, k.area, k.period, k.dimension), k]));
    const { columns, rows, firstRow } = f.table;
    const [ci, ca, cp, cd, cv, cc, cu, cb, cx] = (['indicator', 'area', 'period', 'dimension', 'value', 'comment', 'unit', 'followUp', 'followUpDone'] as const).map((k) => formColumn(columns, CAPTION[k]));
    const cn = formColumn(columns, 'Norm');
    const seen = new Set<string>();
    let filled = false;
    const valueLetter = columnLetter(cv + 1);
    rows.forEach((cells, i) => {
      const at = firstRow + i;
      const key = { indicator: text(cells[ci]), area: text(cells[ca]), period: text(cells[cp]), dimension: text(cells[cd]) };
      if (!key.indicator && !key.area && !key.period && isBlank(cells[cv])) return;
      const k = measurementKey(key.indicator, key.area, key.period, key.dimension);
      if (!asked.has(k)) return this.reject(name, f.sheet, `A${at}`, problem('ronde.niet-gevraagd', { row: at, key: keyLine(key), owner: owner.owner }));
      seen.add(k);
      // A form of before the Bijsturing column has none; then there is nothing to write.
      if (cb >= 0 && !isBlank(cells[cb])) {
        filled = true;
        const value = isBlank(cells[cv]) ? '' : `waarde ${shown(cells[cv])}${cu >= 0 && text(cells[cu]) ? ` ${text(cells[cu])}` : ''}`;
        const norm = cn >= 0 ? text(cells[cn]) : '';
        this.followUp(name, f.sheet, `${columnLetter(cb + 1)}${at}`, key, text(cells[cb]), owner.owner, [value, norm && `getoetst aan ${norm}`].filter(Boolean).join(', '));
      }
      if (cx >= 0 && text(cells[cx]).toLowerCase() === 'ja') {
        filled = true;
        // Not the Bijsturing this row itself adds (there since this form was merged before): ja closes the one the form showed.
        const parts: Record<string, CellValue> = { ...key, decision: cb >= 0 && !isBlank(cells[cb]) ? text(cells[cb]) : null };
        const own = parts.decision === null ? null : followUpKey((c) => parts[c] ?? null);
        for (const row of this.openFollowUps.get(openKey(key.indicator, key.area)) ?? []) if (followUpKey((c) => row.get(c)) !== own) this.closed.add(row);
      }
      if (isBlank(cells[cv])) return;
      filled = true;
      const indicator = this.indicatorOf(key.indicator);
      if (!indicator) return this.reject(name, f.sheet, `${valueLetter}${at}`, problem('ronde.onbekende-indicator', { indicator: key.indicator }));
      const read = readValue(cells[cv], indicator.unit, cu >= 0 ? text(cells[cu]) : '', indicator.scale, { cell: `${valueLetter}${at}`, key: keyLine(key) });
      if (!read.ok) return this.reject(name, f.sheet, `${valueLetter}${at}`, read.problem);
      const comment = cc >= 0 && !isBlank(cells[cc]) ? text(cells[cc]) : null;
      this.put(k, { ...asked.get(k)!, indicator: indicator.id }, { value: read.value, comment }, { form: name, owner: owner.owner, cell: `${f.sheet}!${valueLetter}${at}` });
    });
    for (const [k, key] of asked) {
      if (!seen.has(k)) this.reject(name, f.sheet, null, problem('ronde.rij-ontbreekt', { key: keyLine(key) }));
    }
    return filled;
  }

  /** A Bijsturing from a form: a new open row in Opvolging, unless the same decision is there already. */
  private followUp(form: string, sheet: string, cell: string, key: { indicator: string; area: string; period: string }, decision: string, owner: string, deviation: string): void {
    if (!this.data.tables.get('followUps')) {
      return this.reject(form, sheet, cell, problem('ronde.geen-opvolging', { cell, key: keyLine({ ...key, dimension: '' }) }));
    }
    const parts: Record<string, CellValue> = { ...key, decision };
    const k = followUpKey((c) => parts[c] ?? null);
    if (this.followUpKeys.has(k)) return;
    this.followUpKeys.add(k);
    this.followUps.push({ indicator: this.indicatorOf(key.indicator)?.id ?? key.indicator, area: key.area, period: key.period, deviation: deviation || null, decision, by: owner, status: 'open' });
    this.result.followUps++;
  }

  private indicatorOf(id: string): { id: string; unit: string; scale: string[] | null } | null {
    return this.indicators.get(id.trim().toLowerCase()) ?? null;
  }

  private put(k: string, key: { indicator: string; area: string; period: string; dimension: string }, v: Value, from: { form: string; owner: string; cell: string }): void {
    const source = updateSource(from.owner, this.result.period);
    const log = (old: CellValue, how = ''): void => void this.log.push({ operation: 'ronde', source: `${source} (${from.form})${how}`, ...key, old, new: v.value });
    const earlier = this.written.get(k);
    if (earlier) {
      // A second copy of a form in the same merge: the first one counts.
      if (sameValue(earlier.value as CellValue, v.value)) this.result.unchanged++;
      else this.reject(from.form, null, from.cell, problem('ronde.dubbel', { cell: from.cell, key: keyLine(key), earlier: shown(earlier.value), value: shown(v.value) }));
      return;
    }
    const fields = { source, retrieved: this.options.now, file: from.form, ...(v.comment ? { comment: v.comment } : {}) };
    const newRow = { unit: this.indicatorOf(key.indicator)?.unit || null };
    let outcome = this.store.put(key, v.value, fields, { newRow });
    let how = '';
    if (outcome.kind === 'conflict') {
      const { row, current } = outcome;
      const conflict: RoundConflict = {
        form: from.form,
        owner: from.owner,
        ...key,
        formCell: from.cell,
        registryCell: `${row.at('value').sheet}!${row.at('value').cell}`,
        registryValue: current,
        registrySource: row.text('source'),
        registryDate: row.get('retrieved'),
        formValue: v.value,
        // Set below when the form's value is not taken.
        rule: 'ronde.conflict',
        params: {},
        message: '',
      };
      const accepted = this.options.accept === 'all' || (typeof this.options.accept === 'function' && this.options.accept(conflict));
      if (!accepted) {
        Object.assign(conflict, problem('ronde.conflict', { cell: conflict.registryCell, key: keyLine(key), current: shown(current), source: conflict.registrySource, owner: from.owner, value: shown(v.value), formCell: from.cell }));
        this.result.conflicts++;
        this.result.conflictList.push(conflict);
        return;
      }
      outcome = this.store.put(key, v.value, fields, { force: true });
      how = ' (conflict aanvaard)';
    }
    if (outcome.kind === 'unchanged') {
      this.result.unchanged++;
      return;
    }
    this.written.set(k, { ...v, source });
    this.result.accepted++;
    log(outcome.kind === 'updated' ? outcome.old : null, how);
  }

  /** The edits for Metingen and the Logboek. */
  edits(): Edit[] {
    const edits: Edit[] = this.store.edits();
    const followUps = this.data.tables.get('followUps');
    if (followUps && this.followUps.length) {
      const captions = this.data.info.tables.find((t) => same(t.name, followUps.table))!.columns;
      edits.push({ kind: 'appendRows', table: followUps.table, rows: this.followUps.map((row) => rowCells(followUps.spec, captions, row)) });
    }
    const status = followUps?.columns.get('status');
    if (followUps && status && this.closed.size) {
      edits.push({ kind: 'updateCells', table: followUps.table, cells: [...this.closed].map((row) => ({ row: row.row - followUps.firstRow, column: status.caption, value: 'afgerond' })) });
    }
    return edits;
  }

  get followUpsClosed(): number {
    return this.closed.size;
  }

  /** The value of a key once this merge is written. */
  valueOf(k: string): CellValue | number | string {
    return this.written.get(k)?.value ?? this.store.find(k)?.get('value') ?? null;
  }
}

/** Every owner's progress in the round, from the registry as it will stand after the merge. */
function progress(
  sheet: RoundSheet,
  round: RoundRow[],
  data: RegistryData,
  valueOf: (k: string) => CellValue,
  merged: { returned: Set<string>; conflicts: RoundConflict[] } | null,
  now: Date,
): { owners: OwnerProgress[]; changes: { index: number; values: Partial<RoundRow> }[] } {
  const asked = round.map((r) => askedOf(sheet, r.roundId, r.owner));
  const named = measurementNames(data);
  const tests = expectedTests(data, asked.flat(), { now });
  let offset = 0;
  const owners: OwnerProgress[] = [];
  const changes: { index: number; values: Partial<RoundRow> }[] = [];
  round.forEach((r, i) => {
    const keys = asked[i];
    const rowTests = tests.slice(offset, (offset += keys.length));
    const values = keys.map((k) => valueOf(measurementKey(k.indicator, k.area, k.period, k.dimension)));
    const missing = keys.filter((_, j) => isBlank(values[j]));
    const deviations = values.filter((v, j) => !isBlank(v) && deviates(rowTests[j], typeof v === 'number' ? v : text(v))).length;
    const mergedNow = merged?.returned.has(r.owner.toLowerCase()) ?? false;
    const isReturned = !isBlank(r.returned as CellValue) || mergedNow;
    const filled = keys.length - missing.length;
    const status = !isReturned ? ROUND_STATUS.notReturned : missing.length ? ROUND_STATUS.incomplete : ROUND_STATUS.complete;
    const conflicts = mergedNow ? merged!.conflicts.filter((c) => same(c.owner, r.owner)).length : r.conflicts;
    owners.push({ owner: r.owner, contact: r.contact, returned: isReturned, asked: keys.length, filled, deviations, status, conflicts, missing: missing.map(named) });
    const next: Partial<RoundRow> = { filled, deviations, status, missing: missingText(missing.map(named)) };
    if (mergedNow) next.conflicts = conflicts;
    if (mergedNow && isBlank(r.returned as CellValue)) next.returned = now;
    const diff = Object.fromEntries(Object.entries(next).filter(([k, v]) => (r as unknown as Record<string, unknown>)[k] !== v));
    if (Object.keys(diff).length) changes.push({ index: (r as RoundRow & { index: number }).index, values: diff });
  });
  return { owners, changes };
}

/** The rows of a round on Rondes: the given period, or the one started last. */
function roundRows(sheet: RoundSheet, period?: string): RoundRow[] & { index: number }[] {
  if (!sheet.rows.length) throw refuse('ronde.geen-rondes');
  const wanted = period ?? sheet.rows[sheet.rows.length - 1].period;
  const rows = sheet.rows.filter((r) => same(r.period, wanted));
  if (!rows.length) throw refuse('ronde.onbekende-periode', { period: wanted, known: [...new Set(sheet.rows.map((r) => r.period))].join(', ') });
  return rows;
}

/** Reads the registry and the round in one read; refuses a workbook that is no usable registry. */
async function readRound(wb: WorkbookPort, period: string | undefined) {
  const data = await openRegistry(wb, { need: ['indicators', 'measurements'], minVersion: SCHEMA_VERSION, also: ROUND_TABLES });
  const sheet = readRoundSheet(data);
  const settings = data.settings.parsed.ok ? data.settings.parsed.settings : undefined;
  const nis = settings?.gemeente ?? '';
  return { data, sheet, round: roundRows(sheet, period), registry: { nis, label: `${settings?.gemeentenaam ?? nis} (${nis})` } };
}

/** Merges the forms in the given workbooks (files, or the registry's own form sheets) into the registry. */
export async function mergeForms(wb: WorkbookPort, sources: FormSource[], options: MergeOptions = {}): Promise<MergeResult> {
  const now = options.now ?? new Date();
  const { data, sheet, round, registry } = await readRound(wb, options.period);
  const merge = new Merge(data, sheet, round, { ...options, now });
  const reported = new ReportedProgress(data);
  const accept = options.accept;
  const work = new ProgressMerge(data, round[0], reported, (c) => accept === 'all' || (typeof accept === 'function' && accept(c)));
  const returned = new Set<string>();
  for (const source of sources) {
    const forms = await readForms(source.wb);
    if (!forms.length) {
      merge.result.forms++;
      merge.result.rejected.push({ form: source.name, sheet: null, cell: null, whole: true, ...problem('ronde.geen-formulier', { file: source.name }) });
      continue;
    }
    for (const f of forms) {
      const rejected = merge.result.rejected.length;
      const filled = merge.mergeForm(source, f, registry);
      // The progress of a form rejected whole is not taken either.
      const table = 'name' in f.table && !merge.result.rejected.slice(rejected).some((r) => r.whole) ? f.progress : null;
      const progressFilled = table ? work.mergeTable(source.name, f.sheet, f.header.owner, table) : false;
      if (filled || progressFilled) returned.add(f.header.owner.toLowerCase());
    }
    merge.result.rejected.push(...work.problems.splice(0).map((p) => ({ form: source.name, whole: false, ...p })));
  }
  const { owners, changes } = progress(sheet, round, data, (k) => merge.valueOf(k) as CellValue, { returned, conflicts: merge.result.conflictList }, now);
  const edits = [...merge.edits(), ...work.edits(), ...reported.edits(data.info), ...logbookEdits(data.info, [...merge.log, ...work.log], { now, user: options.user }), ...updateRoundRows(sheet, changes)];
  if (edits.length) await wb.apply(edits);
  return { ...merge.result, progress: work.result, followUpsClosed: merge.followUpsClosed, owners, missingOwners: owners.filter((o) => !o.returned).map((o) => o.owner), changed: edits.length > 0 };
}

/** The round's progress per owner as it stands, for the overview and reminders. */
export async function roundProgress(wb: WorkbookPort, options: { period?: string; now?: Date } = {}): Promise<{ period: string; owners: OwnerProgress[] }> {
  const { data, sheet, round } = await readRound(wb, options.period);
  const store = new MeasurementStore(data.tables.get('measurements')!);
  const { owners } = progress(sheet, round, data, (k) => store.find(k)?.get('value') ?? null, null, options.now ?? new Date());
  return { period: round[0].period, owners };
}
