// The Logboek of the monitor import: new measurements as one line per indicator, every value that
// replaced another as a line of its own, and the user's decision on each conflict; a re-import
// that changes nothing adds nothing.
import { importMonitor, type MonitorSource } from '../../src/monitor/import';
import { resolveConflicts } from '../../src/monitor/resolve';
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { newRegistry, tableObjects } from './helpers';

const header = 'Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)\n';
const line = (year: number, type: string, value: string) => `Gent;44021;Mediaanprijs huizen;${year};${type};${value}\n`;
const csv = (name: string, text: string): MonitorSource => ({ kind: 'csv', name, input: text });
const NOW = new Date(2026, 2, 14, 15, 30);

test('import, re-import, newer download, conflicts decided: each change is one Logboek line', async () => {
  const wb = await newRegistry('44021');
  const first = header + line(2022, 'Alle huizen', '300000,0') + line(2023, 'Alle huizen', '310000,0') + line(2023, 'Open bebouwing', '420000,0');
  await importMonitor(wb, csv('WO_07.csv', first), { now: NOW, user: 'els' });
  expect(await tableObjects(wb, LOGBOOK_TABLE)).toEqual([
    { Tijdstip: '2026-03-14 15:30', Bewerking: 'import', Bron: 'WO_07.csv', Indicator: 'IND-001', Gebied: '44021', Periode: '2022 tot 2023', Dimensie: null, 'Oude waarde': null, 'Nieuwe waarde': '3 nieuwe metingen', Gebruiker: 'els' },
  ]);

  expect((await importMonitor(wb, csv('WO_07.csv', first), { now: NOW })).changed).toBe(false);
  expect(await tableObjects(wb, LOGBOOK_TABLE)).toHaveLength(1);

  // A hand correction, then a newer download that changes it and another value.
  await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 1, column: 'Waarde', value: 311000 }] }]);
  const newer = header + line(2022, 'Alle huizen', '301000,0') + line(2023, 'Alle huizen', '315000,0') + line(2023, 'Open bebouwing', '420000,0');
  const result = await importMonitor(wb, csv('WO_07 (1).csv', newer), { now: NOW });
  expect(result.summary).toMatchObject({ updated: 1, conflicts: 1 });
  expect((await tableObjects(wb, LOGBOOK_TABLE)).slice(1)).toEqual([
    expect.objectContaining({ Bewerking: 'import', Bron: 'WO_07 (1).csv', Periode: '2022', Dimensie: 'Alle huizen', 'Oude waarde': 300000, 'Nieuwe waarde': 301000, Gebruiker: null }),
  ]);

  const decided = await resolveConflicts(wb, [{ conflict: result.summary.conflictList[0], take: 'file' }], { file: 'WO_07 (1).csv', now: NOW, user: 'els' });
  expect(decided).toEqual({ taken: 1, kept: 0, skipped: [] });
  expect((await tableObjects(wb, 'tblMetingen'))[1]).toMatchObject({ Waarde: 315000, Bronwaarde: 315000, Bestand: 'WO_07 (1).csv' });
  expect((await tableObjects(wb, LOGBOOK_TABLE)).at(-1)).toMatchObject({ Bewerking: 'correctie', 'Oude waarde': 311000, 'Nieuwe waarde': 315000, Gebruiker: 'els' });
  // Settled: the same download again is no conflict, and deciding again finds the value changed.
  expect((await importMonitor(wb, csv('WO_07 (1).csv', newer), { now: NOW })).summary).toMatchObject({ conflicts: 0, updated: 0 });
  const again = await resolveConflicts(wb, [{ conflict: result.summary.conflictList[0], take: 'file' }], { file: 'WO_07 (1).csv', now: NOW });
  expect(again.skipped[0].message).toContain('de waarde is sinds het importeren veranderd (nu 315000)');
});

test('keeping one’s own value records the decision and silences the conflict', async () => {
  const wb = await newRegistry('44021');
  await importMonitor(wb, csv('a.csv', header + line(2023, 'Alle huizen', '310000,0')), { now: NOW });
  await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Waarde', value: 311000 }] }]);
  const result = await importMonitor(wb, csv('b.csv', header + line(2023, 'Alle huizen', '315000,0')), { now: NOW });
  expect(await resolveConflicts(wb, [{ conflict: result.summary.conflictList[0], take: 'mine' }], { file: 'b.csv', now: NOW })).toMatchObject({ kept: 1 });
  expect((await tableObjects(wb, 'tblMetingen'))[0]).toMatchObject({ Waarde: 311000, Bronwaarde: 315000 });
  expect((await tableObjects(wb, LOGBOOK_TABLE)).at(-1)).toMatchObject({ Bewerking: 'correctie', 'Oude waarde': 311000, 'Nieuwe waarde': 311000, Bron: expect.stringContaining('behouden') });
  expect((await importMonitor(wb, csv('b.csv', header + line(2023, 'Alle huizen', '315000,0')), { now: NOW })).summary).toMatchObject({ conflicts: 0, unchanged: 1 });
});
