// The standalone task pane as a person uses it, in a real browser: build the production bundle,
// serve it locally, open it in Debian's Chromium, and click through every screen. Screenshots of
// each screen go to test-output/screenshots/ for a human to look at; axe-core checks each screen's
// accessibility, and every control is reached with the Tab key.
//
// Needs /usr/bin/chromium (Debian package `chromium`); nothing is downloaded. Every request that
// does not go to this machine is blocked (office.js would call telemetry hosts), except that the
// pages' office.js from Office's CDN is answered with the copy in @microsoft/office-js, as a
// browser online would get it; one test blocks it too, as offline or behind a firewall.
//
// One production build and one browser for the file; each test opens the pane in a page of its own
// (its own context: no storage, downloads or permissions carried over), so any test runs alone or in
// any order. The page's clock is fixed at NOW, and what the screens should show is worked out by the
// domain on the same day: the demo's norms expire, so a count read off today's date would not last.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';
import { checkRegistry } from '../../src/checks';
import { evaluateNorms, flagRegistry, STATUS_TEXT } from '../../src/norms';
import { writeDemo } from '../../src/registry/demo';
import { registryStatus } from '../../src/registry/init';
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { readReport } from '../../src/report';
import { roundProgress } from '../../src/rounds';
import { defaultRoundPeriod } from '../../src/taskpane/loadRounds';
import { catalogue } from '../../src/taskpane/messages';
import { defaultReportPeriod } from '../../src/taskpane/loadReport';
import type { CellInput } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readAll } from '../export/load';
import { addUserSheet } from '../helpers/openpyxl';
import { sofficeConvert } from '../helpers/soffice';
import { NOW } from '../norms/helpers';
import { rowsOf } from '../helpers/tables';

const repo = resolve(__dirname, '../..');
const screenshots = join(repo, 'test-output/screenshots');
/** The address the built pages load office.js from, and the npm copy of the files beside it there. */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_COPY = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
/** The real download of indicator WO_07 (13,728 lines), from ../shared beside the repository. */
const WO_07 = resolve(repo, '../shared/fixtures/gsm/WO_07_mediaanprijs_huizen.csv');

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let requested: string[];

function build(dir: string): Promise<void> {
  const config = require(join(repo, 'webpack.config.js'))({ outDir: dir, quickMinify: true }, { mode: 'production' });
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    }),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static file server for the build folder, on 127.0.0.1 and a free port. */
function serve(dir: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** Clicks a button that downloads a file, and returns the file's name and bytes. */
async function downloaded(button: string): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), data: readFileSync(await file.path()) };
}

/** Clicks Download and reads the file the browser saved back with the xlsx adapter. */
async function download(): Promise<{ name: string; workbook: XlsxWorkbook }> {
  const { name, data } = await downloaded('Download');
  return { name, workbook: await XlsxWorkbook.load(data) };
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on what is on screen now; only serious and critical violations count. Tabster's focus
 * sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`, which Fluent's tab list adds) are left
 * out: focusable on purpose, they pass focus on at once (microsoft/tabster#288; Accessibility
 * Insights suppresses the same false positive of aria-hidden-focus).
 */
async function seriousAxeViolations(): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The visible controls that the Tab key never reaches. A tab list and a radio group are one stop
 * each (their other items are reached with the arrow keys), as ARIA's keyboard patterns prescribe.
 */
async function unreachableByTab(): Promise<string[]> {
  const count = await page.evaluate(() => {
    // checkVisibility also leaves out the content of a closed <details>, which Chromium keeps laid out.
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
    const controls = [...document.querySelectorAll('button, input, select, textarea, summary, a[href]')].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        visible(el) &&
        !(el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true') &&
        !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
    );
    controls.forEach((el, i) => el.setAttribute('data-keyboard', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  });
  const reached = new Set<string>();
  for (let i = 0; i < count + 10; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-keyboard') ?? null);
    if (at !== null) reached.add(at);
  }
  return page.evaluate((seen) => {
    const missed = [...document.querySelectorAll('[data-keyboard]')].filter((el) => !seen.includes(el.getAttribute('data-keyboard')!));
    document.querySelectorAll('[data-keyboard]').forEach((el) => el.removeAttribute('data-keyboard'));
    return missed.map((el) => el.outerHTML.slice(0, 120));
  }, [...reached]);
}

/** What a screen must be: no serious accessibility problems, every control reachable by keyboard, nothing wider than the pane. */
async function expectAccessible(screen: string): Promise<void> {
  expect({ screen, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ screen, width: 350 });
  expect({ screen, violations: await seriousAxeViolations() }).toEqual({ screen, violations: [] });
  expect({ screen, unreachable: await unreachableByTab() }).toEqual({ screen, unreachable: [] });
}

/** The counts of a CountList (label → shown number) on screen. */
async function countsOf(testId: string): Promise<Record<string, string>> {
  return page.getByTestId(testId).evaluate((dl) => Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? ''])));
}

/** Opens a screen with the keyboard only: to the tab list, arrows to the tab, Enter. */
async function openTab(name: string): Promise<void> {
  const tabs = page.getByRole('tab');
  const names = await tabs.evaluateAll((all) => all.map((t) => t.getAttribute('value') ?? ''));
  const selected = await tabs.evaluateAll((all) => all.findIndex((t) => t.getAttribute('aria-selected') === 'true'));
  await tabs.nth(selected).focus();
  const target = await page.getByRole('tab', { name, exact: true }).evaluate((t) => t.getAttribute('value') ?? '');
  const steps = names.indexOf(target) - selected;
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), 'beleidsregister-e2e-'));
  await build(outDir);
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 600_000); // the production build: minutes on a loaded machine

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  pageErrors = [];
  requested = [];
  context = await browser.newContext({ viewport: { width: 350, height: 720 }, acceptDownloads: true, locale: 'nl-BE' });
  page = await context.newPage();
  // Date in the page says NOW, for good; the timers run as usual.
  await page.clock.setFixedTime(NOW);
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(OFFICE_CDN)) {
      const file = join(OFFICE_JS_COPY, url.pathname.slice(new URL(OFFICE_CDN).pathname.length));
      return existsSync(file) ? route.fulfill({ path: file }) : route.abort();
    }
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return local || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.getByText('U gebruikt Beleidsregister hier buiten Excel').waitFor();
}, 60_000);

// Every test: the page raised no script errors.
afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

/** The demo registry as the pane makes it, for what the screens should show on NOW. */
async function demoRegistry(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return wb;
}

test('outside Office the pane opens in standalone mode, and loads the xlsx adapter only when a workbook is opened', async () => {
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).waitFor();
  expect(requested.filter((url) => url.endsWith('/office.js'))).toEqual([`${OFFICE_CDN}office.js`]);
  // The adapter's chunk and the package parts it shares with the monitor's theme-workbook reader (webpack.config.js).
  const adapterChunks = () => requested.flatMap((url) => /\/(xlsx|ooxml)\.[0-9a-f]{8}\.js$/.exec(url)?.[1] ?? []);
  expect(adapterChunks()).toEqual([]);
  await shot('01-standalone-start');
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  expect(adapterChunks().sort()).toEqual(['ooxml', 'xlsx']);
});

test('with office.js blocked (offline, a firewall) the pane still opens in standalone mode', async () => {
  const offline = await context.newPage();
  const errors: string[] = [];
  offline.on('pageerror', (error) => errors.push(error.message));
  let blocked = 0;
  await offline.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked++;
    return route.abort('internetdisconnected');
  });
  await offline.goto(`${baseUrl}/taskpane.html`);
  await offline.getByText('U gebruikt Beleidsregister hier buiten Excel').waitFor();
  await offline.getByRole('button', { name: 'Probeer met het demoregister' }).waitFor();
  expect(blocked).toBe(1); // office.js itself, and nothing else left the machine
  expect(await offline.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
  expect(errors).toEqual([]);
  await offline.close();
});

test('a file that is not an .xlsx gets a plain Dutch message, which goes once a workbook opens', async () => {
  await page.getByTestId('file-picker').setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Dit is gewoon tekst.\n') });
  await page.getByText('Dat lukte niet').waitFor();
  await expect(page.getByText('Dit is geen Excel-werkmap (.xlsx).').isVisible()).resolves.toBe(true);
  await shot('02-not-an-xlsx');
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  expect(await page.getByText('Dat lukte niet').count()).toBe(0);
});

test('the demo registry: status with version and municipality, Maak register/Werk bij, and Download', async () => {
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  const status = page.getByTestId('registry-status');
  await status.getByText(/^Beleidsregister, versie \d+$/).waitFor();
  await expect(status.textContent()).resolves.toMatch(/Gemeente: Gent \(NIS 44021\)/);
  await shot('03-demo-registry');

  // The demo is made by this version, so normally there is nothing to do; if not, do it.
  const action = page.getByRole('button', { name: /^(Maak register|Werk register bij)$/ });
  if (await action.isEnabled()) {
    await action.click();
    await page.getByText(/^Het (beleidsregister is gemaakt|register is bijgewerkt|register \(versie \d+\) is aangevuld)/).waitFor();
    await shot('04-demo-after-action');
  } else {
    await expect(page.getByText('Het register is volledig bij. Er is niets te doen.').isVisible()).resolves.toBe(true);
  }

  const { name, workbook } = await download();
  expect(name).toBe('beleidsregister.xlsx');
  const tables = (await workbook.info()).tables.map((t) => t.name);
  expect(tables).toEqual(expect.arrayContaining(['tblIndicatoren', 'tblNormen', 'tblMetingen']));
  const [indicators] = await workbook.readTables(['tblIndicatoren']);
  expect(indicators.rows.length).toBeGreaterThan(0);
});

test('an empty workbook becomes a registry with Maak register, and downloads as one', async () => {
  await page.getByRole('button', { name: 'Begin met een lege werkmap' }).click();
  await page.getByText('Geopend: een lege werkmap').waitFor();
  await page.getByText('Deze werkmap is nog geen beleidsregister.').waitFor();
  await page.getByRole('textbox', { name: /Gemeente/ }).fill('11002');
  await page.getByText('Gemeente Antwerpen').waitFor();
  await shot('05-blank-before');

  await page.getByRole('button', { name: 'Maak register' }).click();
  await page.getByText(/^Het beleidsregister is gemaakt \(versie \d+\)\.$/).waitFor();
  await expect(page.getByText(/Toegevoegd: \d+ tabbladen, \d+ tabellen/).isVisible()).resolves.toBe(true);
  const status = page.getByTestId('registry-status');
  await expect(status.textContent()).resolves.toMatch(/Beleidsregister, versie \d+.*Gemeente: Antwerpen \(NIS 11002\)/);
  await expect(page.getByRole('button', { name: 'Werk register bij' }).isDisabled()).resolves.toBe(true);
  await shot('06-blank-after-maak-register');

  const { workbook } = await download();
  expect((await workbook.info()).tables.map((t) => t.name)).toContain('tblIndicatoren');
  const saved = await registryStatus(workbook);
  expect(saved).toMatchObject({ isRegistry: true, needsUpgrade: false, gemeente: { nis: '11002', naam: 'Antwerpen' } });
});

test('an .xlsx opened from disk keeps its own sheets and downloads under its own name', async () => {
  const own = XlsxWorkbook.create();
  await own.apply([
    { kind: 'addSheet', sheet: 'Notities' },
    { kind: 'writeRange', sheet: 'Notities', at: 'A1', values: [['Eigen notitie']] },
  ]);
  await page.getByTestId('file-picker').setInputFiles({
    name: 'mijn-indicatoren.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await own.save()),
  });
  await page.getByText('Geopend: mijn-indicatoren.xlsx').waitFor();
  await page.getByText('Deze werkmap is nog geen beleidsregister.').waitFor();
  await page.getByRole('button', { name: 'Maak register' }).click();
  await page.getByText(/^Het beleidsregister is gemaakt \(versie \d+\)\.$/).waitFor();
  await expect(page.getByTestId('registry-status').textContent()).resolves.toMatch(/Gemeente: nog niet ingesteld/);
  await shot('07-own-file-after-maak-register');

  const { name, workbook } = await download();
  expect(name).toBe('mijn-indicatoren.xlsx');
  expect(await workbook.readRange('Notities', 'A1')).toEqual([['Eigen notitie']]);
  expect((await workbook.info()).tables.map((t) => t.name)).toContain('tblIndicatoren');
});

test('a registry saved by LibreOffice, with a chart added by openpyxl, opens and downloads with its chart', async () => {
  const work = mkdtempSync(join(tmpdir(), 'beleidsregister-e2e-calc-'));
  try {
    const demo = XlsxWorkbook.create();
    await writeDemo(demo);
    writeFileSync(join(work, 'demo.xlsx'), await demo.save());
    await addUserSheet(await sofficeConvert(join(work, 'demo.xlsx'), 'xlsx', join(work, 'calc')), join(work, 'calc-grafiek.xlsx'));
    const uploaded = readFileSync(join(work, 'calc-grafiek.xlsx'));
    await page.getByTestId('file-picker').setInputFiles({ name: 'calc-grafiek.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: uploaded });
    await page.getByText('Geopend: calc-grafiek.xlsx').waitFor();
    await page.getByTestId('registry-status').getByText(/^Beleidsregister, versie \d+$/).waitFor();
    const { data } = await downloaded('Download');
    const chart = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file('xl/charts/chart1.xml')?.async('string');
    expect(await chart(data)).toBe(await chart(uploaded));
    expect(await (await XlsxWorkbook.load(data)).readRange('Mijn grafiek', 'A2:B2')).toEqual([[2021, 4]]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the demo registry through every screen: check, import WO_07, norms, export, download', async () => {
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  await page.getByTestId('registry-status').getByText(/^Beleidsregister, versie \d+$/).waitFor();
  await expectAccessible('Start');

  // Controleren, reached and run with the keyboard only.
  await openTab('Controleren');
  await page.getByRole('button', { name: 'Controleer', exact: true }).focus();
  await page.keyboard.press('Enter');
  // What the check finds in the demo on NOW: the same counts and messages on screen.
  const { summary, findings } = await checkRegistry(await demoRegistry(), { now: NOW });
  const nl = catalogue.nl;
  await expect(page.getByTestId('check-summary').textContent()).resolves.toBe(`${nl.checkCounts(summary.errors, summary.warnings)} ${findings.length ? nl.checkFix : nl.checkClean}`);
  // Every finding of that check is on screen, under its sheet (the demo follows the method: few or none).
  for (const f of findings) {
    await expect(page.getByRole('region', { name: `Meldingen op blad ${f.sheet}` }).getByText(f.message).first().isVisible()).resolves.toBe(true);
  }
  await shot('10-controleren');
  await expectAccessible('Controleren');

  // Monitor: find the indicator in the catalogue, add it, then import the real download.
  await openTab('Monitor');
  await page.getByRole('searchbox', { name: 'Zoek een indicator' }).fill('mediaanprijs huizen');
  await page.getByRole('button', { name: 'Voeg toe: WO_07 Mediaanprijs huizen' }).click();
  await page.getByText('Mediaanprijs huizen (WO_07) staat nu in Indicatoren als IND-008.').waitFor();
  await shot('11-monitor-catalogus');
  await expectAccessible('Monitor');

  await page.getByTestId('monitor-file-picker').setInputFiles(WO_07);
  await page.getByText('WO_07_mediaanprijs_huizen.csv is ingelezen.').waitFor({ timeout: 60_000 });
  await expect(countsOf('import-counts')).resolves.toEqual({
    'Rijen gelezen': '13.728',
    Toegevoegd: '96',
    Bijgewerkt: '0',
    Ongewijzigd: '0',
    Conflicten: '0',
    'Zonder waarde': '0',
    Overgeslagen: '0',
    'Andere gebieden (niet ingelezen)': '13.632',
  });
  await expect(page.getByText('Metingen is bijgewerkt.').isVisible()).resolves.toBe(true);
  await shot('12-monitor-import');
  await expectAccessible('Monitor after import');

  // Normen: run the test, read the counts, and draw WO_07 in Gent against the Vlaams Gewest.
  await openTab('Normen');
  await page.getByRole('button', { name: 'Toets aan normen', exact: true }).click();
  await page.getByText(/^\d+ metingen getoetst\.$/).waitFor({ timeout: 60_000 });
  const shownStatus = await countsOf('flag-counts');
  await expect(page.getByTestId('flag-attention').getByText(/^Metingen rij 3: 51,8 dB\(A\) ligt boven de norm max\. 48 dB\(A\)/).isVisible()).resolves.toBe(true);
  await page.getByRole('combobox', { name: 'Indicator en gebied' }).selectOption({ label: 'Mediaanprijs huizen, Gent (Alle huizen)' });
  const chart = page.getByRole('img', { name: 'Verloop van Mediaanprijs huizen in Gent' });
  await expect(chart.locator('desc').textContent()).resolves.toMatch(/^Van 2010 tot 20\d\d; laatste waarde [\d.]+ euro \(20\d\d\); Vlaams Gewest [\d.]+ euro\.$/);
  await shot('13-normen');
  await expectAccessible('Normen');

  // Export: a zip with the tidy tables and datapackage.json, WO_07's values among the measurements.
  await openTab('Export');
  const zip = await downloaded('Exporteer en download');
  expect(zip.name).toBe('beleidsregister-export.zip');
  await page.getByText(/^\d+ tabellen geëxporteerd naar beleidsregister-export\.zip\./).waitFor();
  await shot('14-export');
  await expectAccessible('Export');
  const archive = await JSZip.loadAsync(zip.data);
  const files = await Promise.all(Object.values(archive.files).map(async (f) => ({ path: f.name, data: await f.async('uint8array') })));
  expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['datapackage.json', 'measurements.csv', 'indicators.csv']));
  const exported = await readAll(files);
  expect(exported.indicators.find((i) => i.id === 'IND-008')).toMatchObject({ name: 'Mediaanprijs huizen' });
  expect(exported.measurements.filter((m) => m.indicator === 'IND-008' && m.area === '44021')).toHaveLength(48);

  // The downloaded workbook holds the import and the flags the screens showed.
  const { workbook } = await download();
  const [metingen] = await workbook.readTables(['tblMetingen']);
  const col = (caption: string) => metingen.columns.indexOf(caption);
  const wo07 = metingen.rows.filter((r) => r[col('Indicator')] === 'IND-008');
  expect(wo07).toHaveLength(96);
  expect(new Set(wo07.map((r) => r[col('Gebied')]))).toEqual(new Set(['44021', '2000']));
  expect(metingen.rows.filter((r) => r[col('Status')] === STATUS_TEXT.deviation).length).toBeGreaterThan(0);
  const again = await evaluateNorms(workbook, { now: NOW });
  const statuses = ['ok', 'on_track', 'deviation', 'off_track', 'outlier', 'no_norm', 'missing', 'stale'] as const;
  expect(shownStatus).toEqual(Object.fromEntries(statuses.map((s) => [STATUS_TEXT[s], again.counts[s].toLocaleString('nl-BE')])));
}, 180_000);

/** Types values into a form's Nieuwe waarde, as a department's staff would in Excel: `value(row)` or nothing. */
async function fillForm(data: Uint8Array, value: (row: Record<string, unknown>, index: number) => CellInput | undefined): Promise<Buffer> {
  const form = await XlsxWorkbook.load(data);
  const rows = await rowsOf(form, 'tblUpdate');
  const cells = rows.flatMap((r, row) => {
    const v = value(r, row);
    return v === undefined ? [] : [{ row, column: 'Nieuwe waarde', value: v }];
  });
  await form.apply([{ kind: 'updateCells', table: 'tblUpdate', cells }]);
  return Buffer.from(await form.save());
}

test('Halfjaar: a round as files, two forms filled in and merged, a conflict taken over, the progress and a reminder', async () => {
  // The coordinator's registry: the demo, with one value typed in by hand that a form will contradict.
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const [metingen] = await registry.readTables(['tblMetingen']);
  const handTyped: Record<string, CellInput> = { Indicator: 'IND-003', Gebied: '44021', Periode: '2026', Waarde: 0.37, Bron: 'eigen telling' };
  await registry.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: [metingen.columns.map((c) => handTyped[c] ?? null)] }]);
  await page.getByTestId('file-picker').setInputFiles({ name: 'register-gent.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await registry.save()) });
  await page.getByText('Geopend: register-gent.xlsx').waitFor();
  await page.getByTestId('registry-status').getByText(/^Beleidsregister, versie \d+$/).waitFor();

  await openTab('Halfjaar');
  const period = page.getByRole('textbox', { name: /Periode/ });
  await expect(period.inputValue()).resolves.toBe(defaultRoundPeriod(NOW));
  await period.fill('2026-S2');
  await page.getByRole('checkbox', { name: /^Milieu \(\d+ metingen?\)$/ }).waitFor();
  await expect(page.getByRole('checkbox', { name: /^Milieu / }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('checkbox', { name: /^Groen / }).isChecked()).resolves.toBe(true);
  await expect(page.getByText('Er is nog geen ronde gestart in dit register.').isVisible()).resolves.toBe(true);
  await shot('15-halfjaar-leeg');
  await expectAccessible('Halfjaar');

  // Start as a file per department: the forms come as one zip.
  await page.getByRole('radio', { name: 'een bestand per dienst (samen in een zip)' }).check();
  const zip = await downloaded('Start de ronde');
  expect(zip.name).toBe('Updateformulieren 2026-S2.zip');
  await page.getByText(/^Ronde 2026-S2 is gestart: \d+ formulieren\./).waitFor();
  const archive = await JSZip.loadAsync(zip.data);
  const forms = Object.fromEntries(await Promise.all(Object.values(archive.files).map(async (f) => [f.name, await f.async('uint8array')] as const)));
  expect(Object.keys(forms)).toEqual(expect.arrayContaining(['Update 2026-S2 Milieu.xlsx', 'Update 2026-S2 Groen.xlsx']));
  const shownForms = await countsOf('round-forms');
  expect(Object.keys(shownForms).sort()).toEqual(Object.keys(forms).map((name) => `${name.replace(/^Update 2026-S2 (.*)\.xlsx$/, '$1')}: ${name}`).sort());
  // The overview is read again after the start: the round's table, or a message saying what went wrong.
  const overview = page.locator('section[aria-labelledby="round-progress-heading"]');
  await overview.getByText('Ronde 2026-S2').or(overview.getByText('Dat lukte niet')).waitFor();
  expect({ overview: await overview.textContent() }).toEqual({ overview: expect.stringMatching(/^Voortgang per dienstVernieuwRonde 2026-S2DienstIngevuldAfwijkingenMilieuniet teruggekregen0 van \d/) });
  await shot('16-halfjaar-gestart');

  // Milieu fills in every row; Groen gives 0,36 where the register has 0,37 by hand, and text in one other row.
  const milieu = await fillForm(forms['Update 2026-S2 Milieu.xlsx'], (r) => (r.Indicator === 'IND-002' ? 12.1 : 47.5));
  const milieuRows = (await rowsOf(await XlsxWorkbook.load(forms['Update 2026-S2 Milieu.xlsx']), 'tblUpdate')).length;
  let textGiven = false;
  const groen = await fillForm(forms['Update 2026-S2 Groen.xlsx'], (r) => {
    if (r.Indicator === 'IND-003' && r.Gebied === '44021' && r.Periode === '2026') return 0.36;
    if (textGiven) return undefined;
    textGiven = true;
    return 'ongeveer 0,4';
  });
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await page.getByTestId('round-file-picker').setInputFiles([
    { name: 'Update 2026-S2 Milieu.xlsx', mimeType: xlsx, buffer: milieu },
    { name: 'Update 2026-S2 Groen.xlsx', mimeType: xlsx, buffer: groen },
  ]);
  await page.getByText('2 formulieren samengevoegd in ronde 2026-S2.').waitFor({ timeout: 60_000 });
  await expect(countsOf('round-merge-counts')).resolves.toEqual({ Formulieren: '2', Overgenomen: String(milieuRows), Ongewijzigd: '0', Conflicten: '1', 'Niet overgenomen': '1' });
  await expect(page.getByTestId('round-rejected').textContent()).resolves.toMatch(/^Update 2026-S2 Groen\.xlsx, blad Update, cel K\d+: K\d+ \(IND-003 \| [^)]+\): ongeveer 0,4 is geen getal/);
  const conflict = page.getByTestId('round-conflicts').getByRole('listitem');
  await expect(conflict.count()).resolves.toBe(1);
  await expect(conflict.getByText('IND-003, 44021, 2026').isVisible()).resolves.toBe(true);
  await expect(conflict.locator('dd').first().textContent()).resolves.toBe('0,37bron: eigen telling');
  await expect(conflict.locator('dd').nth(1).textContent()).resolves.toMatch(/^0,36GroenUpdate 2026-S2 Groen\.xlsx \(Update!K\d+\)$/);
  await shot('17-halfjaar-conflict');
  await page.locator('section[aria-labelledby="round-merge-heading"]').screenshot({ path: join(screenshots, '17b-halfjaar-samenvoegen.png') });
  await expectAccessible('Halfjaar with a conflict');

  await page.getByRole('button', { name: 'Neem over: IND-003, 44021, 2026' }).click();
  await page.getByTestId('round-conflicts').waitFor({ state: 'detached' });
  await expect(countsOf('round-merge-counts')).resolves.toEqual({ Formulieren: '2', Overgenomen: String(milieuRows + 1), Ongewijzigd: '0', Conflicten: '0', 'Niet overgenomen': '1' });

  // The progress on screen is the registry's, as the domain reads it from the downloaded workbook.
  await page.getByTestId('round-progress').getByText(/^Milieu/).waitFor();
  const { workbook } = await download();
  const expected = await roundProgress(workbook);
  const status = { 'niet teruggekregen': 'niet teruggekregen', onvolledig: 'onvolledig', volledig: 'volledig' } as Record<string, string>;
  await expect(page.getByTestId('round-progress').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)))).resolves.toEqual(
    expected.owners.map((o) => [`${o.owner}${status[o.status]}`, `${o.filled} van ${o.asked}`, String(o.deviations)]),
  );
  expect(expected.owners.find((o) => o.owner === 'Milieu')).toMatchObject({ returned: true, filled: milieuRows, asked: milieuRows, status: 'volledig' });
  expect(expected.owners.find((o) => o.owner === 'Groen')).toMatchObject({ returned: true, status: 'onvolledig' });
  expect((await rowsOf(workbook, 'tblMetingen')).filter((r) => r.Indicator === 'IND-003' && r.Gebied === '44021' && r.Periode === '2026')).toEqual([
    expect.objectContaining({ Waarde: 0.36, Bron: 'update Groen 2026-S2' }),
  ]);
  const log = await rowsOf(workbook, LOGBOOK_TABLE);
  expect(log.filter((l) => String(l.Bron ?? '').includes('(conflict aanvaard)'))).toHaveLength(1);

  // A reminder for a department that still owes values, on the clipboard.
  const owing = expected.owners.find((o) => o.missing.length > 0)!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.getByRole('button', { name: `Kopieer herinnering voor ${owing.owner}` }).click();
  await page.getByText(`De herinnering voor ${owing.owner} staat op het klembord.`, { exact: false }).waitFor();
  const reminder = await page.evaluate(() => navigator.clipboard.readText());
  expect(reminder.split('\n')[0]).toBe(`Beste collega's van ${owing.owner},`);
  expect(reminder.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(owing.missing.length);
  await shot('18-halfjaar-voortgang');
  await page.locator('section[aria-labelledby="round-progress-heading"]').screenshot({ path: join(screenshots, '18b-halfjaar-voortgang.png') });
  await expectAccessible('Halfjaar after the merge');
}, 180_000);

test('Rapport: after Toets aan normen the half-year report downloads as .docx, and the Rapport sheet is written when asked', async () => {
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  await openTab('Normen');
  await page.getByRole('button', { name: 'Toets aan normen', exact: true }).click();
  await page.getByText(/^\d+ metingen getoetst\.$/).waitFor({ timeout: 60_000 });

  await openTab('Rapport');
  const period = page.getByRole('textbox', { name: /Halfjaar/ });
  await expect(period.inputValue()).resolves.toBe(defaultReportPeriod(NOW));
  await period.fill('2025-S2');
  await expectAccessible('Rapport');
  await page.getByRole('checkbox', { name: /blad Rapport/ }).check();
  const docx = await downloaded('Maak het rapport');
  expect(docx.name).toBe('Halfjaarrapport 2025-S2.docx');
  await page.getByTestId('report-made').getByText('Het rapport van 2025-S2 is gemaakt en gedownload als Halfjaarrapport 2025-S2.docx.').waitFor();
  // What the screen counts is the domain's report of the same registry on the same day.
  const registry = await demoRegistry();
  await flagRegistry(registry, { now: NOW });
  const report = await readReport(registry, { period: '2025-S2' });
  await expect(countsOf('report-summary')).resolves.toEqual({
    'Afwijkingen zonder bijsturing': String(report.summary.decisions.length),
    'Nog ontbrekende waarden': String(report.summary.missing.length),
    'Acties en maatregelen achter op schema': String(report.summary.behind.length),
  });
  const xml = (await JSZip.loadAsync(docx.data)).file('word/document.xml')!.async('string');
  await expect(xml).resolves.toContain('BD1 Een gezonde leefomgeving voor iedereen');
  await shot('19-rapport');
  await expectAccessible('Rapport after the report');

  // The downloaded workbook has the Rapport sheet, along the tree.
  const { workbook } = await download();
  const [rapport] = await workbook.readTables(['tblRapport']);
  expect(rapport.rows[0][0]).toBe('BD1 Een gezonde leefomgeving voor iedereen');
}, 180_000);
