// Excel's refusals in plain Dutch, each saying what to do. Excel reports a failed batch with an
// error code (OfficeExtension.Error.code) and an English message; the adapter turns the codes a user
// can act on into a UserError, which the task pane and the ribbon commands show as it is
// (taskpane/userMessage.ts). Other codes are bugs of ours and keep the caller's fallback text.
import { UserError } from '../../errors';

const MESSAGES: Record<string, string> = {
  AccessDenied:
    'Excel weigert de wijziging: het blad of de werkmap is beveiligd, of alleen-lezen geopend. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of open de werkmap om te bewerken, en probeer het opnieuw.',
  ApiNotFound:
    'Deze versie van Excel kent een functie niet die Beleidsregister nodig heeft. Werk Office bij (Bestand > Account > Bijwerkopties) of gebruik Excel voor het web.',
  ItemNotFound:
    'Een blad, tabel of naam die Beleidsregister verwacht, staat niet (meer) in de werkmap: misschien hernoemd of verwijderd. Kies Maak register om het register te herstellen en probeer het opnieuw.',
  RequestPayloadSizeLimitExceeded:
    'De wijziging is te groot om in één keer naar Excel te sturen; een deel kan al geschreven zijn. Probeer het opnieuw; lukt het niet, werk dan met de opdrachtregel (beleidsregister) op een kopie van het bestand.',
  InvalidOperationInCellEditMode: 'U bent een cel aan het bewerken. Druk op Enter of Esc om de cel te verlaten en probeer het opnieuw.',
  FilteredRangeConflict: 'Een filter op een tabel staat de wijziging in de weg. Wis de filters (Gegevens > Wissen) en probeer het opnieuw.',
  GeneralException:
    'Excel kon de opdracht niet uitvoeren. Sla de werkmap op en probeer het opnieuw; lukt het dan nog niet, sluit de werkmap en open ze opnieuw.',
};

/** The Dutch UserError for an error Excel reported with a code a user can act on; anything else as it is. */
export function fromOfficeError(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code) ? new UserError('excel', MESSAGES[code], { cause: error }) : error;
}
