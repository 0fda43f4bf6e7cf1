// Picking indicators from the monitor's catalogue into the registry's Indicatoren, as context
// indicators: name, definition, unit, source, theme, the monitor code, the frequency and an update
// date still ahead come from the catalogue; what it does not know is listed for the user. An
// indicator the registry already has (same Broncode) is left as it is.
import { refuse } from '../rules';
import { rowWriter } from '../registry/layout';
import { captionOf } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';
import { loadCatalogue, type Catalogue } from './catalogue';
import { IndicatorResolver, MONITOR_SOURCE } from './indicators';
import { openImportRegistry } from './registry';

/** Columns a user fills in for an indicator the catalogue cannot fill (it has no aspect, kenmerk, soort or richting). */
const LEFT_FOR_USER = ['aspect', 'character', 'kind', 'direction', 'frequency'] as const;

export interface PickResult {
  /** `left`: captions of the columns the catalogue could not fill, for the user to complete. */
  added: { id: string; name: string; code: string; left: string[] }[];
  /** Codes the registry already had, with the registry's ID. */
  existing: { id: string; code: string }[];
}

export async function addFromCatalogue(wb: WorkbookPort, codes: string[], options: { catalogue?: Catalogue; now?: Date } = {}): Promise<PickResult> {
  const catalogue = options.catalogue ?? (await loadCatalogue());
  const unknown = codes.filter((c) => !catalogue.byCode(c));
  if (unknown.length) {
    throw refuse('import.catalogus-onbekend', { codes: unknown.join(', '), count: unknown.length, edition: catalogue.edition });
  }
  const registry = await openImportRegistry(wb);
  const resolver = new IndicatorResolver(registry.indicators, catalogue, MONITOR_SOURCE, options.now ?? new Date());
  const result: PickResult = { added: [], existing: [] };
  for (const code of codes) {
    const entry = catalogue.byCode(code)!;
    const { indicator, added } = resolver.addFromCatalogue(entry);
    if (added) {
      const row = resolver.rows.find((r) => r.id === indicator.id)!;
      const left = LEFT_FOR_USER.filter((key) => row[key] == null).map((key) => captionOf('indicators', key));
      result.added.push({ id: indicator.id, name: entry.title, code: entry.code, left });
    } else if (!result.existing.some((e) => e.id === indicator.id)) result.existing.push({ id: indicator.id, code: entry.code });
  }
  const t = registry.indicators;
  if (resolver.rows.length) await wb.apply([{ kind: 'appendRows', table: t.table, rows: resolver.rows.map(rowWriter(t.spec, t.headers)) }]);
  return result;
}
