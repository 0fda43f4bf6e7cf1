// The update-form part of the bad-input corpus (issue 7): each input is a form as it could come back
// to the coordinator, made at test time from a round started on the demo registry (a round ID is
// random, so a form can only be made together with its registry). Two rounds run in that registry,
// 2026-S1 and then 2026-S2, both for Milieu and Groen; `round merge` merges into 2026-S2.
import { writeDemo } from '../../../src/registry/demo';
import { startRound, type StartResult } from '../../../src/rounds';
import { ROUND_ID_CELL } from '../../../src/rounds/form';
import type { CellInput, WorkbookPort } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../../helpers/ownSurvey';
import { ExcelFile } from '../excelFile';

export const ROUND_DAY = new Date('2027-01-10T10:00:00');
export const ROUND_OWNERS = ['Milieu', 'Groen'];

/** The registry with its two rounds, and what starting them returned (the forms' edits). */
export interface Round {
  registry: WorkbookPort;
  earlier: StartResult;
  current: StartResult;
}

/** Starts the corpus's rounds in a demo registry on any adapter (the xlsx one for files, the Office.js fake for the task pane's case). */
export async function startRounds(registry: WorkbookPort): Promise<Round> {
  await writeDemo(registry);
  await registry.apply([OWN_SURVEY]);
  const earlier = await startRound(registry, { period: '2026-S1', owners: ROUND_OWNERS, target: 'files', now: ROUND_DAY });
  const current = await startRound(registry, { period: '2026-S2', owners: ROUND_OWNERS, target: 'files', now: ROUND_DAY });
  return { registry, earlier, current };
}

/** A measurement the merge writes: `indicator | area | period`, as the Logboek and Metingen show it. */
export type Key = string;

export interface FormInput {
  name: string;
  /** What the form is, in a user's words. */
  what: string;
  make: (round: Round) => Promise<XlsxWorkbook>;
}

/** The form of `owner` as it was sent out in `round` (the current one unless said otherwise). */
async function sent(started: StartResult, owner: string): Promise<XlsxWorkbook> {
  const form = started.forms.find((f) => f.owner === owner);
  if (!form?.file) throw new Error(`corpus: geen formulier voor ${owner} in ${started.period}`);
  const wb = XlsxWorkbook.create();
  await wb.apply(form.file.edits);
  return wb;
}

/** Types values into Nieuwe waarde by `indicator area`, as staff would. */
async function fill(wb: XlsxWorkbook, values: Record<string, CellInput>): Promise<XlsxWorkbook> {
  const [t] = await wb.readTables(['tblUpdate']);
  const [ci, ca] = ['Indicator', 'Gebied'].map((c) => t.columns.indexOf(c));
  const cells = t.rows.flatMap((r, row) => {
    const v = values[`${r[ci]} ${r[ca]}`];
    return v === undefined ? [] : [{ row, column: 'Nieuwe waarde', value: v }];
  });
  if (cells.length !== Object.keys(values).length) throw new Error(`corpus: niet alle rijen gevonden voor ${Object.keys(values).join(', ')}`);
  await wb.apply([{ kind: 'updateCells', table: 'tblUpdate', cells }]);
  return wb;
}

/** A header line of the form (B2 periode, B3 dienst, B4 register, the round's ID in a hidden cell) typed over. */
const header = (wb: XlsxWorkbook, cell: 'B2' | 'B3' | 'B4' | typeof ROUND_ID_CELL.value, value: string) => wb.apply([{ kind: 'writeRange', sheet: 'Update', at: cell, values: [[value]] }]);

/** Column headers of the form's table typed over in Excel (`from` → `to`): the saved form edited, and opened again. */
async function renameHeaders(wb: XlsxWorkbook, renames: Record<string, string>): Promise<XlsxWorkbook> {
  const file = ExcelFile.read(await wb.save());
  for (const [from, to] of Object.entries(renames)) file.renameHeader('tblUpdate', from, to);
  return XlsxWorkbook.load(file.write());
}

const MILIEU_FULL = { 'IND-001 S-PARKSTRAAT': 47.5, 'IND-002 44021': 12.1 };

export const formInputs: FormInput[] = [
  {
    name: 'other_round',
    what: 'Milieu stuurt het ingevulde formulier van de vorige ronde (2026-S1) terug',
    make: async (r) => fill(await sent(r.earlier, 'Milieu'), { 'IND-001 S-PARKSTRAAT': 47.5 }),
  },
  {
    name: 'other_registry',
    what: 'een formulier uit het register van een andere gemeente (Antwerpen), met een eigen ronde-ID',
    make: async (r) => {
      const wb = await fill(await sent(r.current, 'Milieu'), MILIEU_FULL);
      await header(wb, 'B4', 'Antwerpen (11002)');
      await header(wb, ROUND_ID_CELL.value, '00000000-0000-4000-8000-000000000000');
      return wb;
    },
  },
  {
    name: 'copy_of_registry',
    what: 'een formulier van dezelfde ronde 2026-S2, maar gestart in een kopie van het register (een andere ronde-ID)',
    make: async () => {
      const copy = XlsxWorkbook.create();
      const other = await startRounds(copy);
      return fill(await sent(other.current, 'Milieu'), MILIEU_FULL);
    },
  },
  {
    name: 'other_owner',
    what: 'een formulier waarin de dienst veranderd is in Wonen, die in deze ronde geen formulier kreeg',
    make: async (r) => {
      const wb = await fill(await sent(r.current, 'Milieu'), MILIEU_FULL);
      await header(wb, 'B3', 'Wonen');
      return wb;
    },
  },
  {
    name: 'owner_swapped',
    what: 'het formulier van Milieu, met Groen als dienst in de kop',
    make: async (r) => {
      const wb = await fill(await sent(r.current, 'Milieu'), MILIEU_FULL);
      await header(wb, 'B3', 'Groen');
      return wb;
    },
  },
  {
    name: 'edited_headers',
    what: 'de kolomkoppen Gebied en Nieuwe waarde van het formulier zijn overschreven',
    make: async (r) => {
      const wb = await fill(await sent(r.current, 'Milieu'), MILIEU_FULL);
      return renameHeaders(wb, { Gebied: 'Wijk', 'Nieuwe waarde': 'Waarde 2026' });
    },
  },
  {
    name: 'deleted_row',
    what: 'de rij van IND-001 is uit het formulier verwijderd; IND-002 is ingevuld',
    make: async (r) => {
      const wb = await sent(r.current, 'Milieu');
      const [t] = await wb.readTables(['tblUpdate']);
      await wb.apply([{ kind: 'replaceRows', table: 'tblUpdate', rows: t.rows.filter((row) => row[0] !== 'IND-001') }]);
      return fill(wb, { 'IND-002 44021': 12.1 });
    },
  },
  {
    name: 'value_wrong_unit',
    what: '47 dB ingevuld waar dB(A) gevraagd is; IND-002 is goed ingevuld',
    make: async (r) => fill(await sent(r.current, 'Milieu'), { 'IND-001 S-PARKSTRAAT': '47 dB', 'IND-002 44021': 12.1 }),
  },
  {
    name: 'text_in_number_cell',
    what: 'tekst (hoog) waar een getal gevraagd is; IND-002 is goed ingevuld',
    make: async (r) => fill(await sent(r.current, 'Milieu'), { 'IND-001 S-PARKSTRAAT': 'hoog', 'IND-002 44021': 12.1 }),
  },
  {
    name: 'long_text_in_number_cell',
    what: 'een cel vol tekst (32.767 tekens, het maximum van Excel) waar een getal gevraagd is',
    make: async (r) => fill(await sent(r.current, 'Milieu'), { 'IND-001 S-PARKSTRAAT': `ongeveer ${'veel '.repeat(6550)}`.slice(0, 32_767), 'IND-002 44021': 12.1 }),
  },
  {
    name: 'not_a_form',
    what: 'een gewone werkmap met een lijstje in plaats van een formulier',
    make: async () => {
      const wb = XlsxWorkbook.create();
      await wb.apply([
        { kind: 'addSheet', sheet: 'Blad1' },
        { kind: 'writeRange', sheet: 'Blad1', at: 'A1', values: [['Indicator', 'Waarde'], ['IND-001', 47.5]] },
      ]);
      return wb;
    },
  },
  {
    name: 'registry_as_form',
    what: 'een register met lopende ronde (maar zonder formulierbladen) als formulier meegegeven',
    make: async () => {
      const wb = XlsxWorkbook.create();
      await startRounds(wb);
      return wb;
    },
  },
];
