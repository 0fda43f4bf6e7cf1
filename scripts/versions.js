#!/usr/bin/env node
// Prints the versions that decide whether the build works, so a CI log shows what it ran with.
'use strict';

const { execSync } = require('node:child_process');

const installed = (name) => {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return 'not installed';
  }
};

const lines = [
  ['node', process.version],
  ['npm', execSync('npm --version', { encoding: 'utf8' }).trim()],
  ...['webpack', 'typescript', 'exceljs', 'zod', '@fluentui/react-components', 'react', 'jest', 'ts-jest'].map((n) => [n, installed(n)]),
];
process.stdout.write(`versions: ${lines.map(([n, v]) => `${n} ${v}`).join(', ')}\n`);
