/** @jest-environment jsdom */
// The bootstrap decides the mode from Office.onReady: Excel gets the Office.js adapter and Office's
// display language; anything else (no host, or no office.js at all) runs standalone in Dutch.

import { waitFor } from '@testing-library/react';
import type { Session } from '../../src/taskpane/session';

const sessions: Session[] = [];
const adapters: { run: unknown; options: unknown; instance: unknown }[] = [];

jest.mock('../../src/taskpane/App', () => ({
  App: ({ session }: { session: Session }) => {
    sessions.push(session);
    return null;
  },
}));
jest.mock('../../src/workbook/excel/adapter', () => ({
  ExcelWorkbook: class {
    constructor(run: unknown, options: unknown) {
      adapters.push({ run, options, instance: this });
    }
  },
}));

const g = globalThis as Record<string, unknown>;

async function boot(office: unknown, excel?: unknown): Promise<Session> {
  sessions.length = 0;
  g.Office = office;
  g.Excel = excel;
  document.body.innerHTML = '<div id="root"></div>';
  // A fresh copy of the bootstrap (and of React, which isolateModules reloads too), so each test
  // boots once; that React renders on its own schedule, hence the wait rather than act().
  jest.isolateModules(() => require('../../src/taskpane/index'));
  await waitFor(() => expect(sessions).toHaveLength(1), { timeout: 30_000 }); // a loaded machine takes seconds
  return sessions[0];
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

const HostType = { Excel: 'Excel', Word: 'Word' };

const requirements = { isSetSupported: () => true };

test('in Excel: the Office.js adapter on Excel.run (waiting for a cell edit to end) and the host’s requirement sets, texts in Office’s language', async () => {
  const run = jest.fn();
  const hostRequirements = { isSetSupported: jest.fn(() => true) };
  const session = await boot(
    { HostType, onReady: async () => ({ host: 'Excel', platform: 'PC' }), context: { displayLanguage: 'en-US', requirements: hostRequirements } },
    { run },
  );
  expect(session.mode).toBe('excel');
  expect(session.language).toBe('en');
  const adapter = adapters[adapters.length - 1] as { run: (b: () => Promise<number>) => unknown; options: unknown; instance: unknown };
  // The adapter made on Excel.run is the session's workbook.
  expect(session.workbook).toBe(adapter.instance);
  expect(adapter.options).toEqual({ requirements: hostRequirements });
  const batch = async () => 1;
  adapter.run(batch);
  expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, batch);
});

test('Dutch Office gets Dutch', async () => {
  const session = await boot(
    { HostType, onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }), context: { displayLanguage: 'nl-BE', requirements } },
    { run: jest.fn() },
  );
  expect(session).toMatchObject({ mode: 'excel', language: 'nl' });
});

test('outside Office (no host): standalone, in Dutch, with file access', async () => {
  const session = await boot({ HostType, onReady: async () => ({ host: null, platform: null }), context: {} });
  expect(session).toMatchObject({ mode: 'standalone', language: 'nl', workbook: null });
  // The files open an empty workbook in memory, with nothing in it yet.
  const blank = await session.files!.blank();
  expect((await blank.info()).tables).toEqual([]);
  expect(Buffer.from((await blank.save()).slice(0, 2)).toString()).toBe('PK');
});

test('without office.js at all: standalone too', async () => {
  const session = await boot(undefined);
  expect(session.mode).toBe('standalone');
});
