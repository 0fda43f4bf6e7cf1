// The colours of a status column, exactly: the words the formulas compare are the ones flag writes,
// a deviation outranks every other colour (Excel applies the first matching rule's fill), and the
// gap statuses share one grey. LibreOffice shows them (test/norms/libreoffice.test.ts); this pins
// the list itself, fast enough for the mutation runs.
import { LOOK, STATUS_TEXT, quoted, statusTextFormats } from '../../src/norms/status';

test('a status column gets one colour per status word, deviation first and the gaps in one grey', () => {
  expect(statusTextFormats('$I2')).toEqual([
    { formula: '$I2="Afwijking"', fill: '#F8CBAD', fontColor: '#843C0C' },
    { formula: '$I2="Niet op koers"', fill: '#FCE4D6', fontColor: '#C65911' },
    { formula: '$I2="Opvallend"', fill: '#E4DFEC', fontColor: '#5B2C6F' },
    { formula: 'OR($I2="Ontbreekt",$I2="Verouderd",$I2="Niet getoetst")', fill: '#EDEDED', fontColor: '#595959' },
    { formula: '$I2="OK"', fill: '#C6EFCE', fontColor: '#006100' },
    { formula: '$I2="Op koers"', fill: '#E2EFDA', fontColor: '#375623' },
  ]);
});

test('a word with a double quote is quoted as a formula writes it', () => {
  expect(quoted('zeg "ja"')).toBe('"zeg ""ja"""');
  expect(quoted('')).toBe('""');
});

test('the flag colours differ from each other and from the Controle marks', () => {
  const fills = Object.values(LOOK).map((l) => l.fill);
  expect(new Set(fills).size).toBe(fills.length);
  expect(fills).not.toContain('#FFC7CE');
  expect(fills).not.toContain('#FFEB9C');
  expect(Object.keys(STATUS_TEXT)).toHaveLength(9);
});
