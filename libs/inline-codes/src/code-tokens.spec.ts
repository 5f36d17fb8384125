import {
  CODE_TOKEN_SOURCE,
  closeToken,
  codeTokenPattern,
  codeTokens,
  hasCodeTokens,
  isInsideToken,
  isTokenLike,
  openToken,
  parseToken,
  readTokenLike,
  standaloneToken,
  tokenAt,
  tokenIds,
  tokenizeCodes,
  TOKEN_LIKE_SOURCE,
  tokenLikeEnd,
  tokenLikePattern,
} from './index';

/** Text with braces that are no tokens: words, spaces, signs, nothing, a missing number. */
const LITERAL_BRACES = ['{foo}', '{ 1 }', '{1 }', '{ 1}', '{}', '{/}', '{-1}', '{+1}', '{1.5}', '{1a}', '{x1}', '{1//}', '{//1}', '{1', '1}', '{/1/}'];

describe('the token patterns', () => {
  it('match the three tokens, whatever the number', () => {
    expect('{1} {/1} {12/} {007}'.match(codeTokenPattern())).toEqual(['{1}', '{/1}', '{12/}', '{007}']);
  });

  it('match no literal braces; the token-like pattern also takes {/n/} as one piece', () => {
    for (const text of LITERAL_BRACES) expect(text.match(codeTokenPattern())).toBeNull();
    expect(LITERAL_BRACES.join(' ').match(tokenLikePattern())).toEqual(['{/1/}']);
  });

  it('are fresh global expressions: no lastIndex carried from one use to the next', () => {
    const first = codeTokenPattern();
    expect(first.flags).toBe('g');
    first.exec('{1}');
    expect(first.lastIndex).toBe(3);
    expect(codeTokenPattern().lastIndex).toBe(0);
    expect(codeTokenPattern()).not.toBe(codeTokenPattern());
    expect(tokenLikePattern().flags).toBe('g');
  });

  it('have sources to compose bigger patterns from, also in Unicode mode', () => {
    expect(new RegExp(`^(?:${CODE_TOKEN_SOURCE})+$`).test('{1}{/1}{2/}')).toBe(true);
    expect(new RegExp(`^(?:${CODE_TOKEN_SOURCE})+$`).test('{1}{/1/}')).toBe(false);
    expect(new RegExp(`(${TOKEN_LIKE_SOURCE})|(\\p{L}+)`, 'gu').exec('{/2/}')?.[1]).toBe('{/2/}');
    expect(new RegExp(CODE_TOKEN_SOURCE, 'u').test('{3/}')).toBe(true);
  });
});

describe('writing tokens', () => {
  it('writes open, close and standalone tokens that read back as themselves', () => {
    expect([openToken(1), closeToken(1), standaloneToken(12)]).toEqual(['{1}', '{/1}', '{12/}']);
    expect(parseToken(openToken(4))).toEqual({ type: 'open', id: 4 });
    expect(parseToken(closeToken(4))).toEqual({ type: 'close', id: 4 });
    expect(parseToken(standaloneToken(40))).toEqual({ type: 'standalone', id: 40 });
  });
});

describe('reading one token', () => {
  it('parses a whole token, and nothing else', () => {
    expect(parseToken('{12/}')).toEqual({ type: 'standalone', id: 12 });
    expect(parseToken('{/3/}')).toBeUndefined();
    for (const text of ['{1}x', ' {1}', '{1}{2}', '', ...LITERAL_BRACES]) expect(parseToken(text)).toBeUndefined();
  });

  it('reads the shape of token-like text: {/n/} is closing and standalone at once', () => {
    expect(readTokenLike('{/3/}')).toEqual({ id: 3, closing: true, standalone: true });
    expect(readTokenLike('{/3}')).toEqual({ id: 3, closing: true, standalone: false });
    expect(readTokenLike('{30/}')).toEqual({ id: 30, closing: false, standalone: true });
    expect(readTokenLike('{3}')).toEqual({ id: 3, closing: false, standalone: false });
    expect(readTokenLike('{ 3 }')).toBeUndefined();
    expect([isTokenLike('{/3/}'), isTokenLike('{3}'), isTokenLike('{3} '), isTokenLike('{foo}')]).toEqual([true, true, false, false]);
  });

  it('finds where a token or token-like text starting at an offset ends', () => {
    expect(tokenLikeEnd('a{/12/}b', 1)).toBe(7);
    expect(tokenLikeEnd('a{12}b', 1)).toBe(5);
    expect(tokenLikeEnd('a{12}b', 0)).toBeNull();
    expect(tokenLikeEnd('a{12}b', 2)).toBeNull();
    expect(tokenLikeEnd('{12', 0)).toBeNull();
    expect(tokenLikeEnd('{12/', 0)).toBeNull();
    expect(tokenLikeEnd('{ 1 }', 0)).toBeNull();
    expect(tokenLikeEnd('{}', 0)).toBeNull();
    expect(tokenLikeEnd('', 0)).toBeNull();
  });
});

describe('the tokens of a text', () => {
  it('lists tokens with their places, nested pairs included', () => {
    const text = 'A {1}b {2}c{/2}{/1}{12/}';
    expect(codeTokens(text)).toEqual([
      { type: 'open', id: 1, token: '{1}', start: 2, end: 5 },
      { type: 'open', id: 2, token: '{2}', start: 7, end: 10 },
      { type: 'close', id: 2, token: '{/2}', start: 11, end: 15 },
      { type: 'close', id: 1, token: '{/1}', start: 15, end: 19 },
      { type: 'standalone', id: 12, token: '{12/}', start: 19, end: 24 },
    ]);
    for (const token of codeTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.token);
  });

  it('leaves literal braces alone, and finds a token inside braces', () => {
    const text = `${LITERAL_BRACES.join(' ')} {{3}}`;
    expect(codeTokens(text)).toEqual([{ type: 'open', id: 3, token: '{3}', start: text.length - 4, end: text.length - 1 }]);
    expect(hasCodeTokens(LITERAL_BRACES.join(' '))).toBe(false);
    expect(hasCodeTokens('plain text')).toBe(false);
    expect(hasCodeTokens('a {/1}')).toBe(true);
    expect(hasCodeTokens('{2/}')).toBe(true);
  });

  it('gives the ids of the codes a text holds, once each', () => {
    expect(tokenIds('{1}a{2}b{/2}{/1} {12/}{12/}')).toEqual(new Set([1, 2, 12]));
    expect(tokenIds('only {/1} a close')).toEqual(new Set([1]));
    expect(tokenIds('{/3/} {foo} { 4 }')).toEqual(new Set());
  });

  it('finds the same tokens as tokenizeCodes, in any text', () => {
    const alphabet = ['{', '}', '/', '1', '2', '0', ' ', 'a'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random(16) }, () => alphabet[random(alphabet.length)]).join('');
      const runs = tokenizeCodes(text).flatMap((run) => (run.type === 'text' ? [] : [run.token]));
      expect(codeTokens(text).map((token) => token.token)).toEqual(runs);
      expect(hasCodeTokens(text)).toBe(runs.length > 0);
      for (let at = 0; at <= text.length; at++) {
        const sticky = new RegExp(TOKEN_LIKE_SOURCE, 'y');
        sticky.lastIndex = at;
        const match = sticky.exec(text);
        expect(tokenLikeEnd(text, at)).toBe(match ? at + match[0].length : null);
      }
    }
  });
});

describe('offsets and tokens', () => {
  const text = 'a{12/}b{1}{/1}';

  it('finds the token covering an offset: from its first character to before its end', () => {
    expect(tokenAt(text, 0)).toBeUndefined();
    expect(tokenAt(text, 1)).toMatchObject({ token: '{12/}', start: 1, end: 6 });
    expect(tokenAt(text, 5)).toMatchObject({ token: '{12/}' });
    expect(tokenAt(text, 6)).toBeUndefined();
    expect(tokenAt(text, 10)).toMatchObject({ token: '{/1}', start: 10 });
    expect(tokenAt(text, text.length)).toBeUndefined();
  });

  it('is inside a token only between two of its characters, not at its borders', () => {
    const inside = Array.from({ length: text.length + 2 }, (_, offset) => isInsideToken(text, offset));
    expect(inside).toEqual([false, false, true, true, true, true, false, false, true, true, false, true, true, true, false, false]);
  });

  it('is never inside literal braces', () => {
    const literal = '{foo} { 1 } {/1/}';
    for (let offset = 0; offset <= literal.length; offset++) expect(isInsideToken(literal, offset)).toBe(false);
  });
});
