// Picking indicators from the monitor's catalogue into the registry's Indicatoren: name, definition,
// unit, source, theme, the monitor code and the next-update date come from the catalogue. An
// indicator the registry already has (same Broncode) is left as it is.
import { UserError } from '../errors';
import { rowCells } from '../registry/layout';
import type { WorkbookPort } from '../workbook/port';
import { loadCatalogue, type Catalogue } from './catalogue';
import { IndicatorResolver, MONITOR_SOURCE } from './indicators';
import { readRegistry } from './registry';

export interface PickResult {
  added: { id: string; name: string; code: string }[];
  /** Codes the registry already had, with the registry's ID. */
  existing: { id: string; code: string }[];
}

export async function addFromCatalogue(wb: WorkbookPort, codes: string[], options: { catalogue?: Catalogue } = {}): Promise<PickResult> {
  const catalogue = options.catalogue ?? (await loadCatalogue());
  const unknown = codes.filter((c) => !catalogue.byCode(c));
  if (unknown.length) {
    throw new UserError('invalid-option', `${unknown.join(', ')} ${unknown.length > 1 ? 'staan' : 'staat'} niet in de catalogus van de Gemeente-Stadsmonitor (editie ${catalogue.edition}). Zoek de juiste code met beleidsregister catalogus <zoekterm>.`);
  }
  const registry = await readRegistry(wb);
  const resolver = new IndicatorResolver(registry.indicators, catalogue, MONITOR_SOURCE);
  const result: PickResult = { added: [], existing: [] };
  for (const code of codes) {
    const entry = catalogue.byCode(code)!;
    const { indicator, added } = resolver.addFromCatalogue(entry);
    if (added) result.added.push({ id: indicator.id, name: entry.title, code: entry.code });
    else if (!result.existing.some((e) => e.id === indicator.id)) result.existing.push({ id: indicator.id, code: entry.code });
  }
  const t = registry.indicators;
  if (resolver.rows.length) await wb.apply([{ kind: 'appendRows', table: t.rows.table, rows: resolver.rows.map((row) => rowCells(t.spec, t.rows.columns, row)) }]);
  return result;
}
