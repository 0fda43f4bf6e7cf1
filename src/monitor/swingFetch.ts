// Fetches data from a Swing "in Cijfers" site (FORMATS.md §4): the selection table of each variable,
// or its OData values. Requests go only to the address the user gave (no redirects, no next links
// elsewhere); every failure becomes a Dutch UserError, and nothing is returned half: the import
// only starts when every request succeeded. `fetch` is injectable for tests and for the add-in.
import { refuse, withCause } from '../rules';
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
    throw refuse('swing.adres', { site });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('swing.geen-http', { site });
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The site's address as a user reads it, e.g. provincies.incijfers.be. */
const hostOf = (url: URL) => url.host + url.pathname.replace(/\/$/, '');

/** What a request asks for, as the refusals name it. */
type Asked = { request: 'selectietabel' | 'variabele' | 'waarden'; variable: string };

/** `asked`: what the request is for, named in a refusal. */
async function get(url: URL, site: URL, options: SwingFetchOptions, asked: Asked): Promise<unknown> {
  const what = { host: hostOf(site), ...asked };
  if (url.origin !== site.origin) throw refuse('swing.ander-adres', { ...what, origin: url.origin });
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url.toString(), {
      headers: { Accept: 'application/json', ...(options.apiKey ? { apikey: options.apiKey } : {}) },
      redirect: 'manual',
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted || (e as Error).name === 'AbortError') throw refuse('swing.afgebroken');
    throw withCause(refuse('swing.onbereikbaar', { host: what.host }), e);
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    const to = response.headers.get('location');
    throw refuse('swing.doorverwezen', { ...what, to });
  }
  if (status === 401 || status === 403) {
    throw refuse(options.apiKey ? 'swing.sleutel-geweigerd' : 'swing.sleutel-nodig', { host: what.host, status });
  }
  if (status === 404) throw refuse('swing.niet-gevonden', what);
  // Not the status text: the server's own words, in English.
  if (status < 200 || status >= 300) throw refuse('swing.fout', { ...what, status });
  const text = await response.text();
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    const start = text.trimStart().slice(0, 40).split(/\r?\n/)[0];
    throw refuse('swing.geen-json', { ...what, start, page: /^</.test(start) ? 1 : 0 });
  }
}

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Fetches every variable; the result is ready for `importMonitor`. */
export async function fetchSwing(options: SwingFetchOptions): Promise<Extract<MonitorSource, { kind: 'swing' }>> {
  const site = siteUrl(options.site);
  const variables = options.variables.map((v) => v.trim()).filter(Boolean);
  if (!variables.length) throw refuse('swing.geen-variabele');
  const geoLevel = options.geoLevel ?? 'gemeente';
  const periodLevel = options.periodLevel ?? 'year';
  const source = `Swing (${hostOf(site)})`;

  if ((options.api ?? 'selectiontable') === 'selectiontable') {
    const tables: { table: SwingTable; variables: SwingVariable[] }[] = [];
    for (const code of variables) {
      const url = new URL('jive/selectiontableasjson.ashx', site);
      url.search = new URLSearchParams({ var: code, geolevel: geoLevel, periodlevel: periodLevel, period: options.period ?? 'mrp' }).toString();
      const parsed = parseSelectionTable(await get(url, site, options, { request: 'selectietabel', variable: code }));
      if ('problem' in parsed) throw refuse('swing.geen-selectietabel', { host: hostOf(site), variable: code, problem: parsed.problem });
      tables.push({ table: parsed.table, variables: [{ code }] });
    }
    return { kind: 'swing', name: site.toString(), source, tables };
  }

  const base = new URL('jiveservices/odata/', site);
  const series: { variable: SwingVariable; values: unknown[] }[] = [];
  for (const code of variables) {
    const meta = (await get(new URL(`Variables(${encodeURIComponent(odataString(code))})`, base), site, options, { request: 'variabele', variable: code })) as Record<string, unknown>;
    const variable: SwingVariable = { code, name: typeof meta?.Name === 'string' ? meta.Name : null, unit: typeof meta?.Unit === 'string' && meta.Unit ? meta.Unit : null };
    const values: unknown[] = [];
    let next: URL | null = new URL(
      `Variables(${encodeURIComponent(odataString(code))})/GeoLevels(${encodeURIComponent(odataString(geoLevel))})/PeriodLevels(${encodeURIComponent(odataString(periodLevel))})/Periods('all')/Values`,
      base,
    );
    for (let page = 0; next; page++) {
      if (page >= 1000) throw refuse('swing.te-veel-paginas', { host: hostOf(site), variable: code });
      const body = (await get(next, site, options, { request: 'waarden', variable: code })) as Record<string, unknown>;
      if (!Array.isArray(body?.value)) throw refuse('swing.geen-waarden', { host: hostOf(site), variable: code });
      values.push(...body.value);
      const link = body['@odata.nextLink'];
      next = typeof link === 'string' ? new URL(link, next) : null;
    }
    series.push({ variable, values });
  }
  return { kind: 'swing', name: site.toString(), source, series };
}
