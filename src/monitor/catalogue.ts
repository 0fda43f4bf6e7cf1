// The indicator catalogue of the Gemeente-Stadsmonitor: search it, look up an indicator by code or by
// the name a download carries. The data (catalogueData.ts, ~320 kB with the definitions) is loaded on
// first use through a dynamic import, so a bundler keeps it out of the add-in's main bundle.
import { normalText } from './text';

export interface CatalogueEntry {
  /** Monitor code, e.g. `WO_07`; not stable between editions, so the registry keeps it as data. */
  code: string;
  /** The name a per-indicator download carries in its Indicator column, e.g. `Mediaanprijs huizen`. */
  title: string;
  /** Basisthema, one of the registry's default Thema's. */
  theme: string;
  /** A survey (burgerbevraging) indicator rather than a registered statistic. */
  survey: boolean;
  /** Unit as the registry writes it: `%`, `euro`, `euro per inwoner`. */
  unit: string;
  source: string;
  lastYear: string;
  /** When the monitor expects new figures, e.g. `november 2023`; empty when unknown. */
  nextUpdate: string;
  definition: string;
}

export interface Catalogue {
  edition: string;
  entries: readonly CatalogueEntry[];
  byCode(code: string): CatalogueEntry | undefined;
  byTitle(title: string): CatalogueEntry | undefined;
  /**
   * Entries for a query: a monitor code (`KL_01`, `wo 07`) gives that code and the codes under it; a
   * theme's name its indicators; else the entries that have every word (or a synonym) in their code,
   * title, theme or definition, accents and case folded. Best matches first: the exact code, then
   * matches in the title, then in the theme, then in the definition only.
   */
  search(query: string, limit?: number): CatalogueEntry[];
}

const codeKey = (code: string) => code.trim().toUpperCase();
/** A query that is (the start of) a monitor code, e.g. `kl 01`, `wo s 20 1` or `wo`, once folded. */
const CODE_QUERY = /^[a-z]{2}( s)?( \d+)*$/;
/** Words the monitor's titles and definitions use for what users search (the monitor says lawaai, users say geluid). */
const SYNONYMS: Record<string, readonly string[]> = { geluid: ['lawaai'], lawaai: ['geluid'] };

export function makeCatalogue(edition: string, entries: readonly CatalogueEntry[]): Catalogue {
  const codes = new Map(entries.map((e) => [codeKey(e.code), e]));
  const titles = new Map(entries.map((e) => [normalText(e.title), e]));
  let folded: { code: string; title: string; theme: string; definition: string }[] | undefined;
  return {
    edition,
    entries,
    byCode: (code) => codes.get(codeKey(code)),
    byTitle: (title) => titles.get(normalText(title)),
    search(query, limit = 50) {
      const q = normalText(query);
      if (!q) return entries.slice(0, limit);
      folded ??= entries.map((e) => ({ code: normalText(e.code), title: normalText(e.title), theme: normalText(e.theme), definition: normalText(e.definition) }));
      const f = folded;
      if (CODE_QUERY.test(q) && entries.some((_, i) => f[i].code.startsWith(q))) {
        return entries.filter((_, i) => f[i].code === q).concat(entries.filter((_, i) => f[i].code !== q && f[i].code.startsWith(q))).slice(0, limit);
      }
      if (f.some((x) => x.theme === q)) return entries.filter((_, i) => f[i].theme === q).slice(0, limit);
      const words = q.split(' ').map((w) => [w, ...(SYNONYMS[w] ?? [])]);
      const has = (text: string) => words.every((forms) => forms.some((w) => text.includes(w)));
      const scored: [number, number, CatalogueEntry][] = [];
      entries.forEach((e, i) => {
        const { code, title, theme, definition } = f[i];
        const rank =
          code === q ? 0 : title === q ? 1 : title.startsWith(q) ? 2 : has(`${code} ${title}`) ? 3 : has(`${code} ${title} ${theme}`) ? 4 : has(`${code} ${title} ${theme} ${definition}`) ? 5 : -1;
        if (rank >= 0) scored.push([rank, i, e]);
      });
      return scored
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .slice(0, limit)
        .map((s) => s[2]);
    },
  };
}

let loaded: Promise<Catalogue> | undefined;

/** The built-in catalogue (edition 2023-12), loaded once. */
export function loadCatalogue(): Promise<Catalogue> {
  loaded ??= import('./catalogueData').then(({ edition, rows }) =>
    makeCatalogue(
      edition,
      rows.map(([code, title, theme, survey, unit, source, lastYear, nextUpdate, definition]) => ({
        code,
        title,
        theme,
        survey: survey === 1,
        unit,
        source,
        lastYear,
        nextUpdate,
        definition,
      })),
    ),
  );
  return loaded;
}
