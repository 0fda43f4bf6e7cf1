// The Start sheet a new coordinator opens on: the order to fill the registry in, a link to each
// sheet and what it holds, from the schema; made once by init, then left to the coordinator.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { initRegistry } from '../../src/registry/init';
import { tables } from '../../src/registry/schema';
import { FILL_ORDER, START_SHEET, fillOrderSheets } from '../../src/registry/startSheet';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { FakeExcel } from '../workbook/excel/fakeExcel';

/** A new registry as the CLI makes it, saved and read back with ExcelJS (what Excel would open). */
async function saved(): Promise<{ wb: XlsxWorkbook; file: ExcelJS.Workbook; data: Uint8Array }> {
  const made = XlsxWorkbook.create();
  await initRegistry(made, { gemeente: '44021' });
  const data = await made.save();
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(data as unknown as ExcelJS.Buffer);
  return { wb: await XlsxWorkbook.load(data), file, data };
}

test('the fill order runs from Diensten to Metingen, and each table in it refers only to tables before it or to lists', () => {
  expect(fillOrderSheets(tables)).toEqual(['Diensten', 'Werkingsgebieden', 'Dossiers', 'Besluitdocumenten', 'Doelstellingen', 'Indicatoren', 'Normen', 'Metingen']);
  FILL_ORDER.forEach((key, i) => {
    const spec = tables.find((t) => t.key === key)!;
    const later = FILL_ORDER.slice(i + 1);
    expect({ table: key, refersToLater: spec.columns.filter((c) => c.ref && later.includes(c.ref)).map((c) => c.caption) }).toEqual({ table: key, refersToLater: [] });
  });
});

test('a new registry opens on Start: the steps in order, each a link to its sheet with what the schema says it is for', async () => {
  const { wb, file, data } = await saved();
  expect(file.worksheets[0].name).toBe(START_SHEET);
  expect((await wb.info()).sheets[0].name).toBe(START_SHEET);

  const values = await wb.readRange(START_SHEET, 'A1:D40');
  const header = values.findIndex((r) => r[0] === 'Stap');
  const steps = values.slice(header + 1, header + 1 + FILL_ORDER.length);
  expect(steps.map((r) => r.slice(0, 3))).toEqual(
    FILL_ORDER.map((key, i) => {
      const spec = tables.find((t) => t.key === key)!;
      return [i + 1, spec.sheet, spec.description];
    }),
  );
  expect(steps.find((r) => r[1] === 'Normen')?.[3]).toBe('Indicatoren, Besluitdocumenten, Werkingsgebieden, Sectoren, Leefomgeving, Materiaalstromen');
  expect(steps.find((r) => r[1] === 'Diensten')?.[3]).toBeNull();
  // Every other table of the schema is listed below the steps, once.
  const listed = values.map((r) => r[1]).filter((v): v is string => typeof v === 'string');
  for (const spec of tables) expect({ sheet: spec.sheet, times: listed.filter((s) => s === spec.sheet).length }).toEqual({ sheet: spec.sheet, times: 1 });

  // The sheet names are links to the sheets: in the file, hyperlinks with a location in the workbook.
  const xml = await (await JSZip.loadAsync(data)).file('xl/worksheets/sheet1.xml')!.async('string');
  const links = new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  expect(FILL_ORDER.map((_, i) => links.get(`B${header + 2 + i}`))).toEqual(fillOrderSheets(tables).map((name) => `${name}!A1`));
});

test('in Excel too, Start comes before the sheet a new workbook starts with', async () => {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  const [blank] = (await wb.info()).sheets.map((s) => s.name);
  await initRegistry(wb, { gemeente: '44021' });
  const sheets = (await wb.info()).sheets.map((s) => s.name);
  expect(sheets.slice(0, 2)).toEqual([START_SHEET, blank]);
});

test('init makes Start once: it adds it to an older registry without one, and leaves a Start sheet that is there', async () => {
  const { wb } = await saved();
  await wb.apply([{ kind: 'writeRange', sheet: START_SHEET, at: 'F1', values: [['eigen notitie']] }]);
  const again = await initRegistry(wb);
  expect(again.added.sheets).toEqual([]);
  expect(await wb.readRange(START_SHEET, 'F1')).toEqual([['eigen notitie']]);

  // A registry made before there was a Start sheet: init adds it, in front of the sheets that are there.
  const { file } = await saved();
  file.removeWorksheet(file.getWorksheet(START_SHEET)!.id);
  const older = await XlsxWorkbook.load(new Uint8Array(await file.xlsx.writeBuffer()));
  expect((await initRegistry(older)).added.sheets).toEqual([START_SHEET]);
  const sheets = (await older.info()).sheets.map((s) => s.name);
  expect(sheets.filter((s) => s === START_SHEET)).toHaveLength(1);
  expect(sheets[0]).toBe(START_SHEET);
});
