// The flagged demo as a user without the add-in sees it: LibreOffice renders the live conditional
// formats, so the deviating values are coloured; a value typed afterwards (written through the xlsx
// adapter, without running flag again) changes colour by itself.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flagRegistry } from '../../src/norms';
import { LOOK } from '../../src/norms/status';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { FIRST_NEW_MEASUREMENT, NOW, demo, set } from './helpers';

const dir = useTempDir();
const [DEVIATION, OFF_TRACK, OUTLIER] = [LOOK.deviation, LOOK.offTrack, LOOK.outlier].map((look) => look.fill.toLowerCase());

/** Per Metingen row (worksheet row 2 on): the Waarde cell's text and colour, and the Status cell's colour. */
async function metingen(wb: XlsxWorkbook, name: string) {
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
  const sheet = html.split(/<h1>Sheet \d+: /).find((part) => part.startsWith('<em>Metingen</em>'))!;
  const rows = [...sheet.matchAll(/<tr.*?<\/tr>/gis)].map(([row]) =>
    [...row.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toLowerCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() })),
  );
  // LibreOffice writes a cell's note before its value.
  return rows.slice(1).map((cells) => ({
    value: cells[4].text.split(/\s+/).at(-1),
    note: cells[4].text.includes('Toets aan normen'),
    colour: cells[4].colour,
    status: cells[8].text,
    statusColour: cells[8].colour,
  }));
}

test('the deviating values are coloured in LibreOffice, and the colour follows a value typed later', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const flagged = await XlsxWorkbook.load(await wb.save());

  const before = await metingen(flagged, 'gemarkeerd');
  // 42.6 breaches the Citadelpark's stand-still (toename max. 0 %); 24.1 is Opvallend; 0.365 is behind the Binnenstad's path.
  expect(before.filter((r) => r.colour === DEVIATION).map((r) => r.value)).toEqual(['51.8', '51.2', '49.6', '48.7', '0.49', '0.45', 'C', '42.6', '27.2']);
  expect(before.filter((r) => r.colour === OUTLIER).map((r) => r.value)).toEqual(['24.1']);
  expect(before.filter((r) => r.colour === OFF_TRACK).map((r) => r.value)).toEqual(['0.365']);
  expect(before.filter((r) => ![DEVIATION, OUTLIER, OFF_TRACK].includes(r.colour)).every((r) => r.colour === 'none')).toBe(true);
  expect(before.filter((r) => r.note).map((r) => r.value)).toEqual(['51.8', '51.2', '49.6', '48.7', '0.49', '0.45', 'C', '42.6', '24.1', '0.365', '27.2']);
  expect(before.filter((r) => r.status === 'Afwijking').every((r) => r.statusColour === DEVIATION)).toBe(true);
  expect(before.find((r) => r.status === 'OK')?.statusColour).toBe(LOOK.good.fill.toLowerCase());

  // A staff member types new values; nobody runs flag.
  await flagged.apply([
    set('measurements', 8, 'value', 0.39),
    set('measurements', 10, 'value', 0.42),
    set('measurements', 12, 'value', 'A'),
    set('measurements', 16, 'value', 42.2),
    set('measurements', 20, 'value', 0.35),
    // Bouwhoogte (the demo's last two rows): each row's colour follows the norm that decided it (min. 9 m, then max. 25 m).
    set('measurements', FIRST_NEW_MEASUREMENT - 2, 'value', 8),
    set('measurements', FIRST_NEW_MEASUREMENT - 1, 'value', 24),
  ]);
  const after = await metingen(flagged, 'getypt');
  expect(after.filter((r) => r.colour === DEVIATION).map((r) => r.value)).toEqual(['51.8', '51.2', '49.6', '48.7', '0.45', '0.42', '8']);
  expect(after.filter((r) => r.colour === OFF_TRACK)).toEqual([]);
  // The status words stay as flag wrote them until the next run.
  expect(after.map((r) => r.status)).toEqual(before.map((r) => r.status));
});
