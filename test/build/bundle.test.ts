// The browser bundles are built by webpack, not by ts-jest: a dependency that webpack resolves
// differently (webpack 5.113 bound zod's `z.coerce.number` of `import { z }` to the plain,
// non-coercing `number`) breaks the add-in while every unit test passes. This builds the settings
// parser with the project's own webpack configuration and runs the bundle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import webpack from 'webpack';

const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectConfig = require(path.join(root, 'webpack.config.js')) as (env: object, argv: object) => webpack.Configuration[];

async function bundle(mode: 'development' | 'production', entrySource: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beleidsregister-bundle-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(entry, entrySource);
    const [pane] = projectConfig({ outDir: path.join(dir, 'out') }, { mode });
    const config: webpack.Configuration = {
      ...pane,
      entry: { probe: entry },
      output: { path: path.join(dir, 'out'), filename: 'probe.js' },
      plugins: [],
      devtool: false,
      // The probe lives outside src/, so ts-loader must not skip it for being outside the project.
      module: { ...pane.module, rules: pane.module!.rules!.map((r) => ({ ...(r as object), exclude: /node_modules/ })) },
      performance: { hints: false },
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
    );
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    return readFileSync(path.join(dir, 'out', 'probe.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const settingsProbe = `
import { parseSettings, settingsFromRows } from ${JSON.stringify(path.join(root, 'src/registry/settings'))};
// The settings cells as a workbook gives them back: the schema version is text, as typed.
(globalThis as any).probeResult = parseSettings(settingsFromRows([['schemaversie', '3'], ['gemeente', '44021']]));
`;

describe.each(['development', 'production'] as const)('the %s bundle', (mode) => {
  test('reads a schema version stored as text, as the tests of the source do', async () => {
    const context = vm.createContext({});
    vm.runInContext(await bundle(mode, settingsProbe), context);
    expect(context.probeResult).toEqual({ ok: true, settings: { schemaversie: 3, gemeente: '44021' } });
  });
});
