// The workbook port's contract: every adapter must pass these. `open()` gives a port on a fresh,
// empty workbook; `reopen()` gives a port on what has been written so far (for the xlsx adapter a
// real save and load, so what is asserted is what the file holds); `look()` shows what the port does
// not read back, in the saved file or the fake's state.
import type { Edit, WorkbookInfo, WorkbookPort } from '../../src/workbook/port';

/** A chart as users see it. */
export interface ChartLook {
  name: string;
  /** Excel's chart type, e.g. `Line`. */
  type: string;
  title: string;
  /** The block charted as series, sheet-qualified, and whether a series is a column or a row of it. */
  series: string;
  seriesBy: 'columns' | 'rows' | 'guessed';
  /** The cells that label the category axis, sheet-qualified; null when left to the host's guess. */
  categories: string | null;
  /** What an empty cell in a series does to its line. */
  blanks: 'gap' | 'zero' | 'connected';
  /** The cells the chart covers, top-left and bottom-right. */
  at: string | null;
  to: string | null;
}

/** How a sheet prints, as the host's print dialog shows it. */
export interface PrintLook {
  landscape: boolean;
  a4: boolean;
  /** Scaled to one page wide. */
  fitsWidth: boolean;
  /** Rows repeated on every page, as `8:8`; null when none. */
  titleRows: string | null;
  /** The centred header text, as printed. */
  header: string;
  /** Rows a manual page break stands above. */
  breaksBefore: number[];
}

/** What users see of a protected sheet, cell locks, hidden columns and the selection. */
export interface WorkbookLook {
  locked(sheet: string, cell: string): boolean;
  /** What users of a protected sheet may still do; null when it is not protected. */
  protection(sheet: string): { selectLocked: boolean; selectUnlocked: boolean; formatCells: boolean; formatColumns: boolean; formatRows: boolean } | null;
  columnHidden(sheet: string, column: string): boolean;
  /** Whether text in the column's cells wraps. */
  columnWraps(sheet: string, column: string): boolean;
  /** The sheet the workbook shows and its active cell. */
  selection(): { sheet: string; cell: string };
  /** How a sheet prints. */
  printLayout(sheet: string): PrintLook;
  /** The charts on a sheet, oldest first; absent where the adapter cannot insert charts. */
  charts?(sheet: string): ChartLook[];
}

export interface ContractHarness {
  open(): Promise<WorkbookPort>;
  reopen(): Promise<WorkbookPort>;
  look(): Promise<WorkbookLook>;
}

/**
 * A refusal for the reason given, not any crash: Office's error code on the Office.js adapter (on
 * Excel's own error, which the adapter's Dutch one carries), the adapter's own message elsewhere.
 */
async function refused(attempt: Promise<unknown>, officeCode: string, message: RegExp): Promise<void> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  // The Office.js adapter explains Excel's error in Dutch and keeps Excel's own, with its code, as the cause.
  const { code, cause } = error as Error & { code?: string; cause?: { code?: string } };
  const office = cause?.code ?? code;
  if (office !== undefined) expect(office).toBe(officeCode);
  else expect((error as Error).message).toMatch(message);
}

/** `capabilities` is what the adapter must declare in info(); tests of what it cannot do are skipped. */
export function workbookContract(adapter: string, makeHarness: () => ContractHarness, capabilities: WorkbookInfo['capabilities']): void {
  describe(`workbook port contract: ${adapter}`, () => {
    let h: ContractHarness;
    let wb: WorkbookPort;
    beforeEach(async () => {
      h = makeHarness();
      wb = await h.open();
    });

    const addPeople = (rows: (string | number | null)[][] = [['P1', 'An', 30], ['P2', 'Bart', null]]) =>
      wb.apply([
        { kind: 'addSheet', sheet: 'Mensen' },
        { kind: 'addTable', sheet: 'Mensen', table: 'tblMensen', at: 'A1', columns: ['ID', 'Naam', 'Leeftijd'], rows },
      ]);

    test('a fresh workbook has no tables and no names', async () => {
      const info = await wb.info();
      expect(info.tables).toEqual([]);
      expect(info.names).toEqual({});
    });

    test('a table is created with its header and rows', async () => {
      await addPeople();
      const again = await h.reopen();
      const info = await again.info();
      expect(info.tables).toEqual([{ name: 'tblMensen', sheet: 'Mensen', columns: ['ID', 'Naam', 'Leeftijd'], address: 'A1:C3', rowCount: 2 }]);
      const [t] = await again.readTables(['tblMensen']);
      expect(t).toMatchObject({ table: 'tblMensen', sheet: 'Mensen', firstRow: 2, firstColumn: 'A', columns: ['ID', 'Naam', 'Leeftijd'] });
      expect(t.rows).toEqual([['P1', 'An', 30], ['P2', 'Bart', null]]);
    });

    test('a sheet added at a position goes there; without one it comes last', async () => {
      const before = (await wb.info()).sheets.map((s) => s.name);
      await wb.apply([
        { kind: 'addSheet', sheet: 'Achteraan' },
        { kind: 'addSheet', sheet: 'Vooraan', position: 0 },
        { kind: 'addSheet', sheet: 'Tweede', position: 1 },
      ]);
      const names = (await (await h.reopen()).info()).sheets.map((s) => s.name);
      expect(names).toEqual(['Vooraan', 'Tweede', ...before, 'Achteraan']);
      await expect(wb.apply([{ kind: 'addSheet', sheet: 'Verloren', position: names.length + 1 }])).rejects.toThrow(/plaats/);
    });

    test('a table placed away from A1 reports its own first row and column', async () => {
      await wb.apply([
        { kind: 'addSheet', sheet: 'Ver' },
        { kind: 'addTable', sheet: 'Ver', table: 'tblVer', at: 'C4', columns: ['X'], rows: [['a']] },
      ]);
      const [t] = await (await h.reopen()).readTables(['tblVer']);
      expect(t).toMatchObject({ firstRow: 5, firstColumn: 'C', rows: [['a']] });
    });

    test('an empty table keeps one blank row, and appended rows fill it first', async () => {
      await addPeople([]);
      let [t] = await (await h.reopen()).readTables(['tblMensen']);
      expect(t.rows).toEqual([[null, null, null]]);
      wb = await h.reopen();
      await wb.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P1', 'An', 1], ['P2', 'Bo', 2]] }]);
      const again = await h.reopen();
      [t] = await again.readTables(['tblMensen']);
      expect(t.rows).toEqual([['P1', 'An', 1], ['P2', 'Bo', 2]]);
      expect((await again.info()).tables[0].address).toBe('A1:C3');
    });

    test('rows are appended below existing rows and the table grows', async () => {
      await addPeople();
      await wb.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P3', 'Cas', 40]] }]);
      const again = await h.reopen();
      expect((await again.info()).tables[0]).toMatchObject({ address: 'A1:C4', rowCount: 3 });
      const [t] = await again.readTables(['tblMensen']);
      expect(t.rows[2]).toEqual(['P3', 'Cas', 40]);
    });

    test('text is stored as text: nothing becomes a formula, number or date', async () => {
      const texts = ['=1+1', '+32 9 123', '-5', '@SUM(A1)', '2023-06', '02000', '1,5', 'TRUE', '  spaties  '];
      await wb.apply([
        { kind: 'addSheet', sheet: 'Tekst' },
        { kind: 'addTable', sheet: 'Tekst', table: 'tblTekst', at: 'A1', columns: ['Waarde'], rows: texts.map((t) => [t]) },
      ]);
      const [t] = await (await h.reopen()).readTables(['tblTekst']);
      expect(t.rows.map((r) => r[0])).toEqual(texts);
    });

    test('numbers, booleans and dates keep their type; dates read back as serial numbers', async () => {
      await wb.apply([
        { kind: 'addSheet', sheet: 'Typen' },
        {
          kind: 'addTable', sheet: 'Typen', table: 'tblTypen', at: 'A1', columns: ['Getal', 'Waar', 'Datum'],
          rows: [[52.5, true, new Date(Date.UTC(2024, 0, 1))], [-3, false, null]],
        },
      ]);
      const [t] = await (await h.reopen()).readTables(['tblTypen']);
      expect(t.rows).toEqual([[52.5, true, 45292], [-3, false, null]]);
    });

    test('columns are added at the right end; existing values stay', async () => {
      await addPeople();
      await wb.apply([{ kind: 'addColumns', table: 'tblMensen', columns: ['Dienst', 'Opmerking'] }]);
      const again = await h.reopen();
      const info = await again.info();
      expect(info.tables[0]).toMatchObject({ columns: ['ID', 'Naam', 'Leeftijd', 'Dienst', 'Opmerking'], address: 'A1:E3' });
      const [t] = await again.readTables(['tblMensen']);
      expect(t.rows).toEqual([['P1', 'An', 30, null, null], ['P2', 'Bart', null, null, null]]);
    });

    test('single cells are updated by data row and column caption', async () => {
      await addPeople();
      await wb.apply([{ kind: 'updateCells', table: 'tblMensen', cells: [{ row: 1, column: 'Leeftijd', value: 41 }, { row: 0, column: 'Naam', value: '=x' }] }]);
      const [t] = await (await h.reopen()).readTables(['tblMensen']);
      expect(t.rows).toEqual([['P1', '=x', 30], ['P2', 'Bart', 41]]);
    });

    test('plain ranges are written, read and cleared', async () => {
      await wb.apply([
        { kind: 'addSheet', sheet: 'Systeem' },
        { kind: 'writeRange', sheet: 'Systeem', at: 'E1', values: [['Operator', 'Ja/nee'], ['max', 'ja'], ['min', null]] },
      ]);
      let again = await h.reopen();
      expect(await again.readRange('Systeem', 'E1:F3')).toEqual([['Operator', 'Ja/nee'], ['max', 'ja'], ['min', null]]);
      await again.apply([{ kind: 'clearRange', sheet: 'Systeem', address: 'F1:F3' }]);
      again = await h.reopen();
      expect(await again.readRange('Systeem', 'E1:F2')).toEqual([['Operator', null], ['max', null]]);
    });

    test('defined names hold ranges and structured references', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'setName', name: 'lst_Mensen', formula: 'tblMensen[ID]' },
        { kind: 'setName', name: 'lst_Vast', formula: 'Mensen!$A$2:$A$3' },
      ]);
      await wb.apply([{ kind: 'setName', name: 'lst_Vast', formula: 'Mensen!$B$2:$B$3' }]);
      const { names } = await (await h.reopen()).info();
      expect(names).toEqual({ lst_Mensen: 'tblMensen[ID]', lst_Vast: 'Mensen!$B$2:$B$3' });
    });

    test('validations cover the column and replace what was there', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'addColumns', table: 'tblMensen', columns: ['Datum'] },
        { kind: 'setName', name: 'lst_Mensen', formula: 'tblMensen[ID]' },
        { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'decimal' } } },
        {
          kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd',
          validation: {
            rule: { type: 'whole', min: 0, max: 130 },
            prompt: { title: 'Leeftijd', message: 'Een geheel getal van 0 tot 130.' },
            error: { title: 'Ongeldige leeftijd', message: 'Geef een geheel getal van 0 tot 130.', style: 'stop' },
          },
        },
        { kind: 'setValidation', table: 'tblMensen', column: 'Naam', validation: { rule: { type: 'list', source: 'lst_Mensen' }, error: { title: 'Kies', message: 'Kies uit de lijst.', style: 'warning' } } },
        { kind: 'setValidation', table: 'tblMensen', column: 'ID', validation: { rule: { type: 'any' }, prompt: { title: 'ID', message: 'Unieke code, bv. P-001.' } } },
        { kind: 'setValidation', table: 'tblMensen', column: 'Datum', validation: { rule: { type: 'date' } } },
      ]);
      const rules = await (await h.reopen()).readColumnRules('tblMensen', ['ID', 'Naam', 'Leeftijd', 'Datum']);
      expect(rules).toEqual([
        { column: 'ID', validation: { rule: { type: 'any' }, prompt: { title: 'ID', message: 'Unieke code, bv. P-001.' } }, formats: [] },
        { column: 'Naam', validation: { rule: { type: 'list', source: 'lst_Mensen' }, error: { title: 'Kies', message: 'Kies uit de lijst.', style: 'warning' } }, formats: [] },
        {
          column: 'Leeftijd',
          validation: {
            rule: { type: 'whole', min: 0, max: 130 },
            prompt: { title: 'Leeftijd', message: 'Een geheel getal van 0 tot 130.' },
            error: { title: 'Ongeldige leeftijd', message: 'Geef een geheel getal van 0 tot 130.', style: 'stop' },
          },
          formats: [],
        },
        { column: 'Datum', validation: { rule: { type: 'date' } }, formats: [] },
      ]);
    });

    test('a validation of type none removes the rule', async () => {
      await addPeople();
      await wb.apply([{ kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'decimal' } } }]);
      await wb.apply([{ kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'none' } } }]);
      const [r] = await (await h.reopen()).readColumnRules('tblMensen', ['Leeftijd']);
      expect(r.validation).toBeNull();
    });

    test('conditional formats on a column replace the previous ones', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }, { formula: 'C2<0', fill: '#FFEB9C' }] },
      ]);
      await wb.apply([
        { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats: [{ formula: 'C2>65', fill: '#C6EFCE', fontColor: '#006100' }] },
      ]);
      const [r] = await (await h.reopen()).readColumnRules('tblMensen', ['Leeftijd']);
      expect(r.formats).toEqual([{ formula: 'C2>65', fill: '#C6EFCE', fontColor: '#006100' }]);
    });

    test('validations and formats follow the table when rows are appended', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'whole', min: 0, max: 130 } } },
        { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
      ]);
      wb = await h.reopen();
      await wb.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P3', 'Cas', 40], ['P4', 'Dirk', 50]] }]);
      const [r] = await (await h.reopen()).readColumnRules('tblMensen', ['Leeftijd']);
      expect(r.validation).toEqual({ rule: { type: 'whole', min: 0, max: 130 } });
      expect(r.formats).toEqual([{ formula: 'C2>100', fill: '#FFC7CE' }]);
    });

    test('link cells read back as their text, in a table and in a plain range', async () => {
      await wb.apply([
        { kind: 'addSheet', sheet: "Thema's" },
        { kind: 'addSheet', sheet: 'Controle' },
        {
          kind: 'addTable', sheet: 'Controle', table: 'tblControle', at: 'A1', columns: ['Cel', 'Melding'],
          rows: [[{ text: "Thema's!B2", link: "'Thema''s'!B2" }, 'fout'], [{ text: 'Controle!A1', link: 'Controle!$A$1' }, null]],
        },
        { kind: 'writeRange', sheet: 'Controle', at: 'E1', values: [[{ text: 'Naar B2', link: "'Thema''s'!B2" }, 'gewoon']] },
      ]);
      await wb.apply([
        { kind: 'appendRows', table: 'tblControle', rows: [[{ text: 'derde', link: 'Controle!E1' }, 'x']] },
        { kind: 'updateCells', table: 'tblControle', cells: [{ row: 1, column: 'Melding', value: { text: 'bijgewerkt', link: 'Controle!B2' } }] },
      ]);
      const again = await h.reopen();
      const [t] = await again.readTables(['tblControle']);
      expect(t.rows).toEqual([["Thema's!B2", 'fout'], ['Controle!A1', 'bijgewerkt'], ['derde', 'x']]);
      expect(await again.readRange('Controle', 'E1:F1')).toEqual([['Naar B2', 'gewoon']]);
    });

    test('a link does not turn its text into a formula, number or date', async () => {
      const texts = ['=1+1', '-5', '02000', '2023-06', '@SUM(A1)'];
      await wb.apply([
        { kind: 'addSheet', sheet: 'Links' },
        { kind: 'addTable', sheet: 'Links', table: 'tblLinks', at: 'A1', columns: ['Cel'], rows: texts.map((text) => [{ text, link: 'Links!A1' }]) },
        { kind: 'writeRange', sheet: 'Links', at: 'C1', values: [texts.map((text) => ({ text, link: 'Links!A1' }))] },
      ]);
      const again = await h.reopen();
      const [t] = await again.readTables(['tblLinks']);
      expect(t.rows.map((r) => r[0])).toEqual(texts);
      expect(await again.readRange('Links', 'C1:G1')).toEqual([texts]);
    });

    test('a link without text or to something that is not a cell is refused with nothing changed', async () => {
      await addPeople();
      for (const link of [{ text: '', link: 'Mensen!A1' }, { text: 'x', link: 'Mensen' }, { text: 'x', link: '=Mensen!A1' }, { text: 'x', link: 'Thema 1!A1' }]) {
        await expect(
          wb.apply([
            { kind: 'addSheet', sheet: 'Nieuw' },
            { kind: 'replaceRows', table: 'tblMensen', rows: [['P1', link, 1]] },
          ]),
        ).rejects.toThrow(/koppeling in tabel tblMensen, rij 1/);
      }
      await expect(wb.apply([{ kind: 'writeRange', sheet: 'Mensen', at: 'E1', values: [[{ text: 'x', link: 'A1' }]] }])).rejects.toThrow(/koppeling in blad Mensen/);
      const again = await h.reopen();
      expect((await again.info()).sheets.map((s) => s.name)).not.toContain('Nieuw');
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual([['P1', 'An', 30], ['P2', 'Bart', null]]);
    });

    const fiveRows = [['P1', 'An', 30], ['P2', 'Bart', null], ['P3', 'Cas', 40], ['P4', 'Dirk', 50], ['P5', 'Eva', 60]];

    test('replaceRows grows a table to exactly the rows given', async () => {
      await addPeople();
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: fiveRows }]);
      const again = await h.reopen();
      expect((await again.info()).tables[0]).toMatchObject({ address: 'A1:C6', rowCount: 5 });
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual(fiveRows);
    });

    test('replaceRows shrinks a table; the cells it leaves are empty', async () => {
      await addPeople(fiveRows);
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: [['Q1', { text: 'Naar A1', link: 'Mensen!A1' }, 1], ['Q2', 'Bo', 2]] }]);
      const again = await h.reopen();
      expect((await again.info()).tables[0]).toMatchObject({ address: 'A1:C3', rowCount: 2 });
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual([['Q1', 'Naar A1', 1], ['Q2', 'Bo', 2]]);
      expect(await again.readRange('Mensen', 'A4:C6')).toEqual([[null, null, null], [null, null, null], [null, null, null]]);
    });

    test('replaceRows with no rows leaves one blank row, which appended rows fill first', async () => {
      await addPeople(fiveRows);
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: [] }]);
      let again = await h.reopen();
      expect((await again.info()).tables[0]).toMatchObject({ address: 'A1:C2', rowCount: 1 });
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual([[null, null, null]]);
      expect(await again.readRange('Mensen', 'A3:C6')).toEqual(Array.from({ length: 4 }, () => [null, null, null]));
      await again.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P9', 'Zoë', 9]] }]);
      again = await h.reopen();
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual([['P9', 'Zoë', 9]]);
    });

    test('replaceRows overwrites links with plain values', async () => {
      await addPeople();
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: [['P1', { text: 'link', link: 'Mensen!A1' }, 1]] }]);
      wb = await h.reopen();
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: [['P1', 'tekst', 1], ['P2', null, 2]] }]);
      expect((await (await h.reopen()).readTables(['tblMensen']))[0].rows).toEqual([['P1', 'tekst', 1], ['P2', null, 2]]);
    });

    test('later edits in the list see the rows replaceRows left, and rules cover them', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'replaceRows', table: 'tblMensen', rows: fiveRows },
        { kind: 'updateCells', table: 'tblMensen', cells: [{ row: 4, column: 'Leeftijd', value: 61 }] },
        { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'whole', min: 0, max: 130 } } },
        { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
      ]);
      let again = await h.reopen();
      expect((await again.readTables(['tblMensen']))[0].rows[4]).toEqual(['P5', 'Eva', 61]);
      expect(await again.readColumnRules('tblMensen', ['Leeftijd'])).toEqual([
        { column: 'Leeftijd', validation: { rule: { type: 'whole', min: 0, max: 130 } }, formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
      ]);

      await expect(
        again.apply([
          { kind: 'replaceRows', table: 'tblMensen', rows: [['P1', 'An', 30]] },
          { kind: 'updateCells', table: 'tblMensen', cells: [{ row: 1, column: 'Leeftijd', value: 1 }] },
        ]),
      ).rejects.toThrow(/Rij 1 bestaat niet in tabel tblMensen/);
      again = await h.reopen();
      expect((await again.info()).tables[0].rowCount).toBe(5);
    });

    test('replaceRows refuses rows of the wrong width and changes nothing', async () => {
      await addPeople();
      await expect(
        wb.apply([
          { kind: 'addSheet', sheet: 'Nieuw' },
          { kind: 'replaceRows', table: 'tblMensen', rows: [['P1', 'An', 30], ['P2', 'Bart']] },
        ]),
      ).rejects.toThrow(/heeft 2 waarden in plaats van 3/);
      const again = await h.reopen();
      expect((await again.info()).sheets.map((s) => s.name)).not.toContain('Nieuw');
      expect((await again.info()).tables[0]).toMatchObject({ address: 'A1:C3', rowCount: 2 });
      expect((await again.readTables(['tblMensen']))[0].rows).toEqual([['P1', 'An', 30], ['P2', 'Bart', null]]);
    });

    test('validations and formats follow the table when replaceRows grows and shrinks it', async () => {
      await addPeople();
      const validation = { rule: { type: 'list' as const, source: 'lst_Namen' }, prompt: { title: 'Naam', message: 'Kies een naam.' } };
      const formats = [{ formula: 'C2>100', fill: '#FFC7CE' }, { formula: 'C2<0', fill: '#FFEB9C', fontColor: '#9C5700' }];
      await wb.apply([
        { kind: 'setName', name: 'lst_Namen', formula: 'Mensen!$E$1:$E$3' },
        { kind: 'setValidation', table: 'tblMensen', column: 'Naam', validation },
        { kind: 'setConditionalFormats', table: 'tblMensen', column: 'Leeftijd', formats },
      ]);
      const expected = [
        { column: 'Naam', validation, formats: [] },
        { column: 'Leeftijd', validation: null, formats },
      ];
      for (const rows of [fiveRows, fiveRows.slice(0, 2), [], fiveRows.slice(0, 3)]) {
        wb = await h.reopen();
        await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows }]);
        expect(await (await h.reopen()).readColumnRules('tblMensen', ['Naam', 'Leeftijd'])).toEqual(expected);
      }
    });

    const withNotes = capabilities.notes ? test : test.skip;
    const withoutNotes = capabilities.notes ? test.skip : test;

    withNotes('notes are set, replaced and removed', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'setNote', sheet: 'Mensen', cell: 'C2', text: '30 ligt boven de norm max. 25' },
        { kind: 'setNote', sheet: 'Mensen', cell: 'B3', text: 'eerste' },
      ]);
      await wb.apply([
        { kind: 'setNote', sheet: 'Mensen', cell: 'B3', text: 'tweede' },
        { kind: 'setNote', sheet: 'Mensen', cell: 'C2', text: null },
      ]);
      expect(await (await h.reopen()).readNotes('Mensen', ['C2', 'B3', 'A1'])).toEqual([null, 'tweede', null]);
    });

    withNotes('a note on an empty cell stays through a save, and goes when removed', async () => {
      await addPeople();
      await wb.apply([
        { kind: 'setNote', sheet: 'Mensen', cell: 'E5', text: 'leeg & toch <belangrijk>' },
        { kind: 'setNote', sheet: 'Mensen', cell: 'F6', text: 'weg' },
      ]);
      wb = await h.reopen();
      expect(await wb.readNotes('Mensen', ['E5', 'F6'])).toEqual(['leeg & toch <belangrijk>', 'weg']);
      await wb.apply([{ kind: 'setNote', sheet: 'Mensen', cell: 'F6', text: null }]);
      expect(await (await h.reopen()).readNotes('Mensen', ['E5', 'F6'])).toEqual(['leeg & toch <belangrijk>', null]);
    });

    withoutNotes('without notes (Excel before ExcelApi 1.18) a note is refused in Dutch and the whole list changes nothing', async () => {
      await addPeople();
      expect((await wb.info()).capabilities.notes).toBe(false);
      const before = await (await h.reopen()).readTables(['tblMensen']);
      await expect(
        wb.apply([
          { kind: 'updateCells', table: 'tblMensen', cells: [{ row: 0, column: 'Naam', value: 'Anna' }] },
          { kind: 'setNote', sheet: 'Mensen', cell: 'C2', text: 'boven de norm' },
        ]),
      ).rejects.toThrow('De notitie in cel C2 van blad Mensen kan hier niet gezet worden: deze versie van Excel kent geen notities');
      await expect(wb.readNotes('Mensen', ['C2'])).rejects.toThrow(/kent geen notities/);
      expect(await (await h.reopen()).readTables(['tblMensen'])).toEqual(before);
    });

    test('number formats of asked columns come with the rows: a percentage, a date, none', async () => {
      await wb.apply([{ kind: 'addSheet', sheet: 'Formaat' }, { kind: 'addTable', sheet: 'Formaat', table: 'tblFormaat', at: 'A1', columns: ['Datum', 'Waarde'], rows: [[new Date(Date.UTC(2026, 5, 30)), 0.825], [null, 12]] }]);
      const before = await (await h.reopen()).readTables(['tblFormaat']);
      expect(before[0].numberFormats).toBeUndefined();
      const [read] = await (await h.reopen()).readTables(['tblFormaat'], { tblformaat: ['Datum', 'Waarde'] });
      expect(read.rows).toEqual(before[0].rows);
      expect(read.numberFormats!.Datum[0]).toMatch(/[dy]/i);
      expect(read.numberFormats!.Datum[1]).toBeNull();
      expect(read.numberFormats!.Waarde).toEqual([null, null]);
      await expect((await h.reopen()).readTables(['tblFormaat'], { tblFormaat: ['Bestaat niet'] })).rejects.toThrow('Kolom Bestaat niet bestaat niet in tabel tblFormaat.');
    });

    test('sheets can be hidden and shown', async () => {
      await wb.apply([{ kind: 'addSheet', sheet: 'Systeem', visibility: 'hidden' }, { kind: 'addSheet', sheet: 'Open' }]);
      let info = await (await h.reopen()).info();
      expect(info.sheets.filter((s) => s.name !== 'Sheet1' && s.name !== 'Blad1')).toEqual([
        { name: 'Systeem', visibility: 'hidden', protected: false },
        { name: 'Open', visibility: 'visible', protected: false },
      ]);
      wb = await h.reopen();
      await wb.apply([{ kind: 'setSheetVisibility', sheet: 'Systeem', visibility: 'visible' }]);
      info = await (await h.reopen()).info();
      expect(info.sheets.find((s) => s.name === 'Systeem')?.visibility).toBe('visible');
    });

    test.each<[string, Edit, RegExp]>([
      ['a table over another', { kind: 'addTable', sheet: 'Mensen', table: 'tblOver', at: 'B2', columns: ['X'], rows: [] }, /^Tabel tblOver zou op blad Mensen tabel tblMensen overlappen\.$/],
      ['a name that reads as a cell', { kind: 'setName', name: 'AB12', formula: 'Mensen!$A$1' }, /^Ongeldige naam: AB12 lijkt op een celverwijzing\.$/],
      ['a table name that reads as a cell', { kind: 'addTable', sheet: 'Mensen', table: 'R1C1', at: 'F1', columns: ['X'], rows: [] }, /^Ongeldige tabelnaam: R1C1/],
      ['a text longer than a cell holds', { kind: 'writeRange', sheet: 'Mensen', at: 'F1', values: [['x'.repeat(32_768)]] }, /^Tekst te lang in blad Mensen.*32768 tekens, Excel aanvaardt er 32767\.$/],
      ['no visible sheet left', { kind: 'setSheetVisibility', sheet: 'Mensen', visibility: 'hidden' }, /^Minstens één blad van de werkmap moet zichtbaar blijven\.$/],
    ])('what Excel refuses is refused before anything is written: %s', async (_, edit, message) => {
      await addPeople();
      wb = await h.reopen();
      const others = (await wb.info()).sheets.filter((s) => s.name !== 'Mensen' && s.visibility === 'visible');
      const hideOthers: Edit[] = others.map((s) => ({ kind: 'setSheetVisibility', sheet: s.name, visibility: 'hidden' }));
      await expect(wb.apply([{ kind: 'updateCells', table: 'tblMensen', cells: [{ row: 0, column: 'Naam', value: 'Anna' }] }, ...hideOthers, edit])).rejects.toThrow(message);
      const again = await h.reopen();
      expect((await again.readTables(['tblMensen']))[0].rows[0]).toEqual(['P1', 'An', 30]);
      expect((await again.info()).sheets.filter((s) => s.visibility === 'visible').length).toBe(others.length + 1);
    });

    test('updateCells writes nothing when the rows no longer hold the keys it read (a co-author sorted the table)', async () => {
      await addPeople();
      wb = await h.reopen();
      const [read] = await wb.readTables(['tblMensen']);
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: [['P2', 'Bart', null], ['P1', 'An', 30]] }]);
      const update = (key: string): Edit => ({ kind: 'updateCells', table: 'tblMensen', cells: [{ row: 0, column: 'Leeftijd', value: 31 }], expect: [{ row: 0, column: 'id', value: key }] });
      await expect(wb.apply([update(read.rows[0][0] as string)])).rejects.toMatchObject({ code: 'workbook-changed', message: expect.stringMatching(/^De rijen van tabel tblMensen zijn verschoven .*Er is niets gewijzigd/) });
      wb = await h.reopen();
      expect((await wb.readTables(['tblMensen']))[0].rows).toEqual([['P2', 'Bart', null], ['P1', 'An', 30]]);
      await wb.apply([update('P2')]);
      expect((await (await h.reopen()).readTables(['tblMensen']))[0].rows[0]).toEqual(['P2', 'Bart', 31]);
    });

    test('an edit list that cannot apply changes nothing', async () => {
      await addPeople();
      await expect(
        wb.apply([
          { kind: 'addSheet', sheet: 'Nieuw' },
          { kind: 'appendRows', table: 'tblMensen', rows: [['P9', 'Zoë', 9]] },
          { kind: 'appendRows', table: 'tblBestaatNiet', rows: [['x']] },
        ]),
      ).rejects.toThrow(/tblBestaatNiet/);
      await expect(wb.apply([{ kind: 'addSheet', sheet: 'Mensen' }])).rejects.toThrow(/Mensen/);
      await expect(wb.apply([{ kind: 'updateCells', table: 'tblMensen', cells: [{ row: 0, column: 'Geen', value: 1 }] }])).rejects.toThrow(/Geen/);
      const again = await h.reopen();
      const info = await again.info();
      expect(info.sheets.map((s) => s.name)).not.toContain('Nieuw');
      const [t] = await again.readTables(['tblMensen']);
      expect(t.rows).toHaveLength(2);
    });

    // The update forms' check: an owner code must be one of the codes in column M of the same row.
    const ownerRule = 'IF($M2="",ISNUMBER(C2),ISNUMBER(FIND(";"&UPPER(C2)&";",";"&UPPER($M2)&";")))';

    test('a custom validation reads back as written, and follows the table as it grows', async () => {
      await addPeople();
      const validation = {
        rule: { type: 'custom' as const, formula: ownerRule },
        prompt: { title: 'Leeftijd', message: 'Een getal.' },
        error: { title: 'Ongeldig', message: 'Geef een getal.', style: 'stop' as const },
      };
      await wb.apply([
        { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation },
        { kind: 'setValidation', table: 'tblMensen', column: 'Naam', validation: { rule: { type: 'custom', formula: '=LEN(B2)<50' } } },
      ]);
      let rules = await (await h.reopen()).readColumnRules('tblMensen', ['Leeftijd', 'Naam']);
      expect(rules.map((r) => r.validation)).toEqual([validation, { rule: { type: 'custom', formula: 'LEN(B2)<50' } }]);

      wb = await h.reopen();
      await wb.apply([{ kind: 'replaceRows', table: 'tblMensen', rows: Array.from({ length: 12 }, (_, i) => [`P${i}`, 'x', i]) }]);
      wb = await h.reopen();
      await wb.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P99', 'y', 1]] }]);
      rules = await (await h.reopen()).readColumnRules('tblMensen', ['Leeftijd']);
      expect(rules[0].validation).toEqual(validation);
    });

    test('a custom validation without a formula is refused with nothing changed', async () => {
      await addPeople();
      await expect(
        wb.apply([
          { kind: 'addSheet', sheet: 'Nieuw' },
          { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'custom', formula: ' = ' } } },
        ]),
      ).rejects.toThrow('De validatie van kolom Leeftijd in tabel tblMensen heeft geen formule.');
      expect((await (await h.reopen()).info()).sheets.map((s) => s.name)).not.toContain('Nieuw');
    });

    test('a protected sheet: only its unlocked ranges can be changed; selecting and resizing stay allowed', async () => {
      await addPeople();
      await wb.apply([{ kind: 'addSheet', sheet: 'Open' }, { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['B2:C3', 'E5'] }]);
      const { sheets } = await (await h.reopen()).info();
      expect(sheets.filter((s) => s.protected).map((s) => s.name)).toEqual(['Mensen']);
      const look = await h.look();
      expect(look.protection('Mensen')).toEqual({ selectLocked: true, selectUnlocked: true, formatCells: false, formatColumns: true, formatRows: true });
      expect(look.protection('Open')).toBeNull();
      expect(['B2', 'C2', 'B3', 'C3', 'E5'].map((cell) => look.locked('Mensen', cell))).toEqual([false, false, false, false, false]);
      expect(['A1', 'A2', 'B1', 'D3', 'C4', 'E4', 'F5'].map((cell) => look.locked('Mensen', cell))).toEqual([true, true, true, true, true, true, true]);
    });

    test('a list that protects a sheet again may write to it first; cells unlocked before stay unlocked', async () => {
      await addPeople();
      await wb.apply([{ kind: 'protectSheet', sheet: 'Mensen', unlocked: ['C2:C3'] }]);
      wb = await h.reopen();
      await wb.apply([
        { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['B2'] },
        { kind: 'writeRange', sheet: 'Mensen', at: 'E1', values: [['Opmerking']] },
        { kind: 'appendRows', table: 'tblMensen', rows: [['P3', 'Cas', 40]] },
        { kind: 'setValidation', table: 'tblMensen', column: 'Leeftijd', validation: { rule: { type: 'whole', min: 0, max: 130 } } },
        { kind: 'setSheetLayout', sheet: 'Mensen', widths: { A: 12 }, hidden: ['D'] },
        { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['B3'] },
      ]);
      const again = await h.reopen();
      expect(await again.readRange('Mensen', 'A4:C4')).toEqual([['P3', 'Cas', 40]]);
      expect(await again.readRange('Mensen', 'E1')).toEqual([['Opmerking']]);
      expect((await again.info()).sheets.find((s) => s.name === 'Mensen')?.protected).toBe(true);
      const look = await h.look();
      expect(['B2', 'B3', 'C2', 'C3', 'A2', 'B4'].map((cell) => look.locked('Mensen', cell))).toEqual([false, false, false, false, true, true]);
    });

    test.each<[string, Edit, RegExp]>([
      ['an unknown sheet', { kind: 'protectSheet', sheet: 'Nergens', unlocked: [] }, /^Blad Nergens bestaat niet in deze werkmap\.$/],
      ['row 0', { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['A0:B2'] }, /^Ongeldig bereik A0:B2 op blad Mensen\.$/],
      ['corners the wrong way round', { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['B5:A1'] }, /Ongeldig bereik B5:A1/],
      ['a column past XFD', { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['XFE1'] }, /Ongeldig bereik XFE1/],
      ['a sheet in the address', { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['Mensen!A1'] }, /Ongeldig bereik Mensen!A1/],
      ['three corners', { kind: 'protectSheet', sheet: 'Mensen', unlocked: ['A1:B2:C3'] }, /Ongeldig bereik A1:B2:C3/],
      ['no address', { kind: 'protectSheet', sheet: 'Mensen', unlocked: [''] }, /Ongeldig bereik  op blad Mensen/],
      ['a column letter to hide that is none', { kind: 'setSheetLayout', sheet: 'Mensen', hidden: ['B2'] }, /^Ongeldige kolom B2 op blad Mensen\.$/],
    ])('%s is refused with nothing changed', async (_, bad, message) => {
      await addPeople();
      await expect(wb.apply([{ kind: 'addSheet', sheet: 'Nieuw' }, { kind: 'setSheetLayout', sheet: 'Mensen', hidden: ['A'] }, bad])).rejects.toThrow(message);
      const again = await h.reopen();
      expect((await again.info()).sheets.map((s) => s.name)).not.toContain('Nieuw');
      expect((await again.info()).sheets.every((s) => !s.protected)).toBe(true);
      expect((await h.look()).columnHidden('Mensen', 'A')).toBe(false);
    });

    test('columns are hidden by letter', async () => {
      await addPeople();
      await wb.apply([{ kind: 'setSheetLayout', sheet: 'Mensen', widths: { B: 30 }, hidden: ['B', 'd'] }]);
      await h.reopen();
      const look = await h.look();
      expect(['A', 'B', 'C', 'D', 'E'].map((column) => look.columnHidden('Mensen', column))).toEqual([false, true, false, true, false]);
    });

    test('text wraps in the columns asked, also in rows added afterwards', async () => {
      await addPeople();
      await wb.apply([{ kind: 'setSheetLayout', sheet: 'Mensen', wrap: ['b'] }]);
      await wb.apply([{ kind: 'appendRows', table: 'tblMensen', rows: [['P3', 'Een heel lange naam die in de kolom moet blijven', 40]] }]);
      await h.reopen();
      const look = await h.look();
      expect(['A', 'B', 'C'].map((column) => look.columnWraps('Mensen', column))).toEqual([false, true, false]);
    });

    test('select makes a cell the one the workbook shows, also when rows are frozen afterwards', async () => {
      await addPeople();
      await wb.apply([{ kind: 'addSheet', sheet: 'Open' }, { kind: 'setSheetLayout', sheet: 'Mensen', freezeRows: 1 }]);
      await wb.select('Mensen', 'c3');
      expect((await h.look()).selection()).toEqual({ sheet: 'Mensen', cell: 'C3' });
      await wb.select('Open', '$B$7');
      expect((await h.look()).selection()).toEqual({ sheet: 'Open', cell: 'B7' });
      await wb.apply([{ kind: 'setSheetLayout', sheet: 'Open', freezeRows: 2 }]);
      await h.reopen();
      expect((await h.look()).selection()).toEqual({ sheet: 'Open', cell: 'B7' });
    });

    const withPrintLayout = capabilities.printLayout ? test : test.skip;
    const withoutPrintLayout = capabilities.printLayout ? test.skip : test;
    withPrintLayout('a sheet prints on A4 landscape fitted to the width, with title rows, a header and page breaks that replace earlier ones', async () => {
      await addPeople();
      await wb.apply([{ kind: 'setPrintLayout', sheet: 'Mensen', orientation: 'portrait', breaksBefore: [3] }]);
      await wb.apply([{ kind: 'setPrintLayout', sheet: 'mensen', orientation: 'landscape', titleRows: '$1:$1', header: 'Rapport 2026-S1 & co', breaksBefore: [2, 3] }]);
      const wanted = { landscape: true, a4: true, fitsWidth: true, titleRows: '1:1', header: 'Rapport 2026-S1 & co', breaksBefore: [2, 3] };
      expect((await h.look()).printLayout('Mensen')).toEqual(wanted);
      await h.reopen();
      // ExcelJS does not read manual page breaks back (README, Known limits): the rest stays.
      const { breaksBefore, ...rest } = wanted;
      expect((await h.look()).printLayout('Mensen')).toMatchObject(rest);
      expect(breaksBefore).toHaveLength(2);
    });

    withoutPrintLayout('without page layout (Excel before ExcelApi 1.9) a print layout is checked, then left out: the rest of the list is written', async () => {
      await addPeople();
      await wb.apply([{ kind: 'addSheet', sheet: 'Nieuw' }, { kind: 'setPrintLayout', sheet: 'Mensen', orientation: 'landscape', titleRows: '$1:$1', breaksBefore: [2] }]);
      expect((await wb.info()).sheets.map((s) => s.name)).toContain('Nieuw');
      expect((await wb.info()).capabilities.printLayout).toBe(false);
    });

    test('a print layout on an unknown sheet, or with bad title rows or breaks, changes nothing', async () => {
      await addPeople();
      for (const bad of [
        { kind: 'setPrintLayout', sheet: 'Nergens', orientation: 'landscape' },
        { kind: 'setPrintLayout', sheet: 'Mensen', orientation: 'landscape', titleRows: 'A1' },
        { kind: 'setPrintLayout', sheet: 'Mensen', orientation: 'landscape', breaksBefore: [1] },
      ] as Edit[]) {
        await expect(wb.apply([{ kind: 'addSheet', sheet: 'Nieuw' }, bad])).rejects.toThrow();
        expect((await wb.info()).sheets.map((s) => s.name)).not.toContain('Nieuw');
      }
    });

    test('select refuses a hidden or unknown sheet and a bad cell', async () => {
      await addPeople();
      await wb.apply([{ kind: 'addSheet', sheet: 'Systeem', visibility: 'hidden' }]);
      await refused(wb.select('Systeem', 'A1'), 'InvalidOperation', /^Blad Systeem is verborgen/);
      await refused(wb.select('Nergens', 'A1'), 'ItemNotFound', /^Blad Nergens bestaat niet/);
      await expect(wb.select('Mensen', 'A1:B2')).rejects.toThrow(/Ongeldig celadres/);
    });

    test('reading an unknown table is an error naming it', async () => {
      await expect(wb.readTables(['tblNergens'])).rejects.toThrow(/tblNergens/);
    });

    describe('line charts', () => {
      const withCharts = capabilities.charts ? test : test.skip;
      const withoutCharts = capabilities.charts ? test.skip : test;

      // One indicator on the Overzicht sheet: a period without a value and one without a benchmark.
      const addOverview = () =>
        wb.apply([
          { kind: 'addSheet', sheet: 'Overzicht' },
          {
            kind: 'writeRange', sheet: 'Overzicht', at: 'A1',
            values: [['Periode', 'Waarde', 'Norm', 'Vlaams Gewest'], ['2022', 12, 10, 11], ['2023', null, 10, 10.5], ['2024', 9, 10, null]],
          },
        ]);
      const chart = (change: Partial<Extract<Edit, { kind: 'setLineChart' }>> = {}): Edit => ({
        kind: 'setLineChart', sheet: 'Overzicht', name: 'grafiek_AFV01', title: 'Restafval per inwoner', source: 'A1:D4', at: 'F2', to: 'N20', ...change,
      });

      test('info says whether the host can insert charts and notes', async () => {
        expect((await wb.info()).capabilities).toEqual(capabilities);
      });

      withCharts('a line chart plots each column as a series over the periods, with gaps for empty cells, where it was put', async () => {
        await addOverview();
        await wb.apply([chart({ at: '$F$2', to: 'n20' })]);
        await h.reopen();
        expect((await h.look()).charts?.('Overzicht')).toEqual([
          {
            name: 'grafiek_AFV01', type: 'Line', title: 'Restafval per inwoner', series: 'Overzicht!B1:D4', seriesBy: 'columns',
            categories: 'Overzicht!A2:A4', blanks: 'gap', at: 'F2', to: 'N20',
          },
        ]);
      });

      withCharts('running a line chart again replaces it, also twice in one list; another name is another chart', async () => {
        await addOverview();
        await wb.apply([chart({ title: 'Oud' })]);
        wb = await h.reopen();
        await wb.apply([chart({ title: 'Tussen' }), chart({ title: 'Nieuw', at: 'F22', to: 'N40' }), chart({ name: 'grafiek_AFV02', source: 'A1:B4', at: 'P2', to: 'X20' })]);
        await h.reopen();
        const charts = (await h.look()).charts?.('Overzicht') ?? [];
        expect(charts.map((c) => [c.name, c.title, c.series, c.at])).toEqual([
          ['grafiek_AFV01', 'Nieuw', 'Overzicht!B1:D4', 'F22'],
          ['grafiek_AFV02', 'Restafval per inwoner', 'Overzicht!B1:B4', 'P2'],
        ]);
      });

      withCharts('a line chart may go on a sheet the same list adds', async () => {
        await wb.apply([
          { kind: 'addSheet', sheet: 'Grafiek' },
          { kind: 'writeRange', sheet: 'Grafiek', at: 'B3', values: [['Periode', 'Waarde'], ['2024-S1', 3], ['2024-S2', 4]] },
          chart({ sheet: 'Grafiek', source: 'B3:C5', at: 'E3', to: 'K18' }),
        ]);
        await h.reopen();
        expect((await h.look()).charts?.('Grafiek')?.map((c) => [c.series, c.categories, c.at, c.to])).toEqual([['Grafiek!C3:C5', 'Grafiek!B4:B5', 'E3', 'K18']]);
      });

      withCharts.each<[string, Partial<Extract<Edit, { kind: 'setLineChart' }>>, RegExp]>([
        ['an unknown sheet', { sheet: 'Nergens' }, /^Blad Nergens bestaat niet in deze werkmap\.$/],
        ['no name', { name: ' ' }, /^Een grafiek op blad Overzicht heeft geen naam\.$/],
        ['a source with a sheet in it', { source: 'Overzicht!A1:D4' }, /^Ongeldig bereik Overzicht!A1:D4 op blad Overzicht\.$/],
        ['a source past the last column', { source: 'A1:XFE4' }, /^Ongeldig bereik A1:XFE4/],
        ['a source without a column of periods', { source: 'B1:B4' }, /^Het bereik B1:B4 van grafiek grafiek_AFV01 moet minstens een rij met reeksnamen/],
        ['a source without a row of names', { source: 'A2:D2' }, /^Het bereik A2:D2 van grafiek/],
        ['a corner that is a range', { at: 'F2:G3' }, /^Grafiek grafiek_AFV01 moet van één cel tot één cel lopen, niet van F2:G3 tot N20\.$/],
        ['an end above the start', { at: 'N20', to: 'F2' }, /^Ongeldig bereik N20:F2 op blad Overzicht\.$/],
      ])('a line chart with %s is refused with nothing changed', async (_, change, message) => {
        await addOverview();
        await wb.apply([chart()]);
        await expect(wb.apply([{ kind: 'clearRange', sheet: 'Overzicht', address: 'A1:D4' }, chart({ title: 'Anders', ...change })])).rejects.toThrow(message);
        const again = await h.reopen();
        expect(await again.readRange('Overzicht', 'A1:B2')).toEqual([['Periode', 'Waarde'], ['2022', 12]]);
        expect((await h.look()).charts?.('Overzicht')?.map((c) => c.title)).toEqual(['Restafval per inwoner']);
      });

      withoutCharts('a line chart is refused where the host cannot insert charts, with nothing changed', async () => {
        await addOverview();
        await expect(wb.apply([{ kind: 'writeRange', sheet: 'Overzicht', at: 'A5', values: [['2025', 8, 10, 9]] }, chart()])).rejects.toThrow(
          'Grafiek grafiek_AFV01 kan hier niet ingevoegd worden: grafieken kunnen alleen in Excel zelf gemaakt worden, niet in een werkmap die buiten Excel bewerkt wordt.',
        );
        expect(await (await h.reopen()).readRange('Overzicht', 'A5:D5')).toEqual([[null, null, null, null]]);
      });
    });
  });
}
