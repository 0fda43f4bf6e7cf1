// The manifest is what Office reads to install the add-in; a schema error there means the add-in
// silently fails to load. Checked offline against Microsoft's XSD with xmllint (CI installs
// libxml2-utils; this test installs nothing).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMANDS } from '../src/commands/run';
import { MINIMUM_EXCEL_API } from '../src/workbook/excel/capabilities';

const repo = resolve(__dirname, '..');
const manifest = join(repo, 'manifest.xml');
const schema = resolve(repo, '../shared/reference/manifest-xsd/OfficeAppManifestV1_1.xsd');

test('manifest.xml validates against the Office add-in manifest schema', () => {
  let output = '';
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, manifest], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    output = e.stderr || e.message;
  }
  expect(output).toBe('');
});

test('every icon the manifest names exists in assets/', () => {
  const xml = readFileSync(manifest, 'utf8');
  const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]);
  expect(icons.length).toBeGreaterThanOrEqual(4);
  const missing = [...new Set(icons)].filter((icon) => !existsSync(join(repo, icon)));
  expect(missing).toEqual([]);
});

test('the manifest uses one fixed add-in id and loads the task pane page', () => {
  const xml = readFileSync(manifest, 'utf8');
  expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  expect(xml).toContain(`<Set Name="ExcelApi" MinVersion="${MINIMUM_EXCEL_API}"/>`);
});

test('the manifest version is the package version, so a release raises both', () => {
  const xml = readFileSync(manifest, 'utf8');
  const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
  expect(xml).toContain(`<Version>${version}.0</Version>`);
});

test('Controleer and Toets aan normen sit beside the pane button and run functions of commands.html', () => {
  const xml = readFileSync(manifest, 'utf8');
  const group = xml.match(/<Group id="Beleidsregister.Group">([\s\S]*?)<\/Group>/)![1];
  const controls = [...group.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)].map(([, id, body]) => ({
    id,
    label: body.match(/<Label resid="([^"]+)"\/>/)![1],
    action: body.match(/<Action xsi:type="(\w+)">/)![1],
    functionName: body.match(/<FunctionName>(\w+)<\/FunctionName>/)?.[1],
  }));
  expect(controls.map(({ id, action, functionName }) => [id, action, functionName])).toEqual([
    ['Beleidsregister.ShowTaskpane', 'ShowTaskpane', undefined],
    ['Beleidsregister.Controleer', 'ExecuteFunction', 'controleer'],
    ['Beleidsregister.ToetsAanNormen', 'ExecuteFunction', 'toetsAanNormen'],
  ]);
  // The function names are the ones src/commands registers with Office.actions.associate.
  expect(controls.slice(1).map((c) => c.functionName)).toEqual([...COMMANDS]);

  // Dutch labels with an English override, like the pane button's.
  const label = (resid: string) => xml.match(new RegExp(`<bt:String id="${resid}" DefaultValue="([^"]+)">\\s*<bt:Override Locale="en-US" Value="([^"]+)"/>`))?.slice(1);
  expect(controls.slice(1).map((c) => label(c.label))).toEqual([
    ['Controleer', 'Check'],
    ['Toets aan normen', 'Test against norms'],
  ]);

  expect(xml).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
  expect(xml).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
});
