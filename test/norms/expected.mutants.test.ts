// The expected tests of the update forms (src/norms/expected.ts) on a new Gent registry with a few
// norms and targets: every norm that applies with the most specific one written, a norm that cannot
// be tested passed over, a target's path when no norm can be tested, and no test at all. Fast
// enough for every mutant Stryker makes of the file.
import { expectedTests } from '../../src/norms/expected';
import type { Row } from '../../src/registry/defaults';
import { NOW } from './helpers';
import { day, read } from './small';

const areas: Row[] = [{ code: 'W-BINNENSTAD', name: 'Binnenstad', level: 'wijk', parent: '44021' }];
const indicators: Row[] = [
  { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-002', name: 'Slaapverstoorden', unit: '%', direction: 'lager is beter', frequency: 'jaarlijks' },
  { id: 'IND-004', name: 'Energielabel', unit: 'label', direction: 'hoger is beter', scale: 'A;B;C;D', frequency: 'jaarlijks' },
];
const documents: Row[] = [{ id: 'BES-001', title: 'Beleidsplan Geluid', kind: 'beleidsplan' }];
const norms: Row[] = [
  { id: 'NRM-001', indicator: 'IND-001', document: 'BES-001', kind: 'norm', operator: 'max', value: 48, area: '44021', validFrom: day('2024-01-01'), validTo: day('2030-12-31') },
  { id: 'NRM-002', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 45, area: 'W-BINNENSTAD', validFrom: day('2024-01-01') },
  { id: 'NRM-003', indicator: 'IND-001', kind: 'streefwaarde', operator: 'max', value: 40, area: 'W-BINNENSTAD', referencePeriod: '2024', targetDate: day('2028-12-31') },
  { id: 'NRM-004', indicator: 'IND-004', kind: 'norm', operator: 'min', value: 'B', area: '44021' },
  { id: 'NRM-010', indicator: 'IND-002', kind: 'streefwaarde', operator: 'max', value: 10, area: 'W-BINNENSTAD', referencePeriod: '2019', targetDate: day('2028-12-31') },
  { id: 'NRM-011', indicator: 'IND-002', kind: 'streefwaarde', operator: 'max', value: 12, area: '44021', referencePeriod: '2024', targetDate: day('2028-12-31') },
  { id: 'NRM-012', indicator: 'IND-002', kind: 'norm', operator: 'toename max. %', value: 0, area: 'W-BINNENSTAD', referencePeriod: '2020' },
];
const measurements: Row[] = [
  { indicator: 'IND-001', area: 'W-BINNENSTAD', period: '2024', value: 52 },
  { indicator: 'IND-002', area: 'W-BINNENSTAD', period: '2024', value: 20 },
];
const key = (indicator: string, area: string, period: string, dimension = '') => ({ indicator, area, period, dimension });
const expected = async (...keys: ReturnType<typeof key>[]) => expectedTests(await read({ areas, indicators, documents, norms, measurements }), keys, { now: NOW });

const NRM_001 = 'norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid, geldig 2024–2030)';

test('every norm that applies: the most specific one written, each one a limit and a text', async () => {
  expect(await expected(key('IND-001', 'W-BINNENSTAD', '2026'))).toEqual([
    {
      kind: 'norm',
      written: { normId: 'NRM-002', normOperator: 'max', normValue: 45, normUpper: null, normReference: null, normScale: null },
      limits: [{ kind: 'max', value: 45 }, { kind: 'max', value: 48 }],
      text: `norm max. 45 dB(A) (NRM-002, geldig vanaf 2024); ${NRM_001}`,
    },
  ]);
});

test('the indicator as typed in any case; a label norm: the labels that breach it', async () => {
  const [municipal, label] = await expected(key('ind-001', '44021', '2026'), key('IND-004', '44021', '2026'));
  expect(municipal).toEqual({ kind: 'norm', written: expect.objectContaining({ normId: 'NRM-001', normValue: 48 }), limits: [{ kind: 'max', value: 48 }], text: NRM_001 });
  expect(label).toEqual({
    kind: 'norm',
    written: { normId: 'NRM-004', normOperator: 'min', normValue: 'B', normUpper: null, normReference: null, normScale: 'A;B;C;D' },
    limits: [{ kind: 'label', label: 'C' }, { kind: 'label', label: 'D' }],
    text: 'norm min. B (NRM-004, zonder einddatum)',
  });
});

test('a norm that cannot be tested (no reference value) is passed over: the target’s path, past a target without baseline', async () => {
  expect(await expected(key('IND-002', 'W-BINNENSTAD', '2026'))).toEqual([
    {
      kind: 'streefpad',
      written: { normId: 'NRM-011', normOperator: 'max', normValue: 16, normUpper: null, normReference: null, normScale: null },
      limits: [],
      text: 'streefpad: max. 16 % voor 2026 (van 20 % in 2024 naar 12 % tegen 31/12/2028; NRM-011)',
    },
  ]);
  // After its norm ended, the other target's path decides.
  expect((await expected(key('IND-001', 'W-BINNENSTAD', '2031')))[0]).toMatchObject({ kind: 'norm', written: { normId: 'NRM-002' }, text: 'norm max. 45 dB(A) (NRM-002, geldig vanaf 2024)' });
});

test('no test: the baseline period itself (no path yet), an unknown indicator, a period that is none', async () => {
  expect(await expected(key('IND-002', 'W-BINNENSTAD', '2024'), key('IND-404', 'W-BINNENSTAD', '2026'), key('IND-001', 'W-BINNENSTAD', '2026-S7'), key('IND-002', '44021', '2019'))).toEqual([null, null, null, null]);
});
