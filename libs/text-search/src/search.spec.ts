import { compileSearch, findRanges, type SearchOptions } from './search';
import { replaceAll } from './replace';

const opts = (o: Partial<SearchOptions> = {}): SearchOptions => ({ wholeWord: false, matchCase: false, regex: false, ...o });
const hits = (text: string, find: string, o: Partial<SearchOptions> = {}) => {
  const search = compileSearch(find, opts(o));
  if (!search.ok) throw new Error(search.error);
  return findRanges(text, search.pattern).map((r) => text.slice(r.start, r.end));
};

describe('compileSearch and findRanges', () => {
  it('finds plain text literally, special characters included', () => {
    expect(hits('Price (net): 5.00 € or 5x00', '5.00')).toEqual(['5.00']);
    expect(hits('a+b = c, a+b', 'a+b')).toEqual(['a+b', 'a+b']);
  });

  it('ignores case unless asked, in Cyrillic and German too', () => {
    expect(hits('Договор и ДОГОВОР', 'договор')).toEqual(['Договор', 'ДОГОВОР']);
    expect(hits('Договор и ДОГОВОР', 'договор', { matchCase: true })).toEqual([]);
    expect(hits('Über uns, über alles', 'über', { matchCase: true })).toEqual(['über']);
    expect(hits('Über uns, über alles', 'ÜBER')).toEqual(['Über', 'über']);
  });

  it('whole word does not cut a Russian or German word in two', () => {
    expect(hits('договор, договора и договорам', 'договор', { wholeWord: true })).toEqual(['договор']);
    expect(hits('Straße und Straßenbahn', 'Straße', { wholeWord: true })).toEqual(['Straße']);
    expect(hits('cat concat cat_s cat.', 'cat', { wholeWord: true })).toEqual(['cat', 'cat']);
  });

  it('reads a regular expression, with whole word around the whole alternation', () => {
    expect(hits('Version 12, version 3, v4', String.raw`version \d+`, { regex: true })).toEqual(['Version 12', 'version 3']);
    expect(hits('ёлка, елка, ёлочка', '[её]лка', { regex: true, wholeWord: true })).toEqual(['ёлка', 'елка']);
    expect(hits('cat dog catdog', 'cat|dog', { regex: true, wholeWord: true })).toEqual(['cat', 'dog']);
  });

  it('refuses an invalid regular expression and an empty search with a reason', () => {
    const bad = compileSearch('(unclosed', opts({ regex: true }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/not a valid regular expression/);
    expect(compileSearch('(unclosed', opts()).ok).toBe(true);
    expect(compileSearch('', opts()).ok).toBe(false);
  });

  it('skips empty matches', () => {
    expect(hits('aaa b', 'a*', { regex: true })).toEqual(['aaa']);
  });
});

describe('replaceAll', () => {
  const run = (text: string, find: string, replacement: string, o: Partial<SearchOptions> = {}) => {
    const search = compileSearch(find, opts(o));
    if (!search.ok) throw new Error(search.error);
    return replaceAll(text, search, replacement);
  };

  it('replaces every hit and says where each change is, before and after', () => {
    const r = run('Договор и договор.', 'договор', 'Контракт');
    expect(r.after).toBe('Контракт и Контракт.');
    expect(r.spans).toEqual([
      { before: { start: 0, end: 7 }, after: { start: 0, end: 8 } },
      { before: { start: 10, end: 17 }, after: { start: 11, end: 19 } },
    ]);
    for (const s of r.spans) expect(r.after.slice(s.after.start, s.after.end)).toBe('Контракт');
  });

  it('takes a plain replacement literally and expands groups in a regular expression', () => {
    expect(run('5 EUR', 'EUR', '$1 €').after).toBe('5 $1 €');
    expect(run('12.5 EUR and 3 EUR', String.raw`(\d+(?:\.\d+)?) EUR`, '$1 €', { regex: true }).after).toBe('12.5 € and 3 €');
    expect(run('Herr Müller', String.raw`(?<title>Herr) (?<name>\p{L}+)`, '$<name>, $<title>', { regex: true }).after).toBe('Müller, Herr');
    expect(run('a-b', 'a|b', '[$&]$$', { regex: true }).after).toBe('[a]$-[b]$');
  });

  it('leaves a text without hits as it is', () => {
    const r = run('Straßenbahn', 'Straße', 'Strasse', { wholeWord: true });
    expect(r.after).toBe('Straßenbahn');
    expect(r.spans).toEqual([]);
  });
});
