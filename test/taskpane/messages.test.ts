// The message catalogue: both languages say the same things, and counts read as sentences.

import { downloadName } from '../../src/taskpane/download';
import { catalogue, languageFor } from '../../src/taskpane/messages';

test('English only where Office runs in English; Dutch otherwise', () => {
  expect(languageFor('en-US')).toBe('en');
  expect(languageFor('EN-gb')).toBe('en');
  expect(languageFor('nl-BE')).toBe('nl');
  expect(languageFor('fr-BE')).toBe('nl');
  expect(languageFor(undefined)).toBe('nl');
});

test('Dutch and English have the same texts', () => {
  expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.nl).sort());
});

test('what was added reads as a sentence, in singular and plural', () => {
  expect(catalogue.nl.resultAdded({ sheets: 2, tables: 1, columns: 0, names: 3 })).toBe('Toegevoegd: 2 tabbladen, 1 tabel en 3 namen.');
  expect(catalogue.nl.resultAdded({ sheets: 0, tables: 0, columns: 1, names: 0 })).toBe('Toegevoegd: 1 kolom.');
  expect(catalogue.nl.resultAdded({ sheets: 0, tables: 0, columns: 0, names: 0 })).toBe('Er moest niets toegevoegd worden.');
  expect(catalogue.en.resultAdded({ sheets: 1, tables: 2, columns: 0, names: 0 })).toBe('Added: 1 sheet and 2 tables.');
});

test('a download keeps the opened file’s name, as .xlsx', () => {
  expect(downloadName('Indicatoren 2025.xlsx')).toBe('Indicatoren 2025.xlsx');
  expect(downloadName('register.XLSX')).toBe('register.XLSX');
  expect(downloadName('oud.xlsm')).toBe('oud.xlsx');
  expect(downloadName()).toBe('beleidsregister.xlsx');
});
