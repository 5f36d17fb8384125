import { checkTerms, findPhrase } from './find-terms';
import { stem } from './stem';

const term = (id: string, sourceTerm: string, targetTerm: string, forbidden: string[] = []) => ({ id, sourceTerm, targetTerm, forbidden });

describe('stem', () => {
  it('brings Russian case forms to one stem', () => {
    expect(new Set(['капитализм', 'капитализма', 'капитализмом', 'капитализму'].map((w) => stem(w, 'ru'))).size).toBe(1);
    expect(new Set(['власть', 'власти', 'властью'].map((w) => stem(w, 'ru'))).size).toBe(1);
    expect(stem('Ёлка', 'ru')).toBe(stem('елки', 'ru'));
  });

  it('brings German plurals and case endings to one stem, umlauts included', () => {
    expect(stem('Räte', 'de')).toBe(stem('Rat', 'de'));
    expect(new Set(['Arbeiter', 'Arbeitern', 'Arbeiters'].map((w) => stem(w, 'de'))).size).toBe(1);
  });

  it('handles English plurals', () => {
    expect(stem('policies', 'en')).toBe(stem('policy', 'en'));
    expect(stem('workers', 'en')).toBe(stem('worker', 'en'));
  });
});

describe('findPhrase', () => {
  it('finds a multi-word term in an inflected form and says so', () => {
    expect(findPhrase('Вся власть рабочих советов!', 'рабочий совет', 'ru')).toMatchObject({ match: 'inflected', text: 'рабочих советов' });
    expect(findPhrase('Рабочий совет собрался.', 'рабочий совет', 'ru')).toMatchObject({ match: 'exact', text: 'Рабочий совет' });
  });

  it('does not match a word that only starts the same', () => {
    expect(findPhrase('Die Ratlosigkeit wächst.', 'Rat', 'de')).toBeNull();
  });
});

describe('checkTerms', () => {
  const glossary = [term('1', "workers' council", 'Arbeiterrat', ['Betriebsrat']), term('2', 'council', 'Rat'), term('3', 'strike', 'Streik')];

  it('counts an inflected German translation as present', () => {
    const [found] = checkTerms("The workers' councils met.", 'Die Arbeiterräte tagten.', glossary, { source: 'en', target: 'de' });
    expect(found.term.id).toBe('1');
    expect(found.occurrence.match).toBe('inflected');
    expect(found.presentInTarget).toBe(true);
  });

  it('prefers the longer term and reports a missing translation and a forbidden variant', () => {
    const found = checkTerms("The workers' council called a strike.", 'Der Betriebsrat rief zum Ausstand auf.', glossary, { source: 'en', target: 'de' });
    expect(found.map((f) => f.term.id)).toEqual(['1', '3']);
    expect(found[0]).toMatchObject({ presentInTarget: false, forbiddenInTarget: ['Betriebsrat'] });
    expect(found[1]).toMatchObject({ presentInTarget: false, forbiddenInTarget: [] });
  });

  it('counts Russian inflected target forms as present', () => {
    const [found] = checkTerms('All power to the Soviets!', 'Вся власть Советам!', [term('s', 'Soviet', 'Совет')], { source: 'en', target: 'ru' });
    expect(found).toMatchObject({ occurrence: { match: 'inflected' }, presentInTarget: true });
  });
});
