import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { importMonitor } from '../../src/monitor/import';
import { fetchSwing } from '../../src/monitor/swingFetch';
import { fixture, newRegistry, tableObjects } from './helpers';

const NOW = new Date(2026, 0, 5);
const json = (name: string) => ({ kind: 'json' as const, name, text: readFileSync(fixture(name), 'utf8') });

describe('a saved Swing selection table', () => {
  test('with area names instead of codes: names are matched to Werkingsgebieden and the reference', async () => {
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, json('swing_selectie_namen.json'), { now: NOW });
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ rowsRead: 8, added: 3, empty: 0, notSelected: 5 });
    expect(result.summary.indicatorsAdded).toEqual([{ id: 'IND-001', name: 'Inwoners per km²', code: null, from: 'bestand' }]);
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Periode, m.Waarde, m.Bron, m.Bestand])).toEqual([
      ['44021', '2022', 1712.4, 'Swing-selectietabel', 'swing_selectie_namen.json'],
      ['2000', '2022', 498.3, 'Swing-selectietabel', 'swing_selectie_namen.json'],
      ['40000', '2022', 513, 'Swing-selectietabel', 'swing_selectie_namen.json'],
    ]);
  });

  test('all areas: an old municipality name goes to its 2025 municipality; an unknown name is skipped with a reason', async () => {
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, json('swing_selectie_namen.json'), { allAreas: true, now: NOW });
    expect(result.summary).toMatchObject({ added: 4, empty: 3, skipped: 1 });
    expect(result.summary.areaMappings).toEqual([{ from: '44043', fromName: 'Merelbeke', to: '44088', toName: 'Merelbeke-Melle', values: 1 }]);
    expect(result.errors).toEqual([{ line: 8, column: null, rule: 'import.gebied-onbekend', params: { area: 'Wijk Nergens' }, message: expect.stringContaining('gebied Wijk Nergens is onbekend') }]);
  });

  test.each([
    ['not JSON', 'kapot.json', '{"headers": [', /kapot\.json is geen geldig JSON-bestand/],
    ['JSON of another shape', 'ander.json', '{"data": []}', /ander\.json is geen Swing-selectietabel: verwacht werd een Swing-selectietabel met "headers" en "rows"; gevonden: data/],
  ])('%s gets a Dutch message', async (_, name, text, message) => {
    await expect(importMonitor(await newRegistry('44021'), { kind: 'json', name, text })).rejects.toThrow(message);
  });
});

/** A Swing site on 127.0.0.1 that records every request it gets. */
function swingSite() {
  const requests: { url: string; host: string | undefined; apikey: string | undefined }[] = [];
  const table = {
    headers: [{ name: 'Geo', type: 'Geo' }, { name: 'Perioden', type: 'Period' }, { name: 'Aantal inwoners', type: 'Numeric' }],
    rows: [['44021', '2024', '265086'], ['2000', '2024', '6.821.770'], ['11002', '2024', '']],
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ url: req.url ?? '', host: req.headers.host, apikey: req.headers.apikey as string | undefined });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const base = url.pathname.replace(/^\/(open|sleutel|html|doorsturen|ver)\//, '/');
    const site = url.pathname.split('/')[1];
    if (site === 'sleutel' && req.headers.apikey !== 'geheim') return send(401, { message: 'Unauthorized' });
    if (site === 'html') return send(200, '<!DOCTYPE html><html><body>Onderhoud</body></html>');
    if (site === 'doorsturen') return send(302, '', { location: 'http://example.com/jive/selectiontableasjson.ashx' });
    if (base === '/jive/selectiontableasjson.ashx') {
      if (url.searchParams.get('var') !== 'bevolking') return send(404, { message: 'Not found' });
      return send(200, table);
    }
    if (base === "/jiveservices/odata/Variables('bevolking')") return send(200, { ExternalCode: 'bevolking', Name: 'Aantal inwoners', Unit: 'aantal' });
    const values = "/jiveservices/odata/Variables('bevolking')/GeoLevels('gemeente')/PeriodLevels('year')/Periods('all')/Values";
    if (base === values && !url.searchParams.has('$skip')) {
      const next = site === 'ver' ? 'http://example.com/next' : `${values.replace('/jiveservices', `/${site}/jiveservices`)}?$skip=2`;
      return send(200, { value: [{ ExternalCode: '44021', GeoLevel: 'gemeente', PeriodLevel: 'year', Period: '2023', ValueString: '263000' }, { ExternalCode: '44021', GeoLevel: 'gemeente', PeriodLevel: 'year', Period: '2024', ValueString: '265086' }], '@odata.nextLink': next });
    }
    if (base === values) return send(200, { value: [{ ExternalCode: '2000', GeoLevel: 'gemeente', PeriodLevel: 'year', Period: '2024', ValueString: '6821770' }] });
    send(404, { message: 'Not found' });
  });
  return {
    requests,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('fetching from a Swing site (a local server on 127.0.0.1)', () => {
  const site = swingSite();
  let address = '';
  beforeAll(async () => (address = await site.start()));
  afterAll(() => site.stop());
  beforeEach(() => (site.requests.length = 0));

  test('the selection table of a variable is fetched and imported', async () => {
    const source = await fetchSwing({ site: `${address}/open`, variables: ['bevolking'] });
    expect(site.requests.map((r) => r.url)).toEqual(['/open/jive/selectiontableasjson.ashx?var=bevolking&geolevel=gemeente&periodlevel=year&period=mrp']);
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, source, { now: NOW });
    expect(result.summary).toMatchObject({ rowsRead: 3, added: 2, notSelected: 1 });
    expect(result.summary.indicatorsAdded).toEqual([{ id: 'IND-001', name: 'Aantal inwoners', code: 'bevolking', from: 'bestand' }]);
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Periode, m.Waarde, m.Bron, m.Bestand])).toEqual([
      ['44021', '2024', 265086, `Swing (127.0.0.1:${address.split(':')[2]}/open)`, `${address}/open/`],
      ['2000', '2024', 6821770, `Swing (127.0.0.1:${address.split(':')[2]}/open)`, `${address}/open/`],
    ]);
  });

  test('OData values are fetched page by page (next links on the same site) with the variable’s name and unit', async () => {
    const source = await fetchSwing({ site: `${address}/open`, variables: ['bevolking'], api: 'odata' });
    expect(site.requests).toHaveLength(3);
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, source, { now: NOW });
    expect(result.summary).toMatchObject({ rowsRead: 3, added: 3 });
    expect((await tableObjects(wb, 'tblIndicatoren'))[0]).toMatchObject({ Naam: 'Aantal inwoners', Eenheid: 'aantal', Broncode: 'bevolking' });
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Periode, m.Waarde])).toEqual([
      ['44021', '2023', 263000],
      ['44021', '2024', 265086],
      ['2000', '2024', 6821770],
    ]);
  });

  test('an API key is sent as the apikey header', async () => {
    const source = await fetchSwing({ site: `${address}/sleutel`, variables: ['bevolking'], apiKey: 'geheim' });
    expect(source.tables).toHaveLength(1);
    expect(site.requests[0].apikey).toBe('geheim');
  });

  test.each([
    ['401 without an API key', () => ({ site: `${address}/sleutel` }), /vraagt een API-sleutel \(401\).*vul ze in bij API-sleutel \(op de opdrachtregel: --api-sleutel\)/],
    ['401 with a wrong API key', () => ({ site: `${address}/sleutel`, apiKey: 'fout' }), /weigert de API-sleutel \(401\)/],
    ['an unknown variable (404)', () => ({ site: `${address}/open`, variables: ['bestaatniet'] }), /De selectietabel van variabele bestaatniet niet gevonden op 127\.0\.0\.1:\d+\/open \(404\)/],
    ['a web page instead of JSON', () => ({ site: `${address}/html` }), /is geen JSON maar een webpagina/],
    ['a redirect to another address', () => ({ site: `${address}/doorsturen` }), /stuurt de vraag .* door naar een ander adres \(http:\/\/example\.com/],
    ['a next link to another address', () => ({ site: `${address}/ver`, api: 'odata' as const }), /verwijst voor de waarden van variabele bevolking naar een ander adres \(http:\/\/example\.com\)/],
    ['no site address', () => ({ site: 'ftp://127.0.0.1/data' }), /geen webadres \(http of https\)/],
  ])('%s: a clear Dutch message', async (_, options, message) => {
    await expect(fetchSwing({ variables: ['bevolking'], ...options() })).rejects.toThrow(message);
    expect(site.requests.every((r) => r.host?.startsWith('127.0.0.1'))).toBe(true);
  });

  test('offline (nobody listening): a clear Dutch message', async () => {
    const closed = swingSite();
    const gone = await closed.start();
    await closed.stop();
    await expect(fetchSwing({ site: gone, variables: ['bevolking'] })).rejects.toMatchObject({ code: 'unreachable', message: expect.stringMatching(/^Kan 127\.0\.0\.1:\d+ niet bereiken: controleer het adres en de internetverbinding.*CORS/) });
  });

  test('the fetch is injectable, and a cancel stops it', async () => {
    const controller = new AbortController();
    const fakeFetch = jest.fn(async () => {
      controller.abort();
      throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    });
    await expect(fetchSwing({ site: 'https://provincies.incijfers.be', variables: ['x'], fetch: fakeFetch as unknown as typeof fetch, signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(fakeFetch).toHaveBeenCalledWith('https://provincies.incijfers.be/jive/selectiontableasjson.ashx?var=x&geolevel=gemeente&periodlevel=year&period=mrp', expect.objectContaining({ redirect: 'manual' }));
  });
});
