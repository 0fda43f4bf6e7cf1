// The form as staff see it (issue 19 §4): the norm text wraps inside its column instead of running
// over the input cell beside it, the instruction is a few short lines in column A, and the round's
// ID stands in a hidden column where merge still reads it.
import ExcelJS from 'exceljs';
import { writeDemo } from '../../src/registry/demo';
import { startRound } from '../../src/rounds';
import { ownedCaptions } from '../../src/registry/ownedLayout';
import { ownedTable } from '../../src/registry/schema';
import { ROUND_ID_CELL, readForms } from '../../src/rounds/form';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const now = new Date('2027-01-10T10:00:00');

test('the norm wraps, the instruction is short lines, the round ID is hidden but read back', async () => {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const started = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
  const form = XlsxWorkbook.create();
  await form.apply(started.forms[0].file!.edits);
  const bytes = await form.save();

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Update')!;
  const header = sheet.getRow(8).values as unknown[];
  const letter = (caption: string) => sheet.getColumn(header.indexOf(caption)).letter;
  for (const caption of ['Norm', 'Definitie', 'Vorige waarden', 'Toelichting', 'Bijsturing', 'Open bijsturing']) {
    expect([caption, sheet.getColumn(letter(caption)).alignment?.wrapText]).toEqual([caption, true]);
  }
  // A and Nieuwe waarde hold short values and do not wrap: the instruction lines in A run on to the right.
  expect(sheet.getColumn('A').alignment?.wrapText).toBeFalsy();
  const lines = [5, 6, 7].map((r) => String(sheet.getCell(`A${r}`).value));
  expect(lines.every((l) => l.length > 40 && l.length <= 110)).toBe(true);
  expect(lines[0]).toMatch(/^Vul per rij de Nieuwe waarde in/);

  // The ID is not among the visible header lines, but in a hidden column.
  const visible = [1, 2, 3, 4, 5, 6, 7].flatMap((r) => [sheet.getCell(`A${r}`).value, sheet.getCell(`B${r}`).value]);
  expect(visible).not.toContain(started.roundId);
  expect(sheet.getCell(ROUND_ID_CELL.value).value).toBe(started.roundId);
  expect(sheet.getColumn(ROUND_ID_CELL.value.replace(/\d+$/, '')).hidden).toBe(true);
  const [read] = await readForms(await XlsxWorkbook.load(bytes));
  expect(read.header).toEqual({ period: '2026-S2', owner: 'Milieu', registry: 'Gent (44021)', roundId: started.roundId });
});

test('the form\'s two tables are laid out as the schema describes them (issue 18 §4): captions, widths, hidden, wrapped and input columns', async () => {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  const form = XlsxWorkbook.create();
  await form.apply(started.forms[0].file!.edits);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await form.save()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Update')!;
  const [update, progress] = (['updateForm', 'progressForm'] as const).map(ownedTable);
  const tables = await form.readTables([update.table, progress.table]);
  expect(tables.map((t) => t.columns)).toEqual([ownedCaptions(update), ownedCaptions(progress)]);
  const widest = (i: number) => Math.max(...[update, progress].map((s) => s.columns[i]?.width ?? 0));
  update.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    // ExcelJS leaves a width of 9, its default, out of the file and reads it back as none.
    expect({ caption: c.caption, width: column.width ?? 9, hidden: column.hidden, wrap: !!column.alignment?.wrapText }).toEqual({
      caption: c.caption,
      width: widest(i),
      hidden: !!c.hidden,
      wrap: !!(c.wrap || progress.columns[i]?.wrap),
    });
  });
  // Only the input columns of each table can be typed in.
  for (const [spec, t] of [update, progress].map((s, i) => [s, tables[i]] as const)) {
    spec.columns.forEach((c, i) => {
      const cell = sheet.getCell(t.firstRow, i + 1);
      expect({ table: spec.table, caption: c.caption, locked: cell.protection?.locked !== false }).toEqual({ table: spec.table, caption: c.caption, locked: !c.input });
    });
  }
});
