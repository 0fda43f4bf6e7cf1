// `npm run bench`: the benchmark suite (issue 9). Prints one line per measurement, `name: value
// unit`, and ends with a JSON summary on one line. Speed figures are ratios against a baseline
// measured in the same run; inputs are generated with a fixed seed into a temporary folder.
//
//   npm run bench                  the full suite (a few minutes on 2 cores)
//   npm run bench -- --smoke       the same on tiny inputs, without the production build (seconds)
//   npm run bench -- --only check,syncs   only these entries (import, write, check, syncs, bundle)
//   npm run bench -- --only merge  only these operations (operations.ts), in the check and syncs entries
//   npm run bench -- --keep        keep the temporary folder with the generated inputs
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sizes as allSizes } from './config';
import { formatLine, type Line } from './measure';
import { syncedOperations, timedOperations } from './operations';
import { AIMS, NOT_BUILT, suite, type Context } from './suite';

export interface RunOptions {
  smoke?: boolean;
  only?: string[];
  keep?: boolean;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

export interface Summary {
  benchmark: 'beleidsregister';
  mode: 'full' | 'smoke';
  date: string;
  node: string;
  cpus: number;
  seconds: number;
  results: Record<string, { value: number; unit: string; aim?: number; met?: boolean }>;
  details: Record<string, unknown>;
  skipped: { entry: string; reason: string }[];
  notMeasured: { lines: string[]; reason: string }[];
  failed: { entry: string; error: string }[];
}

export async function runBenchmark(options: RunOptions = {}): Promise<Summary> {
  const out = options.out ?? ((t) => process.stdout.write(t));
  const err = options.err ?? ((t) => process.stderr.write(t));
  const mode = options.smoke ? 'smoke' : 'full';
  const sizes = allSizes[mode];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beleidsregister-bench-'));
  const entries = suite.map((e) => e.name);
  const operations = options.only?.filter((n) => !entries.includes(n));
  const known = new Set([...Object.keys(timedOperations), ...Object.keys(syncedOperations)]);
  const unknown = operations?.filter((n) => !known.has(n)) ?? [];
  if (unknown.length) throw new Error(`--only: onbekend onderdeel ${unknown.join(', ')} (onderdelen: ${entries.join(', ')}; bewerkingen: ${[...known].join(', ')})`);
  const ctx: Context = { sizes, dir, details: {}, ...(operations?.length ? { operations } : {}) };
  const started = performance.now();
  const summary: Summary = {
    benchmark: 'beleidsregister',
    mode,
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    seconds: 0,
    results: {},
    details: ctx.details,
    skipped: [],
    notMeasured: NOT_BUILT.map(({ lines, reason }) => ({ lines, reason })),
    failed: [],
  };
  try {
    for (const entry of suite) {
      if (options.only && !options.only.includes(entry.name) && !(ctx.operations && entry.byOperation)) continue;
      const why = entry.skip?.(sizes);
      if (why) {
        summary.skipped.push({ entry: entry.name, reason: why });
        err(`(${entry.name} overgeslagen: ${why})\n`);
        continue;
      }
      err(`… ${entry.name}\n`);
      const t = performance.now();
      let lines: Line[];
      try {
        lines = await entry.run(ctx);
      } catch (e) {
        summary.failed.push({ entry: entry.name, error: (e as Error).message });
        err(`${entry.name} mislukt: ${(e as Error).message}\n`);
        continue;
      }
      for (const line of lines) {
        const aim = AIMS[line.name];
        summary.results[line.name] = { value: round(line.value), unit: line.unit, ...(aim !== undefined ? { aim, met: line.value <= aim } : {}) };
        out(`${formatLine(line)}\n`);
      }
      err(`  (${((performance.now() - t) / 1000).toFixed(0)} s)\n`);
    }
    for (const n of NOT_BUILT) err(`(niet gemeten: ${n.lines.join(', ')}: ${n.reason})\n`);
  } finally {
    if (options.keep) err(`(invoer bewaard in ${dir})\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
  summary.seconds = Math.round((performance.now() - started) / 1000);
  out(`${JSON.stringify(summary)}\n`);
  return summary;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

if (require.main === module) {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--only'))?.split('=')[1] ?? (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
  runBenchmark({ smoke: args.includes('--smoke'), keep: args.includes('--keep'), only: only?.split(',') }).then(
    (s) => process.exit(s.failed.length ? 1 : 0),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
