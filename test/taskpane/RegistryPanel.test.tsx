/** @jest-environment jsdom */
// The registry screen in each state a user can meet: not a registry, up to date, older version,
// working, done, and failed. The registry functions are replaced by fakes; the workbook is never read.

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { UserError } from '../../src/errors';
import { initRegistry, registryStatus, type InitResult, type RegistryStatus } from '../../src/registry/init';
import { RegistryPanel } from '../../src/taskpane/RegistryPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { renderPane } from './renderPane';

jest.mock('../../src/registry/init', () => ({ initRegistry: jest.fn(), registryStatus: jest.fn() }));

const status = registryStatus as jest.MockedFunction<typeof registryStatus>;
const init = initRegistry as jest.MockedFunction<typeof initRegistry>;
const workbook = {} as WorkbookPort; // never touched: the registry functions are fakes

const notRegistry: RegistryStatus = { isRegistry: false, version: null, currentVersion: 2, needsUpgrade: false, gemeente: null };
const upToDate: RegistryStatus = { isRegistry: true, version: 2, currentVersion: 2, needsUpgrade: false, gemeente: { nis: '44021', naam: 'Gent' } };
const older: RegistryStatus = { isRegistry: true, version: 1, currentVersion: 2, needsUpgrade: true, gemeente: null };
const created: InitResult = {
  created: true,
  fromVersion: null,
  toVersion: 2,
  added: { sheets: ['Dossiers', 'Indicatoren', 'Systeem'], tables: ['tblDossiers', 'tblIndicatoren'], columns: [], names: ['lstThema'] },
  findings: [],
};

function renderPanel(language: 'nl' | 'en' = 'nl') {
  return renderPane(<RegistryPanel workbook={workbook} />, language);
}

const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  status.mockReset();
  init.mockReset();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => jest.restoreAllMocks());

test('a workbook that is not a registry offers Maak register with an optional municipality', async () => {
  status.mockResolvedValue(notRegistry);
  renderPanel();
  expect(await screen.findByText('Deze werkmap is nog geen beleidsregister.')).toBeTruthy();
  expect(button('Maak register').hasAttribute('disabled')).toBe(false);

  const nis = screen.getByRole('textbox', { name: /Gemeente \(NIS-code/ });
  fireEvent.change(nis, { target: { value: '99999' } });
  expect(screen.getByText('Er is geen Vlaamse gemeente met NIS-code 99999.')).toBeTruthy();
  expect(button('Maak register').hasAttribute('disabled')).toBe(true);

  fireEvent.change(nis, { target: { value: '44021' } });
  expect(screen.getByText('Gemeente Gent')).toBeTruthy();
  expect(button('Maak register').hasAttribute('disabled')).toBe(false);
});

test('an up-to-date registry shows version and municipality, and the button is off with the reason', async () => {
  status.mockResolvedValue(upToDate);
  renderPanel();
  expect(await screen.findByText('Beleidsregister, versie 2')).toBeTruthy();
  expect(screen.getByText('Gemeente: Gent (NIS 44021)')).toBeTruthy();
  expect(screen.getByText('Het register is volledig bij. Er is niets te doen.')).toBeTruthy();
  expect(button('Werk register bij').hasAttribute('disabled')).toBe(true);
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('a registry of an older version offers Werk register bij', async () => {
  status.mockResolvedValue(older);
  renderPanel();
  expect(await screen.findByText('Beleidsregister, versie 1')).toBeTruthy();
  expect(screen.getByText('Gemeente: nog niet ingesteld')).toBeTruthy();
  expect(screen.getByText(/Dit register heeft versie 1\. Versie 2 is beschikbaar/)).toBeTruthy();
  expect(button('Werk register bij').hasAttribute('disabled')).toBe(false);
});

test('while working the button is off and says so; then the result and the new status show', async () => {
  status.mockResolvedValueOnce(notRegistry).mockResolvedValueOnce(upToDate);
  let finish!: (result: InitResult) => void;
  init.mockReturnValue(new Promise((resolve) => (finish = resolve)));
  renderPanel();

  fireEvent.change(await screen.findByRole('textbox'), { target: { value: '44021' } });
  fireEvent.click(button('Maak register'));
  expect(await screen.findByText('Bezig…')).toBeTruthy();
  expect(button('Maak register').hasAttribute('disabled')).toBe(true);
  expect(init).toHaveBeenCalledWith(workbook, { gemeente: '44021' });

  await act(async () => finish(created));
  expect(await screen.findByText('Het beleidsregister is gemaakt (versie 2).')).toBeTruthy();
  expect(screen.getByText(/Toegevoegd: 3 tabbladen, 2 tabellen en 1 naam\./)).toBeTruthy();
  expect(screen.getByText('Beleidsregister, versie 2')).toBeTruthy();
  expect(screen.queryByText('Bezig…')).toBeNull();
});

test('a new registry opens on its Start sheet, and the pane says where to begin', async () => {
  status.mockResolvedValueOnce(notRegistry).mockResolvedValueOnce(upToDate);
  init.mockResolvedValue({ ...created, added: { ...created.added, sheets: ['Start', ...created.added.sheets] } });
  const select = jest.fn(async () => undefined);
  renderPane(<RegistryPanel workbook={{ select } as unknown as WorkbookPort} />, 'nl');
  expect(await screen.findByText(/Daarna begin je op het blad Start\./)).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Maak register' }));
  expect(
    await screen.findByText(
      'Begin op het blad Start. Vul het register in deze volgorde in: Diensten → Werkingsgebieden → Dossiers → Besluitdocumenten → Doelstellingen → Indicatoren → Normen → Metingen.',
    ),
  ).toBeTruthy();
  expect(select).toHaveBeenCalledWith('Start', 'A1');
});

test('an unexpected failure shows plain Dutch, never the exception text', async () => {
  status.mockResolvedValue(notRegistry);
  init.mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'getRange')"));
  renderPanel();

  fireEvent.click(await screen.findByRole('button', { name: 'Maak register' }));
  expect(await screen.findByText('Dat lukte niet')).toBeTruthy();
  expect(screen.getByText(/Er ging iets mis bij het bijwerken van de werkmap/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('getRange');
});

test('a UserError is shown in its own words, as a sentence', async () => {
  status.mockResolvedValue(older);
  init.mockRejectedValue(new UserError('newer-version', 'dit register is gemaakt met een nieuwere versie.'));
  renderPanel();

  fireEvent.click(await screen.findByRole('button', { name: 'Werk register bij' }));
  expect(await screen.findByText('Dit register is gemaakt met een nieuwere versie.')).toBeTruthy();
});

test('a workbook that cannot be read offers to try again', async () => {
  status.mockRejectedValueOnce(new Error('RichApi.Error: InvalidOperation')).mockResolvedValueOnce(upToDate);
  renderPanel();
  expect(await screen.findByText(/De werkmap kon niet gelezen worden/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('RichApi');

  fireEvent.click(button('Opnieuw proberen'));
  await waitFor(() => expect(screen.getByText('Beleidsregister, versie 2')).toBeTruthy());
});

test('English texts where Office runs in English', async () => {
  status.mockResolvedValue(notRegistry);
  renderPanel('en');
  expect(await screen.findByText('This workbook is not a policy register yet.')).toBeTruthy();
  expect(button('Create register')).toBeTruthy();
});
