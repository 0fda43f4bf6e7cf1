import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { UserError } from '../../src/errors';
import { readMonitorCsv } from '../../src/monitor/csv';
import { collect, fixture, plainRow, WO_07 } from './helpers';

const read = async (name: string, options: { text?: string } = {}) => {
  const c = collect();
  const result = await readMonitorCsv(options.text ?? readFileSync(fixture(name), 'utf8'), c.sink, { fileName: name });
  return { ...c, result, plain: c.rows.map(plainRow) };
};

describe('reading a Gemeente-Stadsmonitor CSV: each quirk', () => {
  const cases: { description: string; file: string; expected: ReturnType<typeof plainRow>[] }[] = [
    {
      description: 'a byte-order mark and CRLF line endings; decimal comma; an empty value',
      file: 'bom_crlf.csv',
      expected: [
        { line: 2, area: 'Vlaams Gewest 2000', indicator: 'Mediaanprijs huizen', period: '2022', dimension: 'Alle huizen', values: [[null, 'euro', 300000]] },
        { line: 3, area: 'Gent 44021', indicator: 'Mediaanprijs huizen', period: '2022', dimension: 'Alle huizen', values: [[null, 'euro', 325000.5]] },
        { line: 4, area: 'Gent 44021', indicator: 'Mediaanprijs huizen', period: '2022', dimension: 'Open bebouwing', values: [[null, 'euro', null]] },
      ],
    },
    {
      description: 'thousands separators (points), with and without decimals; 02000 for the region',
      file: 'thousands_separators.csv',
      expected: [
        { line: 2, area: 'Vlaams Gewest 02000', indicator: 'Bevolking', period: '2023', dimension: '', values: [[null, 'aantal', 6821770]] },
        { line: 3, area: 'Gent 44021', indicator: 'Bevolking', period: '2023', dimension: '', values: [[null, 'aantal', 265086]] },
        { line: 4, area: 'Provincie Oost-Vlaanderen 40000', indicator: 'Bevolking', period: '2023', dimension: '', values: [[null, 'aantal', 1562125]] },
      ],
    },
    {
      description: 'quoted fields holding ; and doubled quotes',
      file: 'quoted_semicolons.csv',
      expected: [
        { line: 2, area: 'Gent 44021', indicator: 'Aandeel woningen; sociaal', period: '2023', dimension: 'Huur; sociaal', values: [[null, '%', 12.4]] },
        { line: 3, area: 'Gent 44021', indicator: 'Aandeel woningen; sociaal', period: '2023', dimension: 'Huur "privé"', values: [[null, '%', 31]] },
      ],
    },
    {
      description: 'empty values and the markers -, x, ?, nvt are empty, not errors',
      file: 'empty_and_markers.csv',
      expected: ['2018', '2019', '2020', '2021', '2022', '2023', '2024'].map((period, i) => ({
        line: i + 2,
        area: 'Gent 44021',
        indicator: 'Mediaanprijs huizen',
        period,
        dimension: 'Alle huizen',
        values: [[null, 'euro', period === '2024' ? 310000 : null]],
      })),
    },
    {
      description: 'several dimension columns make one dimension',
      file: 'several_dimensions.csv',
      expected: [
        ['Man | 18-24 jaar', 40.1],
        ['Vrouw | 18-24 jaar', 38.7],
        ['Man | 25-64 jaar', 76.3],
        ['Vrouw | 25-64 jaar', 70.2],
      ].map(([dimension, value], i) => ({ line: i + 2, area: 'Gent 44021', indicator: 'Werkzaamheidsgraad', period: '2022', dimension: dimension as string, values: [[null, '%', value]] })),
    },
    {
      description: 'several measure columns: each its own label and unit',
      file: 'several_measures.csv',
      expected: [
        { line: 2, area: 'Gent 44021', indicator: 'Leefloners', period: '2023', dimension: 'Totaal', values: [['Aantal', 'aantal', 5120], ['Procent', '%', 1.9]] },
        { line: 3, area: 'Gent 44021', indicator: 'Leefloners', period: '2023', dimension: 'Jongeren', values: [['Aantal', 'aantal', 1830], ['Procent', '%', 4.2]] },
        { line: 4, area: 'Vlaams Gewest 2000', indicator: 'Leefloners', period: '2023', dimension: 'Totaal', values: [['Aantal', 'aantal', 60120], ['Procent', '%', 0.9]] },
      ],
    },
  ];
  test.each(cases)('$description ($file)', async ({ file, expected }) => {
    const { plain, skipped, result } = await read(file);
    expect(skipped).toEqual([]);
    expect(plain).toEqual(expected);
    expect(result.rowsRead).toBe(expected.length);
  });

  test('a malformed line is reported with its line number and the rest is read', async () => {
    const { plain, skipped, result } = await read('malformed_line.csv');
    expect(skipped).toEqual([{ line: 3, column: null, rule: 'import.velden', params: expect.objectContaining({ count: 4, expected: 6 }), message: expect.stringMatching(/^de regel heeft 4 velden in plaats van 6/) }]);
    // Bad values and periods are the import's to judge; the reader hands the rows on.
    expect(plain.map((r) => r.line)).toEqual([2, 4, 5, 6]);
    expect(result.rowsRead).toBe(5);
  });

  test('a field with an unclosed quote is reported; lines before it are read', async () => {
    const text = 'Gemeente;NIS-code;Indicator;Jaar;Aantal\nGent;44021;Inwoners;2022;5\nGent;44021;"Inwoners;2023;6\n';
    const { plain, skipped } = await read('kapot.csv', { text });
    expect(plain.map((r) => r.line)).toEqual([2]);
    expect(skipped).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('aanhalingsteken') })]);
  });

  test('a trailing separator (one empty field too many) is harmless', async () => {
    const { plain, skipped } = await read('puntkomma.csv', { text: 'Gemeente;NIS-code;Indicator;Jaar;Aantal;\nGent;44021;Inwoners;2022;5;\n' });
    expect(skipped).toEqual([]);
    expect(plain).toEqual([expect.objectContaining({ area: 'Gent 44021', values: [[null, 'aantal', 5]] })]);
  });

  test('a multi-line quoted field keeps the line numbers of what follows right', async () => {
    const text = 'Gemeente;NIS-code;Indicator;Jaar;Type;Aantal\nGent;44021;Inwoners;2022;"twee\nregels";5\nGent;44021;Inwoners;2022;een;x;1\n';
    const { skipped } = await read('meerregelig.csv', { text });
    expect(skipped.map((s) => s.line)).toEqual([4]);
  });

  describe('a file that is no monitor CSV gets a Dutch message naming what was expected and found', () => {
    test.each([
      ['wrong columns', 'wrong_columns.csv', /wrong_columns\.csv is geen CSV-bestand van de Gemeente-Stadsmonitor: verwacht werden de kolommen Gemeente, NIS-code, Indicator en Jaar.*gevonden: Naam, Adres, Postcode, Telefoon/, null],
      ['no column with numbers', 'tekst.csv', /geen kolom met getallen achter de kolom Jaar/, 'Gemeente;NIS-code;Indicator;Jaar;Opmerking\nGent;44021;X;2022;goed\n'],
      ['an empty file', 'leeg.csv', /leeg\.csv is leeg/, ''],
    ])('%s', async (_, file, message, text: string | null) => {
      const run = read(file, { text: text ?? undefined });
      await expect(run).rejects.toBeInstanceOf(UserError);
      await expect(run).rejects.toThrow(message);
    });
  });
});

describe('streaming', () => {
  test('the real WO_07 download streams from disk in chunks with progress, every row handed on', async () => {
    const c = collect();
    const progress: [number, number][] = [];
    const stream = createReadStream(WO_07, { highWaterMark: 1 << 16 });
    stream.setEncoding('utf8');
    const result = await readMonitorCsv(stream, c.sink, { fileName: 'WO_07_mediaanprijs_huizen.csv', onChunk: (rows, position) => progress.push([rows, position]) });
    expect(result.rowsRead).toBe(13728);
    expect(c.rows).toHaveLength(13728);
    expect(c.skipped).toEqual([]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.map((p) => p[0])).toEqual([...progress.map((p) => p[0])].sort((a, b) => a - b));
    expect(c.rows[0]).toMatchObject({ line: 2, area: { name: 'Vlaams Gewest', code: '2000' }, indicator: { name: 'Mediaanprijs huizen', fileCode: 'WO_07' }, period: '2010', dimension: 'Alle huizen' });
    expect(c.rows.at(-1)?.line).toBe(13729);
  });

  test('chunks may cut a line anywhere: tiny chunks give the same rows', async () => {
    const text = readFileSync(fixture('quoted_semicolons.csv'), 'utf8');
    const whole = collect();
    await readMonitorCsv(text, whole.sink, { fileName: 'a.csv' });
    const pieces = collect();
    const stream = Readable.from(text.match(/[\s\S]{1,7}/g)!, { objectMode: true });
    // A stream's first chunk is too short to guess the separator from; node.ts passes the one it saw.
    await readMonitorCsv(stream, pieces.sink, { fileName: 'a.csv', delimiter: ';' });
    expect(pieces.rows).toEqual(whole.rows);
  });

  test('a stream that breaks off rejects with a Dutch message', async () => {
    const stream = new Readable({ read() {} });
    const run = readMonitorCsv(stream, collect().sink, { fileName: 'afgebroken.csv' });
    stream.push('Gemeente;NIS-code;Indicator;Jaar;Aantal\nGent;44021;X;2022;5\n');
    stream.destroy(new Error('verbinding verbroken'));
    await expect(run).rejects.toThrow(/afgebroken\.csv kan niet gelezen worden: het lezen stopte halverwege/);
  });

  test('an AbortSignal stops the reading', async () => {
    const controller = new AbortController();
    const stream = createReadStream(WO_07, { highWaterMark: 1 << 14 });
    stream.setEncoding('utf8');
    const c = collect();
    const run = readMonitorCsv(stream, c.sink, { fileName: 'WO_07.csv', signal: controller.signal, onChunk: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(c.rows.length).toBeLessThan(13728);
    stream.destroy();
  });
});
