#!/usr/bin/env node
// Runs the compiled CLI (build/ is made by `npm install` / `npm ci` through the prepare script).
//
// A complete monitor download imported with --alle-gebieden adds hundreds of thousands of rows to a
// workbook held in memory (ExcelJS), more than Node's default heap. Rather than crash with an
// English "heap out of memory", the command runs itself once more with a heap sized to the machine
// (three quarters of its memory), unless the user chose a heap size.
const os = require('node:os');
const v8 = require('node:v8');
const { spawnSync } = require('node:child_process');

const wanted = Math.floor((os.totalmem() / 1024 / 1024) * 0.75);
const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-old-space-size'));
const limit = v8.getHeapStatistics().heap_size_limit / 1024 / 1024;
if (!chosen && !process.env.BELEIDSREGISTER_HEAP && limit < wanted * 0.9) {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${wanted}`, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BELEIDSREGISTER_HEAP: '1' },
  });
  process.exit(child.status ?? 3);
}

let cli;
try {
  cli = require('../build/cli/main.js');
} catch {
  process.stderr.write('Beleidsregister is nog niet gebouwd. Voer eerst `npm ci` of `npm run build:cli` uit in de projectmap.\n');
  process.exit(3);
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
