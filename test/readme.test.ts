// Every command line the README shows works as written: they run in order in an empty folder,
// as a coordinator would type them (the built CLI stands for `npx beleidsregister`).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useTempDir } from './helpers/tempDir';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin/beleidsregister.js');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const tempDir = useTempDir();

/** The README's `npx beleidsregister …` lines, comments off. */
const commandLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1].split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npx beleidsregister'));

/** Placeholders the README uses, and what a coordinator would type for them. */
const typed: Record<string, string> = { 'dd/mm/jjjj': '30/06/2026', 'csv|parquet|json': 'csv' };

/** The line as typed: with every optional part, or without any. */
function variant(line: string, withOptions: boolean): string {
  const bare = line.replace(/^npx beleidsregister\s*/, '');
  const filled = bare.replace(/\[([^\]]+)\]/g, (_, part: string) => (withOptions ? part : ''));
  return Object.entries(typed).reduce((s, [k, v]) => s.split(k).join(v), filled).replace(/\s+/g, ' ').trim();
}

function run(dir: string, args: string): { code: number; out: string } {
  // Through bash, so `forms/*.xlsx` is expanded as in the user's shell.
  const r = spawnSync('bash', ['-c', `node ${JSON.stringify(cli)} ${args}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, BELEIDSREGISTER_HEAP: '1' } });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

test('the README shows the command lines this test runs', () => {
  expect(commandLines.length).toBeGreaterThanOrEqual(15);
  expect(commandLines[0]).toMatch(/^npx beleidsregister maak registry\.xlsx/);
});

test.each([false, true])('every README command runs in a new folder (optional parts given: %s)', (withOptions) => {
  const dir = path.join(tempDir(), withOptions ? 'with' : 'without');
  execFileSync('mkdir', ['-p', dir]);
  copyFileSync(path.join(root, '../shared/fixtures/gsm/WO_07_mediaanprijs_huizen.csv'), path.join(dir, 'WO_07.csv'));
  // The coordinator's registry already holds what the method's examples hold, so every command has work to do.
  expect(run(dir, 'demo registry.xlsx').code).toBe(0);
  for (const line of commandLines) {
    const args = variant(line, withOptions);
    if (args.includes('…')) {
      // A line with an elision needs a real site: its options must exist, which --help shows.
      const command = args.split(' ')[0];
      const help = run(dir, `${command} --help`).out;
      for (const flag of args.match(/--[a-z-]+/g) ?? []) expect(help).toContain(flag);
      continue;
    }
    const { code, out } = run(dir, args);
    // 0 done, 1 done with findings left; never a usage error (2) or a crash (3).
    expect({ args, code: code <= 1 ? 'ran' : code, out: code <= 1 ? '' : out }).toEqual({ args, code: 'ran', out: '' });
    expect(out).not.toMatch(/\b(error|Error|undefined|Cannot|TypeError)\b/);
  }
  // --in-register puts the forms in the registry instead of in files.
  expect(existsSync(path.join(dir, 'forms', 'Update 2026-S1 Milieu.xlsx'))).toBe(!withOptions);
});
