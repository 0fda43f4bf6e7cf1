// Importing monitor data into the registry's Metingen: one entry point, one options object, one
// result `{ summary, errors, changed }`. The registry is read once, the file is streamed through a
// reader into the upsert, and everything the import changes goes to the workbook in one `apply` at
// the end, so port calls do not grow with the file and a failed or cancelled import writes nothing.
import { problem, refuse, type Problem } from '../rules';
import { rowCells, rowWriter } from '../registry/layout';
import { logbookEdits } from '../registry/logbook';
import type { Edit, WorkbookPort } from '../workbook/port';
import { codeKey } from '../registry/keys';
import { AreaResolver, type Area } from './areas';
import { loadCatalogue, type Catalogue } from './catalogue';
import { readMonitorCsv, type CsvInput } from './csv';
import { IndicatorResolver, MONITOR_SOURCE } from './indicators';
import { openImportRegistry, type ImportRegistry } from './registry';
import { readODataValues, readSelectionTable, selectionTableFromText, type SwingTable, type SwingVariable } from './swing';
import { openThemeWorkbook, type ThemeSheet } from './themeExcel';
import { cellText, memo, shortened } from './text';
import type { ImportError, ImportProgress, ImportResult, ImportSummary, MonitorRow, RowSink } from './types';
import { MeasurementUpsert } from './upsert';
import { parseFileValue, periodCode } from '../registry/values';

export type MonitorSource =
  /** A Gemeente-Stadsmonitor CSV: text, a File/Blob, or a Node stream (see node.ts). */
  | { kind: 'csv'; name: string; input: CsvInput; size?: number; position?: () => number; encoding?: string; delimiter?: string }
  /** A theme workbook or a per-indicator extract (.xlsx). */
  | { kind: 'xlsx'; name: string; data: Uint8Array | ArrayBuffer }
  /** A saved Swing selection table (.json). */
  | { kind: 'json'; name: string; text: string }
  /** Selection tables or OData series fetched from a Swing site (see swingFetch.ts). */
  | { kind: 'swing'; name: string; source: string; tables?: { table: SwingTable; variables?: SwingVariable[] }[]; series?: { variable: SwingVariable; values: unknown[] }[] }
  /**
   * Rows read elsewhere, e.g. by readMonitorCsv in a Web Worker that posts its rows back (they are
   * plain data): `read` sends every row to the sink and resolves with the number of rows read.
   */
  | { kind: 'rows'; name: string; source?: string; read: (sink: RowSink, signal?: AbortSignal) => Promise<number> };

export interface ImportOptions {
  /** Take every area in the file, not only the registry's own areas and benchmarks. */
  allAreas?: boolean;
  /** Theme workbook: only these sheets (by sheet name or indicator code). */
  sheets?: string[];
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The import date written in Opgehaald op (default: today). */
  now?: Date;
  /** The indicator catalogue (default: the built-in one, loaded on demand). */
  catalogue?: Catalogue;
  /** Who imports, for the Logboek (when the host knows). */
  user?: string;
}

const periodText = memo(periodCode);
/** A period in the registry's form; files repeat the same few, so they are read once. */
const periodOf = (raw: string | number) => (typeof raw === 'number' ? periodCode(raw) : periodText(raw));

/** At most this many errors are listed; the counts stay complete. */
const MAX_ERRORS = 1000;

const cancelled = () => refuse('import.afgebroken');

function emptySummary(file: string): ImportSummary {
  return {
    file,
    rowsRead: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    empty: 0,
    skipped: 0,
    notSelected: 0,
    indicatorsAdded: [],
    areasAdded: [],
    areaMappings: [],
    conflictList: [],
    notices: [],
  };
}

/** Maps rows as readers hand them over to measurements, and keeps the counts. */
class ImportRun implements RowSink {
  readonly summary: ImportSummary;
  readonly errors: ImportError[] = [];
  private errorCount = 0;
  private readonly indicators: IndicatorResolver;
  private readonly areas: AreaResolver;
  private readonly upsert: MeasurementUpsert;
  private readonly benchmarks: Set<string>;
  private readonly mappings = new Map<string, ImportSummary['areaMappings'][number]>();
  /** Rows of merged municipalities, taken after the file so a value under the 2025 code itself wins. */
  private readonly deferred: MonitorRow[] = [];
  /**
   * One string per distinct period and dimension text: each row's are fresh strings from the file,
   * and every new measurement holds its own until the save (795k rows: tens of MB of copies).
   */
  private readonly texts = new Map<string, string>();
  private draining = false;
  private readonly now: Date;

  constructor(
    private readonly registry: ImportRegistry,
    catalogue: Catalogue,
    private readonly options: ImportOptions,
    private readonly file: string,
    private readonly source: string,
  ) {
    this.summary = emptySummary(file);
    this.now = options.now ?? new Date();
    this.indicators = new IndicatorResolver(registry.indicators, catalogue, source, this.now);
    const t = registry.areas;
    this.areas = new AreaResolver(
      t.rows
        .map((r): Area => ({ code: r.text('code'), name: r.text('name'), level: r.text('level'), nis: r.text('nis') || null, parent: r.text('parent') || null }))
        .filter((a) => a.code),
    );
    const today = this.now;
    this.upsert = new MeasurementUpsert(registry.measurements, new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
    this.benchmarks = new Set(['2000', registry.gemeente, registry.provincie].filter((c): c is string => !!c).map(codeKey));
  }

  private error(e: ImportError): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERRORS) this.errors.push(e);
  }

  skip(e: ImportError): void {
    this.summary.skipped++;
    this.error(e);
  }

  notice(notice: Problem): void {
    if (!this.summary.notices.some((n) => n.message === notice.message)) this.summary.notices.push(notice);
  }

  row(r: MonitorRow): void {
    const at: { line: number; sheet?: string } = r.sheet ? { line: r.line, sheet: r.sheet } : { line: r.line };
    const period = r.period === null ? null : periodOf(typeof r.period === 'number' ? r.period : String(r.period));
    if (!period) {
      const raw = cellText(r.period);
      return this.skip({ ...at, column: r.periodColumn, ...problem('import.periode', { value: raw ? shortened(raw) : '' }) });
    }
    const resolved = this.areas.resolve(r.area);
    if (!resolved) {
      const areaText = shortened([r.area.name, r.area.code].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' '));
      if (!this.options.allAreas) {
        this.summary.notSelected += r.values.length;
        return;
      }
      return this.skip({ ...at, column: null, ...problem('import.gebied-onbekend', { area: areaText }) });
    }
    if (!resolved.inRegistry && !this.options.allAreas && !this.benchmarks.has(codeKey(resolved.area.code))) {
      this.summary.notSelected += r.values.length;
      return;
    }
    if (resolved.mappedFrom && !this.draining) {
      this.deferred.push(r);
      return;
    }

    let indicator: { id: string; unit: string | null } | null = null;
    let area: Area | null = null;
    for (const v of r.values) {
      const parsed = parseFileValue(v.raw, r.decimal);
      if (parsed.kind === 'empty') {
        this.summary.empty++;
        continue;
      }
      if (parsed.kind === 'invalid') {
        this.skip({ ...at, column: v.column, ...problem('import.geen-getal', { value: shortened(cellText(v.raw)) }) });
        continue;
      }
      if (!indicator) {
        const found = this.indicators.resolve(r.indicator);
        if ('problem' in found) return this.skip({ ...at, column: 'Indicator', ...problem('import.geen-indicator') });
        indicator = found;
      }
      area ??= resolved.inRegistry ? resolved.area : this.areas.add(resolved.area);
      const dimension = this.text(v.label ? (r.dimension ? `${r.dimension} | ${v.label}` : v.label) : r.dimension);
      const outcome = this.upsert.put({
        indicator: indicator.id,
        area: area.code,
        period: this.text(period),
        dimension,
        value: parsed.value,
        unit: v.unit ?? indicator.unit,
        source: this.source,
        file: this.file,
        line: r.line,
        sheet: r.sheet,
      });
      if (outcome.kind === 'duplicate') {
        const other = { otherLine: outcome.line, otherSheet: outcome.sheet ?? '', sameSheet: outcome.sheet === r.sheet ? 1 : 0, what: [indicator.id, area.code, period, dimension].filter(Boolean).join(', ') };
        const from = resolved.mappedFrom;
        this.skip({ ...at, column: v.column, ...(from ? problem('import.dubbel-fusie', { ...other, fromName: from.name, fromCode: from.code, name: area.name, code: area.code }) : problem('import.dubbel', other)) });
        continue;
      }
      if (outcome.kind === 'conflict') {
        this.summary.conflicts++;
        this.summary.conflictList.push(outcome.conflict);
      } else this.summary[outcome.kind]++;
      if (resolved.mappedFrom) this.mapped(resolved.mappedFrom, area);
    }
  }

  private text(s: string): string {
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    // Bounded: a file whose dimensions are all different gains nothing from remembering them.
    if (this.texts.size < 10_000) this.texts.set(s, s);
    return s;
  }

  private mapped(from: { code: string; name: string }, to: Area): void {
    const key = `${from.code}>${to.code}`;
    const entry = this.mappings.get(key) ?? { from: from.code, fromName: from.name, to: to.code, toName: to.name, values: 0 };
    entry.values++;
    this.mappings.set(key, entry);
  }

  /** Everything the import changes, as one edit list. */
  edits(): Edit[] {
    const edits: Edit[] = [];
    const added = this.areas.addedAreas();
    if (added.length) {
      const t = this.registry.areas;
      edits.push({ kind: 'appendRows', table: t.table, rows: added.map((a) => rowCells(t.spec, t.headers, { code: a.code, name: a.name, level: a.level, nis: a.nis, parent: a.parent })) });
    }
    if (this.indicators.rows.length) {
      const t = this.registry.indicators;
      edits.push({ kind: 'appendRows', table: t.table, rows: this.indicators.rows.map(rowWriter(t.spec, t.headers)) });
    }
    edits.push(...this.upsert.edits());
    edits.push(...logbookEdits(this.registry.data.info, this.upsert.logEntries(this.file), { now: this.now, user: this.options.user }));
    return edits;
  }

  finish(rowsRead: number): ImportSummary {
    this.draining = true;
    for (const r of this.deferred.splice(0)) this.row(r);
    const s = this.summary;
    s.rowsRead = rowsRead;
    s.indicatorsAdded = this.indicators.added;
    s.areasAdded = this.areas.addedAreas().map((a) => ({ code: a.code, name: a.name, level: a.level }));
    s.areaMappings = [...this.mappings.values()];
    if (this.errorCount > this.errors.length) s.notices.push(problem('import.meer-fouten', { count: this.errorCount, shown: this.errors.length }));
    return s;
  }
}

function sourceLabel(source: MonitorSource): string {
  if (source.kind === 'swing') return source.source;
  if (source.kind === 'rows') return source.source ?? MONITOR_SOURCE;
  return source.kind === 'json' ? 'Swing-selectietabel' : MONITOR_SOURCE;
}

/** Reads a monitor file or fetched Swing data into the registry's Metingen. */
export async function importMonitor(wb: WorkbookPort, source: MonitorSource, options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw cancelled();
  const registry = await openImportRegistry(wb);
  const catalogue = options.catalogue ?? (await loadCatalogue());
  const run = new ImportRun(registry, catalogue, options, source.name, sourceLabel(source));
  let rowsRead = 0;

  switch (source.kind) {
    case 'csv': {
      const result = await readMonitorCsv(source.input, run, {
        fileName: source.name,
        signal,
        encoding: source.encoding,
        delimiter: source.delimiter,
        onChunk: (rows, position) => {
          const at = source.position?.() ?? position;
          onProgress?.({ rowsRead: rows, fraction: source.size ? Math.min(1, at / source.size) : null });
        },
      });
      rowsRead = result.rowsRead;
      break;
    }
    case 'xlsx': {
      const book = await openThemeWorkbook(source.data, source.name);
      rowsRead = book.read(run, { sheets: options.sheets, signal });
      break;
    }
    case 'json':
      rowsRead = readSelectionTable(selectionTableFromText(source.text, source.name), run, { fileName: source.name });
      break;
    case 'swing':
      for (const t of source.tables ?? []) rowsRead += readSelectionTable(t.table, run, { fileName: source.name, variables: t.variables });
      for (const s of source.series ?? []) rowsRead += readODataValues(s.values, s.variable, run, rowsRead);
      break;
    case 'rows':
      rowsRead = await source.read(run, signal);
      break;
  }
  if (source.kind !== 'csv' && source.kind !== 'rows') onProgress?.({ rowsRead, fraction: 1 });

  const summary = run.finish(rowsRead);
  const edits = run.edits();
  if (signal?.aborted) throw cancelled();
  if (edits.length) await wb.apply(edits);
  return { summary, errors: run.errors, changed: edits.length > 0 };
}

export interface SheetOverview extends ThemeSheet {
  /** ID of the registry indicator this sheet's values would go to; null when the import would add it. */
  known: string | null;
}

/** Which indicators a theme workbook holds, and which of them the registry knows, before importing. */
export async function describeThemeWorkbook(wb: WorkbookPort, source: Extract<MonitorSource, { kind: 'xlsx' }>, options: { catalogue?: Catalogue } = {}): Promise<SheetOverview[]> {
  const registry = await openImportRegistry(wb);
  // Only finds indicators, so the date (for new rows) does not matter.
  const resolver = new IndicatorResolver(registry.indicators, options.catalogue ?? (await loadCatalogue()), MONITOR_SOURCE, new Date(0));
  const book = await openThemeWorkbook(source.data, source.name);
  return book.sheets.map((s) => ({ ...s, known: s.kind === 'indicator' ? (resolver.find({ code: s.code, name: s.title, fileCode: null, unit: null })?.id ?? null) : null }));
}
