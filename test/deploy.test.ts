// Rolling out to a municipality's own web server: `ADDIN_URL=https://…/ npm run build` must give a
// dist/ whose manifest points only there and validates, and whose pages load office.js from
// Office's CDN. The build runs as the README says, in a child process with ADDIN_URL set.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as manifest from '../scripts/manifest';

const repo = resolve(__dirname, '..');
const schema = resolve(repo, '../shared/reference/manifest-xsd/OfficeAppManifestV1_1.xsd');
const URL = 'https://beleid.example.be/addin/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
let dist: string;

/** The manifest as Office's own tooling (office-addin-manifest) reads it; in a child process, as it loads ES modules jest cannot. */
async function readManifest(file: string): Promise<Record<string, unknown>> {
  const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))";
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, file], { cwd: repo });
  return JSON.parse(stdout) as Record<string, unknown>;
}
let output: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'beleidsregister-dist-'));
  const webpack = join(repo, 'node_modules/.bin/webpack');
  const run = await promisify(execFile)(webpack, ['--mode', 'production', '--env', `outDir=${dist}`, '--env', 'quickMinify'], {
    cwd: repo,
    env: { ...process.env, ADDIN_URL: URL },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { message: string; stdout?: string; stderr?: string }) => {
    throw new Error(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`); // webpack reports build errors on stdout
  });
  output = run.stdout + run.stderr;
}, 300_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('dist/manifest.xml points every address under ADDIN_URL and validates against the schema', async () => {
  const xml = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  expect(xml).not.toMatch(/localhost/);
  const addresses = manifest.addressesIn(xml);
  expect(addresses.length).toBeGreaterThanOrEqual(15);
  expect(addresses.filter((a) => a !== 'https://beleid.example.be' && !a.startsWith(URL))).toEqual([]);
  // Every page and icon it names is in dist/.
  const files = [...new Set(addresses.filter((a) => a.startsWith(URL)).map((a) => a.slice(URL.length)))];
  expect(files.filter((f) => !existsSync(join(dist, f)))).toEqual([]);

  // Checked here against the project's reference copy of the schema, beside the build's own check.
  let errors = '';
  await promisify(execFile)('xmllint', ['--noout', '--schema', schema, join(dist, 'manifest.xml')]).catch((e: { stderr: string }) => (errors = e.stderr));
  expect(errors).toBe('');

  // As Office's own tooling reads it.
  const info = await readManifest(join(dist, 'manifest.xml'));
  expect(info).toMatchObject({
    id: '0c1d06f8-8fd4-416c-b95f-9978064c1ccc',
    appDomains: ['https://beleid.example.be'],
    iconUrl: `${URL}assets/icon-32.png`,
    defaultSettings: { sourceLocation: `${URL}taskpane.html` },
  });
  expect(output).toContain(`Beleidsregister ${version}: ${join(dist, 'manifest.xml')} points at ${URL} (task pane ${URL}taskpane.html)`);
});

test('both pages load office.js from Office’s CDN, and no copy of it is deployed', () => {
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = readFileSync(join(dist, page), 'utf8');
    expect({ page, scripts: [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.endsWith('office.js')) }).toEqual({ page, scripts: [OFFICE_JS] });
  }
  expect(existsSync(join(dist, 'office-js'))).toBe(false);
});

test('the build version is the manifest version Office compares when it updates', async () => {
  const info = await readManifest(join(dist, 'manifest.xml'));
  expect(info.version).toBe(`${version}.0`);
});

test('the build checks against the same schema as the project’s reference copy', () => {
  const reference = resolve(repo, '../shared/reference/manifest-xsd');
  for (const file of ['OfficeAppManifestV1_1.xsd', 'OfficeAppBasicTypesV1_0.xsd', 'TaskPaneAppVersionOverridesV1_0.xsd', 'MailAppVersionOverridesV1_0.xsd', 'ContentAppVersionOverridesV1_0.xsd']) {
    expect({ file, same: readFileSync(join(repo, 'manifest-xsd', file)).equals(readFileSync(join(reference, file))) }).toEqual({ file, same: true });
  }
});

test('ADDIN_URL must be an https folder address', () => {
  expect(manifest.deploymentUrl(undefined)).toBeNull();
  expect(manifest.deploymentUrl('https://intranet.gent.be/beleidsregister')).toBe('https://intranet.gent.be/beleidsregister/');
  expect(() => manifest.deploymentUrl('http://intranet.gent.be/')).toThrow('must start with https://');
  expect(() => manifest.deploymentUrl('intranet.gent.be')).toThrow('is not a web address');
  expect(() => manifest.deploymentUrl('https://intranet.gent.be/?v=2')).toThrow('plain folder address');
});

test('a manifest that breaks the schema stops the build with xmllint’s complaint', () => {
  const xml = readFileSync(join(repo, 'manifest.xml'), 'utf8').replace('<Version>', '<Versie>').replace('</Version>', '</Versie>');
  expect(() => manifest.deployedManifest(xml, URL)).toThrow(/does not match Microsoft's manifest schema:\n.*Versie/);
});

test('an address the build cannot move stops it; comments do not count', () => {
  const xml = readFileSync(join(repo, 'manifest.xml'), 'utf8');
  const elsewhere = xml.replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://example.org/hulp"/>');
  expect(() => manifest.deployedManifest(elsewhere, URL)).toThrow(`manifest.xml still points outside ${URL}: https://example.org/hulp`);
  expect(manifest.addressesIn('<!-- zie https://example.org/ --><IconUrl DefaultValue="https://a.be/i.png"/>')).toEqual(['https://a.be/i.png']);
});

test('without ADDIN_URL the build says it is a localhost build', () => {
  const file = join(repo, 'manifest.xml');
  expect(manifest.buildReport(file, null)).toBe(
    `Beleidsregister ${version}: this is a localhost build; ${file} points at https://localhost:3000/ (the dev server).\n` +
      'For a web server of your own: ADDIN_URL=https://your.server/folder/ npm run build (see README, "Rolling it out").',
  );
});
