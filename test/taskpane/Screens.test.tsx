/** @jest-environment jsdom */
// The navigation: one tab per task, the Start screen first, and a screen keeps what it showed while
// another is open. The screens run the real domain on the demo registry in memory.

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Screens } from '../../src/taskpane/Screens';
import type { WorkbookPort } from '../../src/workbook/port';
import { useFixedClock } from '../helpers/clock';
import { NOW } from '../norms/helpers';
import { renderPane } from './renderPane';
import { demoFile, withCalls } from './workbooks';

useFixedClock(NOW);

/** The demo, with its reads counted. */
async function countedDemo(): Promise<{ wb: WorkbookPort; reads: () => number }> {
  const demo = await demoFile();
  let reads = 0;
  const wb = withCalls(demo, { readTables: async (names, formats) => (reads++, demo.readTables(names, formats)) });
  return { wb, reads: () => reads };
}

/** The tabs' names in screen order (a Fluent tab also holds a hidden bold copy of its text, so textContent doubles). */
function tabNames(names = ['Start', 'Controleren', 'Monitor', 'Normen', 'Halfjaar', 'Rapport', 'Export']): string[] {
  const tabs = screen.getAllByRole('tab');
  return names.map((name) => ({ name, at: tabs.indexOf(screen.getByRole('tab', { name })) })).sort((a, b) => a.at - b.at).map((t) => t.name);
}

test('tabs for every task; Start shows first; a screen keeps its result while another is shown', async () => {
  const { wb } = await countedDemo();
  renderPane(<Screens workbook={wb} start={<p>Startscherm</p>} />);
  expect(screen.getAllByRole('tab')).toHaveLength(7);
  expect(tabNames()).toEqual(['Start', 'Controleren', 'Monitor', 'Normen', 'Halfjaar', 'Rapport', 'Export']);
  expect(screen.getByRole('tab', { name: 'Start' }).getAttribute('aria-selected')).toBe('true');
  expect(screen.getByText('Startscherm')).toBeTruthy();
  expect(screen.getByRole('tabpanel', { name: 'Start' })).toBeTruthy();

  fireEvent.click(screen.getByRole('tab', { name: 'Controleren' }));
  expect(screen.getByRole('tabpanel', { name: 'Controleren' })).toBeTruthy();
  expect(screen.queryByRole('tabpanel', { name: 'Start' })).toBeNull(); // hidden, not gone
  fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
  expect(await screen.findByText('0 fouten, 0 waarschuwingen.')).toBeTruthy();

  fireEvent.click(screen.getByRole('tab', { name: 'Normen' }));
  expect(screen.getByRole('button', { name: 'Toets aan normen' })).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: 'Controleren' }));
  expect(screen.getByText('0 fouten, 0 waarschuwingen.')).toBeTruthy();
});

test('Halfjaar reads the workbook only once its tab is opened', async () => {
  const { wb, reads } = await countedDemo();
  renderPane(<Screens workbook={wb} start={null} />);
  expect(screen.queryByRole('button', { name: 'Start de ronde' })).toBeNull();
  expect(reads()).toBe(0);
  fireEvent.click(screen.getByRole('tab', { name: 'Halfjaar' }));
  expect(screen.getByRole('button', { name: 'Start de ronde' })).toBeTruthy();
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register.')).toBeTruthy();
  // The departments and the round's progress, one read each.
  await waitFor(() => expect(reads()).toBe(2));
  fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Halfjaar' }));
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register.')).toBeTruthy();
  expect(reads()).toBe(2); // still mounted, not read again
});

test('English tab names where Office runs in English', () => {
  renderPane(<Screens workbook={{} as WorkbookPort} start={null} />, 'en');
  expect(tabNames(['Start', 'Check', 'Monitor', 'Norms', 'Half-year', 'Export'])).toEqual(['Start', 'Check', 'Monitor', 'Norms', 'Half-year', 'Export']);
});
