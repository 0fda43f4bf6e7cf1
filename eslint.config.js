// `npm run lint` (part of `npm test`): Microsoft's rules for Office.js code, and the import rules that
// keep the architecture: domain code reaches a workbook only through the port (src/workbook/port.ts),
// never through an adapter, the pane, the CLI or the ribbon commands; the registry is the base every
// operation builds on, so it imports none of them.
'use strict';

const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** Import paths domain code may not use: the Office.js and xlsx adapters and the front ends. */
const FRONT_ENDS_AND_ADAPTERS = [
  { regex: '(^|/)workbook/(excel|xlsx)(/|$)', message: 'Domain code reaches a workbook only through the port (workbook/port.ts), never an adapter.' },
  { regex: '(^|/)(taskpane|cli|commands)(/|$)', message: 'Domain code does not import the task pane, the CLI or the ribbon commands; they import it.' },
];
/** Import paths the registry may not use besides: the operations built on it, but for the `allowed` modules. */
const operations = (...allowed) => [
  {
    regex: `^\\.\\./${allowed.map((path) => `(?!${path}$)`).join('')}(checks|norms|monitor|rounds|export)(/|$)`,
    message: 'The registry is the base of every operation and imports none of them.',
  },
];

module.exports = [
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-output/', 'coverage/', 'bench/results/'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    // Where Office.js is called. Elsewhere its rules misread other objects (an ExcelJS cell's style) as Excel proxies.
    files: ['src/workbook/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      // Microsoft's rules for Excel's object model (eslint-plugin-office-addins): a property is read
      // only after load() and sync(), a sync is not made in a loop, a *OrNullObject is tested with isNullObject.
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/{registry,checks,norms,monitor,rounds,export}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FRONT_ENDS_AND_ADAPTERS }] },
  },
  {
    files: ['src/registry/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRONT_ENDS_AND_ADAPTERS, ...operations()] }] },
  },
  {
    // Known exceptions, to be removed by issue 18 (one registry model), which moves what they share:
    // columnFormats.ts lays the Controle marks (checks/marks) and the live norm flags (norms/liveFormats)
    // on one column together; read.ts turns read problems into findings of the rule catalogue (checks/rules).
    // Only these imports, so the rule still guards every other one.
    files: ['src/registry/columnFormats.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRONT_ENDS_AND_ADAPTERS, ...operations('checks/marks', 'norms/liveFormats')] }] },
  },
  {
    // init.ts too: its refusals are rules of the catalogue (refuse).
    files: ['src/registry/read.ts', 'src/registry/init.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRONT_ENDS_AND_ADAPTERS, ...operations('checks/rules')] }] },
  },
];
