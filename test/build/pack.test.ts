// `npm pack` gives the file a coordinator installs with `npm install -g` to run the command from
// any folder (README): it must hold the command and the built CLI, and nothing of the tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

test('the packed CLI holds the command and the built code it runs', () => {
  const root = path.resolve(__dirname, '../..');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['bin/beleidsregister.js', 'build/cli/main.js', 'build/registry/schema.js', 'package.json']));
  expect(files.filter((f) => !/^(bin|build)\//.test(f)).sort()).toEqual(['README.md', 'package.json']);
});
