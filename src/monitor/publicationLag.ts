// How long after its year a monitor figure comes out (issue 16 §3), read from the catalogue: the
// update announced in "Aanlevering volgende update" (e.g. oktober 2024) brings the year after
// "Laatste jaar beschikbaar" (2022 → 2023), so 2023's figures took from the end of 2023 to the end
// of October 2024: 10 months. Where the catalogue says nothing usable (te bepalen, onbekend) or the
// two do not fit that reading (a figure on 1 January, a projection for 2040), nothing is guessed.
import type { CatalogueEntry } from './catalogue';
import { normalText } from './text';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Seasons the catalogue uses, at their last month: better a value asked a little late than too early. */
const SEASONS: Record<string, number> = { voorjaar: 6, zomer: 9, najaar: 12 };
/** A longer lag than this says the catalogue's two fields are out of step, not how slow the source is. */
const MAX_LAG = 36;

/** Months after its period a catalogue indicator's value is published, or null when the catalogue does not say. */
export function publicationLag(entry: Pick<CatalogueEntry, 'lastYear' | 'nextUpdate'>): number | null {
  const update = /^([a-z]+) (\d{4})$/.exec(normalText(entry.nextUpdate));
  const last = /^\d{4}$/.test(entry.lastYear.trim()) ? Number(entry.lastYear) : null;
  if (!update || last === null) return null;
  const month = MONTHS.indexOf(update[1]) + 1 || SEASONS[update[1]];
  if (!month) return null;
  const lag = (Number(update[2]) - (last + 1)) * 12 + month - 12;
  return lag >= 0 && lag <= MAX_LAG ? lag : null;
}
