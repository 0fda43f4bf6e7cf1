// Entry of a benchmark child process: runs one phase (phases.ts) and prints its result, with the
// process's peak memory, as one marked JSON line on stdout.
import { phases } from './phases';

export const RESULT_MARK = '@@bench-result ';

async function run(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const phase = phases[name];
  if (!phase) throw new Error(`onbekende fase ${name}`);
  const result = await phase(JSON.parse(json ?? '{}'));
  // maxRSS is in kilobytes.
  process.stdout.write(`${RESULT_MARK}${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (require.main === module) {
  run().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
