import { readFileSync } from 'node:fs';
import { monitorSourceFromFile } from '../../src/monitor/browser';
import { importMonitor } from '../../src/monitor/import';
import { fixture, newRegistry, tableObjects } from './helpers';

/** A File as the browser hands it over (Node 20 has Blob; File is Blob plus a name). */
const picked = (name: string, data: Uint8Array | string) => Object.assign(new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), { name });

describe('a file picked in the browser', () => {
  test('a CSV stays a Blob for papaparse to read in chunks, with its separator and encoding', async () => {
    const source = await monitorSourceFromFile(picked('WO_07.csv', readFileSync(fixture('bom_crlf.csv'))));
    expect(source).toMatchObject({ kind: 'csv', name: 'WO_07.csv', size: 242, encoding: 'utf-8', delimiter: ';' });
    expect(source.kind === 'csv' && source.input).toBeInstanceOf(Blob);
  });

  test('a Windows-1252 CSV is read as such', async () => {
    const source = await monitorSourceFromFile(picked('excel.csv', new Uint8Array(Buffer.from('Gemeente,NIS-code,Indicator,Jaar,Aantal\nGent,44021,Café,2023,1\n', 'latin1'))));
    expect(source).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ',' });
  });

  test('a Swing selection table is read whole and imports', async () => {
    const source = await monitorSourceFromFile(picked('selectie.json', readFileSync(fixture('swing_selectie_namen.json'), 'utf8')));
    const wb = await newRegistry('44021');
    expect((await importMonitor(wb, source)).summary.added).toBe(3);
    expect(await tableObjects(wb, 'tblMetingen')).toHaveLength(3);
  });

  test('an HTML page is refused with the Dutch message', async () => {
    await expect(monitorSourceFromFile(picked('download.csv', readFileSync(fixture('html_error_page.csv'))))).rejects.toThrow(/download\.csv is een webpagina/);
  });
});
