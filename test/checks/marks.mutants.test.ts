// The Controle marks (src/checks/marks.ts): the exact conditional formats a registry column gets, and
// the key a finding's cell has in the Controle table, which the formats build for their own cell.
import { CELLS, SEVERITIES, cellKey, markFormats } from '../../src/checks/marks';

test("a finding's cell is keyed by sheet and address", () => {
  expect(cellKey('Normen', 'B2')).toBe('Normen!B2');
  expect(cellKey('Metingen', '')).toBe('Metingen!');
});

test('red where the Controle table lists an error for the cell, yellow where it lists a warning', () => {
  expect([CELLS, SEVERITIES]).toEqual(['lst_ControleCellen', 'lst_ControleErnst']);
  expect(markFormats('Normen')).toEqual([
    { formula: 'COUNTIFS(lst_ControleCellen,"Normen!"&ADDRESS(ROW(),COLUMN(),4),lst_ControleErnst,"fout")>0', fill: '#FFC7CE', fontColor: '#9C0006' },
    { formula: 'COUNTIFS(lst_ControleCellen,"Normen!"&ADDRESS(ROW(),COLUMN(),4),lst_ControleErnst,"waarschuwing")>0', fill: '#FFEB9C', fontColor: '#9C5700' },
  ]);
});

test("every double quote in a sheet's name is doubled inside the formula's text", () => {
  const [error] = markFormats('Plan "A" en "B"');
  expect(error.formula).toBe('COUNTIFS(lst_ControleCellen,"Plan ""A"" en ""B""!"&ADDRESS(ROW(),COLUMN(),4),lst_ControleErnst,"fout")>0');
});
