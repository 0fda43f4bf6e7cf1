// What the ribbon's Controleer and Toets aan normen buttons do, without Office: the same operations
// as the task pane, then the sheet with the result is shown, because a function command in Excel
// has no place of its own to report in. index.ts is the Office shell around this.
import { checkRegistry } from '../checks';
import { problemText } from '../rules';
import { CONTROL_SHEET, writeControlSheet } from '../checks/controlSheet';
import { flagRegistry, type FlagCounts } from '../norms';
import { OVERVIEW_SHEET } from '../norms/overviewSheet';
import type { Language } from '../taskpane/messages';
import { userMessage } from '../taskpane/userMessage';
import type { WorkbookPort } from '../workbook/port';

export const COMMANDS = ['controleer', 'toetsAanNormen'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type CommandOutcome =
  | { ok: true; command: 'controleer'; shown: string; errors: number; warnings: number }
  | { ok: true; command: 'toetsAanNormen'; shown: string; counts: FlagCounts }
  /** `message` is for the user: a UserError in their language (a refusal rendered from the catalogue), or a plain fallback. */
  | { ok: false; command: CommandName; message: string };

const FAILED: Record<Language, Record<CommandName, string>> = {
  nl: {
    controleer: 'Controleer register is niet gelukt. Probeer het opnieuw, of open Beleidsregister (Start > Register) voor meer uitleg.',
    toetsAanNormen: 'Toets aan normen is niet gelukt. Probeer het opnieuw, of open Beleidsregister (Start > Register) voor meer uitleg.',
  },
  en: {
    controleer: 'Check register did not succeed. Try again, or open Beleidsregister (Home > Register) for more.',
    toetsAanNormen: 'Test against norms did not succeed. Try again, or open Beleidsregister (Home > Register) for more.',
  },
};

export async function runCommand(command: CommandName, wb: WorkbookPort, language: Language): Promise<CommandOutcome> {
  try {
    if (command === 'controleer') {
      const result = await checkRegistry(wb);
      await writeControlSheet(wb, result);
      await wb.select(CONTROL_SHEET, 'A1');
      return { ok: true, command, shown: CONTROL_SHEET, ...result.summary };
    }
    const result = await flagRegistry(wb);
    await wb.select(OVERVIEW_SHEET, 'A1');
    return { ok: true, command, shown: OVERVIEW_SHEET, counts: result.counts };
  } catch (error) {
    return { ok: false, command, message: userMessage(error, FAILED[language][command], (p) => problemText(p, language)) };
  }
}
