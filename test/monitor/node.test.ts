import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/errors';
import { importMonitor } from '../../src/monitor/import';
import { closeMonitorSource, openMonitorFile } from '../../src/monitor/node';
import { useTempDir } from '../helpers/tempDir';
import { fixture, newRegistry, tableObjects } from './helpers';

const dir = useTempDir();
const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir(), name);
  writeFileSync(file, data);
  return file;
};

describe('opening a monitor file from disk', () => {
  test.each([
    ['a CSV', () => fixture('bom_crlf.csv'), 'csv'],
    ['a Swing selection table', () => fixture('swing_selectie_namen.json'), 'json'],
    ['an Excel file, whatever its name', () => write('eigenlijk-excel.csv', Buffer.from('504b0304140000000000', 'hex')), 'xlsx'],
  ])('%s is recognised by its content', async (_, file, kind) => {
    const source = await openMonitorFile(file());
    expect(source.kind).toBe(kind);
    closeMonitorSource(source);
  });

  test.each([
    ['an HTML error page saved as .csv', () => fixture('html_error_page.csv'), /html_error_page\.csv is een webpagina \(HTML\), geen CSV-bestand van de Gemeente-Stadsmonitor: verwacht werd een eerste regel zoals Gemeente;NIS-code;Indicator;Jaar;…, gevonden: <!DOCTYPE html>.*download het bestand opnieuw/],
    ['a binary file', () => write('foto.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /foto\.csv is een binair bestand, geen tekst: verwacht werd een CSV-bestand van de Gemeente-Stadsmonitor/],
    ['a PDF', () => write('rapport.csv', '%PDF-1.7\n1 0 obj\n'), /rapport\.csv is een PDF-document/],
    ['a UTF-16 export', () => write('unicode.csv', Buffer.from('\ufeffGemeente;NIS-code', 'utf16le')), /unicode\.csv is opgeslagen als Unicode-tekst \(UTF-16\)/],
    ['an empty file', () => write('leeg.csv', ''), /leeg\.csv is leeg/],
  ])('%s gets a Dutch message naming what was expected and found', async (_, file, message) => {
    const opening = openMonitorFile(file());
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toThrow(message);
  });

  test('a CSV re-saved by Excel on Windows (Windows-1252, comma separated) still reads right', async () => {
    const text = 'Gemeente,NIS-code,Indicator,Jaar,Procent (%)\nGent,44021,Tevredenheid café,2023,"12,5"\nGent,44021,Tevredenheid café,2024,13.5\n';
    const file = write('excel.csv', Buffer.from(text, 'latin1'));
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, await openMonitorFile(file));
    expect(result.errors).toEqual([]);
    expect(result.summary.indicatorsAdded[0].name).toBe('Tevredenheid café');
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => m.Waarde)).toEqual([12.5, 13.5]);
  });

  test('a missing file is an error for the caller to word (the CLI says so in Dutch)', async () => {
    await expect(openMonitorFile(path.join(dir(), 'nergens.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
