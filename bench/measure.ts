// Running phases in child processes and putting their results into lines `name: value unit`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { RESULT_MARK } from './child';
import type { PhaseArgs, PhaseResult } from './phases';

const CHILD = path.join(__dirname, 'child.ts');

/** Runs one phase in a fresh Node process (ts-node, transpile only) and returns what it reports. */
export async function runPhase(name: string, args: PhaseArgs = {}): Promise<PhaseResult & { peakRssMb: number }> {
  const { out } = await runChild(
    process.execPath,
    // A 50 MB import needs more than Node's default heap limit on some machines.
    ['--max-old-space-size=8192', '-r', 'ts-node/register/transpile-only', CHILD, name, JSON.stringify(args)],
    `fase ${name}`,
    { ...process.env, TS_NODE_PROJECT: path.join(__dirname, 'tsconfig.json') },
  );
  const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new Error(`fase ${name} meldde geen resultaat:\n${out.trim()}`);
  return JSON.parse(line.slice(RESULT_MARK.length));
}

/** Runs a command in the project folder; an exit code outside `codes` rejects with the end of what it wrote. */
export function runChild(command: string, args: string[], what: string, env = process.env, codes = [0]): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: path.join(__dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== null && codes.includes(code)) resolve({ code, out });
      else reject(new Error(`${what} mislukt (exitcode ${code}):\n${(err.trim() || out.trim()).slice(-4000)}`));
    });
  });
}

/** Runs `names` in turn `repeat` times (a, b, a, b …) and keeps, per phase, the run with the best time. */
export async function bestOf(repeat: number, runs: Record<string, () => Promise<PhaseResult & { peakRssMb: number }>>): Promise<Record<string, PhaseResult & { peakRssMb: number }>> {
  const best: Record<string, PhaseResult & { peakRssMb: number }> = {};
  for (let r = 0; r < repeat; r++) {
    for (const [name, run] of Object.entries(runs)) {
      const result = await run();
      if (!best[name] || Number(result.ms) < Number(best[name].ms)) best[name] = result;
    }
  }
  return best;
}

export interface Line {
  name: string;
  value: number;
  unit: string;
  /** The bar the issue sets, for ratios and peaks (value must stay at or below it). */
  aim?: number;
}

const decimals: Record<string, number> = { x: 2, MB: 0, kB: 1 };

export function formatLine(line: Line): string {
  const d = decimals[line.unit] ?? 0;
  return `${line.name}: ${line.value.toFixed(d)} ${line.unit}`;
}

export const ratio = (subject: number, baseline: number) => subject / baseline;
