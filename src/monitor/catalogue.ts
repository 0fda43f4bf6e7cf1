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
  /** Entries matching every word of the query in code, title or theme; best matches first. */
  search(query: string, limit?: number): CatalogueEntry[];
}

const codeKey = (code: string) => code.trim().toUpperCase();

export function makeCatalogue(edition: string, entries: readonly CatalogueEntry[]): Catalogue {
  const codes = new Map(entries.map((e) => [codeKey(e.code), e]));
  const titles = new Map(entries.map((e) => [normalText(e.title), e]));
  return {
    edition,
    entries,
    byCode: (code) => codes.get(codeKey(code)),
    byTitle: (title) => titles.get(normalText(title)),
    search(query, limit = 50) {
      const words = normalText(query).split(' ').filter(Boolean);
      if (!words.length) return entries.slice(0, limit);
      const q = words.join(' ');
      const scored: [number, number, CatalogueEntry][] = [];
      entries.forEach((e, i) => {
        const code = normalText(e.code.replace(/_/g, ' '));
        const title = normalText(e.title);
        const haystack = `${code} ${normalText(e.code)} ${title} ${normalText(e.theme)}`;
        if (!words.every((w) => haystack.includes(w))) return;
        const rank =
          codeKey(e.code) === codeKey(query) ? 0 : title === q ? 1 : normalText(e.code).startsWith(q) ? 2 : title.startsWith(q) ? 3 : title.includes(q) ? 4 : 5;
        scored.push([rank, i, e]);
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
