/** @jest-environment jsdom */
// The pane in English shows the problems of an import, a round and an export in English, rendered
// from the rule catalogue: they come from the real operations on the demo registry (in Dutch, as
// the CLI prints them), and only the pane's language changes.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportTables } from '../../src/export/table';
import { flagRegistry } from '../../src/norms';
import { NormsPanel } from '../../src/taskpane/NormsPanel';
import { importMonitor } from '../../src/monitor';
import { writeDemo } from '../../src/registry/demo';
import { openRegistry } from '../../src/registry/read';
import { mergeForms, startRound } from '../../src/rounds';
import { FORM_TABLE_PREFIX } from '../../src/rounds/form';
import { FindingList } from '../../src/taskpane/FindingList';
import { ImportSummaryView } from '../../src/taskpane/ImportSummaryView';
import * as rounds from '../../src/taskpane/roundOperations';
import { RoundPanel } from '../../src/taskpane/RoundPanel';
import { StandalonePanel } from '../../src/taskpane/StandalonePanel';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { renderPane } from './renderPane';

const now = new Date('2027-01-10T10:00:00');

afterEach(() => jest.restoreAllMocks());

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return XlsxWorkbook.load(await wb.save());
}

test('an import’s skipped lines and values are listed in English', async () => {
  const wb = await demo();
  const input = ['Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)', 'Gent;44021;Mediaanprijs huizen;2022', 'Gent;44021;Mediaanprijs huizen;2023;Alle huizen;veel', 'Gent;44021;Mediaanprijs huizen;twintig;Alle huizen;1,0'].join('\n');
  const result = await importMonitor(wb, { kind: 'csv', name: 'WO_07.csv', input }, { now });
  expect(result.errors.map((e) => e.rule)).toEqual(['import.velden', 'import.geen-getal', 'import.periode']);
  expect(result.errors[1].message).toBe('"veel" is geen getal; verwacht werd een getal zoals 200000,0 of een lege cel.');

  renderPane(<ImportSummaryView result={result} workbook={wb} />, 'en');
  expect(screen.getByText(/line 2: the line has 4 fields instead of 6 \(Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs \(in euro\)\); it was skipped\./)).toBeTruthy();
  expect(screen.getByText('line 3, column Mediaanprijs (in euro): "veel" is not a number; expected a number such as 200000.0 or an empty cell.')).toBeTruthy();
  expect(screen.getByText(/"twintig" is not a period; expected a year \(2023\)/)).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/is geen|overgeslagen/);
});

test('an import’s notices are rendered from the catalogue, in English', async () => {
  const wb = await demo();
  const lines = Array.from({ length: 1001 }, (_, i) => `Gent;44021;Mediaanprijs huizen;${2000 + (i % 20)};Huis ${i};veel`);
  const input = ['Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)', ...lines].join('\n');
  const result = await importMonitor(wb, { kind: 'csv', name: 'WO_07.csv', input }, { now });
  expect(result.summary.notices).toEqual([expect.objectContaining({ rule: 'import.meer-fouten', message: 'Er waren 1001 fouten; alleen de eerste 1000 staan in de lijst.' })]);

  renderPane(<ImportSummaryView result={result} workbook={wb} />, 'en');
  expect(screen.getByText('There were 1001 errors; only the first 1000 are listed.')).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/fouten|staan in de lijst/);
});

test('a refusal is a catalogue rule: the operation stops with its Dutch message, the English pane renders it in English', async () => {
  const old = await XlsxWorkbook.load(readFileSync(path.join(__dirname, '../fixtures/registries/schema-1-demo.xlsx')));
  const refusal = await flagRegistry(old, { now }).then(() => null, (e: unknown) => e);
  expect(refusal).toMatchObject({ code: 'needs-upgrade', problem: { rule: 'register.bijwerken' }, message: expect.stringMatching(/^dit register heeft schemaversie 1 en moet eerst bijgewerkt worden/) });

  renderPane(<NormsPanel workbook={old} />, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Test against norms' }));
  expect(await screen.findByText(/^This register has schema version 1 and must first be updated to version \d+\. Run Maak register \(beleidsregister maak\) and try again; your data stays\.$/)).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/bijgewerkt|gegevens blijven/);
});

test('an export’s unreadable value is listed in English', async () => {
  const wb = await demo();
  await wb.apply([{ kind: 'updateCells', table: 'tblNormen', cells: [{ row: 0, column: 'Geldig tot', value: 'morgen' }] }]);
  // What the export reads and reports (the zip and its hashes are the export's own business).
  const { findings } = exportTables(await openRegistry(wb));
  const unreadable = findings.filter((f) => f.rule === 'export.waarde-onleesbaar');
  expect(unreadable).toHaveLength(1);
  expect(unreadable[0].message).toMatch(/^"morgen" is geen datum \(dd\/mm\/jjjj\); in de export is valid_to van deze rij leeg/);

  renderPane(<FindingList findings={findings} workbook={wb} />, 'en');
  expect(screen.getByText('"morgen" is not a date (dd/mm/yyyy); in the export valid_to of this row is empty. Correct the value in Normen and export again.')).toBeTruthy();
  expect(document.body.textContent).not.toContain('in de export');
});

test('a round’s values that were not taken are listed in English', async () => {
  const registry = await demo();
  await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'sheets', now });
  const form = (await registry.info()).tables.find((t) => t.sheet === '2026-S2 Groen' && t.name.startsWith(FORM_TABLE_PREFIX))!;
  const [update] = await registry.readTables([form.name]);
  await registry.apply([{ kind: 'updateCells', table: form.name, cells: [{ row: 0, column: 'Nieuwe waarde', value: 'ongeveer 0,4' }] }]);

  renderPane(<RoundPanel workbook={registry} today={now} />, 'en');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Merge the form sheets in this register' })));
  const [line] = within(await screen.findByTestId('round-rejected')).getAllByRole('listitem').map((li) => li.textContent);
  const key = `${update.rows[0][update.columns.indexOf('Indicator')]} | `;
  expect(line).toMatch(/^dit register, sheet 2026-S2 Groen, cell \w+\d+: \w+\d+ \(/);
  expect(line).toContain(key);
  expect(line).toContain('ongeveer 0,4 is not a number; fill in a number such as 48,5 (decimal comma), without a unit.');
  expect(document.body.textContent).not.toContain('is geen getal');
});

test('a file that is no workbook is refused by a catalogue rule, in English in the English pane', async () => {
  const text = new TextEncoder().encode('Gemeente;Jaar\nGent;2023\n');
  const refusal = await XlsxWorkbook.load(text).then(() => null, (e: unknown) => e);
  expect(refusal).toMatchObject({ code: 'not-xlsx', problem: { rule: 'werkmap.geen-xlsx' }, message: expect.stringMatching(/^dit is geen Excel-werkmap \(\.xlsx\)\. Kies een Excel-werkmap/) });

  const files = { open: (data: ArrayBuffer) => XlsxWorkbook.load(new Uint8Array(data)), demo: demo, blank: async () => XlsxWorkbook.create() };
  renderPane(<StandalonePanel files={files} />, 'en');
  await act(async () => fireEvent.change(screen.getByTestId('file-picker'), { target: { files: [new File([text], 'cijfers.xlsx')] } }));
  expect(await screen.findByText('This is not an Excel workbook (.xlsx). Choose an Excel workbook, or open the file in Excel, save it as an Excel workbook (.xlsx) and try again.')).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/geen Excel-werkmap|probeer opnieuw/);
});

test('merging a round of a period the register has no round of is refused in English', async () => {
  const registry = await demo();
  await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'sheets', now });
  const refusal = await mergeForms(registry, [], { now, period: '2025-S1' }).then(() => null, (e: unknown) => e);
  expect(refusal).toMatchObject({ code: 'invalid-option', problem: { rule: 'ronde.onbekende-periode', params: { period: '2025-S1', known: '2026-S2' } } });
  expect((refusal as Error).message).toBe('er is geen ronde 2025-S1 in dit register (wel 2026-S2). Kies een van die rondes.');

  // The pane merges the latest round, so the refusal is brought in where the merge runs.
  jest.spyOn(rounds, 'mergeOpened').mockRejectedValueOnce(refusal);
  renderPane(<RoundPanel workbook={registry} today={now} />, 'en');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Merge the form sheets in this register' })));
  expect(await screen.findByText(/There is no round 2025-S1 in this register \(there is 2026-S2\)\. Choose one of those rounds\./)).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/geen ronde|Kies een/);
});
