// The ribbon commands on the Office.js adapter (recording fake): each runs its operation, shows the
// sheet with the result, and costs the same syncs at any number of measurements; a failure comes
// back as a message for the user, never as an exception the function file would swallow.
import { checkRegistry } from '../../src/checks';
import { CONTROL_TABLE, markFormats } from '../../src/checks/marks';
import { runCommand } from '../../src/commands/run';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../workbook/excel/fakeExcel';
import { useFixedClock } from '../helpers/clock';
import { demoOnFake, NOW, set } from '../norms/helpers';
import { syncsOf } from '../workbook/excel/syncsOf';

// The commands take no date: they judge as of today, here a fixed one.
useFixedClock(NOW);

const active = (fake: FakeExcel) => ({ sheet: fake.model.active.name, selection: fake.model.active.selection });

// The demo has no findings by design (DESIGN.md §3); one planted warning gives the Controle sheet and
// the marks something to show: IND-001 without Eigenaar.
const ownerless = set('indicators', 0, 'owner', null);

test('Controleer writes the Controle sheet, marks the cells and shows the sheet, at syncs that do not grow with the rows', async () => {
  const small = await demoOnFake(1_000);
  const large = await demoOnFake(20_000);
  const outcomes: unknown[] = [];
  const syncs = [];
  for (const { fake, wb } of [small, large]) {
    await wb.apply([ownerless]);
    syncs.push(await syncsOf(fake, wb, async () => outcomes.push(await runCommand('controleer', wb, 'nl'))));
  }
  // The counts are those of the check itself on the same registry and day: no errors, the one planted warning.
  const checked = (await demoOnFake(1_000)).wb;
  await checked.apply([ownerless]);
  const expected = (await checkRegistry(checked, { now: NOW })).summary;
  expect(expected).toEqual({ errors: 0, warnings: 1 });
  expect(outcomes[0]).toEqual({ ok: true, command: 'controleer', shown: 'Controle', ...expected });
  expect(outcomes[1]).toEqual(outcomes[0]); // the added rows are all valid
  // checkRegistry (5), writeControlSheet (info 2, one apply 3), select (1).
  expect(syncs[0]).toEqual({ fixed: 11, chunks: 0 });
  expect(syncs[1].fixed).toBe(syncs[0].fixed);
  expect(active(large.fake)).toEqual({ sheet: 'Controle', selection: { top: 1, left: 1, bottom: 1, right: 1 } });
  const [control] = await large.wb.readTables([CONTROL_TABLE]);
  const column = (caption: string) => control.columns.indexOf(caption);
  expect({ sheet: control.sheet, rows: control.rows.map((r) => [r[column('Ernst')], r[column('Regel')], r[column('Blad')]]) }).toEqual({
    sheet: 'Controle',
    rows: [['waarschuwing', 'indicator.geen-eigenaar', 'Indicatoren']],
  });
  // The marks: conditional formats that look the cell up in the Controle table, here on Waarde.
  const marks = markFormats('Metingen').map((m) => m.formula);
  const [rules] = await large.wb.readColumnRules('tblMetingen', ['Waarde']);
  expect(rules.formats.filter((f) => marks.includes(f.formula))).toEqual(markFormats('Metingen'));
});

test('Controleer on the untouched demo: no findings, an empty Controle sheet, the marks still set', async () => {
  const { wb } = await demoOnFake(0);
  expect(await runCommand('controleer', wb, 'nl')).toEqual({ ok: true, command: 'controleer', shown: 'Controle', errors: 0, warnings: 0 });
  const [control] = await wb.readTables([CONTROL_TABLE]);
  // Excel keeps one blank row in an empty table: no row with a finding in it.
  expect({ sheet: control.sheet, findings: control.rows.filter((r) => r.some((v) => v !== null && v !== '')) }).toEqual({ sheet: 'Controle', findings: [] });
  const marks = markFormats('Metingen').map((m) => m.formula);
  const [rules] = await wb.readColumnRules('tblMetingen', ['Waarde']);
  expect(rules.formats.filter((f) => marks.includes(f.formula))).toEqual(markFormats('Metingen'));
});

test('Toets aan normen flags Metingen and shows the Overzicht sheet, at syncs that do not grow with the rows', async () => {
  const small = await demoOnFake(1_000);
  const large = await demoOnFake(20_000);
  const outcomes: Awaited<ReturnType<typeof runCommand>>[] = [];
  const syncs = [];
  for (const { fake, wb } of [small, large]) {
    syncs.push(await syncsOf(fake, wb, async () => outcomes.push(await runCommand('toetsAanNormen', wb, 'nl'))));
  }
  expect(outcomes[1]).toMatchObject({ ok: true, command: 'toetsAanNormen', shown: 'Overzicht' });
  const deviations = outcomes.map((o) => (o.ok && o.command === 'toetsAanNormen' ? o.counts.deviation : 0));
  expect(deviations[1] - deviations[0]).toBe(1_900); // one in ten of the 19,000 more
  // flagRegistry (10), select (1).
  expect(syncs[0]).toEqual({ fixed: 11, chunks: 0 });
  expect(syncs[1].fixed).toBe(syncs[0].fixed);
  expect(active(large.fake).sheet).toBe('Overzicht');
});

test("a workbook that is no registry: Toets aan normen returns the domain's refusal, rendered from the catalogue in the user's language", async () => {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  const messages = {
    nl: 'Deze werkmap is geen register: de instellingen van het register (tabel tblInstellingen op het verborgen blad Systeem) ontbreken. Maak er eerst een register van met Maak register (beleidsregister maak).',
    en: 'This workbook is not a register: the settings of the register (table tblInstellingen on the hidden sheet Systeem) are missing. First make it a register with Maak register (beleidsregister maak).',
  };
  for (const language of ['nl', 'en'] as const) {
    expect(await runCommand('toetsAanNormen', wb, language)).toEqual({ ok: false, command: 'toetsAanNormen', message: messages[language] });
  }
  // Controleer reports a missing structure as findings on the Controle sheet, like a broken one.
  expect(await runCommand('controleer', wb, 'nl')).toMatchObject({ ok: true, shown: 'Controle' });
});

test('an unexpected failure gives a plain message in the display language, not the exception text', async () => {
  const failing = { info: () => Promise.reject(new Error('RichApi.Error: GeneralException')) } as unknown as WorkbookPort;
  const error = jest.spyOn(console, 'error').mockImplementation(() => {});
  const nl = await runCommand('controleer', failing, 'nl');
  const en = await runCommand('toetsAanNormen', failing, 'en');
  error.mockRestore();
  expect(nl).toEqual({ ok: false, command: 'controleer', message: expect.stringMatching(/^Controleer register is niet gelukt\. /) });
  expect(en).toEqual({ ok: false, command: 'toetsAanNormen', message: expect.stringMatching(/^Test against norms did not succeed\. /) });
  expect(JSON.stringify([nl, en])).not.toContain('GeneralException');
});
