#!/usr/bin/env node
// Guards the install: `npm ci` on a fresh machine refuses a lock file with entries it cannot use
// (an npm that wrote placeholders without a version made `npm ci` crash with "Invalid Version").
// Run first in `npm test`, so a lock that would break the next fresh install fails with a plain message.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The problems of the lock file in `dir`, as plain sentences; none when `npm ci` can use it. */
function lockProblems(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  let lock;
  try {
    lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  } catch (e) {
    return [`package-lock.json cannot be read (${e.code ?? e.message}).`];
  }
  const problems = [];
  if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3.`);
  const packages = lock.packages ?? {};
  const root = packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies']) {
    const wanted = manifest[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(wanted)) {
      if (locked[name] !== range) problems.push(`${name}: package.json asks ${range}, the lock has ${locked[name] ?? 'nothing'} (${field}).`);
    }
    for (const name of Object.keys(locked)) if (!(name in wanted)) problems.push(`${name} is in the lock's ${field} but not in package.json.`);
  }
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.link) continue;
    if (typeof entry.version !== 'string' || !SEMVER.test(entry.version)) problems.push(`${key} has no usable version (${JSON.stringify(entry.version ?? null)}).`);
  }
  return problems;
}

if (require.main === module) {
  const problems = lockProblems(process.argv[2] ?? path.resolve(__dirname, '..'));
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    process.stderr.write(
      `package-lock.json cannot be installed by \`npm ci\` on a fresh machine:\n${shown.join('\n')}\n` +
        'Refresh it with `npm run deps:refresh` (it resolves the lock anew within the ranges and runs the tests).\n',
    );
    process.exit(1);
  }
}

module.exports = { lockProblems };
