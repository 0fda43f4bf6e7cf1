import { main } from '../../src/cli/main';

/** Runs the CLI as `beleidsregister …` in this process: its exit code and what it printed. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let [out, err] = ['', ''];
  const code = await main(['node', 'beleidsregister', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
