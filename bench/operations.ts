// The operations the benchmark measures, in one place. Adding one is one entry here (as the round
// merge of issue 7 was): its lines (`merge_vs_scan`, `syncs_merge_*`) follow from it in suite.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRegistry } from '../src/checks';
import { exportRegistry, type ExportFormat } from '../src/export';
import { importMonitor } from '../src/monitor/import';
import { evaluateNorms, flagRegistry } from '../src/norms';
import { initRegistry } from '../src/registry/init';
import { SETTINGS_TABLE, registrySchema } from '../src/registry/schema';
import { mergeForms, startRound, type FormSource } from '../src/rounds';
import { FORM_TABLE_PREFIX } from '../src/rounds/form';
import type { CellInput, Edit, WorkbookPort } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx/adapter';
import { writeMonitorCsv } from './monitorCsv';
import { BENCH_DAY } from './config';

type Detail = Record<string, number>;

/**
 * The baseline of check and flag: one plain pass over the cells a check reads. The same port calls
 * as openRegistry (info, then one readTables of the registry's tables and the settings), and every
 * value touched once.
 */
async function scan(wb: WorkbookPort): Promise<Detail> {
  const info = await wb.info();
  const wanted = new Set([...registrySchema.tables.map((t) => t.table), SETTINGS_TABLE].map((n) => n.toLowerCase()));
  const read = await wb.readTables(info.tables.filter((t) => wanted.has(t.name.toLowerCase())).map((t) => t.name));
  let cells = 0;
  for (const t of read) for (const row of t.rows) for (const v of row) if (v !== null) cells++;
  return { cells };
}

export interface TimedOperation {
  /** `prepared`: what prepare returned. */
  run(wb: WorkbookPort, prepared?: unknown): Promise<Detail>;
  /** Makes the operation's other inputs before the clock starts (for merge: the round and the filled forms). */
  prepare?(wb: WorkbookPort): Promise<unknown>;
  /** Changes the workbook, so it runs once, after the others, on the registry as saved. */
  writes?: boolean;
}

/**
 * The half-year round of the benchmark: 2025-S1, the semester after the registry's last values
 * (2024-S2), so every owner (Dienst 1 … 10) is asked every area of each of its indicators, one form
 * row per indicator and area. That is 50 rows at 1,000 measurements and 5,000 at 100,000.
 */
const ROUND = { period: '2025-S1', now: BENCH_DAY };

/**
 * What staff type into a form's rows, by the row's unit: a number (every tenth one 1,000, above every
 * max norm: a deviation), a label on the scale, and in every twentieth row text that is no number (rejected).
 */
function typed(units: CellInput[]): { row: number; column: string; value: CellInput }[] {
  return units.map((unit, row) => ({ row, column: 'Nieuwe waarde', value: row % 20 === 19 ? 'onbekend' : unit === 'label' ? 'C' : row % 10 === 9 ? 1_000 : 50 + (row % 7) }));
}

/** The filled-in edits for every form table in `wb` (a returned file, or the registry's form sheets). */
async function fillForms(wb: WorkbookPort, tables: string[]): Promise<Edit[]> {
  const read = await wb.readTables(tables);
  return read.map((t) => ({ kind: 'updateCells' as const, table: t.table, cells: typed(t.rows.map((r) => r[t.columns.indexOf('Eenheid')])) }));
}

/** The round merge of issue 7: the returned form files of every owner, filled in, into the registry. */
const merge: TimedOperation = {
  async prepare(wb) {
    const started = await startRound(wb, { ...ROUND, target: 'files' });
    return Promise.all(
      started.forms.map(async (form): Promise<FormSource> => {
        const file = XlsxWorkbook.create();
        await file.apply(form.file!.edits);
        await file.apply(await fillForms(file, ['tblUpdate']));
        return { name: form.file!.name, wb: file };
      }),
    );
  },
  async run(wb, forms) {
    const r = await mergeForms(wb, forms as FormSource[], { now: BENCH_DAY });
    return { forms: r.forms, accepted: r.accepted, unchanged: r.unchanged, conflicts: r.conflicts, rejected: r.rejected.length, deviations: r.owners.reduce((n, o) => n + o.deviations, 0) };
  },
  writes: true,
};

/** Exporteer (issue 8), in memory: the files a researcher gets, and their total size. */
const exportAs = (format: ExportFormat): TimedOperation => ({
  run: async (wb) => {
    const { files, summary } = await exportRegistry(wb, { format, now: BENCH_DAY });
    return { files: files.length, bytes: files.reduce((n, f) => n + f.data.length, 0), rows: summary.tables.reduce((n, t) => n + t.rows, 0) };
  },
});

/** Operations timed on a saved registry (phase operationsOnFile); `scan` is their baseline. */
export const timedOperations: Record<string, TimedOperation> = {
  scan: { run: scan },
  check: {
    run: async (wb) => {
      const { summary } = await checkRegistry(wb, { now: BENCH_DAY });
      return { errors: summary.errors, warnings: summary.warnings };
    },
  },
  // Toets aan normen without writing, which tells its own cost from the workbook's.
  flag_without_apply: { run: async (wb) => ({ ...(await evaluateNorms(wb, { now: BENCH_DAY })).counts }) },
  export_csv: exportAs('csv'),
  export_parquet: exportAs('parquet'),
  flag: { run: async (wb) => ({ ...(await flagRegistry(wb, { now: BENCH_DAY })).counts }), writes: true },
  merge,
};

export interface SyncedOperation {
  /** Makes the operation's other inputs on the workbook; its syncs are not counted. */
  prepare?(wb: WorkbookPort): Promise<void>;
  run(wb: WorkbookPort, at: { rows: number; dir: string }): Promise<unknown>;
}

/**
 * Operations whose context.sync() round trips are counted on the Office.js adapter's recording
 * fake, in this order on one registry. The import comes last: it adds measurements.
 */
export const syncedOperations: Record<string, SyncedOperation> = {
  init: { run: (wb) => initRegistry(wb) },
  check: { run: (wb) => checkRegistry(wb, { now: BENCH_DAY }) },
  flag: { run: (wb) => flagRegistry(wb, { now: BENCH_DAY }) },
  // In Excel the forms are sheets of the registry: the round started with them, filled in there, merged.
  merge: {
    async prepare(wb) {
      const started = await startRound(wb, { ...ROUND, target: 'sheets' });
      const tables = (await wb.info()).tables.filter((t) => started.forms.some((f) => f.sheet === t.sheet) && t.name.startsWith(FORM_TABLE_PREFIX)).map((t) => t.name);
      await wb.apply(await fillForms(wb, tables));
    },
    run: (wb) => mergeForms(wb, [{ name: 'register', wb }], { now: BENCH_DAY }),
  },
  import: {
    run: (wb, { rows, dir }) => {
      // A file with as many rows as the registry has measurements, given as text as the task pane does.
      const file = path.join(dir, `syncs-${rows}.csv`);
      writeMonitorCsv(file, { rows });
      return importMonitor(wb, { kind: 'csv', name: path.basename(file), input: readFileSync(file, 'utf8') }, { allAreas: true, now: BENCH_DAY });
    },
  },
};
