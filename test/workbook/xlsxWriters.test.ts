// Registries written by other tools go through the CLI (issue 17): LibreOffice Calc and openpyxl
// write valid packages in their own way (ExcelJS could neither read nor write them), and what a
// user added there (a chart, a pivot cache, a name of several ranges, a sheet with a comment) comes
// back from every command byte for byte and still referenced. The files are made here, by the tools
// themselves.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../helpers/cli';
import { childrenOfRoot, parseRelationships, relsName, resolveTarget } from '../../src/ooxml/opc';
import { WORKBOOK_ORDER } from '../../src/ooxml/workbookPart';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { WO_07 } from '../monitor/helpers';
import { addUserSheet } from '../helpers/openpyxl';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

jest.setTimeout(240_000);
const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

const run = runCli;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PIVOT = {
  definition: 'xl/pivotCache/pivotCacheDefinition1.xml',
  records: 'xl/pivotCache/pivotCacheRecords1.xml',
};

/** `element` put into the workbook part where the schema's order wants it, whichever elements the writer left out. */
function inWorkbookOrder(xml: string, name: string, element: string): string {
  const later = WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(name) + 1);
  const at = childrenOfRoot(xml, false).find((child) => later.includes(child.name))?.start ?? xml.lastIndexOf('</');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** A pivot cache of the user sheet (what a pivot table keeps its data in), added by hand as Excel writes it. */
async function withPivotCache(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
  const field = (name: string, min: number, max: number) => `<cacheField name="${name}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="${min}" maxValue="${max}"/></cacheField>`;
  zip.file(PIVOT.definition, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Mijn grafiek"/></cacheSource><cacheFields count="2">${field('Jaar', 2021, 2023)}${field('Waarde', 4, 7)}</cacheFields></pivotCacheDefinition>`);
  zip.file('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
  zip.file(PIVOT.records, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="3"><r><n v="2021"/><n v="4"/></r><r><n v="2022"/><n v="7"/></r><r><n v="2023"/><n v="5"/></r></pivotCacheRecords>`);
  await edit('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', `<Relationship Type="${REL}/pivotCacheDefinition" Target="/${PIVOT.definition}" Id="rIdPivot1"/></Relationships>`));
  await edit('xl/workbook.xml', (xml) => inWorkbookOrder(xml, 'pivotCaches', `<pivotCaches><pivotCache xmlns:r="${REL}" cacheId="1" r:id="rIdPivot1"/></pivotCaches>`));
  const type = (part: string, kind: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
  await edit('[Content_Types].xml', (xml) => xml.replace('</Types>', `${type(PIVOT.definition, 'pivotCacheDefinition')}${type(PIVOT.records, 'pivotCacheRecords')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

let calc: string;
let extras: string;
/** The same, saved by LibreOffice Calc (its own chart, drawing and comment parts), then given the pivot cache. */
let calcExtras: string;

beforeAll(async () => {
  expect((await run('demo', file('demo.xlsx'))).code).toBe(0);
  calc = await sofficeConvert(file('demo.xlsx'), 'xlsx', file('calc'));
  await addUserSheet(file('demo.xlsx'), file('openpyxl.xlsx'));
  extras = file('extras.xlsx');
  writeFileSync(extras, await withPivotCache(readFileSync(file('openpyxl.xlsx'))));
  calcExtras = file('calc-extras.xlsx');
  writeFileSync(calcExtras, await withPivotCache(readFileSync(await sofficeConvert(file('openpyxl.xlsx'), 'xlsx', file('calc-user')))));
});

/** A fresh copy of a fixture to run a command on. */
function copy(from: string, name: string): string {
  copyFileSync(from, file(name));
  return file(name);
}

describe.each([
  ['LibreOffice Calc', 'calc', () => calc],
  ['openpyxl', 'openpyxl', () => extras],
])('a registry saved by %s', (_writer, name, source) => {
  test('init, check --controleblad and flag open and save it, and LibreOffice opens the result', async () => {
    const f = copy(source(), `${name}-commands.xlsx`);
    for (const args of [['init', f], ['check', f, '--controleblad'], ['flag', f]]) {
      const result = await run(...args);
      expect([args[0], result.err]).toEqual([args[0], '']);
      expect(result.code).toBeLessThan(2);
    }
    expect(await (await XlsxWorkbook.load(readFileSync(f))).readRange('Controle', 'A1:A1')).toEqual([['Ernst']]);
    const html = readFileSync(await sofficeConvert(f, 'html', file(`html-${name}`)), 'utf8');
    expect(html).toContain('Beleidsplan Geluid 2030');
  });
});

/** The user sheet *Mijn grafiek* of a package, its drawing and the chart in it, found as Excel finds them: through relationships. */
async function userSheet(zip: JSZip) {
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const rels = async (part: string) => parseRelationships(await text(relsName(part))).map((r) => ({ ...r, part: resolveTarget(part, r.target) }));
  const workbookRels = await rels('xl/workbook.xml');
  const sheetId = /<sheet [^>]*name="Mijn grafiek"[^>]*r:id="([^"]+)"/.exec(await text('xl/workbook.xml'))?.[1];
  const sheet = workbookRels.find((r) => r.id === sheetId)?.part ?? '';
  const drawingRel = (await rels(sheet)).find((r) => r.type === 'drawing');
  const drawing = drawingRel?.part ?? '';
  const chart = (await rels(drawing)).find((r) => r.type === 'chart')?.part ?? '';
  return { text, rels, workbookRels, sheet, drawingRel, drawing, chart };
}

/** The parts a user added, as bytes, and whether each is still reached from the workbook. */
async function userParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const { text, rels, workbookRels, sheet, drawingRel, drawing, chart } = await userSheet(zip);
  const pivotRel = workbookRels.find((r) => r.type === 'pivotCacheDefinition');
  const records = (await rels(pivotRel?.part ?? '')).find((r) => r.type === 'pivotCacheRecords')?.part ?? '';
  const types = await text('[Content_Types].xml');
  const bytesOf = async (part: string) => Buffer.from((await zip.file(part)?.async('uint8array')) ?? []).toString('base64');
  return {
    drawing: await bytesOf(drawing),
    chart: await bytesOf(chart),
    pivotDefinition: await bytesOf(pivotRel?.part ?? ''),
    pivotRecords: await bytesOf(records),
    drawingInSheet: new RegExp(`<drawing [^>]*r:id="${drawingRel?.id}"`).test(await text(sheet)),
    pivotInWorkbook: new RegExp(`<pivotCache [^>]*r:id="${pivotRel?.id}"`).test(await text('xl/workbook.xml')),
    typed: [chart, drawing, pivotRel?.part, records].every((part) => types.includes(`PartName="/${part}"`)),
  };
}

describe.each([
  ['openpyxl', () => extras],
  ['LibreOffice Calc', () => calcExtras],
])('what a user added in a registry saved by %s comes back from every command', (writer, source) => {
  let before: Awaited<ReturnType<typeof userParts>>;
  beforeAll(async () => {
    before = await userParts(readFileSync(source()));
    expect(before.chart.length).toBeGreaterThan(100);
    expect(before.pivotRecords.length).toBeGreaterThan(100);
    expect(before).toMatchObject({ drawingInSheet: true, pivotInWorkbook: true, typed: true });
  });

  test.each([
    ['init', (f: string) => [['init', f]]],
    ['check', (f: string) => [['check', f, '--controleblad']]],
    ['flag', (f: string) => [['flag', f]]],
    ['import', (f: string) => [['import', f, WO_07]]],
    ['round merge', (f: string) => [['round', 'start', f, '--periode', '2026-S2', '--in-register'], ['round', 'merge', f]]],
    ['export', (f: string) => [['export', f, file('export')]]],
  ])('%s', async (command, steps) => {
    const f = copy(source(), `extras-${writer.replace(/ /g, '-')}-${command.replace(' ', '-')}.xlsx`);
    for (const args of steps(f)) {
      // Import reports its progress on stderr; a failure is exit code 2.
      const result = await run(...args);
      expect([args[0], result.code, result.err]).toEqual([args[0], expect.any(Number), expect.not.stringMatching(/fout|Kan |niet/)]);
      expect(result.code).toBeLessThan(2);
    }
    // Every command but export saves the registry (so the parts came through a save); export leaves it as it was.
    expect([command, readFileSync(f).equals(readFileSync(source()))]).toEqual([command, command === 'export']);
    const after = await userParts(readFileSync(f));
    expect(after).toEqual(before);
    const wb = await XlsxWorkbook.load(readFileSync(f));
    expect((await wb.info()).names.Mijn_selectie).toBe("'Mijn grafiek'!$A$2,'Mijn grafiek'!$B$4");
    expect(await wb.readNotes('Mijn grafiek', ['B1'])).toEqual(['Eigen opmerking']);
    expect(await wb.readRange('Mijn grafiek', 'A2:B4')).toEqual([[2021, 4], [2022, 7], [2023, 5]]);
  });

});

// Issue 17, done means: a chart added with openpyxl to a registry survives `flag`, and LibreOffice
// shows it afterwards. openpyxl writes no values into a chart, so the values LibreOffice saves in it
// are the ones it read from the sheet to draw it.
describe('a chart added with openpyxl survives flag, and LibreOffice shows it afterwards', () => {
  test.each([
    ['a registry of the CLI', 'cli', () => file('openpyxl.xlsx')],
    ['a registry saved by LibreOffice Calc', 'calc', async () => {
      await addUserSheet(calc, file('calc-grafiek.xlsx'));
      return file('calc-grafiek.xlsx');
    }],
  ])('%s', async (_registry, name, source) => {
    const f = copy(await source(), `grafiek-${name}.xlsx`);
    const before = readFileSync(f);
    const result = await run('flag', f);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(readFileSync(f).equals(before)).toBe(false);
    const again = await JSZip.loadAsync(readFileSync(await sofficeConvert(f, 'xlsx', file(`lo-${name}`))));
    const { text, drawingRel, chart } = await userSheet(again);
    expect(drawingRel).toBeDefined();
    const xml = await text(chart);
    expect(xml).toMatch(/<c:barChart>/);
    expect(xml).toContain('<a:t>Mijn grafiek</a:t>');
    expect(xml).toMatch(/<c:val><c:numRef><c:f>(&apos;|')Mijn grafiek(&apos;|')!\$B\$2:\$B\$4<\/c:f><c:numCache>.*<c:pt idx="0"><c:v>4<\/c:v><\/c:pt><c:pt idx="1"><c:v>7<\/c:v><\/c:pt><c:pt idx="2"><c:v>5<\/c:v><\/c:pt><\/c:numCache>/);
  });
});

describe('a file with a part we cannot handle', () => {
  test('gets a Dutch message naming the part and what to do, and nothing is written', async () => {
    const zip = await JSZip.loadAsync(readFileSync(extras));
    zip.remove('xl/tables/table1.xml');
    const f = file('zonder-tabel.xlsx');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    writeFileSync(f, bytes);
    for (const command of ['check', 'flag', 'init']) {
      const result = await run(command, f);
      expect(result.code).toBe(2);
      expect(result.err).toContain('xl/tables/table1.xml');
      expect(result.err).toContain('Open het bestand in Excel');
      expect(result.err).not.toMatch(/beschadigd|alleen-lezen|Cannot|undefined/);
      expect(readFileSync(f).equals(Buffer.from(bytes))).toBe(true);
    }
  });
});
