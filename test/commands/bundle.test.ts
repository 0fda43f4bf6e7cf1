/** @jest-environment jsdom */
// The ribbon commands as Excel loads them: the production bundle that webpack makes of src/commands
// (commands.html and its script), run in a page with Office.js stood in for by the recording fake.
// What ships is tested here, not the modules: a break that only the bundle has shows up.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { runCommand } from '../../src/commands/run';
import { writeDemo } from '../../src/registry/demo';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import { useFixedClock } from '../helpers/clock';
import { FakeExcel } from '../workbook/excel/fakeExcel';

// Not from test/norms/helpers: that module loads the xlsx adapter, whose module code needs
// TextEncoder, which jsdom leaves out. The same day as there.
const NOW = new Date('2026-11-23T12:00:00Z');

/** The demo on the Office.js fake, as Excel would hold it. */
async function demoOnFake(): Promise<{ fake: FakeExcel; wb: ExcelWorkbook }> {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeDemo(wb);
  return { fake, wb };
}

const repo = resolve(__dirname, '../..');
let outDir: string;
let html: string;
let bundle: string;

/**
 * The commands' build alone, as `npm run build` makes it (esbuild minifies, as in the browser test),
 * in a Node process of its own: webpack does not run inside jsdom. The build runs from a script file,
 * not `node -e`: the minifier's workers start with the parent's arguments, and would build again.
 */
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'beleidsregister-commands-'));
  const script = join(outDir, '..', `${basename(outDir)}.build.js`);
  writeFileSync(
    script,
    `const webpack = require(${JSON.stringify(require.resolve('webpack'))});
    const configs = require(${JSON.stringify(join(repo, 'webpack.config.js'))})({ outDir: ${JSON.stringify(outDir)}, quickMinify: true }, { mode: 'production' });
    const config = configs.find((c) => c.name === 'commands');
    delete config.dependencies; // built alone, without the pane it waits for in the full build
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      const failed = error || stats.hasErrors();
      if (failed) console.error(error ?? stats.toString({ all: false, errors: true }));
      compiler.close(() => process.exit(failed ? 1 : 0));
    });`,
  );
  try {
    execFileSync(process.execPath, [script], { cwd: repo, stdio: 'pipe' });
  } finally {
    rmSync(script);
  }
  html = readFileSync(join(outDir, 'commands.html'), 'utf8');
  const file = readdirSync(outDir).find((f) => /^commands\.[0-9a-f]{8}\.js$/.test(f));
  expect(html).toContain(`src="${file}"`);
  bundle = readFileSync(join(outDir, file!), 'utf8');
}, 600_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

useFixedClock(NOW);
// jsdom leaves out structuredClone, which the recording fake copies its values with.
(globalThis as { structuredClone?: unknown }).structuredClone ??= (value: unknown) => deserialize(serialize(value));

interface Dialog {
  url: string;
  closed: boolean;
}

/** Loads commands.html's body and runs its bundle against `fake`, as Excel's hidden runtime would. */
async function loadCommands(fake: FakeExcel, displayLanguage = 'nl-BE', search = '') {
  const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
  const dialogs: Dialog[] = [];
  const g = globalThis as Record<string, unknown>;
  // Excel.run takes options (delayForCellEdit) and the commands ask the host's requirement sets, as in Excel.
  g.Excel = { run: fake.officeRun };
  g.Office = {
    onReady: async (callback: () => void) => callback(),
    actions: { associate: (name: string, handler: (event: { completed(): void }) => Promise<void>) => handlers.set(name, handler) },
    context: {
      displayLanguage,
      requirements: fake.requirements,
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          const dialog = { url, closed: false };
          dialogs.push(dialog);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, close: () => void) => {
                expect(type).toBe('dialogEventReceived');
                dialog.closed = true; // the user closes it
                close();
              },
            },
          });
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogEventReceived: 'dialogEventReceived' },
  };
  window.history.replaceState(null, '', `/commands.html${search}`);
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
  new Function(bundle)();
  await Promise.resolve();
  return { handlers, dialogs };
}

/** Presses a button: runs the command's handler and waits for it to call completed(). */
async function press(handlers: Map<string, (event: { completed(): void }) => Promise<void>>, name: string): Promise<number> {
  let completed = 0;
  await handlers.get(name)!({ completed: () => completed++ });
  return completed;
}

test('the bundle registers both buttons', async () => {
  const { handlers } = await loadCommands(new FakeExcel());
  expect([...handlers.keys()]).toEqual(['controleer', 'toetsAanNormen']);
});

// Each button leaves the workbook as the command's modules do (test/commands/run.test.ts checks those).
test.each(['controleer', 'toetsAanNormen'] as const)('%s in the bundle does to the demo what runCommand does, and shows its sheet', async (name) => {
  const { fake } = await demoOnFake();
  const reference = await demoOnFake();
  const outcome = await runCommand(name, reference.wb, 'nl');
  expect(outcome).toMatchObject({ ok: true, shown: name === 'controleer' ? 'Controle' : 'Overzicht' });

  const { handlers, dialogs } = await loadCommands(fake);
  const before = fake.dump();
  expect(await press(handlers, name)).toBe(1);
  expect(dialogs).toEqual([]);
  expect(fake.dump()).not.toEqual(before);
  expect(fake.model.active.name).toBe(outcome.ok && outcome.shown);
  expect(fake.dump()).toEqual(reference.fake.dump());
});

test('on a workbook that is no registry, the command opens a dialog with the refusal in Office’s language and completes only once it closes', async () => {
  const fake = new FakeExcel();
  const { handlers, dialogs } = await loadCommands(fake, 'en-US');
  const before = fake.dump();
  expect(await press(handlers, 'toetsAanNormen')).toBe(1);
  expect(fake.dump()).toEqual(before);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0].closed).toBe(true);
  const url = new URL(dialogs[0].url);
  expect(url.pathname).toBe('/commands.html');
  expect(url.searchParams.get('melding')).toBe('This workbook is not a register: the settings of the register (table tblInstellingen on the hidden sheet Systeem) are missing. First make it a register with Maak register (beleidsregister maak).');
});

test('opened as the dialog, the page shows the message and registers nothing', async () => {
  const { handlers } = await loadCommands(new FakeExcel(), 'nl-BE', `?melding=${encodeURIComponent('Het lukte niet.')}`);
  expect(document.getElementById('message')!.textContent).toBe('Het lukte niet.');
  expect(handlers.size).toBe(0);
});
