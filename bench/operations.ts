// The operations the benchmark measures, in one place. Adding one (the round merge of issue 7) is
// one entry here: its lines (`merge_vs_scan`, `syncs_merge_*`) follow from it in suite.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRegistry } from '../src/checks';
import { exportRegistry, type ExportFormat } from '../src/export';
import { importMonitor } from '../src/monitor/import';
import { evaluateNorms, flagRegistry } from '../src/norms';
import { initRegistry } from '../src/registry/init';
import { SETTINGS_TABLE, registrySchema } from '../src/registry/schema';
import type { WorkbookPort } from '../src/workbook/port';
import { writeMonitorCsv } from './monitorCsv';
import { BENCH_DAY } from './config';

type Detail = Record<string, number>;

/**
 * The baseline of check and flag: one plain pass over the cells a check reads. The same port calls
 * as readRegistry (info, then one readTables of the registry's tables and the settings), and every
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
  run(wb: WorkbookPort): Promise<Detail>;
  /** Changes the workbook, so it runs once, after the others, on the registry as saved. */
  writes?: boolean;
}

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
};

/**
 * Operations whose context.sync() round trips are counted on the Office.js adapter's recording
 * fake, in this order on one registry. The import comes last: it adds measurements.
 */
export const syncedOperations: Record<string, (wb: WorkbookPort, at: { rows: number; dir: string }) => Promise<unknown>> = {
  init: (wb) => initRegistry(wb),
  check: (wb) => checkRegistry(wb, { now: BENCH_DAY }),
  flag: (wb) => flagRegistry(wb, { now: BENCH_DAY }),
  import: (wb, { rows, dir }) => {
    // A file with as many rows as the registry has measurements, given as text as the task pane does.
    const file = path.join(dir, `syncs-${rows}.csv`);
    writeMonitorCsv(file, { rows });
    return importMonitor(wb, { kind: 'csv', name: path.basename(file), input: readFileSync(file, 'utf8') }, { allAreas: true, now: BENCH_DAY });
  },
};
