// The live flags' conditional formats (src/norms/liveFormats.ts) as the exact rules they write: the
// formulas on Waarde and Status, in order, with their colours. What LibreOffice makes of them is
// tested in liveFormats.test.ts (rendered, too slow for every mutant); this pins the rules themselves.
import { flagFormats, hasTests, limitsFormula, valueFormats } from '../../src/norms/liveFormats';
import { LOOK, statusTextFormats } from '../../src/norms/status';
import type { TableInfo, WorkbookInfo } from '../../src/workbook/port';

// The schema's Metingen columns the flags read, from A1: Waarde is E, Status F, the test G to K.
const COLUMNS = ['Indicator', 'Gebied', 'Periode', 'Dimensie', 'Waarde', 'Status', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'];
const table = (more: Partial<TableInfo> = {}): TableInfo => ({ name: 'tblMetingen', sheet: 'Metingen', columns: COLUMNS, address: 'A1:K2', rowCount: 1, ...more });

/** Position of a cell's label on the row's scale in K. */
const pos = (cell: string) => `FIND(";"&UPPER(${cell})&";",";"&UPPER($K2)&";")`;
const deviation = (formula: string) => ({ formula, ...LOOK.deviation });
const offTrack = (formula: string) => ({ formula: `AND(OR($F2="Op koers",$F2="Niet op koers"),${formula})`, ...LOOK.offTrack });

const MAX = 'AND($G2="max",ISNUMBER($E2),ISNUMBER($H2),$E2>$H2)';
const MIN = 'AND($G2="min",ISNUMBER($E2),ISNUMBER($H2),$E2<$H2)';
const LABEL_MAX = `AND($G2="max",ISTEXT($H2),${pos('$E2')}<${pos('$H2')})`;
const LABEL_MIN = `AND($G2="min",ISTEXT($H2),${pos('$E2')}>${pos('$H2')})`;
/** The formats of the test columns, after the outlier rule and the Toetsen rules. */
const OWN = [
  ...[MAX, MIN, LABEL_MAX, LABEL_MIN].map(offTrack),
  ...[
    MAX,
    MIN,
    'AND($G2="tussen",ISNUMBER($E2),ISNUMBER($H2),ISNUMBER($I2),OR($E2<$H2,$E2>$I2))',
    'AND($G2="gelijk",ISNUMBER($E2),ISNUMBER($H2),ROUND($E2,(ROUND($H2,0)<>$H2)+(ROUND($H2,1)<>$H2)+(ROUND($H2,2)<>$H2)+(ROUND($H2,3)<>$H2))<>$H2)',
    'AND($G2="toename max. %",ISNUMBER($E2),ISNUMBER($H2),ISNUMBER($J2),$J2<>0,($E2-$J2)/ABS($J2)*100>$H2+1E-9)',
    'AND($G2="afname min. %",ISNUMBER($E2),ISNUMBER($H2),ISNUMBER($J2),$J2<>0,($J2-$E2)/ABS($J2)*100<$H2-1E-9)',
    LABEL_MAX,
    LABEL_MIN,
    `AND($G2="tussen",ISTEXT($H2),OR(${pos('$E2')}>${pos('$H2')},${pos('$E2')}<${pos('$I2')}))`,
    `AND($G2="gelijk",ISTEXT($H2),${pos('$E2')}<>${pos('$H2')})`,
  ].map(deviation),
];
const OUTLIER = { formula: '$F2="Opvallend"', ...LOOK.outlier };
const KEY = '$A2&"|"&$B2&"|"&$D2&"|"&$C2';
/** The rules that look the row's other norms up in the Toetsen table. */
const TOETSEN = [
  `AND(ISNUMBER($E2),COUNTIFS(lst_ToetsSleutel,${KEY},lst_ToetsSoort,"max",lst_ToetsGrens,"<"&$E2)>0)`,
  `AND(ISNUMBER($E2),COUNTIFS(lst_ToetsSleutel,${KEY},lst_ToetsSoort,"min",lst_ToetsGrens,">"&$E2)>0)`,
  `AND(ISNUMBER($E2),SUMPRODUCT((lst_ToetsSleutel=${KEY})*(lst_ToetsSoort="gelijk")*(ROUND($E2,lst_ToetsDecimalen)<>lst_ToetsGrens))>0)`,
  `AND(ISTEXT($E2),COUNTIFS(lst_ToetsSleutel,${KEY},lst_ToetsSoort,"label",lst_ToetsLabel,$E2)>0)`,
].map(deviation);

describe('flagFormats', () => {
  test('Waarde: a likely entry error first, then behind a path (amber), then each breach (red); Status: its words', () => {
    expect([...flagFormats(table())]).toEqual([
      ['Waarde', [OUTLIER, ...OWN]],
      ['Status', statusTextFormats('$F2')],
    ]);
  });

  test('with the Toetsen table, its rules come after the outlier rule and before the test columns', () => {
    expect(flagFormats(table(), { tests: true }).get('Waarde')).toEqual([OUTLIER, ...TOETSEN, ...OWN]);
    expect(flagFormats(table(), { tests: false }).get('Waarde')).toEqual([OUTLIER, ...OWN]);
  });

  test('a Metingen without a key column colours by the test columns only', () => {
    const noPeriod = table({ columns: COLUMNS.map((c) => (c === 'Periode' ? 'Jaar' : c)) });
    expect(flagFormats(noPeriod, { tests: true }).get('Waarde')).toEqual([OUTLIER, ...OWN]);
  });

  test('the captions in any case and with spaces, kept as the workbook writes them; the cells where the table stands', () => {
    const moved = table({ name: ' TBLmetingen ', columns: ['Eigen', ...COLUMNS.map((c) => (c === 'Waarde' ? ' waarde ' : c === 'Status' ? 'STATUS' : c))], address: 'C5:N40' });
    const formats = flagFormats(moved, { tests: true });
    expect([...formats.keys()]).toEqual([' waarde ', 'STATUS']);
    // Waarde is now H6, Status I6, Operator J6, Normwaarde K6; the key D6|E6|G6|F6.
    expect(formats.get(' waarde ')![0]).toEqual({ formula: '$I6="Opvallend"', ...LOOK.outlier });
    expect(formats.get(' waarde ')![1].formula).toBe('AND(ISNUMBER($H6),COUNTIFS(lst_ToetsSleutel,$D6&"|"&$E6&"|"&$G6&"|"&$F6,lst_ToetsSoort,"max",lst_ToetsGrens,"<"&$H6)>0)');
    expect(formats.get(' waarde ')![9].formula).toBe('AND($J6="max",ISNUMBER($H6),ISNUMBER($K6),$H6>$K6)');
    expect(formats.get('STATUS')).toEqual(statusTextFormats('$I6'));
  });

  test('none on another table, or on a Metingen lacking a column the rules read', () => {
    expect(flagFormats(table({ name: 'tblNormen' })).size).toBe(0);
    for (const gone of ['Waarde', 'Status', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal']) {
      expect({ gone, size: flagFormats(table({ columns: COLUMNS.filter((c) => c !== gone) })).size }).toEqual({ gone, size: 0 });
    }
  });
});

test('valueFormats: formats of other norms go between the outlier rule and the own tests; a path condition of the caller', () => {
  const cells = { value: '$B2', status: '$C2', normOperator: '$D2', normValue: '$E2', normUpper: '$F2', normReference: '$G2', normScale: '$H2' };
  const other = { formula: 'WAAR', ...LOOK.deviation };
  const formats = valueFormats(cells, [other], '$Z2=1');
  expect(formats.slice(0, 3)).toEqual([{ formula: '$C2="Opvallend"', ...LOOK.outlier }, other, { formula: 'AND($Z2=1,AND($D2="max",ISNUMBER($B2),ISNUMBER($E2),$B2>$E2))', ...LOOK.offTrack }]);
  expect(formats).toHaveLength(2 + OWN.length);
  // Without a path condition: Metingen's own status says so.
  expect(valueFormats(cells)[1].formula).toBe('AND(OR($C2="Op koers",$C2="Niet op koers"),AND($D2="max",ISNUMBER($B2),ISNUMBER($E2),$B2>$E2))');
});

describe('limitsFormula', () => {
  test('numbers and labels in one formula, numbers as a formula writes them', () => {
    expect(
      limitsFormula('$E2', [
        { kind: 'max', value: 48 },
        { kind: 'min', value: 1e-7 },
        { kind: 'gelijk', value: 2.5, decimals: 1 },
        { kind: 'label', label: 'zeg "B"' },
        { kind: 'label', label: 'C' },
      ]),
    ).toBe('OR(AND(ISNUMBER($E2),OR($E2>48,$E2<1E-7,ROUND($E2,1)<>2.5)),AND(ISTEXT($E2),OR($E2="zeg ""B""",$E2="C")))');
  });

  test('numbers alone, labels alone, or nothing to breach', () => {
    expect(limitsFormula('$E2', [{ kind: 'min', value: 0.4 }])).toBe('AND(ISNUMBER($E2),OR($E2<0.4))');
    expect(limitsFormula('$E2', [{ kind: 'label', label: 'C' }])).toBe('AND(ISTEXT($E2),OR($E2="C"))');
    expect(limitsFormula('$E2', [])).toBeNull();
  });
});

test('hasTests: only when every name of the Toetsen table is there', () => {
  const names = { lst_ToetsSleutel: 'x', lst_ToetsSoort: 'x', lst_ToetsGrens: 'x', lst_ToetsDecimalen: 'x', lst_ToetsLabel: 'x' };
  const info = (n: Record<string, string>) => ({ names: n }) as WorkbookInfo;
  expect(hasTests(info(names))).toBe(true);
  const { lst_ToetsLabel: _, ...four } = names;
  expect(hasTests(info(four))).toBe(false);
  expect(hasTests(info({}))).toBe(false);
});
