import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it('is zero for an unedited suggestion and counts characters changed', () => {
    expect(editDistance('Alle Macht den Räten!', 'Alle Macht den Räten!')).toBe(0);
    expect(editDistance('Alle Macht den Räten!', 'Alle Macht den Sowjets!')).toBe(6);
    expect(editDistance('', 'Neu')).toBe(3);
  });

  it('counts Cyrillic letters and emoji as one character each', () => {
    expect(editDistance('Вся власть', 'Вся властъ')).toBe(1);
    expect(editDistance('a😀b', 'ab')).toBe(1);
  });
});
