#!/usr/bin/env bash
# `npm run deps:refresh`: the routine upgrade. Resolves the lock anew within package.json's ranges
# (in an empty folder, so the installed node_modules do not pin the old versions), installs it
# exactly as CI will, prints the versions that matter and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp package.json "$scratch/"
(cd "$scratch" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund)
cp "$scratch/package-lock.json" package-lock.json
node scripts/check-lock.js
npm ci --no-audit --no-fund
node scripts/versions.js
npm test
echo "The lock is refreshed and the suite passes; review \`git diff package-lock.json\` and commit it."
