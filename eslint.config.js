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
/** Import paths the registry may not use: the operations built on it. */
const OPERATIONS = [
  {
    regex: '^\\.\\./(checks|norms|monitor|rounds|export)(/|$)',
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
    files: ['src/*.ts', 'src/{registry,checks,norms,monitor,rounds,export}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FRONT_ENDS_AND_ADAPTERS }] },
  },
  {
    files: ['src/registry/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRONT_ENDS_AND_ADAPTERS, ...OPERATIONS] }] },
  },
];
