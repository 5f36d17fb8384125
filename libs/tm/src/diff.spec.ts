import { diffTexts } from './browser';

const side = (ops: ReturnType<typeof diffTexts>, keep: 'insert' | 'delete') =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');

describe('diffTexts, word by word', () => {
  it('marks a changed Russian word as one deletion and one insertion, keeping the rest equal', () => {
    const ops = diffTexts('Подпишите договор до пятницы.', 'Подпишите контракт до пятницы.');
    expect(ops).toEqual([
      { op: 'equal', text: 'Подпишите ' },
      { op: 'insert', text: 'контракт ' },
      { op: 'delete', text: 'договор ' },
      { op: 'equal', text: 'до пятницы.' },
    ]);
  });

  it('treats a German word with umlaut or ß as one word, and shows a change of case', () => {
    const ops = diffTexts('Die Straße ist gesperrt.', 'Die Strasse ist Gesperrt.');
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toEqual(['Straße', 'gesperrt']);
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toEqual(['Strasse', 'Gesperrt']);
  });

  it('rebuilds both texts: equal + delete is the older, equal + insert the newer', () => {
    const older = '  Öffnen Sie {1}die Datei{/1}, bitte.';
    const newer = 'Öffnen Sie bitte {1}die neue Datei{/1}.';
    const ops = diffTexts(older, newer);
    expect(side(ops, 'delete')).toBe(older);
    expect(side(ops, 'insert')).toBe(newer);
  });

  it('answers one equal run for identical texts and one insertion from nothing', () => {
    expect(diffTexts('Привет, мир', 'Привет, мир')).toEqual([{ op: 'equal', text: 'Привет, мир' }]);
    expect(diffTexts('', 'Hallo Welt')).toEqual([{ op: 'insert', text: 'Hallo Welt' }]);
  });
});
