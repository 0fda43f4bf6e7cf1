/** @jest-environment jsdom */
// Rapport on the real domain: the demo after Toets aan normen, the report made from the pane, the
// .docx offered for download, the Rapport sheet written only when asked; a half-year that is none
// is refused before anything runs, and a report that cannot be made writes nothing.

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { flagRegistry } from '../../src/norms';
import { writeDemo } from '../../src/registry/demo';
import { offerDownload } from '../../src/taskpane/download';
import { defaultReportPeriod } from '../../src/taskpane/loadReport';
import { ReportPanel } from '../../src/taskpane/ReportPanel';
import type { Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { renderPane } from './renderPane';

jest.mock('../../src/taskpane/download', () => ({ offerDownload: jest.fn() }));
const download = offerDownload as jest.MockedFunction<typeof offerDownload>;
const today = new Date('2027-01-12T10:00:00');

/** The demo after Toets aan normen, with every apply counted. */
async function demo(): Promise<{ wb: WorkbookPort; applied: Edit[][] }> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  await flagRegistry(wb, { now: today });
  const applied: Edit[][] = [];
  const watched: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, { apply: (edits: Edit[]) => (applied.push(edits), wb.apply(edits)) });
  return { wb: watched, applied };
}

beforeEach(() => jest.resetAllMocks());

test('the default half-year is the one the last round asked', () => {
  expect(defaultReportPeriod(new Date('2027-01-12T10:00:00'))).toBe('2026-S2');
  expect(defaultReportPeriod(new Date('2026-12-06T10:00:00'))).toBe('2026-S2');
  expect(defaultReportPeriod(new Date('2026-07-20T10:00:00'))).toBe('2026-S1');
});

test('makes the report: a .docx download with the tree, the summary on screen, and no sheet unless asked', async () => {
  const { wb, applied } = await demo();
  renderPane(<ReportPanel workbook={wb} today={today} />);
  expect((screen.getByRole('textbox', { name: /Halfjaar/ }) as HTMLInputElement).value).toBe('2026-S2');
  fireEvent.click(screen.getByRole('button', { name: 'Maak het rapport' }));
  await screen.findByText('Het rapport van 2026-S2 is gemaakt en gedownload als Halfjaarrapport 2026-S2.docx.');
  expect(download).toHaveBeenCalledTimes(1);
  const [bytes, name, type] = download.mock.calls[0];
  expect([name, type]).toEqual(['Halfjaarrapport 2026-S2.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  expect(xml.indexOf('BD1 Een gezonde leefomgeving')).toBeGreaterThan(0);
  expect(xml.indexOf('BD2 Energiezuinig')).toBeGreaterThan(xml.indexOf('BD1 Een gezonde leefomgeving'));
  expect(applied).toEqual([]);
  const summary = screen.getByTestId('report-summary');
  expect(summary.textContent).toContain('Afwijkingen zonder bijsturing');
  expect(screen.getByTestId('report-statuses').textContent).toContain('Afwijking');
});

test('with the sheet asked, the Rapport sheet is written in one apply; for the council only the marked indicators', async () => {
  const { wb, applied } = await demo();
  renderPane(<ReportPanel workbook={wb} today={today} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /blad Rapport/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /gemeenteraad/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Maak het rapport' }));
  await screen.findByText(/Het blad Rapport in deze werkmap is bijgewerkt\./);
  expect(applied).toHaveLength(1);
  expect((await wb.info()).tables.map((t) => t.name)).toContain('tblRapport');
  const [bytes, name] = download.mock.calls[0];
  expect(name).toBe('Halfjaarrapport 2026-S2 gemeenteraad.docx');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  expect(xml).toContain('IND-001 Geluidsdruk gevel'); // Naar de raad: ja
  expect(xml).not.toContain('IND-004'); // nee
});

test('a half-year that is none is refused before anything runs; a workbook that is no registry gets the reason, and nothing is written', async () => {
  const { wb, applied } = await demo();
  const view = renderPane(<ReportPanel workbook={wb} today={today} />);
  fireEvent.change(screen.getByRole('textbox', { name: /Halfjaar/ }), { target: { value: '2026' } });
  expect(screen.getByText('Schrijf de periode als jaar-S1 of jaar-S2, bijvoorbeeld 2026-S2.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Maak het rapport' }));
  expect(screen.queryByText('Het rapport wordt gemaakt…')).toBeNull();
  view.unmount();

  const empty = XlsxWorkbook.create();
  const apply = jest.spyOn(empty, 'apply');
  renderPane(<ReportPanel workbook={empty} today={today} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /blad Rapport/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Maak het rapport' }));
  await waitFor(() => expect(screen.getByText(/^Deze werkmap is geen register: de instellingen van het register/)).toBeTruthy());
  expect(download).not.toHaveBeenCalled();
  expect(apply).not.toHaveBeenCalled();
  expect(applied).toEqual([]);
});
