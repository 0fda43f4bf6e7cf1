// The measurements of `npm run bench`, in the order they run. Each entry names the lines it prints,
// so the smoke test knows what to expect; adding an operation to operations.ts adds its lines here.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Sizes } from './config';
import { buildCli, runCli } from './cli';
import { bestOf, ratio, runPhase, type Line } from './measure';
import { writeMonitorCsv } from './monitorCsv';
import { syncedOperations, timedOperations } from './operations';

export interface Context {
  sizes: Sizes;
  /** Temporary folder for the generated inputs. */
  dir: string;
  /** Extra facts for the JSON summary (input sizes, absolute times), by entry. */
  details: Record<string, unknown>;
  /** Operations (operations.ts) picked with --only: the check and syncs entries measure just these. */
  operations?: string[];
}

export interface Entry {
  name: string;
  /** Names of the lines the entry prints with these sizes. */
  lines(sizes: Sizes): string[];
  /** Why the entry does not run with these sizes, or null. */
  skip?(sizes: Sizes): string | null;
  /** Measures the operations of operations.ts, so `--only <operation>` runs it for that operation. */
  byOperation?: boolean;
  run(ctx: Context): Promise<Line[]>;
}

/**
 * The bars of the issues (issue 18 for the operations on a read registry, issue 17 for the xlsx
 * adapter's memory): a value at or below this is met. Ratios in x; peaks in MB, 1 GB counted as 1000.
 */
export const AIMS: Record<string, number> = {
  import_vs_papaparse: 1.5,
  import_without_apply_vs_papaparse: 2,
  check_vs_scan: 2,
  flag_vs_scan: 3,
  flag_without_apply_vs_scan: 1.5,
  merge_vs_scan: 3,
  export_csv_vs_scan: 2,
  xlsx_write_vs_exceljs: 1.3,
  xlsx_open_save_vs_zip: 2,
  import_peak_rss: 1000,
  import_cli_peak_rss: 1000,
};

/** Operations the issue lists that the product does not have yet; they get lines once operations.ts has them. */
export const NOT_BUILT: { operation: string; lines: string[]; reason: string }[] = [
  { operation: 'merge', lines: ['syncs_merge_*'], reason: 'de halfjaarlijkse ronde (issue 7) is nog niet gebouwd' },
].filter((n) => !(n.operation in syncedOperations) && !(n.operation in timedOperations));

const rounded = (ms: unknown) => Math.round(Number(ms));
const registryFile = (ctx: Context) => path.join(ctx.dir, 'register.xlsx');
/** The operations an entry measures: all, or those picked with --only. */
const picked = (ctx: Context | null, all: string[]) => (ctx?.operations ? all.filter((n) => ctx.operations!.includes(n)) : all);
const checked = (ctx: Context | null = null) => picked(ctx, Object.keys(timedOperations).filter((n) => n !== 'scan'));

const importEntry: Entry = {
  name: 'import',
  lines: () => [
    'import_vs_papaparse',
    'import_without_apply_vs_papaparse',
    'import_own_areas_vs_papaparse',
    'exceljs_rows_vs_papaparse',
    'import_peak_rss',
    'import_cli_peak_rss',
    'import_without_apply_peak_rss',
    'import_own_areas_peak_rss',
    'papaparse_peak_rss',
    'idle_peak_rss',
  ],
  async run(ctx) {
    const file = path.join(ctx.dir, 'monitor.csv');
    const csv = writeMonitorCsv(file, { bytes: ctx.sizes.csvBytes });
    const best = await bestOf(ctx.sizes.repeat.import, {
      papaparse: () => runPhase('papaparse', { file }),
      import: () => runPhase('importCsv', { file }),
      withoutApply: () => runPhase('importCsv', { file, apply: false }),
      ownAreas: () => runPhase('importCsv', { file, ownAreas: true }),
      // The floor under import_vs_papaparse: the rows the import adds, held by ExcelJS and nothing else.
      exceljs: () => runPhase('exceljsRows', { rows: csv.rows - csv.empty }),
    });
    const idle = await runPhase('idle');
    // The whole command a user types, every area into a new registry: open, import, save.
    const cli = await buildCli(path.join(ctx.dir, 'cli'));
    const register = path.join(ctx.dir, 'import-register.xlsx');
    await runCli(cli, ['init', register, '--gemeente', '44021']);
    const command = await runCli(cli, ['import', register, file, '--alle-gebieden', '--json'], true);
    const commandResult = JSON.parse(command.out.trim().split('\n').pop() ?? '') as { added: number };
    const { papaparse, import: full, withoutApply, ownAreas, exceljs } = best;
    ctx.details.import = {
      csv,
      papaparseMs: rounded(papaparse.ms),
      importMs: rounded(full.ms),
      importWithoutApplyMs: rounded(withoutApply.ms),
      importOwnAreasMs: rounded(ownAreas.ms),
      exceljsRowsMs: rounded(exceljs.ms),
      added: full.added,
      addedOwnAreas: ownAreas.added,
      skipped: full.skipped,
      empty: full.empty,
      cliMs: rounded(command.ms),
      cliAdded: commandResult.added,
      cliRegisterBytes: statSync(register).size,
    };
    const vsParse = (ms: unknown) => ratio(Number(ms), Number(papaparse.ms));
    return [
      { name: 'import_vs_papaparse', value: vsParse(full.ms), unit: 'x' },
      { name: 'import_without_apply_vs_papaparse', value: vsParse(withoutApply.ms), unit: 'x' },
      { name: 'import_own_areas_vs_papaparse', value: vsParse(ownAreas.ms), unit: 'x' },
      { name: 'exceljs_rows_vs_papaparse', value: vsParse(exceljs.ms), unit: 'x' },
      { name: 'import_peak_rss', value: full.peakRssMb, unit: 'MB' },
      // The CLI's own processes, plain Node without ts-node: idle_peak_rss is not under this one.
      { name: 'import_cli_peak_rss', value: command.peakRssMb, unit: 'MB' },
      { name: 'import_without_apply_peak_rss', value: withoutApply.peakRssMb, unit: 'MB' },
      { name: 'import_own_areas_peak_rss', value: ownAreas.peakRssMb, unit: 'MB' },
      { name: 'papaparse_peak_rss', value: papaparse.peakRssMb, unit: 'MB' },
      { name: 'idle_peak_rss', value: idle.peakRssMb, unit: 'MB' },
    ];
  },
};

const writeEntry: Entry = {
  name: 'write',
  lines: () => ['xlsx_write_vs_exceljs', 'xlsx_open_save_vs_zip', 'xlsx_open_save_peak_rss', 'xlsx_open_edit_save_vs_zip', 'xlsx_open_edit_save_peak_rss'],
  async run(ctx) {
    const size = ctx.sizes.registry;
    const best = await bestOf(ctx.sizes.repeat.write, {
      adapter: () => runPhase('writeAdapter', { size, out: registryFile(ctx) }),
      plain: () => runPhase('writePlain', { size }),
    });
    // The registry just written, opened and saved again: by the adapter, and as a plain zip.
    const again = await bestOf(ctx.sizes.repeat.write, {
      adapter: () => runPhase('openSaveAdapter', { file: registryFile(ctx) }),
      edited: () => runPhase('openEditSaveAdapter', { file: registryFile(ctx) }),
      zip: () => runPhase('openSaveZip', { file: registryFile(ctx) }),
    });
    ctx.details.write = {
      registry: size,
      adapterMs: rounded(best.adapter.ms),
      exceljsMs: rounded(best.plain.ms),
      adapterBytes: best.adapter.bytes,
      exceljsBytes: best.plain.bytes,
      openSaveMs: rounded(again.adapter.ms),
      openEditSaveMs: rounded(again.edited.ms),
      editedSheets: again.edited.sheets,
      zipMs: rounded(again.zip.ms),
    };
    return [
      // The xlsx adapter (since issue 17 the package adapter) against ExcelJS writing the same
      // registry's values (writePlain: the old adapter's way, without its tables and validations).
      { name: 'xlsx_write_vs_exceljs', value: ratio(Number(best.adapter.ms), Number(best.plain.ms)), unit: 'x' },
      { name: 'xlsx_open_save_vs_zip', value: ratio(Number(again.adapter.ms), Number(again.zip.ms)), unit: 'x' },
      { name: 'xlsx_open_save_peak_rss', value: again.adapter.peakRssMb, unit: 'MB' },
      // Untouched parts are copied compressed, so the line above parses no sheet; this one parses and writes every sheet with a table.
      { name: 'xlsx_open_edit_save_vs_zip', value: ratio(Number(again.edited.ms), Number(again.zip.ms)), unit: 'x' },
      { name: 'xlsx_open_edit_save_peak_rss', value: again.edited.peakRssMb, unit: 'MB' },
    ];
  },
};

const checkEntry: Entry = {
  name: 'check',
  byOperation: true,
  lines: () => checked().map((op) => `${op}_vs_scan`),
  async run(ctx) {
    const operations = checked(ctx);
    if (!operations.length) return [];
    const file = registryFile(ctx);
    if (!exists(file)) await runPhase('writeAdapter', { size: ctx.sizes.registry, out: file });
    const result = await runPhase('operationsOnFile', { file, operations: ['scan', ...operations], repeat: ctx.sizes.repeat.check });
    ctx.details.check = { registry: ctx.sizes.registry, ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, k.endsWith('_ms') ? rounded(v) : v])) };
    return operations.map((op) => ({ name: `${op}_vs_scan`, value: ratio(Number(result[`${op}_ms`]), Number(result.scan_ms)), unit: 'x' }));
  },
};

const syncsEntry: Entry = {
  name: 'syncs',
  lines: (sizes) => sizes.syncRows.flatMap((n) => Object.keys(syncedOperations).flatMap((op) => [`syncs_${op}_at_${n}`, `syncs_${op}_chunks_at_${n}`])),
  byOperation: true,
  async run(ctx) {
    const lines: Line[] = [];
    const fixed: Record<string, number[]> = {};
    const operations = picked(ctx, Object.keys(syncedOperations));
    if (!operations.length) return [];
    for (const n of ctx.sizes.syncRows) {
      const size = { measurements: n, indicators: Math.max(10, Math.round(n / 100)) };
      const result = await runPhase('syncs', { size, dir: ctx.dir, operations });
      for (const op of operations) {
        lines.push({ name: `syncs_${op}_at_${n}`, value: Number(result[`${op}_fixed`]), unit: 'syncs' });
        lines.push({ name: `syncs_${op}_chunks_at_${n}`, value: Number(result[`${op}_chunks`]), unit: 'syncs' });
        (fixed[op] ??= []).push(Number(result[`${op}_fixed`]));
      }
    }
    // The bar: apart from payload chunks, the round trips do not grow with the rows.
    ctx.details.syncs = { rows: ctx.sizes.syncRows, sameAtBothSizes: Object.fromEntries(Object.entries(fixed).map(([op, counts]) => [op, counts.every((c) => c === counts[0])])) };
    return lines;
  },
};

const BUNDLE_LINES = ['bundle_taskpane', 'bundle_standalone_chunks', 'bundle_with_standalone'];

const bundleEntry: Entry = {
  name: 'bundle',
  lines: () => BUNDLE_LINES,
  skip: (sizes) => (sizes.bundle ? null : 'de productiebuild duurt te lang voor --smoke'),
  async run(ctx) {
    const out = path.join(ctx.dir, 'dist');
    await webpack(out);
    const files = readdirSync(out).filter((f) => f.endsWith('.js'));
    const size = (prefix: string) => files.filter((f) => f.startsWith(`${prefix}.`)).reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
    // The add-in loads taskpane.*.js; only the standalone page (outside Excel) loads the xlsx adapter and
    // the package parts (ooxml, also loaded in Excel when a theme workbook is imported).
    const main = size('taskpane');
    const standalone = size('xlsx') + size('ooxml');
    const others = files.filter((f) => !/^(taskpane|xlsx|ooxml)\./.test(f));
    ctx.details.bundle = { files: Object.fromEntries(files.map((f) => [f, statSync(path.join(out, f)).size])), otherChunks: others };
    return [
      { name: 'bundle_taskpane', value: main / 1000, unit: 'kB' },
      { name: 'bundle_standalone_chunks', value: standalone / 1000, unit: 'kB' },
      { name: 'bundle_with_standalone', value: (main + standalone) / 1000, unit: 'kB' },
    ];
  },
};

/** The production build of the task pane into `out` (webpack.config.js's env.outDir). */
function webpack(out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = require.resolve('webpack/bin/webpack.js');
    const child = spawn(process.execPath, [cli, '--mode', 'production', '--env', `outDir=${out}`], { cwd: path.join(__dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack mislukt (exitcode ${code}):\n${log.slice(-4000)}`))));
  });
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export const suite: Entry[] = [importEntry, writeEntry, checkEntry, syncsEntry, bundleEntry];

/** Every line the suite prints with these sizes, in order. */
export function expectedLines(sizes: Sizes): string[] {
  return suite.filter((e) => !e.skip?.(sizes)).flatMap((e) => e.lines(sizes));
}
