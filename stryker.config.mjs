// Mutation testing (StrykerJS): `npm run mutate` changes the core logic one small step at a time
// and runs the tests that cover each change; a change no test notices is a surviving mutant.
// `MUTATE=checks npm run mutate` runs one module; without MUTATE all of them (hours on a small machine).
// On a small machine a module can be taken a file at a time, with the tests that reach it:
// `MUTATE=norms MUTATE_FILES=src/norms/operators.ts MUTATE_TESTS=test/norms/operators.test.ts npm run mutate`.
// Outside `npm test`; the reports go to reports/mutation/.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const jestConfig = require('./jest.config.js');

/** Each module with the tests written for it: Stryker runs only those, not the whole suite. */
const MODULES = {
  norms: { mutate: ['src/norms/**/*.ts'], tests: ['test/norms/**/*.test.ts'] },
  // The monitor's import tests read real downloads (minutes per mutant); these unit tests cover the same rules.
  monitor: { mutate: ['src/monitor/upsert.ts', 'src/monitor/areas.ts'], tests: ['test/monitor/areas.mutants.test.ts', 'test/monitor/upsert.mutants.test.ts'] },
  checks: { mutate: ['src/checks/**/*.ts'], tests: ['test/checks/**/*.test.ts'] },
  merge: { mutate: ['src/rounds/merge.ts'], tests: ['test/rounds/**/*.test.ts'] },
};

const chosen = process.env.MUTATE ? process.env.MUTATE.split(',') : Object.keys(MODULES);
for (const name of chosen) if (!MODULES[name]) throw new Error(`MUTATE: unknown module ${name}; choose from ${Object.keys(MODULES).join(', ')}`);
const modules = chosen.map((name) => MODULES[name]);
/** Comma-separated lists that narrow the chosen modules' files and tests. */
const only = (list) => (list ? list.split(',') : null);
const files = only(process.env.MUTATE_FILES) ?? modules.flatMap((m) => m.mutate);
const tests = only(process.env.MUTATE_TESTS) ?? modules.flatMap((m) => m.tests);

// The monitor tests read ../shared beside the repository; the sandboxes sit in .stryker-tmp/<sandbox>,
// two levels deeper, so the same folder is linked in there.
const tmp = path.resolve('.stryker-tmp');
mkdirSync(tmp, { recursive: true });
if (!existsSync(path.join(tmp, 'shared')) && existsSync(path.resolve('../shared'))) symlinkSync(path.resolve('../shared'), path.join(tmp, 'shared'), 'dir');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    config: {
      ...jestConfig,
      testMatch: tests.map((t) => `<rootDir>/${t}`),
      // The tests that render in LibreOffice cost most of a minute each, and would run for every
      // mutant they cover; what they check (colours, files) is not the logic mutated here.
      testPathIgnorePatterns: ['/node_modules/', 'libreoffice', 'liveFormats', 'controlSheet', 'excelChart'],
      reporters: ['default'],
    },
    enableFindRelatedTests: false,
  },
  mutate: files,
  coverageAnalysis: 'perTest',
  // Static mutants change module-level tables (the rule catalogue's texts, the reference lists): each
  // one would need every test of the module run again (hours here), so they are left out of the score.
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  // ts-jest only transpiles, so no @ts-nocheck is needed; it would also change the generated files a test compares.
  disableTypeChecks: false,
  // The machine is small: one test process at a time.
  concurrency: 1,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist', 'build', 'test-output', 'reports', 'bench/.scratch'],
};
