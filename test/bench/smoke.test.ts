// The benchmark (npm run bench) on tiny inputs, so it cannot rot: every measurement line and the JSON
// summary must appear. The numbers are not judged here; the full run's are in the README.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sizes } from '../../bench/config';
import type { Summary } from '../../bench/run';
import { expectedLines } from '../../bench/suite';

const root = path.join(__dirname, '../..');

// Its own timeout: every benchmark's phases run in child processes, slow on a loaded machine.
test('npm run bench -- --smoke prints every measurement and ends with the JSON summary', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bench/run.ts', '--smoke'], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'bench/tsconfig.json') },
    maxBuffer: 1 << 24,
  });
  const lines = stdout.trimEnd().split('\n');
  const summary = JSON.parse(lines[lines.length - 1]) as Summary;
  const names = expectedLines(sizes.smoke);

  expect(names).toEqual(expect.arrayContaining(['import_vs_papaparse', 'import_cli_peak_rss', 'check_vs_scan', 'xlsx_write_vs_exceljs', 'syncs_init_at_100', 'syncs_import_chunks_at_1000']));
  expect(lines.slice(0, -1).map((l) => l.split(':')[0])).toEqual(names);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[a-z0-9_]+: \d+(\.\d+)? (x|MB|kB|syncs)$/);
  expect(summary).toMatchObject({ benchmark: 'beleidsregister', mode: 'smoke', failed: [] });
  expect(Object.keys(summary.results)).toEqual(names);
  expect(summary.results.import_vs_papaparse).toMatchObject({ unit: 'x', aim: 1.5 });
  expect(summary.results.import_cli_peak_rss).toMatchObject({ unit: 'MB', aim: 1000 });
  // The CLI run imported what the in-process import did: every area of the same file.
  const imported = summary.details.import as { added: number; cliAdded: number };
  expect(imported.cliAdded).toBeGreaterThan(0);
  expect(imported.cliAdded).toBe(imported.added);
  expect(summary.skipped.map((s) => s.entry)).toEqual(['bundle']);
}, 600_000); // a child process per phase: over two minutes on a loaded machine
