// The lock file must stay installable by `npm ci` on a fresh machine; `npm test` runs the same guard first.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useTempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lockProblems } = require(path.join(root, 'scripts/check-lock.js')) as { lockProblems: (dir: string) => string[] };
const tempDir = useTempDir();

function plantedLock(change: (lock: { packages: Record<string, Record<string, unknown>> }) => void): string {
  const dir = tempDir();
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  change(lock);
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock));
  return dir;
}

test('the committed lock has nothing npm ci cannot use', () => {
  expect(lockProblems(root)).toEqual([]);
});

test('a placeholder without a version, as an older npm wrote for optional bindings, is refused', () => {
  const dir = plantedLock((lock) => {
    lock.packages['node_modules/unrs-resolver/node_modules/@unrs/resolver-binding-win32-x64-msvc'] = { dev: true, optional: true };
  });
  expect(lockProblems(dir)).toEqual(['node_modules/unrs-resolver/node_modules/@unrs/resolver-binding-win32-x64-msvc has no usable version (null).']);
});

test('a lock that no longer matches package.json is refused', () => {
  const dir = plantedLock((lock) => {
    (lock.packages[''].dependencies as Record<string, string>).commander = '^1.0.0';
  });
  const asked = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies.commander;
  expect(lockProblems(dir)).toEqual([`commander: package.json asks ${asked}, the lock has ^1.0.0 (dependencies).`]);
});
