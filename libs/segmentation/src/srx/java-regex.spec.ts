import { translateJavaRegex, UntranslatableRegexError } from './java-regex';

const js = (pattern: string) => new RegExp(translateJavaRegex(pattern).source, 'u');

describe('translateJavaRegex', () => {
  it('keeps what JavaScript shares with Java', () => {
    expect(js('[\\.?!]+\\s+\\p{Lu}').test('end.  Next')).toBe(true);
    expect(js('\\u00A0\\x41').test('\u00A0A')).toBe(true);
  });

  it('reads \\Q…\\E as literal text', () => {
    expect(js('\\Q(e.g.)\\E').test('(e.g.)')).toBe(true);
    expect(js('\\Q(e.g.)\\E').test('(eXgX)')).toBe(false);
  });

  it('scopes (?i) to the rest of its group, as Java does', () => {
    const re = js('((?i)jan|feb)\\. X');
    expect(re.test('JAN. X')).toBe(true);
    expect(re.test('Feb. X')).toBe(true);
    expect(js('(?i)\\bz\\.').test('Z.')).toBe(true);
    expect(js('a(?i:b)c').test('aBc')).toBe(true);
    expect(js('a(?i:b)c').test('aBC')).toBe(false);
    expect(js('(?iu)[a-c]x').test('BX')).toBe(true);
  });

  it('reads a possessive quantifier as greedy and says so', () => {
    const translation = translateJavaRegex('a*+b');
    expect(new RegExp(translation.source, 'u').test('aaab')).toBe(true);
    expect(translation.approximations).toEqual(['possessive quantifier read as greedy']);
    expect(translateJavaRegex('(?>ab)').approximations).toEqual(['atomic group read as a plain group']);
  });

  it('makes \\b and \\w see letters of every script (ICU), not only ASCII', () => {
    expect(js('\\bг\\.').test('в г. Москве')).toBe(true);
    expect(js('\\bг\\.').test('тог.')).toBe(false);
    expect(js('\\w+\\.').test('Волгоград.')).toBe(true);
  });

  it('drops the backslash of escaped punctuation JavaScript does not accept, keeps meaning', () => {
    expect(js('\\"\\,\\\'\\ \\:').test('",\' :')).toBe(true);
    expect(js('[\\"\\-a]').test('-')).toBe(true);
    expect(js('a{2}b}').test('aab}')).toBe(true);
  });

  it('translates Java property names and nested class unions', () => {
    expect(js('\\p{Punct}\\p{javaLowerCase}\\p{IsLatin}').test('!ab')).toBe(true);
    expect(js('\\p{InGreek}').test('λ')).toBe(true);
    expect(js('[a-c[x-z]]').test('y')).toBe(true);
    expect(js('[\\d-–]+').test('1-2')).toBe(true);
    expect(js('[\\p{Lu}-–]').test('-')).toBe(true);
    expect(js('\\x{2026}').test('…')).toBe(true);
  });

  it('refuses what it cannot translate, naming the construct', () => {
    expect(() => translateJavaRegex('[\\p{L}&&[^rwn]]')).toThrow(UntranslatableRegexError);
    expect(() => translateJavaRegex('[a-z[^íá]]')).toThrow(/negated nested character class/);
    expect(() => translateJavaRegex('\\Gx')).toThrow(/\\G/);
  });
});
