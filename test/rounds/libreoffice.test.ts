// An update form as a staff member without Excel or the add-in gets it: LibreOffice opens it, shows
// the form, colours a deviating value and a blank input cell by the form's own conditional formats,
// and a form it saves again keeps its table, the Nieuwe waarde validation and colours, and merges.
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOOK } from '../../src/norms/status';
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound, type StartedForm } from '../../src/rounds';
import type { CellInput } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const now = new Date('2027-01-10T10:00:00');
const DEVIATION = LOOK.deviation.fill.toUpperCase();
const BLANK_INPUT = '#FFF2CC';

/**
 * Milieu's form of 2026-S2 as a file, with `values` typed into Nieuwe waarde by `indicator area`:
 * IND-001 S-PARKSTRAAT has the norm max. 48 dB(A), IND-002 44021 toename max. 0 % against 11,8 %.
 */
async function formFile(form: StartedForm, name: string, values: Record<string, CellInput>): Promise<string> {
  const wb = XlsxWorkbook.create();
  await wb.apply(form.file!.edits);
  const [t] = await wb.readTables(['tblUpdate']);
  const cells = t.rows.flatMap((r, row) => {
    const value = values[`${r[0]} ${r[t.columns.indexOf('Gebied')]}`];
    return value === undefined ? [] : [{ row, column: 'Nieuwe waarde', value }];
  });
  expect(cells).toHaveLength(Object.keys(values).length);
  await wb.apply([{ kind: 'updateCells', table: 'tblUpdate', cells }]);
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  return file;
}

/** The rows of LibreOffice's HTML export: each cell's text and background colour. */
function htmlRows(html: string): { text: string; colour: string }[][] {
  return [...html.matchAll(/<tr.*?<\/tr>/gis)].map(([row]) =>
    [...row.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toUpperCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() })),
  );
}

/** The Nieuwe waarde cell's text and colour per form row, by `indicator area`. */
function inputCells(html: string): Record<string, { text: string; colour: string }> {
  const rows = htmlRows(html);
  const header = rows.findIndex((r) => r[0]?.text === 'Indicator');
  const [value, area] = ['Nieuwe waarde', 'Gebied'].map((caption) => rows[header].findIndex((c) => c.text === caption));
  return Object.fromEntries(rows.slice(header + 1).map((r) => [`${r[0].text} ${r[area].text}`, r[value]]));
}

let started: Awaited<ReturnType<typeof startRound>>;
let registry: XlsxWorkbook;

beforeAll(async () => {
  registry = XlsxWorkbook.create();
  await writeDemo(registry);
  await registry.apply([OWN_SURVEY]);
  started = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
});

test('LibreOffice shows the form and colours a deviating value and the blank input cells', async () => {
  const [milieu] = started.forms;
  // 52 dB(A) breaches max. 48; IND-002 is left blank. Then a form with values within the norms.
  const deviating = await formFile(milieu, 'afwijkend', { 'IND-001 S-PARKSTRAAT': 52 });
  const within = await formFile(milieu, 'binnen', { 'IND-001 S-PARKSTRAAT': 47, 'IND-002 44021': 11.5 });
  const [a, b] = await Promise.all([sofficeConvert(deviating, 'html', path.join(dir(), 'html-a')), sofficeConvert(within, 'html', path.join(dir(), 'html-b'))]);
  const html = readFileSync(a, 'utf8');

  expect(html).toContain('Halfjaarlijkse update 2026-S2: dienst Milieu');
  expect(html).toContain('Geluidsdruk gevel');
  expect(html).toContain('Slaapverstoorden');
  expect(html).toContain('norm max. 48 dB(A) (NRM-001');
  // The round's ID is for merge, in a hidden column: staff do not see it (the next test merges it).
  expect(html).not.toContain(started.roundId);
  // The instruction is a few short lines, not one of 300 characters.
  const instruction = htmlRows(html).filter((r) => /^(Vul per rij|Rood:|Laat leeg)/.test(r[0]?.text ?? ''));
  expect(instruction.map((r) => r[0].text.length <= 110)).toEqual([true, true, true]);
  // The hidden test columns (Status … Schaal) are not shown.
  expect(htmlRows(html).find((r) => r[0]?.text === 'Indicator')!.map((c) => c.text).slice(-5)).toEqual(['Nieuwe waarde', 'Toelichting', 'Bijsturing', 'Bijsturing afgerond', 'Open bijsturing']);

  const cells = inputCells(html);
  expect(cells['IND-001 S-PARKSTRAAT']).toEqual({ text: '52', colour: DEVIATION });
  expect(cells['IND-002 44021']).toEqual({ text: '', colour: BLANK_INPUT });
  // Every input cell left blank is yellow.
  expect(Object.values(cells).filter((c) => c.text === '').every((c) => c.colour === BLANK_INPUT)).toBe(true);
  // 47 dB(A) is within max. 48, 11,5 % is no rise against 11,8 % (toename max. 0 %): no colour at all.
  const within2 = inputCells(readFileSync(b, 'utf8'));
  expect([within2['IND-001 S-PARKSTRAAT'], within2['IND-002 44021']]).toEqual([
    { text: '47', colour: 'none' },
    { text: '11.5', colour: 'none' },
  ]);
});

test('a form LibreOffice saved again keeps its table, validation, colours and protection, and merges', async () => {
  const [milieu] = started.forms;
  const original = XlsxWorkbook.create();
  await original.apply(milieu.file!.edits);
  const file = await formFile(milieu, 'Update 2026-S2 Milieu', { 'IND-001 S-PARKSTRAAT': 52 });
  const resaved = await sofficeConvert(file, 'xlsx', path.join(dir(), 'libreoffice'));
  const bytes = readFileSync(resaved);
  const wb = await XlsxWorkbook.load(bytes);

  const info = await wb.info();
  const table = info.tables.find((t) => t.name === 'tblUpdate');
  const sent = (await original.info()).tables[0];
  expect(table).toMatchObject({ sheet: 'Update', address: sent.address, columns: sent.columns });
  const last = sent.address.split(':')[1].replace(/\D/g, '');
  const [rules] = await wb.readColumnRules('tblUpdate', ['Nieuwe waarde']);
  const [want] = await original.readColumnRules('tblUpdate', ['Nieuwe waarde']);
  expect(rules.validation).toEqual(want.validation);
  expect(rules.validation?.rule).toMatchObject({ type: 'custom', formula: expect.stringContaining('ISNUMBER(K9)') });
  // LibreOffice writes the relative margin of the % rules, 1E-9, as 0.000000001: the same number.
  expect(rules.formats).toEqual(want.formats.map((f) => ({ ...f, formula: f.formula.replace(/1E-9/g, '0.000000001') })));
  expect(rules.formats.at(-1)).toEqual({ formula: 'ISBLANK($K9)', fill: BLANK_INPUT });
  expect(rules.formats.filter((f) => f.fill === LOOK.deviation.fill).length).toBeGreaterThanOrEqual(10);

  // What the port does not read back, checked in the file itself:
  // - protection: LibreOffice keeps it, writing `sheet="true"` and `locked="false"` (info() reads the
  //   sheet as protected); the input cells stay the only unlocked ones.
  // - the Toelichting input help (a validation of any value): LibreOffice writes it as type="none",
  //   the OOXML name of "any value", which the xlsx adapter reads back as no validation at all.
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  expect(info.sheets[0].protected).toBe(true);
  expect(sheet).toMatch(/<sheetProtection [^>]*sheet="(true|1)"/);
  const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>(.*?)<\/xf>/gs)].map((m) => /locked="(true|1)"/.test(m[1]) || !/locked=/.test(m[1]));
  const locked = (cell: string) => xfs[Number(new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(sheet)?.[1] ?? 0)];
  expect(['K9', `K${last}`, 'L9', `L${last}`, 'M9', `M${last}`, 'N9', `N${last}`].map(locked)).toEqual([false, false, false, false, false, false, false, false]);
  expect(['A9', 'B2', `J${last}`, 'K8'].map(locked)).toEqual([true, true, true, true]);
  expect(sheet).toMatch(new RegExp(`<dataValidation [^>]*promptTitle="Toelichting"[^>]*sqref="L9:L${last}"`));
  expect(sheet).toMatch(/<col [^>]*hidden="(true|1)"[^>]*max="21" min="16"/);

  // The value typed before LibreOffice saved the file merges like any other.
  const result = await mergeForms(registry, [{ name: path.basename(resaved), wb }], { now });
  expect(result).toMatchObject({ forms: 1, accepted: 1, rejected: [], conflicts: 0 });
  expect(result.owners).toEqual([expect.objectContaining({ owner: 'Milieu', filled: 1, deviations: 1, status: 'onvolledig' })]);
  expect(result.owners[0].missing).not.toContain('IND-001 | S-PARKSTRAAT | 2026-S2');
});
