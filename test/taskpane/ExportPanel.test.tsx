/** @jest-environment jsdom */
// Export in each state: before, while exporting, done (a zip offered for download, the tables and
// the check counts), and failed. The real export runs on the demo registry in memory; what the screen
// must show is what the same export gives on the same day. Only the browser's download is replaced,
// and failures are brought in by a call that fails.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { exportRegistry } from '../../src/export';
import { offerDownload } from '../../src/taskpane/download';
import { EXPORT_ZIP, ExportPanel } from '../../src/taskpane/ExportPanel';
import { catalogue } from '../../src/taskpane/messages';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useFixedClock } from '../helpers/clock';
import { NOW } from '../norms/helpers';
import { pending, renderPane } from './renderPane';
import { demoFile, typeInto, withCalls } from './workbooks';

jest.mock('../../src/taskpane/download', () => ({ offerDownload: jest.fn() }));

const nl = catalogue.nl;
const download = offerDownload as jest.MockedFunction<typeof offerDownload>;
const button = () => screen.getByRole('button', { name: 'Exporteer en download' });
/** The tables on screen, as "file rows". */
const shownTables = () =>
  within(screen.getByTestId('export-tables'))
    .getAllByRole('definition')
    .map((dd) => `${dd.previousElementSibling?.textContent} ${dd.textContent}`);

useFixedClock(NOW);

beforeEach(() => {
  download.mockReset();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before exporting: the formats, CSV chosen, and the button', async () => {
  const reads = jest.fn();
  const wb = await demoFile();
  renderPane(<ExportPanel workbook={withCalls(wb, { readTables: async (names) => (reads(), wb.readTables(names)) })} />);
  expect((screen.getByRole('radio', { name: 'CSV (opent overal)' }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole('radio', { name: /Parquet/ })).toBeTruthy();
  expect(button().hasAttribute('disabled')).toBe(false);
  expect(screen.queryByTestId('export-result')).toBeNull();
  expect(reads).not.toHaveBeenCalled();
});

test('exporting as Parquet: working, then a zip of the export’s files, the tables and the check result', async () => {
  const wb = await demoFile();
  // A mistake typed into the demo, so the export reports the check's error beside the tables.
  await typeInto(wb, 'tblIndicatoren', 'IND-002', 'Naam', null);
  const gate = pending<void>();
  renderPane(<ExportPanel workbook={withCalls(wb, { readTables: async (names, formats) => (await gate.promise, wb.readTables(names, formats)) })} />);
  fireEvent.click(screen.getByRole('radio', { name: /Parquet/ }));
  fireEvent.click(button());
  expect(await screen.findByText('De export wordt gemaakt…')).toBeTruthy();
  expect(button().hasAttribute('disabled')).toBe(true);
  await act(async () => gate.resolve());
  await screen.findByTestId('export-result');

  const { files, summary } = await exportRegistry(wb, { format: 'parquet', checks: true, now: NOW });
  expect(summary.checks).toEqual({ errors: 1, warnings: 0 });
  expect(download).toHaveBeenCalledTimes(1);
  const [zip, name, type] = download.mock.calls[0];
  expect([name, type]).toEqual([EXPORT_ZIP, 'application/zip']);
  const unzipped = unzipSync(zip as Uint8Array);
  expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
  expect(Object.keys(unzipped).filter((p) => p.endsWith('.parquet'))).toHaveLength(summary.tables.length);
  const measurements = summary.tables.find((t) => t.table === 'tblMetingen')!;
  expect(unzipped[measurements.path]).toEqual(files.find((f) => f.path === measurements.path)!.data);

  expect(screen.getByTestId('export-result').textContent).toBe(`${nl.exportDone(summary.tables.length, EXPORT_ZIP)} ${nl.exportChecks(summary.checks)}`);
  expect(screen.getByTestId('export-result').textContent).toMatch(/de controle vond 1 fout/);
  expect(shownTables()).toEqual(summary.tables.map((t) => `${t.path} ${nl.number(t.rows)}`));
  expect(screen.getByRole('heading', { name: 'Rijen per bestand' })).toBeTruthy();
});

test('a workbook that is no registry gets the export’s own Dutch words; nothing is downloaded', async () => {
  const empty = XlsxWorkbook.create();
  const refused = await exportRegistry(empty).then(() => null, (e: Error) => e.message);
  expect(refused).toMatch(/^deze werkmap is geen register: /);
  renderPane(<ExportPanel workbook={empty} />);
  fireEvent.click(button());
  expect(await screen.findByText(refused!.replace(/^d/, 'D'))).toBeTruthy();
  expect(download).not.toHaveBeenCalled();
});

test('an unexpected failure: the plain fallback, never the exception', async () => {
  const wb = await demoFile();
  renderPane(<ExportPanel workbook={withCalls(wb, { readTables: async () => Promise.reject(new Error('crypto.subtle is undefined')) })} />);
  fireEvent.click(button());
  expect(await screen.findByText(/De export lukte niet/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('crypto');
  expect(download).not.toHaveBeenCalled();
});
