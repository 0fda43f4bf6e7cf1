/** @jest-environment jsdom */
// The registry screen in each state a user can meet: not a registry, up to date, older version,
// working, done, and failed. The real registry functions run on real workbooks in memory (the xlsx
// adapter): a blank one, the demo, and a registry made by schema version 1 of this project. Only
// failures are injected, by a workbook whose calls fail.

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/errors';
import { initRegistry, registryStatus } from '../../src/registry/init';
import { SCHEMA_VERSION } from '../../src/registry/schema';
import { catalogue } from '../../src/taskpane/messages';
import { RegistryPanel } from '../../src/taskpane/RegistryPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { pending, renderPane } from './renderPane';
import { demoFile, withCalls } from './workbooks';

const VERSION_1 = path.join(__dirname, '../fixtures/registries/schema-1-demo.xlsx');
const blank = () => XlsxWorkbook.create();
const version1 = () => XlsxWorkbook.load(readFileSync(VERSION_1));
const demo = demoFile;

function renderPanel(workbook: WorkbookPort, language: 'nl' | 'en' = 'nl') {
  return renderPane(<RegistryPanel workbook={workbook} />, language);
}

const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => jest.restoreAllMocks());

test('a workbook that is not a registry offers Maak register with an optional municipality', async () => {
  renderPanel(blank());
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

test('an up-to-date registry (the demo) shows version and municipality, and the button is off with the reason', async () => {
  renderPanel(await demo());
  expect(await screen.findByText(`Beleidsregister, versie ${SCHEMA_VERSION}`)).toBeTruthy();
  expect(screen.getByText('Gemeente: Gent (NIS 44021)')).toBeTruthy();
  expect(screen.getByText('Het register is volledig bij. Er is niets te doen.')).toBeTruthy();
  expect(button('Werk register bij').hasAttribute('disabled')).toBe(true);
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('a registry made by version 1 offers Werk register bij, and is brought up to date by it', async () => {
  const wb = await version1();
  renderPanel(wb);
  expect(await screen.findByText('Beleidsregister, versie 1')).toBeTruthy();
  expect(screen.getByText('Gemeente: Gent (NIS 44021)')).toBeTruthy();
  expect(screen.getByText(new RegExp(`Dit register heeft versie 1\\. Versie ${SCHEMA_VERSION} is beschikbaar`))).toBeTruthy();

  fireEvent.click(button('Werk register bij'));
  expect(await screen.findByText(`Het register is bijgewerkt van versie 1 naar versie ${SCHEMA_VERSION}.`)).toBeTruthy();
  expect(screen.getByText(`Beleidsregister, versie ${SCHEMA_VERSION}`)).toBeTruthy();
  expect(await registryStatus(wb)).toMatchObject({ version: SCHEMA_VERSION, needsUpgrade: false });
});

test('while working the button is off and says so; then the result and the new status show', async () => {
  const wb = blank();
  // The workbook's first write waits until the test lets it go, to see the screen meanwhile.
  const gate = pending<void>();
  let held = false;
  const slow = withCalls(wb, {
    apply: async (edits) => {
      if (!held) {
        held = true;
        await gate.promise;
      }
      return wb.apply(edits);
    },
  });
  renderPanel(slow);

  fireEvent.change(await screen.findByRole('textbox'), { target: { value: '44021' } });
  fireEvent.click(button('Maak register'));
  expect(await screen.findByText('Bezig…')).toBeTruthy();
  expect(button('Maak register').hasAttribute('disabled')).toBe(true);

  await act(async () => gate.resolve());
  expect(await screen.findByText(`Het beleidsregister is gemaakt (versie ${SCHEMA_VERSION}).`)).toBeTruthy();
  // What the screen says was added is what a second, identical run on a blank workbook adds.
  const expected = await initRegistry(blank(), { gemeente: '44021' });
  const added = { sheets: expected.added.sheets.length, tables: expected.added.tables.length, columns: expected.added.columns.length, names: expected.added.names.length };
  expect(screen.getByText(catalogue.nl.resultAdded(added))).toBeTruthy();
  expect(screen.getByText(`Beleidsregister, versie ${SCHEMA_VERSION}`)).toBeTruthy();
  expect(screen.getByText('Gemeente: Gent (NIS 44021)')).toBeTruthy();
  expect(screen.queryByText('Bezig…')).toBeNull();
  expect(await registryStatus(wb)).toMatchObject({ isRegistry: true, version: SCHEMA_VERSION, gemeente: { nis: '44021', naam: 'Gent' } });
});

test('an unexpected failure shows plain Dutch, never the exception text, and the workbook stays as it was', async () => {
  const wb = blank();
  renderPanel(withCalls(wb, { apply: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'getRange')")) }));

  fireEvent.click(await screen.findByRole('button', { name: 'Maak register' }));
  expect(await screen.findByText('Dat lukte niet')).toBeTruthy();
  expect(screen.getByText(/Er ging iets mis bij het bijwerken van de werkmap/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('getRange');
  expect((await wb.info()).tables).toEqual([]);
});

test('a UserError is shown in its own words, as a sentence', async () => {
  renderPanel(withCalls(await version1(), { apply: async () => Promise.reject(new UserError('newer-version', 'dit register is gemaakt met een nieuwere versie.')) }));

  fireEvent.click(await screen.findByRole('button', { name: 'Werk register bij' }));
  expect(await screen.findByText('Dit register is gemaakt met een nieuwere versie.')).toBeTruthy();
});

test('a workbook that cannot be read offers to try again', async () => {
  const wb = await demo();
  let failures = 1;
  renderPanel(withCalls(wb, { info: async () => (failures-- > 0 ? Promise.reject(new Error('RichApi.Error: InvalidOperation')) : wb.info()) }));
  expect(await screen.findByText(/De werkmap kon niet gelezen worden/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('RichApi');

  fireEvent.click(button('Opnieuw proberen'));
  await waitFor(() => expect(screen.getByText(`Beleidsregister, versie ${SCHEMA_VERSION}`)).toBeTruthy());
});

test('English texts where Office runs in English', async () => {
  renderPanel(blank(), 'en');
  expect(await screen.findByText('This workbook is not a policy register yet.')).toBeTruthy();
  expect(button('Create register')).toBeTruthy();
});
