// The lint rules guard what they say (eslint.config.js): Microsoft's Office.js rules where Office.js
// is called, and the import boundaries of the domain code. Each is shown catching a violation, and
// letting the code through that keeps to it; `npm run lint` then holds the whole of src/ to them.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const repo = resolve(__dirname, '..');
// The config is handed over rather than found: ESLint loads a config file by dynamic import, which jest does not do.
const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: require('../eslint.config.js') });

/** The rules that `code` breaks when it stands in `file`. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repo, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

test('domain code may not import an adapter, the pane, the CLI or the commands; the port it may', async () => {
  expect(await broken('src/norms/new.ts', "import { ExcelWorkbook } from '../workbook/excel/adapter';\nexport const a = ExcelWorkbook;\n")).toEqual(['no-restricted-imports']);
  expect(await broken('src/checks/new.ts', "import { XlsxWorkbook } from '../workbook/xlsx/adapter';\nexport const a = XlsxWorkbook;\n")).toEqual(['no-restricted-imports']);
  expect(await broken('src/monitor/new.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n")).toEqual(['no-restricted-imports']);
  expect(await broken('src/export/new.ts', "import { main } from '../cli/main';\nexport const a = main;\n")).toEqual(['no-restricted-imports']);
  expect(await broken('src/rounds/new.ts', "import type { WorkbookPort } from '../workbook/port';\nexport type P = WorkbookPort;\n")).toEqual([]);
});

test('the registry imports no operation; the rule catalogue and the shared column formats sit beside it, not in an operation', async () => {
  const importing = (path: string) => `import * as m from '${path}';\nexport const a = m;\n`;
  expect(await broken('src/registry/new.ts', importing('../norms/evaluate'))).toEqual(['no-restricted-imports']);
  expect(await broken('src/registry/new.ts', importing('../rounds/start'))).toEqual(['no-restricted-imports']);
  expect(await broken('src/registry/read.ts', importing('../checks/marks'))).toEqual(['no-restricted-imports']);
  expect(await broken('src/registry/read.ts', importing('../norms/liveFormats'))).toEqual(['no-restricted-imports']);
  expect(await broken('src/registry/read.ts', importing('../rules'))).toEqual([]);
  expect(await broken('src/checks/new.ts', importing('../registry/schema'))).toEqual([]);
  expect(await broken('src/new.ts', importing('./workbook/xlsx/adapter'))).toEqual(['no-restricted-imports']);
});

test('Microsoft’s Office.js rules: no sync in a loop, load before read, null objects tested with isNullObject', async () => {
  const inLoop = `export async function f(context: Excel.RequestContext, names: string[]) {
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItem(name).load('name');
    await context.sync();
    console.log(sheet.name);
  }
}
`;
  expect(await broken('src/workbook/excel/new.ts', inLoop)).toContain('office-addins/no-context-sync-in-loop');

  const notLoaded = `export async function f(context: Excel.RequestContext) {
  const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
  await context.sync();
  return range.values;
}
`;
  expect(await broken('src/workbook/excel/new.ts', notLoaded)).toEqual(['office-addins/load-object-before-read']);

  const nullTest = `export async function f(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItemOrNullObject('Blad1');
  await context.sync();
  return sheet === null;
}
`;
  expect(await broken('src/workbook/excel/new.ts', nullTest)).toContain('office-addins/test-for-null-using-isNullObject');

  const right = `export async function f(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItemOrNullObject('Blad1').load('name');
  await context.sync();
  return sheet.isNullObject ? null : sheet.name;
}
`;
  expect(await broken('src/workbook/excel/new.ts', right)).toEqual([]);
});
