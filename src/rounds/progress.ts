// Progress of actions and measures in the half-year round (issue 19 §3). Each owner's form gets,
// below its measurements, a table Voortgang with the actions (Doelstellingen, niveau actie) and the
// measures (Maatregelen) the owner runs and has not finished: status, Realisatie (%) and a short
// toelichting. The form also shows what the registry held when the form was made; merge writes a
// reported value only where the registry still holds that, or what the same owner's form of the same
// round had written before (RondeVoortgang: their correction), so a value changed by hand in the
// meantime is kept and reported as a conflict, never overwritten silently, until the coordinator
// accepts it. Every value written gets a Logboek line. The measurement upsert (merge.ts) knows
// nothing of this.
import { problem, type Problem } from '../rules';
import { formatNumber } from '../norms/text';
import type { LogEntry } from '../registry/logbook';
import { isActive } from '../registry/roles';
import { enums, ownedTable } from '../registry/schema';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { isBlank, parseNumber, text } from '../registry/values';
import { columnIndex, columnLetter } from '../workbook/address';
import type { CellInput, CellValue, Edit, TableRows } from '../workbook/port';
import { formTableEnd, lettersWith, progressTableName, type FormPart } from './form';
import type { ReportedProgress } from './reportedProgress';

export type ProgressKind = 'actie' | 'maatregel';

/** An action or measure an owner is asked about, with what the registry holds now. */
export interface ProgressItem {
  kind: ProgressKind;
  code: string;
  title: string;
  /** `AP1.1 Minder geluidshinder door verkeer`: the objective it belongs to. */
  partOf: string;
  status: string;
  realisation: number | null;
  comment: string;
}

const lower = (s: string) => s.trim().toLowerCase();
const same = (a: string, b: string) => lower(a) === lower(b);
/** Finished work is not asked again. */
const DONE = ['uitgevoerd', 'stopgezet'];
/** The status words an owner can report (the list of Maatregelen, also used for actions). */
export const PROGRESS_STATUS = enums.measureStatus.values;

const KIND_TABLE = { actie: 'objectives', maatregel: 'measures' } as const;
const KEY = { actie: 'code', maatregel: 'id' } as const;
const STATUS = { actie: 'progress', maatregel: 'status' } as const;

const numberOrNull = (v: CellValue): number | null => {
  const n = parseNumber(v);
  return !isBlank(v) && n.ok ? n.value : null;
};

/** The actions and unfinished measures an owner reports progress on. */
export function askedProgress(data: RegistryData, owner: string): ProgressItem[] {
  const objectives = data.tables.get('objectives')?.rows ?? [];
  const titled = new Map(objectives.map((r) => [lower(r.text('code')), `${r.text('code')} ${r.text('title')}`]));
  const partOf = (code: string) => (code ? (titled.get(lower(code)) ?? code) : '');
  const item = (kind: ProgressKind, r: RowView, title: string, parent: string): ProgressItem => ({
    kind,
    code: r.text(KEY[kind]),
    title,
    partOf: partOf(parent),
    status: r.text(STATUS[kind]),
    realisation: numberOrNull(r.get('realisation')),
    comment: r.text('progressComment'),
  });
  const actions = objectives
    .filter((r) => same(r.text('level'), 'actie') && same(r.text('owner'), owner) && !r.blank('code') && isActive(r) && !DONE.includes(lower(r.text('progress'))))
    .map((r) => item('actie', r, r.text('title'), r.text('parent')));
  const measures = (data.tables.get('measures')?.rows ?? [])
    .filter((r) => same(r.text('owner'), owner) && !r.blank('id') && !DONE.includes(lower(r.text('status'))))
    .map((r) => item('maatregel', r, r.text('name'), r.text('plan')));
  return [...actions, ...measures];
}

export const PROGRESS_TITLE = 'Voortgang van uw acties en maatregelen';
/** The progress table as the schema describes it; its columns by key. */
const SPEC = ownedTable('progressForm');
type ProgressColumn = 'code' | 'title' | 'partOf' | 'kind' | 'previousStatus' | 'previousRealisation' | 'status' | 'realisation' | 'comment' | 'previousComment';
/** What each column shows of an item; the input columns start empty. */
const VALUES: Record<ProgressColumn, (i: ProgressItem) => CellInput> = {
  code: (i) => i.code,
  title: (i) => i.title,
  partOf: (i) => i.partOf || null,
  kind: (i) => i.kind,
  previousStatus: (i) => i.status || null,
  previousRealisation: (i) => i.realisation,
  status: () => null,
  realisation: () => null,
  comment: () => null,
  previousComment: (i) => i.comment || null,
};
export const PROGRESS_CAPTION = Object.fromEntries(
  (Object.keys(VALUES) as ProgressColumn[]).map((k) => [k, SPEC.columns.find((c) => c.key === k)!.caption]),
) as Record<ProgressColumn, string>;

/** The table's columns, left to right. */
const COLUMNS = SPEC.columns.map((c) => ({ ...c, get: VALUES[c.key as ProgressColumn] }));

/** The progress table below a form's table of `measurements` rows: its edits, the cells to leave unlocked and the columns to wrap. */
export function progressFormPart(sheet: string, formTable: string, measurements: number, items: ProgressItem[]): FormPart | null {
  if (!items.length) return null;
  const row = formTableEnd(measurements) + 2;
  const table = progressTableName(formTable);
  const letter = (caption: string) => columnLetter(COLUMNS.findIndex((c) => c.caption === caption) + 1);
  // The input columns stand side by side: one range to unlock.
  const inputs = lettersWith(COLUMNS, 'input');
  const top = row + 3;
  return {
    edits: [
      { kind: 'writeRange', sheet, at: `A${row}`, values: [[PROGRESS_TITLE], ['Kies per rij de Status, vul de Realisatie (%) in (0 tot 100) en schrijf een korte toelichting.']] },
      { kind: 'addTable', sheet, table, at: `A${top}`, columns: COLUMNS.map((c) => c.caption), rows: items.map((i) => COLUMNS.map((c) => c.get(i))), style: SPEC.style },
      {
        kind: 'setValidation',
        table,
        column: PROGRESS_CAPTION.status,
        validation: {
          // A formula rather than a list: a form file has no named list to point at, and a literal list is spelled differently by each writer.
          rule: { type: 'custom', formula: `OR(${PROGRESS_STATUS.map((v) => `${letter(PROGRESS_CAPTION.status)}${top + 1}="${v}"`).join(',')})` },
          prompt: { title: 'Status', message: `Typ hoe de actie of maatregel er nu voor staat: ${PROGRESS_STATUS.join(', ')}. Leeg = niet gewijzigd.` },
          error: { title: 'Geen geldige status', message: `Typ een van deze: ${PROGRESS_STATUS.join(', ')}.`, style: 'stop' },
        },
      },
      {
        kind: 'setValidation',
        table,
        column: PROGRESS_CAPTION.realisation,
        validation: {
          rule: { type: 'whole', min: 0, max: 100 },
          prompt: { title: 'Realisatie (%)', message: 'Hoever de actie of maatregel gerealiseerd is: een geheel getal van 0 tot 100, zonder %.' },
          error: { title: 'Geen geldig percentage', message: 'Vul een geheel getal van 0 tot 100 in, bv. 60, zonder %.', style: 'stop' },
        },
      },
      { kind: 'setValidation', table, column: PROGRESS_CAPTION.comment, validation: { rule: { type: 'any' }, prompt: { title: 'Toelichting voortgang', message: 'Kort: wat is er gedaan, wat loopt vertraging op en waarom.' } } },
    ],
    unlocked: [`${inputs[0]}${top + 1}:${inputs[inputs.length - 1]}${top + items.length}`],
    wrap: lettersWith(COLUMNS, 'wrap'),
    widths: Object.fromEntries(COLUMNS.map((c, i) => [columnLetter(i + 1), c.width])),
  };
}

/** A reported value the registry kept, because it was changed there after the form was made. */
export interface ProgressConflict {
  form: string;
  owner: string;
  kind: ProgressKind;
  code: string;
  /** The column, e.g. Realisatie (%). */
  field: string;
  registryCell: string;
  registryValue: CellValue;
  formCell: string;
  formValue: number | string;
  message: string;
}

export interface ProgressResult {
  /** Values written to Doelstellingen and Maatregelen. */
  written: number;
  unchanged: number;
  conflicts: ProgressConflict[];
}

/** A value as users read it: numbers with a decimal comma. */
const shown = (v: CellValue | number | string) => (typeof v === 'number' ? formatNumber(v) : text(v) || 'leeg');
const sameValue = (a: CellValue, b: CellValue | number | string) => {
  if (isBlank(a) || isBlank(b as CellValue)) return isBlank(a) && isBlank(b as CellValue);
  const [x, y] = [numberOrNull(a), numberOrNull(b as CellValue)];
  return x !== null && y !== null ? Math.abs(x - y) < 1e-9 : same(text(a), text(b as CellValue));
};

type Located = Problem & { sheet: string; cell: string | null };

/** Merges the progress tables of returned forms into Doelstellingen and Maatregelen. */
export class ProgressMerge {
  private readonly updates = new Map<TableView, Map<RowView, Record<string, CellInput>>>();
  readonly log: LogEntry[] = [];
  readonly problems: Located[] = [];
  readonly result: ProgressResult = { written: 0, unchanged: 0, conflicts: [] };

  /** `accept` settles a conflict in favour of the form (CLI --neem-over, the pane's Neem over). */
  constructor(
    private readonly data: RegistryData,
    private readonly round: { period: string; roundId: string },
    private readonly reported: ReportedProgress,
    private readonly accept: (c: ProgressConflict) => boolean,
  ) {}

  private find(kind: ProgressKind, code: string): { table: TableView; row: RowView } | null {
    const table = this.data.tables.get(KIND_TABLE[kind]);
    const row = table?.rows.find((r) => same(r.text(KEY[kind]), code) && (kind === 'maatregel' || same(r.text('level'), 'actie')));
    return table && row ? { table, row } : null;
  }

  /** Merges one form's progress table; true when the owner filled something in. */
  mergeTable(form: string, sheet: string, owner: string, rows: TableRows): boolean {
    const at = (caption: string) => rows.columns.findIndex((h) => same(h, caption));
    const col = Object.fromEntries(Object.entries(PROGRESS_CAPTION).map(([k, c]) => [k, at(c)])) as Record<keyof typeof PROGRESS_CAPTION, number>;
    const missing = (['code', 'kind', 'status', 'realisation', 'comment'] as const).filter((k) => col[k] < 0);
    if (missing.length) {
      this.problems.push({ sheet, cell: null, ...problem('ronde.voortgang-kolom-ontbreekt', { columns: missing.map((k) => PROGRESS_CAPTION[k]).join(', ') }) });
      return false;
    }
    const letter = (k: keyof typeof PROGRESS_CAPTION) => columnLetter(columnIndex(rows.firstColumn) + col[k]);
    let filled = false;
    rows.rows.forEach((cells, i) => {
      const r = rows.firstRow + i;
      const input = { status: cells[col.status], realisation: cells[col.realisation], comment: cells[col.comment] };
      if (isBlank(input.status) && isBlank(input.realisation) && isBlank(input.comment)) return;
      filled = true;
      const kind = lower(text(cells[col.kind])) as ProgressKind;
      const code = text(cells[col.code]);
      const cell = (k: keyof typeof PROGRESS_CAPTION) => `${sheet}!${letter(k)}${r}`;
      const found = kind in KIND_TABLE ? this.find(kind, code) : null;
      if (!found) {
        this.problems.push({ sheet, cell: `${letter('code')}${r}`, ...problem('ronde.voortgang-onbekend', { row: r, kind, code }) });
        return;
      }
      const wanted: { key: string; field: keyof typeof PROGRESS_CAPTION; value: number | string; previous: CellValue }[] = [];
      if (!isBlank(input.status)) {
        const status = PROGRESS_STATUS.find((s) => same(s, text(input.status)));
        if (!status) return void this.problems.push({ sheet, cell: `${letter('status')}${r}`, ...problem('ronde.voortgang-status', { cell: cell('status'), code, value: text(input.status), choices: PROGRESS_STATUS.join(', ') }) });
        wanted.push({ key: STATUS[kind], field: 'status', value: status, previous: col.previousStatus >= 0 ? cells[col.previousStatus] : null });
      }
      if (!isBlank(input.realisation)) {
        const n = parseNumber(input.realisation);
        if (!n.ok || n.value < 0 || n.value > 100) {
          return void this.problems.push({ sheet, cell: `${letter('realisation')}${r}`, ...problem('ronde.voortgang-percentage', { cell: cell('realisation'), code, value: shown(input.realisation) }) });
        }
        wanted.push({ key: 'realisation', field: 'realisation', value: n.value, previous: col.previousRealisation >= 0 ? cells[col.previousRealisation] : null });
      }
      if (!isBlank(input.comment)) wanted.push({ key: 'progressComment', field: 'comment', value: text(input.comment), previous: col.previousComment >= 0 ? cells[col.previousComment] : null });
      const { table, row } = found;
      if ([...wanted.map((w) => w.key), 'progressPeriod'].some((k) => !table.columns.has(k))) {
        return void this.problems.push({ sheet, cell: `${letter('code')}${r}`, ...problem('ronde.voortgang-geen-kolommen', { code, sheet: table.spec.sheet }) });
      }
      const changes: Record<string, CellInput> = {};
      let conflicts = 0;
      const inThisMerge = this.updates.get(table)?.get(row);
      for (const w of wanted) {
        const caption = table.columns.get(w.key)!.caption;
        // A second copy of a form in the same merge: the first one counts, as for measurements.
        const earlierCopy = inThisMerge?.[w.key];
        if (earlierCopy !== undefined) {
          if (sameValue(earlierCopy as CellValue, w.value)) this.result.unchanged++;
          else this.problems.push({ sheet, cell: `${letter(w.field)}${r}`, ...problem('ronde.dubbel', { cell: cell(w.field), key: `${kind} ${code}, ${caption}`, earlier: shown(earlierCopy as CellValue), value: shown(w.value) }) });
          continue;
        }
        const current = row.get(w.key);
        if (sameValue(current, w.value)) {
          this.result.unchanged++;
          continue;
        }
        const registryCell = `${row.at(w.key).sheet}!${row.at(w.key).cell}`;
        const record = { roundId: this.round.roundId, owner, kind, code, field: PROGRESS_CAPTION[w.field] };
        const earlier = this.reported.find(record);
        // The registry still holds what the form showed, or what this owner's form of this round wrote
        // before (a corrected form sent again): the owner's report. Else it was changed by hand since.
        const untouched = sameValue(current, w.previous) || (earlier !== undefined && sameValue(current, earlier));
        const conflict: ProgressConflict | null = untouched
          ? null
          : {
              form,
              owner,
              kind,
              code,
              field: caption,
              registryCell,
              registryValue: current,
              formCell: cell(w.field),
              formValue: w.value,
              ...problem('ronde.voortgang-conflict', { cell: registryCell, kind, code, field: caption, current: shown(current), previous: shown(w.previous), owner, value: shown(w.value), formCell: cell(w.field) }),
            };
        if (conflict && !this.accept(conflict)) {
          conflicts++;
          this.result.conflicts.push(conflict);
          continue;
        }
        changes[w.key] = w.value;
        this.result.written++;
        this.reported.put({ ...record, value: w.value });
        const how = conflict ? ' (conflict aanvaard)' : '';
        this.log.push({ operation: 'ronde', source: `voortgang ${owner} ${this.round.period} (${form}): ${kind} ${code}, ${caption}${how}`, indicator: code, area: '', period: this.round.period, dimension: '', old: current, new: w.value });
      }
      if (!conflicts && !same(row.text('progressPeriod'), this.round.period)) changes.progressPeriod = this.round.period;
      if (Object.keys(changes).length) {
        const perTable = this.updates.get(table) ?? new Map<RowView, Record<string, CellInput>>();
        perTable.set(row, { ...perTable.get(row), ...changes });
        this.updates.set(table, perTable);
      }
    });
    return filled;
  }

  /** The edits for Doelstellingen and Maatregelen; each checks the rows' keys, so rows a co-author moved are refused. */
  edits(): Edit[] {
    return [...this.updates].map(([table, rows]): Edit => {
      const key = table.spec.keyColumn!;
      const caption = (k: string) => table.columns.get(k)!.caption;
      const index = (row: RowView) => row.row - table.firstRow;
      return {
        kind: 'updateCells',
        table: table.table,
        cells: [...rows].flatMap(([row, values]) => Object.entries(values).map(([k, value]) => ({ row: index(row), column: caption(k), value }))),
        expect: [...rows.keys()].map((row) => ({ row: index(row), column: caption(key), value: row.get(key) })),
      };
    });
  }
}
