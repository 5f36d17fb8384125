import { diffTexts } from './diff';
import { replaceNumbers } from './numbers';
import { prepare, score } from './score';
import { bandOf } from './bands';

const scoreOf = (stored: string, query: string) => score(prepare(query), prepare(stored)).score;

describe('score', () => {
  it('gives 100 only to the same text, spacing aside', () => {
    expect(scoreOf('Down with capitalism!', 'Down with capitalism!')).toBe(100);
    expect(scoreOf('Down with  capitalism! ', 'Down with capitalism!')).toBe(100);
  });

  it('takes one point for a case-only difference', () => {
    expect(scoreOf('Down with capitalism!', 'down with capitalism!')).toBe(99);
    expect(scoreOf('ДОЛОЙ КАПИТАЛИЗМ', 'Долой капитализм')).toBe(98);
  });

  it('takes one point per punctuation mark that differs, at most three', () => {
    expect(scoreOf('Down with capitalism!', 'Down with capitalism.')).toBe(99);
    expect(scoreOf('Down, with: capitalism!', 'Down with capitalism')).toBe(97);
    expect(scoreOf('«Down», with: (capitalism)!', 'Down with capitalism')).toBe(97);
  });

  it('scores a number-only change at 99 and replaces the number in the target', () => {
    const result = score(prepare('The leaflet was printed in 1992 in 5000 copies.'), prepare('The leaflet was printed in 1991 in 5000 copies.'));
    expect(result.score).toBe(99);
    expect(result.numberChanges).toEqual([{ stored: '1991', replacement: '1992' }]);
    expect(replaceNumbers('Листовка напечатана в 1991 году тиражом 5000 экземпляров.', result.numberChanges)).toBe(
      'Листовка напечатана в 1992 году тиражом 5000 экземпляров.',
    );
  });

  it('does not replace numbers the translation writes differently', () => {
    expect(replaceNumbers('Seven copies', [{ stored: '7', replacement: '8' }])).toBeNull();
  });

  it('takes one point per inline code that differs', () => {
    expect(scoreOf('Click {1}Save{/1} now.', 'Click Save now.')).toBe(98);
    expect(scoreOf('Click {1}Save{/1} now.', 'Click {2}Save{/2} now.')).toBe(99);
  });

  it('costs a changed word its share of the sentence', () => {
    expect(scoreOf('Down with capitalism and Stalinism', 'Down with capitalism and fascism')).toBe(80);
    expect(scoreOf('Долой капитализм и сталинизм', 'Долой капитализм и фашизм')).toBe(75);
    expect(scoreOf('Долой капитализм и сталинизм', 'Долой капитализм, сталинизм')).toBe(74);
  });

  it('treats a German compound as one word', () => {
    expect(scoreOf('Der Bahnhofsvorsteher kommt heute nicht.', 'Der Bahnhofvorsteher kommt heute nicht.')).toBe(80);
    expect(scoreOf('Die Arbeiterselbstverwaltung der Betriebe', 'Die Arbeiter-Selbstverwaltung der Betriebe')).toBe(59);
  });

  it('treats ё and е as a spelling variant', () => {
    expect(scoreOf('Всё для фронта', 'Все для фронта')).toBe(99);
  });

  it('maps scores to bands', () => {
    expect([101, 100, 99, 95, 94, 85, 84, 75, 74, 50, 49].map(bandOf)).toEqual([
      '101',
      '100',
      '95-99',
      '95-99',
      '85-94',
      '85-94',
      '75-84',
      '75-84',
      '50-74',
      '50-74',
      null,
    ]);
  });
});

describe('diffTexts', () => {
  it('shows what changed word by word, and rebuilds both texts', () => {
    const ops = diffTexts('Down with capitalism and Stalinism!', 'Down with capitalism and fascism!');
    expect(ops).toEqual([
      { op: 'equal', text: 'Down with capitalism and ' },
      { op: 'insert', text: 'fascism' },
      { op: 'delete', text: 'Stalinism' },
      { op: 'equal', text: '!' },
    ]);
    const rebuilt = (keep: 'insert' | 'delete') =>
      ops
        .filter((o) => o.op !== (keep === 'insert' ? 'delete' : 'insert'))
        .map((o) => o.text)
        .join('');
    expect(rebuilt('insert')).toBe('Down with capitalism and fascism!');
    expect(rebuilt('delete')).toBe('Down with capitalism and Stalinism!');
  });

  it('shows case and punctuation changes', () => {
    expect(diffTexts('Долой капитализм!', 'долой капитализм.')).toEqual([
      { op: 'insert', text: 'долой ' },
      { op: 'delete', text: 'Долой ' },
      { op: 'equal', text: 'капитализм' },
      { op: 'insert', text: '.' },
      { op: 'delete', text: '!' },
    ]);
  });
});
