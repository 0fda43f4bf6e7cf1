/** @jest-environment jsdom */
// Export in each state: before, while exporting, done (a zip offered for download, the tables and
// the check counts), and failed. The export and the download are fakes.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { UserError } from '../../src/errors';
import { exportRegistry, zipFiles, type ExportResult } from '../../src/export';
import { offerDownload } from '../../src/taskpane/download';
import { ExportPanel } from '../../src/taskpane/ExportPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { pending, renderPane } from './renderPane';

jest.mock('../../src/export', () => ({ exportRegistry: jest.fn(), zipFiles: jest.fn() }));
jest.mock('../../src/taskpane/download', () => ({ offerDownload: jest.fn() }));

const exportMock = exportRegistry as jest.MockedFunction<typeof exportRegistry>;
const zip = zipFiles as jest.MockedFunction<typeof zipFiles>;
const download = offerDownload as jest.MockedFunction<typeof offerDownload>;
const workbook = {} as WorkbookPort;

const exported: ExportResult = {
  files: [{ path: 'indicatoren.csv', data: new Uint8Array([1]) }],
  summary: {
    format: 'parquet',
    gemeente: { nis: '44021', naam: 'Gent' },
    schemaVersion: 3,
    created: '2026-05-01T10:00:00.000Z',
    unchanged: false,
    tables: [
      { name: 'indicatoren', sheet: 'Indicatoren', table: 'tblIndicatoren', path: 'indicatoren.parquet', rows: 5, userColumns: [] },
      { name: 'metingen', sheet: 'Metingen', table: 'tblMetingen', path: 'metingen.parquet', rows: 1204, userColumns: [] },
    ],
    checks: { errors: 2, warnings: 3 },
    findings: [],
  },
};

beforeEach(() => {
  jest.resetAllMocks();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before exporting: the formats, CSV chosen, and the button', () => {
  renderPane(<ExportPanel workbook={workbook} />);
  expect((screen.getByRole('radio', { name: 'CSV (opent overal)' }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole('radio', { name: /Parquet/ })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Exporteer en download' })).toBeTruthy();
  expect(screen.queryByTestId('export-result')).toBeNull();
});

test('exporting as Parquet: working, then a zip download, the tables and the check result', async () => {
  const run = pending<ExportResult>();
  exportMock.mockReturnValue(run.promise);
  zip.mockReturnValue(new Uint8Array([80, 75]));
  renderPane(<ExportPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('radio', { name: /Parquet/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Exporteer en download' }));
  expect(await screen.findByText('De export wordt gemaakt…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Exporteer en download' }).hasAttribute('disabled')).toBe(true);
  const options = exportMock.mock.calls[0][1]!;
  expect(options.format).toBe('parquet');
  // The export runs the check itself, on the registry as it read it.
  expect(options.checks).toBe(true);

  await act(async () => run.resolve(exported));
  expect(download).toHaveBeenCalledWith(new Uint8Array([80, 75]), 'beleidsregister-export.zip', 'application/zip');
  expect(zip).toHaveBeenCalledWith(exported.files);
  expect(screen.getByTestId('export-result').textContent).toMatch(/^2 tabellen geëxporteerd naar beleidsregister-export\.zip\. Let op: de controle vond 2 fouten/);
  const tables = within(screen.getByTestId('export-tables')).getAllByRole('definition').map((dd) => `${dd.previousElementSibling?.textContent} ${dd.textContent}`);
  expect(tables).toEqual(['indicatoren.parquet 5', 'metingen.parquet 1.204']);
  expect(screen.getByRole('heading', { name: 'Rijen per bestand' })).toBeTruthy();
});

test('a workbook that is no registry gets the export’s own Dutch words; nothing is downloaded', async () => {
  exportMock.mockRejectedValue(new UserError('not-a-registry', 'dit is geen register: de instellingen op het verborgen blad Systeem ontbreken.'));
  renderPane(<ExportPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Exporteer en download' }));
  expect(await screen.findByText('Dit is geen register: de instellingen op het verborgen blad Systeem ontbreken.')).toBeTruthy();
  expect(download).not.toHaveBeenCalled();
});

test('an unexpected failure: the plain fallback, never the exception', async () => {
  exportMock.mockRejectedValue(new Error('crypto.subtle is undefined'));
  renderPane(<ExportPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Exporteer en download' }));
  expect(await screen.findByText(/De export lukte niet/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('crypto');
});
