// Bootstrap: the one place in the task pane that talks to Office.js. It waits for Office, decides
// the mode, builds the session and renders. Inside Excel the Office.js adapter works on the open
// workbook; anywhere else (a plain browser, `npm start` without Excel) the pane runs standalone on
// .xlsx files.

import { createRoot } from 'react-dom/client';
import { ExcelWorkbook } from '../workbook/excel/adapter';
import { excelRun } from '../workbook/excel/run';
import { App } from './App';
import { languageFor } from './messages';
import type { Session } from './session';
import { browserFiles } from './standalone';

async function officeHost(): Promise<Office.HostType | null> {
  // office.js missing (blocked or not served) means a plain browser, not a failure.
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  return info.host ?? null;
}

function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined; // outside Office the context is not there
  }
}

async function start(): Promise<void> {
  const host = await officeHost();
  const session: Session =
    host !== null && host === Office.HostType.Excel
      ? { mode: 'excel', language: languageFor(displayLanguage()), workbook: new ExcelWorkbook(excelRun(Excel.run, (set, version) => Office.context.requirements.isSetSupported(set, version)), { requirements: Office.context.requirements }), files: null }
      : { mode: 'standalone', language: 'nl', workbook: null, files: browserFiles() };
  createRoot(document.getElementById('root')!).render(<App session={session} />);
}

void start();
