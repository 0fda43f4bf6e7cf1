// Fetches data from a Swing "in Cijfers" site (FORMATS.md §4): the selection table of each variable,
// or its OData values. Requests go only to the address the user gave (no redirects, no next links
// elsewhere); every failure becomes a Dutch UserError, and nothing is returned half: the import
// only starts when every request succeeded. `fetch` is injectable for tests and for the add-in.
import { UserError } from '../errors';
import type { MonitorSource } from './import';
import { parseSelectionTable, type SwingTable, type SwingVariable } from './swing';

export interface SwingFetchOptions {
  /** The site's address, e.g. https://gent.buurtmonitor.be or https://provincies.incijfers.be. */
  site: string;
  /** Variable codes. */
  variables: string[];
  /** `selectiontable` (default) or `odata`. */
  api?: 'selectiontable' | 'odata';
  /** Swing geolevel, e.g. gemeente (default), wijk. */
  geoLevel?: string;
  /** year (default), halfyear, quarter or month. */
  periodLevel?: string;
  /** Selection table: a period such as 2022, or mrp (most recent, the default). */
  period?: string;
  /** Sent as the `apikey` header (Provincies in Cijfers requires one since 2025). */
  apiKey?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** Checks the site address: http(s) only; the path is kept (sites may live under a folder). */
export function siteUrl(site: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(site.trim()) ? site.trim() : `https://${site.trim()}`);
  } catch {
    throw new UserError('invalid-option', `${site} is geen geldig webadres. Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError('invalid-option', `${site} is geen webadres (http of https). Geef het adres van de Swing-site, bv. https://provincies.incijfers.be.`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The site's address as a user reads it, e.g. provincies.incijfers.be. */
const hostOf = (url: URL) => url.host + url.pathname.replace(/\/$/, '');

async function get(url: URL, site: URL, options: SwingFetchOptions, what: string): Promise<unknown> {
  if (url.origin !== site.origin) throw new UserError('unreachable', `${hostOf(site)} verwijst voor ${what} naar een ander adres (${url.origin}); Beleidsregister vraagt alleen gegevens op bij het adres dat u opgaf.`);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url.toString(), {
      headers: { Accept: 'application/json', ...(options.apiKey ? { apikey: options.apiKey } : {}) },
      redirect: 'manual',
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted || (e as Error).name === 'AbortError') throw new UserError('cancelled', 'Het ophalen is afgebroken; er is niets weggeschreven.');
    throw new UserError(
      'unreachable',
      `Kan ${hostOf(site)} niet bereiken: controleer het adres en de internetverbinding. In Excel kan ook de site zelf de toegang weigeren (CORS); bewaar dan de selectietabel als .json-bestand en importeer dat.`,
    );
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    const to = response.headers.get('location');
    throw new UserError('unreachable', `${hostOf(site)} stuurt de vraag naar ${what} door naar een ander adres${to ? ` (${to})` : ''}. Geef dat adres zelf op als site.`);
  }
  if (status === 401 || status === 403) {
    throw new UserError(
      'unreachable',
      options.apiKey
        ? `${hostOf(site)} weigert de API-sleutel (${status}). Controleer de sleutel bij de beheerder van de site.`
        : `${hostOf(site)} vraagt een API-sleutel (${status}). Vraag er een aan bij de beheerder van de site en vul ze in bij API-sleutel (op de opdrachtregel: --api-sleutel).`,
    );
  }
  if (status === 404) throw new UserError('unreachable', `${cap(what)} niet gevonden op ${hostOf(site)} (404). Controleer het adres van de site en de code van de variabele.`);
  if (status < 200 || status >= 300) throw new UserError('unreachable', `${hostOf(site)} gaf een fout bij ${what} (${status}${response.statusText ? ` ${response.statusText}` : ''}). Probeer het later opnieuw.`);
  const text = await response.text();
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    const start = text.trimStart().slice(0, 40).split(/\r?\n/)[0];
    throw new UserError('not-monitor-file', `Het antwoord van ${hostOf(site)} op ${what} is geen JSON maar ${/^</.test(start) ? 'een webpagina' : `"${start}"`}. Is ${hostOf(site)} een Swing-site (… in Cijfers)?`);
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Fetches every variable; the result is ready for `importMonitor`. */
export async function fetchSwing(options: SwingFetchOptions): Promise<Extract<MonitorSource, { kind: 'swing' }>> {
  const site = siteUrl(options.site);
  const variables = options.variables.map((v) => v.trim()).filter(Boolean);
  if (!variables.length) throw new UserError('invalid-option', 'Geef minstens één variabele (de code van de variabele op de Swing-site).');
  const geoLevel = options.geoLevel ?? 'gemeente';
  const periodLevel = options.periodLevel ?? 'year';
  const source = `Swing (${hostOf(site)})`;

  if ((options.api ?? 'selectiontable') === 'selectiontable') {
    const tables: { table: SwingTable; variables: SwingVariable[] }[] = [];
    for (const code of variables) {
      const url = new URL('jive/selectiontableasjson.ashx', site);
      url.search = new URLSearchParams({ var: code, geolevel: geoLevel, periodlevel: periodLevel, period: options.period ?? 'mrp' }).toString();
      const parsed = parseSelectionTable(await get(url, site, options, `de selectietabel van variabele ${code}`));
      if ('problem' in parsed) throw new UserError('not-monitor-file', `Het antwoord van ${hostOf(site)} voor variabele ${code} is geen selectietabel: ${parsed.problem}.`);
      tables.push({ table: parsed.table, variables: [{ code }] });
    }
    return { kind: 'swing', name: site.toString(), source, tables };
  }

  const base = new URL('jiveservices/odata/', site);
  const series: { variable: SwingVariable; values: unknown[] }[] = [];
  for (const code of variables) {
    const meta = (await get(new URL(`Variables(${encodeURIComponent(odataString(code))})`, base), site, options, `variabele ${code}`)) as Record<string, unknown>;
    const variable: SwingVariable = { code, name: typeof meta?.Name === 'string' ? meta.Name : null, unit: typeof meta?.Unit === 'string' && meta.Unit ? meta.Unit : null };
    const values: unknown[] = [];
    let next: URL | null = new URL(
      `Variables(${encodeURIComponent(odataString(code))})/GeoLevels(${encodeURIComponent(odataString(geoLevel))})/PeriodLevels(${encodeURIComponent(odataString(periodLevel))})/Periods('all')/Values`,
      base,
    );
    for (let page = 0; next; page++) {
      if (page >= 1000) throw new UserError('unreachable', `${hostOf(site)} blijft pagina's met waarden sturen voor variabele ${code}; het ophalen is gestopt.`);
      const body = (await get(next, site, options, `de waarden van variabele ${code}`)) as Record<string, unknown>;
      if (!Array.isArray(body?.value)) throw new UserError('not-monitor-file', `Het antwoord van ${hostOf(site)} met de waarden van variabele ${code} heeft geen lijst "value".`);
      values.push(...body.value);
      const link = body['@odata.nextLink'];
      next = typeof link === 'string' ? new URL(link, next) : null;
    }
    series.push({ variable, values });
  }
  return { kind: 'swing', name: site.toString(), source, series };
}
