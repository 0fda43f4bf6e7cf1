// The notes on flagged values (src/norms/notes.ts): the flag's block is found at the start of a
// note or after a blank line, replaced or taken away, and what the user wrote stays as it was.
import { NOTE_HEADER, flagNote, mergeNote, userPart } from '../../src/norms/notes';

const block = (status: string, message: string) => `Toets aan normen – ${status}\n${message}`;

test('the flag block: header, status, then the explanation on a line of its own', () => {
  expect(NOTE_HEADER).toBe('Toets aan normen');
  expect(flagNote('Afwijking', 'max. 48 dB(A)')).toBe('Toets aan normen – Afwijking\nmax. 48 dB(A)');
});

describe('userPart', () => {
  test('no note, or only the flag block: nothing of the user', () => {
    expect(userPart(null)).toBeNull();
    expect(userPart('')).toBeNull();
    expect(userPart(block('Afwijking', 'x'))).toBeNull();
    expect(userPart(`\n\n${block('Afwijking', 'x')}`)).toBeNull();
  });

  test('a note of the user alone is theirs, without trailing blanks', () => {
    expect(userPart('nagemeten op 3/5')).toBe('nagemeten op 3/5');
    expect(userPart('nagemeten op 3/5  \n')).toBe('nagemeten op 3/5');
    // The header inside a line of the user's is not the block.
    expect(userPart('zie Toets aan normen – vorig jaar')).toBe('zie Toets aan normen – vorig jaar');
    expect(userPart(`eigen\n${block('Afwijking', 'x')}`)).toBe(`eigen\n${block('Afwijking', 'x')}`);
  });

  test('the user part ends where the last block starts after a blank line', () => {
    expect(userPart(`eigen  \n\n${block('Afwijking', 'x')}`)).toBe('eigen');
    expect(userPart(`eigen\n\n${block('Afwijking', 'x')}\n\n${block('Opvallend', 'y')}`)).toBe(`eigen\n\n${block('Afwijking', 'x')}`);
  });
});

describe('mergeNote', () => {
  test('the block replaces the old one after the user part, or stands alone', () => {
    expect(mergeNote(null, block('Afwijking', 'nieuw'))).toBe(block('Afwijking', 'nieuw'));
    expect(mergeNote(block('Afwijking', 'oud'), block('Opvallend', 'nieuw'))).toBe(block('Opvallend', 'nieuw'));
    expect(mergeNote('eigen', block('Afwijking', 'nieuw'))).toBe(`eigen\n\n${block('Afwijking', 'nieuw')}`);
    expect(mergeNote(`eigen\n\n${block('Afwijking', 'oud')}`, block('Afwijking', 'nieuw'))).toBe(`eigen\n\n${block('Afwijking', 'nieuw')}`);
  });

  test('without a block only the user part stays, or no note', () => {
    expect(mergeNote(`eigen\n\n${block('Afwijking', 'oud')}`, null)).toBe('eigen');
    expect(mergeNote(block('Afwijking', 'oud'), null)).toBeNull();
    expect(mergeNote(null, null)).toBeNull();
    expect(mergeNote('eigen', null)).toBe('eigen');
  });
});
