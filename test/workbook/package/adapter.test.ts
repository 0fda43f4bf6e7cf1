// The xlsx adapter on packages made by hand where the contract suite's own files cannot show a
// case: parts as other writers leave them, edited between a save and the next load.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Edit } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';

type Files = Record<string, Uint8Array>;

/** A new workbook with these edits, saved. */
async function made(edits: Edit[]): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply(edits);
  return wb.save();
}

/** The package with `change` made to its parts (text in, text out; undefined removes the part). */
function edited(bytes: Uint8Array, change: (files: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const texts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  change(texts);
  const out: Files = {};
  for (const [name, text] of Object.entries(texts)) if (text !== undefined) out[name] = strToU8(text);
  return zipSync(out);
}

const files = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

const DATA: Edit[] = [
  { kind: 'addSheet', sheet: 'Data' },
  { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Code', 'Naam'], rows: [['A', 'Een']] },
];

describe('sheets added to a loaded workbook', () => {
  // The workbook part of registries from earlier releases has no <bookViews>: the open tab moved
  // (a sheet went before it) and the sheets changed, and the part came back with its old <sheets>
  // behind the new ones, so the next load saw the old list. WorkbookPart.toXml put the bookViews it
  // added at the place of <sheets> after the replaced element; see the report of issue 17 (f1).
  test.failing('come back after save and load, with their tables, in a workbook part without bookViews', async () => {
    const old = edited(await made(DATA), (f) => {
      f['xl/workbook.xml'] = f['xl/workbook.xml'].replace(/<bookViews>[\s\S]*?<\/bookViews>/, '');
    });
    const wb = await XlsxWorkbook.load(old);
    await wb.apply([
      { kind: 'addSheet', sheet: 'Start', position: 0 },
      { kind: 'addSheet', sheet: 'Opvolging' },
      { kind: 'addTable', sheet: 'Opvolging', table: 'tblOpvolging', at: 'A1', columns: ['Wat'], rows: [['x']] },
    ]);
    const again = await XlsxWorkbook.load(await wb.save());
    const info = await again.info();
    expect(info.sheets.map((s) => s.name)).toEqual(['Start', 'Data', 'Opvolging']);
    expect(info.tables.map((t) => [t.name, t.sheet])).toEqual([
      ['tblData', 'Data'],
      ['tblOpvolging', 'Opvolging'],
    ]);
    expect(files(await again.save())['xl/workbook.xml'].match(/<sheets\b/g)).toHaveLength(1);
  });
});
