// The CLI as a user runs it (`npx beleidsregister …`), for the lines that measure a whole command:
// built from the current sources into a folder of its own, so the figure is never that of a stale
// build/ and the build/ that tests run is not rewritten under them.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULT_MARK } from './child';
import { runChild } from './measure';

const root = path.join(__dirname, '..');

export interface CliRun {
  code: number;
  /** stdout without the peak lines. */
  out: string;
  /** The highest peak RSS among the command's processes (the bin runs itself again with a bigger heap). */
  peakRssMb: number;
  ms: number;
}

/**
 * Compiles src/ as `npm run build:cli` does (without type checking: like the rest of the bench, it
 * runs what is there; type errors are `npm test`'s to find) into `dir`, beside a copy of the bin, the
 * package.json the CLI reads its version from and a link to node_modules. Returns the bin.
 */
export async function buildCli(dir: string): Promise<string> {
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  await runChild(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json'), '--noCheck', '--outDir', path.join(dir, 'build')], 'tsc');
  copyFileSync(path.join(root, 'bin/beleidsregister.js'), path.join(dir, 'bin/beleidsregister.js'));
  copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // Loaded into every process of a measured command: prints the process's peak RSS as it ends.
  writeFileSync(
    path.join(dir, 'peak.js'),
    `process.on('exit', () => require('node:fs').writeSync(1, '${RESULT_MARK}' + JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n'));\n`,
  );
  return path.join(dir, 'bin/beleidsregister.js');
}

/**
 * Runs the bin with `args` in a fresh Node process, as a user would; with `measure`, every process of
 * the command reports its peak RSS (maxRSS, through NODE_OPTIONS, which the bin's second run inherits).
 * Exit codes 0 and 1 (done, with skipped rows or conflicts to report) count as a run.
 */
export async function runCli(bin: string, args: string[], measure = false): Promise<CliRun> {
  const peak = path.join(path.dirname(bin), '../peak.js');
  const env = measure ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${peak}"`.trim() } : process.env;
  const start = performance.now();
  const { code, out } = await runChild(process.execPath, [bin, ...args], `beleidsregister ${args[0]}`, env, [0, 1]);
  const ms = performance.now() - start;
  const lines = out.split('\n');
  const peaks = lines.filter((l) => l.startsWith(RESULT_MARK)).map((l) => (JSON.parse(l.slice(RESULT_MARK.length)) as { peakRssMb: number }).peakRssMb);
  if (measure && !peaks.length) throw new Error(`beleidsregister ${args[0]} meldde geen geheugengebruik`);
  return { code, out: lines.filter((l) => !l.startsWith(RESULT_MARK)).join('\n'), peakRssMb: Math.max(0, ...peaks), ms };
}
