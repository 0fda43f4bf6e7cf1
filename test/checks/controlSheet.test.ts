// The Controle sheet and the marks, as a user sees them: the findings table with links, and the
// offending cells coloured by conditional formatting, which LibreOffice renders without any add-in.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkRegistry } from '../../src/checks';
import { CONTROL_TABLE, markFormats, writeControlSheet } from '../../src/checks/controlSheet';
import { main } from '../../src/cli/main';
import { writeDemo } from '../../src/registry/demo';
import type { Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const now = new Date('2026-11-23T12:00:00Z');
const wrongIndicator: Edit = { kind: 'updateCells', table: 'tblNormen', cells: [{ row: 0, column: 'Indicator', value: 'IND-099' }] };
const noOwner: Edit = { kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row: 0, column: 'Eigenaar', value: null }] };

async function checked(edits: Edit[], start?: XlsxWorkbook) {
  let wb = start;
  if (!wb) {
    wb = XlsxWorkbook.create();
    await writeDemo(wb);
  }
  await wb.apply(edits);
  await writeControlSheet(wb, await checkRegistry(wb, { now }));
  return XlsxWorkbook.load(await wb.save());
}

/** The background colours LibreOffice gives the cells whose text is `text`, in its HTML export of the workbook. */
async function colours(wb: XlsxWorkbook, name: string): Promise<{ error: number; warning: number; wrongCell: string[] }> {
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
  const cells = [...html.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ attrs: m[1].toLowerCase(), text: m[2].replace(/<[^>]+>/g, '').trim() }));
  return {
    error: cells.filter((c) => c.attrs.includes('bgcolor="#ffc7ce"')).length,
    warning: cells.filter((c) => c.attrs.includes('bgcolor="#ffeb9c"')).length,
    wrongCell: cells.filter((c) => c.text === 'IND-099').map((c) => /bgcolor="([^"]+)"/.exec(c.attrs)?.[1] ?? 'none'),
  };
}

test('the Controle sheet lists each finding with a link to its cell, and the names the marks use', async () => {
  const wb = await checked([wrongIndicator, noOwner]);
  const [control] = await wb.readTables([CONTROL_TABLE]);
  expect(control.sheet).toBe('Controle');
  expect(control.columns).toEqual(['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing', 'Aanvaard door', 'Reden', 'Sleutel', 'Vingerafdruk']);
  expect(control.rows.map((r) => r.slice(0, 7))).toContainEqual(['fout', 'verwijzing.onbekend', 'Normen', 'Normen!B2', 'Indicator', expect.stringContaining('"IND-099" in Indicator staat niet in Indicatoren'), expect.stringContaining('keuzemenu')]);
  expect(control.rows.map((r) => r.slice(0, 7))).toContainEqual(['waarschuwing', 'indicator.geen-eigenaar', 'Indicatoren', 'Indicatoren!N2', 'Eigenaar', expect.any(String), expect.any(String)]);
  const { names } = await wb.info();
  expect(names).toMatchObject({ lst_ControleCellen: 'tblControle[Cel]', lst_ControleErnst: 'tblControle[Ernst]' });
  const [rules] = await wb.readColumnRules('tblNormen', ['Indicator']);
  expect(rules.formats).toEqual(markFormats('Normen'));
});

test('marks colour the offending cells in LibreOffice, and a re-check after the fix clears them', async () => {
  const first = await checked([wrongIndicator, noOwner]);
  const before = await colours(first, 'voor');
  expect(before.wrongCell).toEqual(['#ffc7ce']);
  // One coloured cell per cell the Controle table lists: red for the one error, yellow for each cell with warnings only.
  const [listed] = await first.readTables([CONTROL_TABLE]);
  const severities = new Map<string, string[]>();
  for (const [severity, , , cell] of listed.rows) if (cell) severities.set(String(cell), [...(severities.get(String(cell)) ?? []), String(severity)]);
  const warningOnly = [...severities.values()].filter((s) => !s.includes('fout')).length;
  expect(warningOnly).toBeGreaterThan(0); // the owner left out, at least
  expect(before.error).toBe(1);
  expect(before.warning).toBe(warningOnly);

  const fixed = await checked([{ kind: 'updateCells', table: 'tblNormen', cells: [{ row: 0, column: 'Indicator', value: 'IND-001' }] }], first);
  const [control] = await fixed.readTables([CONTROL_TABLE]);
  expect(control.rows.map((r) => r[1])).not.toContain('verwijzing.onbekend');
  const after = await colours(fixed, 'na');
  expect(after.error).toBe(0);
  expect(after.warning).toBe(before.warning);
});

test('check --controleblad writes the sheet into the file; without it the file is left alone', async () => {
  const file = path.join(dir(), 'cli.xlsx');
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await main(['node', 'beleidsregister', 'demo', file], quiet)).toBe(0);
  const untouched = readFileSync(file);
  expect(await main(['node', 'beleidsregister', 'check', file], quiet)).toBe(0);
  expect(readFileSync(file).equals(untouched)).toBe(true);
  expect(await main(['node', 'beleidsregister', 'check', file, '--controleblad'], quiet)).toBe(0);
  const wb = await XlsxWorkbook.load(readFileSync(file));
  expect((await wb.info()).tables.map((t) => t.name)).toContain(CONTROL_TABLE);
});
