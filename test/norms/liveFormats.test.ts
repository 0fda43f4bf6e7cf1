// The live flags are conditional formats that compare Waarde with the test written beside it. They
// must agree with breaches() on every case, in LibreOffice (which renders them without any add-in)
// as in Excel, and stay within Excel's 255 characters per rule.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flagFormats } from '../../src/norms/liveFormats';
import { breaches } from '../../src/norms/operators';
import { LOOK, STATUS_TEXT } from '../../src/norms/status';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { operatorCases } from './operatorCases';

const dir = useTempDir();
// The Metingen captions the formats read, in another order than the schema's and with a user column
// in between: the formulas follow the captions, not fixed letters.
const COLUMNS = ['Geval', 'Waarde', 'Mijn kolom', 'Status', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'];

/** Background colour of each row's Waarde and Status cells in LibreOffice's HTML export, by the row's first cell. */
async function rendered(wb: XlsxWorkbook, name: string): Promise<Map<string, { value: string; status: string }>> {
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
  const out = new Map<string, { value: string; status: string }>();
  for (const [row] of html.matchAll(/<tr.*?<\/tr>/gis)) {
    const cells = [...row.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toUpperCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() }));
    if (cells.length >= 4) out.set(cells[0].text, { value: cells[1].colour, status: cells[3].colour });
  }
  return out;
}

test('every rule fits in 255 characters, with two-letter columns too', () => {
  const far = { name: 'tblMetingen', sheet: 'Metingen', columns: [...Array.from({ length: 30 }, (_, i) => `X${i}`), ...COLUMNS], address: 'A1:AM2', rowCount: 1 };
  const near = { ...far, columns: COLUMNS, address: 'A1:I2' };
  const formats = flagFormats(far);
  // The same rules as on a table from column A, for Waarde and Status: none may go missing.
  expect([...formats.keys()]).toEqual(['Waarde', 'Status']);
  expect([...formats.values()].map((f) => f.length)).toEqual([...flagFormats(near).values()].map((f) => f.length));
  expect(formats.get('Waarde')!.length).toBeGreaterThan(0);
  expect(formats.get('Status')!.length).toBeGreaterThan(0);
  for (const list of formats.values()) for (const f of list) expect(f.formula.length).toBeLessThanOrEqual(255);
});

test('LibreOffice colours exactly the values breaches() flags, for every operator', async () => {
  const rows = operatorCases.map(([name, test, measured]) => [
    name,
    measured,
    'x',
    STATUS_TEXT.ok,
    test.operator,
    test.value,
    test.upper,
    test.reference,
    test.scale ? test.scale.join(';') : null,
  ]);
  // A target row behind its path is amber, a likely entry error purple, whatever the bounds say.
  rows.push(['streefpad achter', 49, 'x', STATUS_TEXT.off_track, 'max', 48, null, null, null]);
  rows.push(['streefpad voor', 47, 'x', STATUS_TEXT.on_track, 'max', 48, null, null, null]);
  rows.push(['opvallend', 481, 'x', STATUS_TEXT.outlier, 'max', 48, null, null, null]);
  rows.push(['tekst bij een getal', 'luid', 'x', STATUS_TEXT.ok, 'max', 48, null, null, null]);
  rows.push(['lege waarde', null, 'x', STATUS_TEXT.ok, 'max', 48, null, null, null]);
  const wb = XlsxWorkbook.create();
  await wb.apply([{ kind: 'addSheet', sheet: 'Metingen' }, { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns: COLUMNS, rows }]);
  const formats = flagFormats((await wb.info()).tables[0]);
  expect([...formats.keys()]).toEqual(['Waarde', 'Status']);
  await wb.apply([...formats].map(([column, list]) => ({ kind: 'setConditionalFormats' as const, table: 'tblMetingen', column, formats: list })));

  const colours = await rendered(wb, 'operatoren');
  const deviation = LOOK.deviation.fill.toUpperCase();
  for (const [name, test, measured] of operatorCases) {
    expect({ name, colour: colours.get(name)?.value }).toEqual({ name, colour: breaches(test, measured) ? deviation : 'none' });
  }
  expect(colours.get('streefpad achter')).toEqual({ value: LOOK.offTrack.fill.toUpperCase(), status: LOOK.offTrack.fill.toUpperCase() });
  expect(colours.get('streefpad voor')).toEqual({ value: 'none', status: LOOK.onTrack.fill.toUpperCase() });
  expect(colours.get('opvallend')?.value).toBe(LOOK.outlier.fill.toUpperCase());
  expect(colours.get('tekst bij een getal')?.value).toBe('none');
  expect(colours.get('lege waarde')?.value).toBe('none');
  expect(colours.get(operatorCases[0][0])?.status).toBe(LOOK.good.fill.toUpperCase());
});
