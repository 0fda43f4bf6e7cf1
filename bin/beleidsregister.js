#!/usr/bin/env node
// Runs the compiled CLI (build/ is made by `npm install` / `npm ci` through the prepare script).
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
