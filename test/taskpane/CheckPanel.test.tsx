/** @jest-environment jsdom */
// Controleren in each state: before the first check, while checking, with findings grouped by sheet
// and severity, clean, and failed; and a finding's cell selected where the workbook can select.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { checkRegistry, type CheckResult } from '../../src/checks';
import { writeControlSheet } from '../../src/checks/controlSheet';
import type { Finding } from '../../src/findings';
import { CheckPanel } from '../../src/taskpane/CheckPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { pending, renderPane } from './renderPane';

jest.mock('../../src/checks', () => ({ checkRegistry: jest.fn() }));
jest.mock('../../src/checks/controlSheet', () => ({ writeControlSheet: jest.fn() }));

const check = checkRegistry as jest.MockedFunction<typeof checkRegistry>;
const writeSheet = writeControlSheet as jest.MockedFunction<typeof writeControlSheet>;
const workbook = {} as WorkbookPort;

const finding = (f: Partial<Finding>): Finding => ({ severity: 'error', rule: 'r', sheet: 'Indicatoren', row: 3, column: 'Naam', cell: 'B3', message: 'm', ...f });
const result: CheckResult = {
  findings: [
    finding({ severity: 'warning', cell: 'M3', message: 'Indicator IND-002 wordt driejaarlijks bijgewerkt.' }),
    finding({ cell: 'B4', message: 'Naam is verplicht.' }),
    finding({ sheet: 'Normen', cell: 'C2', message: 'Indicator IND-099 bestaat niet.' }),
  ],
  summary: { errors: 2, warnings: 1 },
  accepted: [],
};

beforeEach(() => {
  check.mockReset();
  writeSheet.mockReset();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before the first check: the explanation and the button, nothing else', () => {
  renderPane(<CheckPanel workbook={workbook} />);
  expect(screen.getByText(/Kijkt elke tabel na/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Controleer' }).hasAttribute('disabled')).toBe(false);
  expect(screen.queryByTestId('check-summary')).toBeNull();
  expect(check).not.toHaveBeenCalled();
});

test('while checking the button is off; then counts and findings per sheet, errors first', async () => {
  const run = pending<CheckResult>();
  check.mockReturnValue(run.promise);
  renderPane(<CheckPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  expect(screen.getByText('Het register wordt gecontroleerd…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Controleer' }).hasAttribute('disabled')).toBe(true);

  await act(async () => run.resolve(result));
  expect(screen.getByTestId('check-summary').textContent).toMatch(/^2 fouten, 1 waarschuwing\. Pas de cellen hieronder aan/);
  const indicators = screen.getByRole('region', { name: 'Meldingen op blad Indicatoren' });
  const items = within(indicators).getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual(['FoutB4Naam is verplicht.', 'WaarschuwingM3Indicator IND-002 wordt driejaarlijks bijgewerkt.']);
  expect(within(screen.getByRole('region', { name: 'Meldingen op blad Normen' })).getByText('Indicator IND-099 bestaat niet.')).toBeTruthy();
  // Every cell is a link to it (in a file it becomes the cell the workbook opens on).
  expect(screen.getByRole('button', { name: 'Ga naar Indicatoren!B4' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Controleer opnieuw' })).toBeTruthy();
  expect(writeSheet).not.toHaveBeenCalled();
});

test('a clean registry says so; the Controle sheet is written when asked', async () => {
  check.mockResolvedValue({ findings: [], summary: { errors: 0, warnings: 0 }, accepted: [] });
  writeSheet.mockResolvedValue();
  renderPane(<CheckPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Zet de meldingen ook op het blad Controle/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  expect(await screen.findByText(/Alles in orde\. De meldingen staan ook op het blad Controle\./)).toBeTruthy();
  expect(screen.getByText('0 fouten, 0 waarschuwingen.')).toBeTruthy();
  expect(writeSheet).toHaveBeenCalledWith(workbook, { findings: [], summary: { errors: 0, warnings: 0 }, accepted: [] });
});

test('a finding’s cell is a link that selects it', async () => {
  const select = jest.fn().mockResolvedValue(undefined);
  check.mockResolvedValue(result);
  renderPane(<CheckPanel workbook={{ select } as unknown as WorkbookPort} />);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ga naar Normen!C2' }));
  expect(select).toHaveBeenCalledWith('Normen', 'C2');
});

test('a cell that cannot be selected gets a plain message', async () => {
  const select = jest.fn().mockRejectedValue(new Error('ItemNotFound'));
  check.mockResolvedValue(result);
  renderPane(<CheckPanel workbook={{ select } as unknown as WorkbookPort} />);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ga naar Normen!C2' }));
  expect(await screen.findByText(/De cel kon niet geselecteerd worden/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('ItemNotFound');
});

test('a failed check shows plain Dutch, never the exception', async () => {
  check.mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'rows')"));
  renderPane(<CheckPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  expect(await screen.findByText('Dat lukte niet')).toBeTruthy();
  expect(screen.getByText(/Het register kon niet gecontroleerd worden/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('reading');
  expect(screen.getByRole('button', { name: 'Controleer' }).hasAttribute('disabled')).toBe(false);
});

test('English where Office runs in English', async () => {
  check.mockResolvedValue(result);
  renderPane(<CheckPanel workbook={workbook} />, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  expect(await screen.findByText('2 errors, 1 warning.')).toBeTruthy();
});
