// The operations on the Office.js adapter at the manifest's minimum ExcelApi level (Excel 2019,
// Office 2021/2024) and at the latest: init, check, import, flag and a half-year round must work at
// both and find the same. Only notes and print set-up differ: an Excel without them (before ExcelApi
// 1.18, 1.9) gets none, and the fake answers ApiNotFound if the adapter touched them there.
import { checkRegistry } from '../../../src/checks';
import { importMonitor } from '../../../src/monitor';
import { flagRegistry } from '../../../src/norms';
import { writeDemo } from '../../../src/registry/demo';
import { initRegistry } from '../../../src/registry/init';
import { mergeForms, startRound } from '../../../src/rounds';
import { FORM_TABLE_PREFIX } from '../../../src/rounds/form';
import { ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import { MINIMUM_EXCEL_API } from '../../../src/workbook/excel/capabilities';
import { FakeExcel, LATEST_EXCEL_API } from './fakeExcel';

const now = new Date('2027-01-10T10:00:00');
const WO_07 =
  'Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)\n' +
  'Gent;44021;Mediaanprijs huizen;2022;Alle huizen;300000,0\n' +
  'Gent;44021;Mediaanprijs huizen;2023;Alle huizen;310000,0\n';

/** Every operation in turn on the demo registry, on a host of the given level; what each found. */
async function everything(excelApi: string) {
  const fake = new FakeExcel({ excelApi });
  const wb = new ExcelWorkbook(fake.run, { requirements: fake.requirements });
  await writeDemo(wb);
  const init = await initRegistry(wb);
  const check = await checkRegistry(wb);
  const imported = await importMonitor(wb, { kind: 'csv', name: 'WO_07.csv', input: WO_07 }, { now });
  const flag = await flagRegistry(wb, { now });
  const started = await startRound(wb, { period: '2026-S2', target: 'sheets', now });
  // Staff type 1 (or the first label of the scale) into every row of every form sheet.
  const sheets = started.forms.map((f) => f.sheet);
  const forms = await wb.readTables((await wb.info()).tables.filter((t) => sheets.includes(t.sheet) && t.name.startsWith(FORM_TABLE_PREFIX)).map((t) => t.name));
  await wb.apply(
    forms.map((t) => ({
      kind: 'updateCells' as const,
      table: t.table,
      cells: t.rows.map((r, row) => ({ row, column: 'Nieuwe waarde', value: r[t.columns.indexOf('Schaal')] ? String(r[t.columns.indexOf('Schaal')]).split(';')[0] : 1 })),
    })),
  );
  const merged = await mergeForms(wb, [{ name: 'register', wb }], { now });
  const notes = JSON.parse(fake.dump()).sheets.reduce((n: number, s: { notes: unknown[] }) => n + s.notes.length, 0);
  return {
    notes,
    // The update form's print set-up (ExcelApi 1.9): Excel's default where the host lacks it.
    formPrint: fake.printLayout(sheets[0]!),
    found: {
      init: init.findings.length,
      check: check.findings.length,
      imported: imported.summary.added,
      flag: flag.counts,
      forms: started.forms.length,
      merged: [merged.accepted, merged.rejected.length],
    },
  };
}

test('init, check, import, flag and a round find the same at ExcelApi 1.8 and the latest; notes only where there are notes', async () => {
  const minimum = await everything(MINIMUM_EXCEL_API);
  const latest = await everything(LATEST_EXCEL_API);
  expect(minimum.found).toEqual(latest.found);
  expect(latest.found.flag.deviation).toBeGreaterThan(0);
  expect(latest.found.imported).toBe(2);
  // Milieu, Groen, Wonen and Omgeving (Bouwhoogte nieuwbouw, the demo's fourth owner), and Mobiliteit
  // (only actions and measures: asked their progress).
  expect(latest.found.forms).toBe(5);
  expect(latest.found.merged[0]).toBeGreaterThan(0);
  expect(latest.notes).toBeGreaterThan(0);
  expect(minimum.notes).toBe(0);
  expect(latest.formPrint).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$8:$8', centerHeader: 'Gent (44021) – Halfjaarlijkse update 2026-S2, dienst Milieu' });
  expect(minimum.formPrint).toMatchObject({ orientation: 'Portrait', titleRows: null, centerHeader: '' });
});
