// The report model on the demo after Toets aan normen: the objective tree in table order, each
// indicator with its latest value, status, changes and Bijsturing; the summary; --raad; bad input.
import { flagRegistry } from '../../src/norms';
import { readReport } from '../../src/report';
import type { ObjectiveNode } from '../../src/report/model';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { add, demo, NOW, set } from '../norms/helpers';

const codes = (nodes: ObjectiveNode[]): string[] => nodes.flatMap((n) => [n.code, ...codes(n.children)]);
const indicatorsOf = (nodes: ObjectiveNode[]): string[] => nodes.flatMap((n) => [...n.indicators.map((l) => `${n.code}:${l.id}@${l.area}`), ...indicatorsOf(n.children)]);

test('the demo after flag reports along the tree, with statuses, changes, benchmark and the Bijsturing', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const report = await readReport(wb, { period: '2026-S1' });
  expect(report).toMatchObject({ municipality: 'Gent (44021)', period: '2026-S1', council: false });
  expect(codes(report.objectives)).toEqual(['BD1', 'AP1.1', 'AC1.1.1', 'AP1.2', 'AC1.2.1', 'BD2', 'AP2.1', 'AC2.1.1', 'AP2.2']);
  expect(indicatorsOf(report.objectives)).toEqual([
    'AP1.1:IND-002@44021',
    'AC1.1.1:IND-001@S-PARKSTRAAT',
    'AC1.1.1:IND-001@P-CITADELPARK',
    'AC1.2.1:IND-003@W-BRUGSEPOORT',
    'AC1.2.1:IND-003@44021',
    'AC1.2.1:IND-003@W-BINNENSTAD',
    'AC2.1.1:IND-004@44021',
    'AP2.2:IND-007@44021',
  ]);
  // IND-005 is a context indicator (no objective by design), IND-006 stopped in 2025: neither is reported.
  expect(report.unlinked).toEqual([]);
  const line = (id: string, area: string) => allLines(report.objectives).find((l) => l.id === id && l.area === area)!;
  expect(line('IND-001', 'S-PARKSTRAAT')).toMatchObject({
    latest: { period: '2025-S2', value: 48.7 },
    current: false,
    previous: { period: '2025-S1', value: 49.6 },
    baseline: { period: '2023-S2', value: 52.1 },
    sincePrevious: '-0,9 dB(A)',
    sinceBaseline: '-3,4 dB(A)',
    status: 'Afwijking',
    statusKey: 'deviation',
    norm: 'max. 48 dB(A) (NRM-001)',
  });
  expect(line('IND-001', 'S-PARKSTRAAT').chart!.values).toEqual([52.1, 51.8, 51.2, 49.6, 48.7]);
  expect(line('IND-003', 'W-BINNENSTAD')).toMatchObject({ status: 'Niet op koers', followUps: [{ period: '2025', status: 'open', by: 'Groen', due: '31/12/2026' }] });
  expect(line('IND-004', '44021')).toMatchObject({ sincePrevious: 'C → C', chart: null });
  // The summary: counts per status, Afwijking without Bijsturing, nothing of 2026-S1 yet.
  expect(report.summary.counts.find((c) => c.key === 'deviation')!.count).toBeGreaterThan(0);
  expect(report.summary.decisions.map((l) => `${l.id}@${l.area}`)).toContain('IND-001@S-PARKSTRAAT');
  expect(report.summary.decisions.map((l) => `${l.id}@${l.area}`)).not.toContain('IND-003@W-BINNENSTAD');
  expect(report.summary.behind).toEqual([{ code: 'AC1.2.1', title: 'Groene speelplaatsen', reason: 'niet op koers: IND-003 in Binnenstad' }]);
  expect(report.notes).toEqual(['Er zijn geen waarden voor 2026-S1 in Metingen; het rapport toont de laatste waarden van vóór die periode.']);
});

function allLines(nodes: ObjectiveNode[]): ObjectiveNode['indicators'] {
  return nodes.flatMap((n) => [...n.indicators, ...allLines(n.children)]);
}

test('--raad keeps only the marked indicators and the branches that lead to them', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const report = await readReport(wb, { period: '2026-S1', council: true });
  expect(codes(report.objectives)).toEqual(['BD1', 'AP1.1', 'AC1.1.1', 'AP1.2', 'AC1.2.1']);
  expect([...new Set(allLines(report.objectives).map((l) => l.id))]).toEqual(['IND-001', 'IND-003']);
});

test('without flags, objectives or values of the period the report still comes, and says what is missing', async () => {
  const wb = await demo();
  await wb.apply([{ kind: 'replaceRows', table: 'tblDoelstellingen', rows: [] }]);
  const report = await readReport(wb, { period: '2026-S1' });
  expect(report.objectives).toEqual([]);
  expect(report.unlinked.length).toBe(8);
  expect([...new Set(report.unlinked.map((l) => l.id))]).toEqual(['IND-001', 'IND-002', 'IND-003', 'IND-004', 'IND-007']);
  expect(report.notes).toEqual([
    'Het register heeft geen doelstellingen (tabel Doelstellingen is leeg): de indicatoren staan hieronder zonder de boom van het meerjarenplan.',
    'Toets aan normen werd nog niet uitgevoerd: de metingen hebben geen status. Voer eerst Toets aan normen uit (beleidsregister toets) om de statussen en normen in het rapport te krijgen.',
    'Er zijn geen waarden voor 2026-S1 in Metingen; het rapport toont de laatste waarden van vóór die periode.',
  ]);
  expect(report.unlinked.every((l) => l.status === null)).toBe(true);
});

test('a stopped indicator is reported for a half-year it was still followed in, and never as missing', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  await wb.apply([add('measurements', { indicator: 'IND-006', area: '44021', period: '2025-S2', unit: 'aantal' })]);
  const before = await readReport(wb, { period: '2025-S1' });
  expect(before.unlinked.map((l) => `${l.id}@${l.area}`)).toEqual(['IND-006@44021']);
  expect(before.unlinked[0].latest).toEqual({ period: '2025-S1', value: 176 });
  const after = await readReport(wb, { period: '2025-S2' });
  expect(after.unlinked).toEqual([]);
  expect(after.summary.missing.map((m) => m.indicator)).not.toContain('IND-006');
});

test('a report that cannot be made is refused in Dutch', async () => {
  const wb = await demo();
  await expect(readReport(wb, { period: '2026' })).rejects.toThrow('--periode 2026 is geen halfjaar. Geef een halfjaar als 2026-S1 (januari–juni) of 2026-S2 (juli–december).');
  await wb.apply([set('indicators', 0, 'council', 'nee'), set('indicators', 2, 'council', null)]);
  await expect(readReport(wb, { period: '2026-S1', council: true })).rejects.toThrow(/geen enkele indicator staat op ja in de kolom Naar de raad/);
  await expect(readReport(XlsxWorkbook.create(), { period: '2026-S1' })).rejects.toThrow(/geen register/);
});

test('a follow-up of a measurement Metingen lacks is a finding of Controleer register', async () => {
  const { checkRegistry } = await import('../../src/checks');
  const wb = await demo();
  await wb.apply([add('followUps', { indicator: 'IND-001', area: 'S-PARKSTRAAT', period: '2019-S1', decision: 'iets', status: 'open' })]);
  const found = (await checkRegistry(wb)).findings.filter((f) => f.rule === 'opvolging.onbekende-meting');
  expect(found).toEqual([expect.objectContaining({ sheet: 'Opvolging', cell: 'C3', message: 'Deze opvolging gaat over IND-001 in S-PARKSTRAAT voor 2019-S1, maar Metingen heeft geen meting van die indicator in dat gebied en die periode.' })]);
});
