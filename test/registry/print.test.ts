// The sheets people print (Overzicht, Controle, Rondes, and an update form) as LibreOffice prints the
// demo after Toets aan normen, Controleer --controleblad and a round: A4 landscape, every column on the page width
// (a column cut off would land on pages of its own, without the first column), the header row on
// every page, and the municipality and sheet above each page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run } from '../helpers/cli';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { newOwnedTable, ownedCaptions, printHeader } from '../../src/registry/ownedLayout';
import { writeDemo } from '../../src/registry/demo';
import { ownedTables, tableSpec } from '../../src/registry/schema';
import { startRound } from '../../src/rounds';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import type { CellInput } from '../../src/workbook/port';

jest.setTimeout(240_000);
const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

/** Each page: its size in points and its text. */
function pages(pdf: string): { size: number[]; text: string }[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  return sizes.map((size, i) => ({ size, text: texts[i].replace(/\s+/g, ' ') }));
}

test('Overzicht, Controle and Rondes print on A4 landscape with every column on the page and the header row on each page', async () => {
  const registry = file('demo.xlsx');
  expect((await run('demo', registry)).code).toBe(0);
  expect((await run('toets', registry, '--datum', '23/11/2026')).code).toBe(0);
  expect((await run('ronde', 'start', registry, '--periode', '2026-S2', '--in-register')).code).toBe(0);
  // Enough findings for Controle to run over several pages: an unknown owner on many indicators.
  const wb = await XlsxWorkbook.load(readFileSync(registry));
  const [indicators] = await wb.readTables(['tblIndicatoren']);
  const owner = indicators.columns.indexOf('Eigenaar');
  const rows: CellInput[][] = Array.from({ length: 60 }, (_, i) => indicators.columns.map((c, j) => (j === 0 ? `IND-${900 + i}` : j === owner ? 'Onbekende dienst' : c === 'Naam' ? `Proef ${i}` : null)));
  await wb.apply([{ kind: 'appendRows', table: 'tblIndicatoren', rows }]);
  writeFileSync(registry, await wb.save());
  expect((await run('controleer', registry, '--controleblad')).code).toBe(1);

  // The operations set the print layout on their sheets in the registry.
  const done = await XlsxWorkbook.load(readFileSync(registry));
  const printed = ownedTables.filter((t) => t.printed);
  expect(printed.map((t) => t.sheet)).toEqual(['Controle', 'Overzicht', 'Rondes']);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(readFileSync(registry) as unknown as ExcelJS.Buffer);
  for (const spec of printed) {
    const setup = saved.getWorksheet(spec.sheet)!;
    expect({ sheet: spec.sheet, ...setup.pageSetup, header: setup.headerFooter.oddHeader }).toMatchObject({ sheet: spec.sheet, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', header: `&C${printHeader('Gent', spec.sheet)}` });
  }

  // Those sheets with their rows, alone in a workbook (the whole registry takes LibreOffice too long).
  const alone = XlsxWorkbook.create();
  const tables = await done.readTables(printed.map((t) => t.table));
  for (const [i, spec] of printed.entries()) await alone.apply(newOwnedTable(await alone.info(), spec, tables[i].rows, 'Gent'));
  writeFileSync(file('printed.xlsx'), await alone.save());
  const pdf = await sofficeConvert(file('printed.xlsx'), 'pdf', path.join(dir(), 'pdf'));
  const all = pages(pdf);
  for (const spec of printed) {
    const header = printHeader('Gent', spec.sheet);
    const own = all.filter((p) => p.text.includes(header));
    const visible = ownedCaptions(spec).filter((_, i) => !spec.columns[i].hidden);
    const [first, last] = [visible[0], visible[visible.length - 1]];
    expect({ sheet: spec.sheet, pages: own.length > 0 }).toEqual({ sheet: spec.sheet, pages: true });
    for (const page of own) {
      expect({ sheet: spec.sheet, size: page.size }).toEqual({ sheet: spec.sheet, size: [842, 595] });
      // The header row repeats, with the first and the last column on the same page: nothing cut.
      expect({ sheet: spec.sheet, first: page.text.includes(first), last: page.text.includes(last) }).toEqual({ sheet: spec.sheet, first: true, last: true });
    }
    if (spec.key === 'control') expect(own.length).toBeGreaterThan(1);
  }
  // Every page belongs to one of them (the sheet's blank first page would not).
  expect(all.every((p) => printed.some((t) => p.text.includes(printHeader('Gent', t.sheet))))).toBe(true);
});

test('an update form prints on A4 landscape with every visible column on the page, its header row on each page and the round above it', async () => {
  // The demo with 150 more series of IND-003 (one per dimension), each asked of Groen: a form of several pages.
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const spec = tableSpec('measurements');
  const row = (i: number) => spec.columns.map((c) => ({ indicator: 'IND-003', area: '44021', period: '2025', dimension: `reeks ${i}`, value: 0.4, unit: 'km' })[c.key as 'indicator'] ?? null);
  await registry.apply([{ kind: 'appendRows', table: spec.table, rows: Array.from({ length: 150 }, (_, i) => row(i)) }]);
  const { forms } = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now: new Date('2026-11-23T10:00:00') });
  const form = XlsxWorkbook.create();
  await form.apply(forms[0].file!.edits);
  writeFileSync(file('form.xlsx'), await form.save());

  const [table] = await form.readTables(['tblUpdate']);
  expect(table.rows.length).toBeGreaterThan(150);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(readFileSync(file('form.xlsx')) as unknown as ExcelJS.Buffer);
  const header = 'Gent (44021) – Halfjaarlijkse update 2026-S2, dienst Groen';
  expect({ ...saved.worksheets[0].pageSetup, header: saved.worksheets[0].headerFooter.oddHeader }).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${table.firstRow - 1}:${table.firstRow - 1}`, header: `&C${header}` });

  const all = pages(await sofficeConvert(file('form.xlsx'), 'pdf', path.join(dir(), 'form-pdf')));
  expect(all.length).toBeGreaterThan(1);
  for (const [i, page] of all.entries()) {
    expect({ page: i, size: page.size, header: page.text.includes(header) }).toEqual({ page: i, size: [842, 595], header: true });
    // The table's header row on every page, from its first column to the last one staff see.
    expect({ page: i, first: page.text.includes('Indicator Naam Definitie'), last: page.text.includes('Open bijsturing') }).toEqual({ page: i, first: true, last: true });
  }
  // The hidden columns of the live colours are not printed.
  expect(all.some((p) => p.text.includes('Operator'))).toBe(false);
});
