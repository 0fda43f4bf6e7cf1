// Bootstrap of the ribbon's function commands, the one place here that talks to Office.js. Excel
// loads commands.html (the manifest's FunctionFile) in a hidden runtime when Controleer or Toets aan
// normen is pressed. A function file, not the shared runtime: that would make the task pane the
// runtime page (its bootstrap registering these actions, SharedRuntime 1.1 required of every Excel),
// for two buttons that need no state shared with the pane.
//
// A function command has no UI in Excel: success shows itself as the selected Controle or Overzicht
// sheet; a failure opens an Office dialog on this same page with the message in its query string.
import { languageFor } from '../taskpane/messages';
import { ExcelWorkbook } from '../workbook/excel/adapter';
import { excelRun } from '../workbook/excel/run';
import { COMMANDS, runCommand, type CommandName } from './run';

const MESSAGE_PARAMETER = 'melding';

function handler(command: CommandName) {
  return async (event: Office.AddinCommands.Event) => {
    const outcome = await runCommand(command, new ExcelWorkbook(excelRun(Excel.run, (set, version) => Office.context.requirements.isSetSupported(set, version)), { requirements: Office.context.requirements }), languageFor(Office.context.displayLanguage));
    if (outcome.ok) event.completed();
    else showMessage(outcome.message, () => event.completed());
  };
}

/** Completes only when the dialog closes: completing earlier unloads this page, and the dialog with it. */
function showMessage(text: string, done: () => void): void {
  const url = `${location.origin}${location.pathname}?${MESSAGE_PARAMETER}=${encodeURIComponent(text)}`;
  try {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) return done();
      result.value.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  } catch {
    done(); // no Dialog API on this host: the command must still end
  }
}

const message = new URLSearchParams(location.search).get(MESSAGE_PARAMETER);
if (message !== null) {
  document.getElementById('message')!.textContent = message;
} else {
  void Office.onReady(() => {
    for (const command of COMMANDS) Office.actions.associate(command, handler(command));
  });
}
