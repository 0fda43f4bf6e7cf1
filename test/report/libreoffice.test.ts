// The report as LibreOffice prints it: the .docx of the demo after Toets aan normen converts to PDF
// on A4 landscape and holds every beleidsdoelstelling in tree order with its indicators, statuses,
// the Bijsturing and chart images; --raad holds only the marked indicators; the Rapport sheet prints
// on A4 landscape, all columns on the page width, a page per beleidsdoelstelling.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../helpers/cli';
import { readReport, reportSheetEdits } from '../../src/report';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

jest.setTimeout(240_000);
const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

const run = runCli;

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pdfPages = (pdf: string) => {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) };
};
/** The texts must all be in `text`, each after the one before; the ones not found so are listed. */
const inOrder = (text: string, parts: string[]) => {
  let at = 0;
  const lost: string[] = [];
  for (const part of parts) {
    const found = text.indexOf(part, at);
    if (found < 0) lost.push(part);
    else at = found + part.length;
  }
  expect(lost).toEqual([]);
};

beforeAll(async () => {
  expect((await run('demo', file('demo.xlsx'))).code).toBe(0);
  expect((await run('flag', file('demo.xlsx'), '--datum', '23/11/2026')).code).toBe(0);
});

test('the Word document of the demo opens in LibreOffice with the tree, the statuses, the Bijsturing and the charts', async () => {
  const result = await run('rapport', file('demo.xlsx'), '--periode', '2026-S1', '--out', file('rapport.docx'));
  expect(result).toMatchObject({ code: 0, err: '' });
  expect(result.out).toContain('Geschreven: ');
  const parts = unzipSync(readFileSync(file('rapport.docx')));
  const images = Object.keys(parts).filter((p) => p.startsWith('word/media/') && p.endsWith('.png'));
  expect(images.length).toBeGreaterThanOrEqual(3);

  const pdf = await sofficeConvert(file('rapport.docx'), 'pdf', path.join(dir(), 'pdf'));
  const { pages, size } = pdfPages(pdf);
  expect(size.map(Math.round)).toEqual([842, 595]);
  expect(pages).toBeGreaterThanOrEqual(3);
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  inOrder(text, [
    'Halfjaarrapport 2026-S1, Gent (44021)',
    'Samenvatting',
    'BD1 Een gezonde leefomgeving voor iedereen',
    'AP1.1 Minder geluidshinder door verkeer',
    'IND-002',
    'AC1.1.1 Stil asfalt in drukke woonstraten',
    'IND-001',
    'AP1.2 Meer groen dichtbij',
    'AC1.2.1 Groene speelplaatsen',
    'IND-003',
    'Bijsturing: Open (2025): De twee pocketparken',
    'BD2 Energiezuinig en betaalbaar wonen',
    'AC2.1.1 Renovatiebegeleiding en premie',
    'IND-004',
  ]);
  for (const status of ['Afwijking', 'Niet op koers', 'Opvallend', 'Geen norm', 'OK']) expect(text).toContain(status);
  // Each chart has alt text for readers who cannot see it.
  expect(strFromU8(parts['word/document.xml'])).toContain('descr="Waarden van 2023-S2 tot 2025-S2: 52,1 dB(A), 51,8 dB(A)');
});

test('--raad holds only the indicators marked Naar de raad, and their objectives', async () => {
  expect((await run('rapport', file('demo.xlsx'), '--periode', '2026-S1', '--out', file('raad.docx'), '--raad')).code).toBe(0);
  const text = pdfText(await sofficeConvert(file('raad.docx'), 'pdf', path.join(dir(), 'pdf'))).replace(/\s+/g, ' ');
  expect(text).toContain('Halfjaarrapport 2026-S1 voor de gemeenteraad');
  inOrder(text, ['BD1 Een gezonde leefomgeving', 'AC1.1.1', 'IND-001', 'AC1.2.1', 'IND-003']);
  for (const gone of ['IND-002', 'IND-004', 'BD2', 'AP2.1']) expect(text).not.toContain(gone);
});

test('the Rapport sheet prints on A4 landscape with every column on the page: a page per beleidsdoelstelling', async () => {
  // The sheet alone in a workbook, so the PDF holds only its pages; the edits are those of --blad.
  const report = await readReport(await XlsxWorkbook.load(readFileSync(file('demo.xlsx'))), { period: '2026-S1' });
  const alone = XlsxWorkbook.create();
  await alone.apply(reportSheetEdits(await alone.info(), report));
  writeFileSync(file('rapportblad.xlsx'), await alone.save());
  const pdf = await sofficeConvert(file('rapportblad.xlsx'), 'pdf', path.join(dir(), 'pdf'));
  const { pages, size } = pdfPages(pdf);
  expect(size.map(Math.round)).toEqual([842, 595]);
  // A column cut off would put it on pages of its own: BD1 and BD2 are one page each.
  expect(pages).toBe(2);
  const [first, second] = pdfText(pdf).split('\f');
  for (const caption of ['Beleidsdoelstelling', 'Indicator', 'Status', 'Toelichting en bijsturing']) {
    expect(first).toContain(caption);
    expect(second).toContain(caption); // the print titles repeat the header
  }
  expect(first).toContain('BD1 Een gezonde');
  expect(first).not.toContain('BD2 Energiezuinig');
  expect(second).toContain('BD2 Energiezuinig');
});

test('--blad writes the Rapport sheet into the registry, and again without a second sheet', async () => {
  for (let i = 0; i < 2; i++) expect((await run('rapport', file('demo.xlsx'), '--periode', '2026-S1', '--blad')).code).toBe(0);
  const wb = await XlsxWorkbook.load(readFileSync(file('demo.xlsx')));
  const info = await wb.info();
  expect(info.sheets.filter((s) => s.name.startsWith('Rapport')).map((s) => s.name)).toEqual(['Rapport']);
  const [table] = await wb.readTables(['tblRapport']);
  expect(table.rows.map((r) => r[3])).toEqual([
    'geen indicator',
    'IND-002 Slaapverstoorden',
    'maatregel MAA-001 Stil asfalt Parkstraat',
    'IND-001 Geluidsdruk gevel',
    'IND-001 Geluidsdruk gevel',
    'geen indicator',
    'maatregel MAA-002 Bouw groene speelplaatsen',
    'IND-003 Afstand tot openbaar groen',
    'IND-003 Afstand tot openbaar groen',
    'IND-003 Afstand tot openbaar groen',
    'geen indicator',
    'geen indicator',
    'IND-004 Energielabel woningen',
    'IND-007 Bouwhoogte nieuwbouw',
  ]);
});

test('nothing is written when the report cannot be made', async () => {
  const before = readFileSync(file('demo.xlsx'));
  const bad = await run('rapport', file('demo.xlsx'), '--periode', '2026', '--out', file('nooit.docx'), '--blad');
  expect(bad).toMatchObject({ code: 2, out: '' });
  expect(bad.err).toContain('--periode 2026 is geen halfjaar');
  expect(readFileSync(file('demo.xlsx')).equals(before)).toBe(true);
  expect(() => readFileSync(file('nooit.docx'))).toThrow();
  expect((await run('rapport', file('demo.xlsx'), '--periode', '2026-S1', '--out', file('rapport.pdf'))).err).toContain('is geen .docx-bestand');
});
