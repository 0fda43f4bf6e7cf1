// The standalone task pane as a person uses it, in a real browser: build the production bundle,
// serve it locally, open it in Debian's Chromium, and click through. Screenshots of each screen go
// to test-output/screenshots/ for a human to look at.
//
// Needs /usr/bin/chromium (Debian package `chromium`); nothing is downloaded. Every request that
// does not go to this machine is blocked (office.js would call telemetry hosts).

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';
import { registryStatus } from '../../src/registry/init';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const repo = resolve(__dirname, '../..');
const screenshots = join(repo, 'test-output/screenshots');

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const requested: string[] = [];

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

/** Clicks Download and reads the file the browser saved back with the xlsx adapter. */
async function download(): Promise<{ name: string; workbook: XlsxWorkbook }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), workbook: await XlsxWorkbook.load(readFileSync(path)) };
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
  context = await browser.newContext({ viewport: { width: 350, height: 720 }, acceptDownloads: true, locale: 'nl-BE' });
  page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return local || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${baseUrl}/taskpane.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('outside Office the pane opens in standalone mode, without loading ExcelJS yet', async () => {
  await page.getByText('Je gebruikt Beleidsregister hier buiten Excel').waitFor();
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).waitFor();
  expect(requested.some((url) => url.includes('/office-js/office.js'))).toBe(true);
  expect(requested.some((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toBe(false);
  await shot('01-standalone-start');
});

test('a file that is not an .xlsx gets a plain Dutch message', async () => {
  await page.locator('input[type=file]').setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Dit is gewoon tekst.\n') });
  await page.getByText('Dat lukte niet').waitFor();
  await expect(page.getByText('Dit is geen Excel-werkmap (.xlsx).').isVisible()).resolves.toBe(true);
  await shot('02-not-an-xlsx');
});

test('the demo registry: status with version and municipality, Maak register/Werk bij, and Download', async () => {
  await page.getByRole('button', { name: 'Probeer met het demoregister' }).click();
  await page.getByText('Geopend: het demoregister').waitFor();
  const status = page.getByTestId('registry-status');
  await status.getByText(/^Beleidsregister, versie \d+$/).waitFor();
  await expect(status.textContent()).resolves.toMatch(/Gemeente: Gent \(NIS 44021\)/);
  expect(await page.getByText('Dat lukte niet').count()).toBe(0); // the earlier error is gone
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
  await page.locator('input[type=file]').setInputFiles({
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

test('the page raised no script errors', () => {
  expect(pageErrors).toEqual([]);
});
