import { checkCodes, type InlineCode, stripCodes, tokenizeCodes } from './index';
import { balanceCodes, CodedTextBuilder, renderCodes } from './inline-codes';

const bold: InlineCode = { id: 1, kind: 'paired', open: '<b>', close: '</b>', title: 'bold' };
const link: InlineCode = { id: 2, kind: 'paired', open: '<a href="x">', close: '</a>', title: 'link → x' };
const image: InlineCode = { id: 3, kind: 'standalone', data: '<img src="logo.png">', title: 'image: logo.png' };
const codes = [bold, link, image];
const render = (text: string): string => renderCodes(text, codes);

describe('code tokens in a block’s text', () => {
  it('splits a text into text runs and tokens', () => {
    expect(tokenizeCodes('A {1}bold{/1} {2/}{/3/}')).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'open', id: 1, token: '{1}' },
      { type: 'text', text: 'bold' },
      { type: 'close', id: 1, token: '{/1}' },
      { type: 'text', text: ' ' },
      { type: 'standalone', id: 2, token: '{2/}' },
      { type: 'text', text: '{/3/}' },
    ]);
  });

  it('strips tokens', () => {
    expect(stripCodes('Press {1}Save{/1}{2/}.')).toBe('Press Save.');
  });

  it('makes source text that looks like a token a standalone code, so no text needs escaping', () => {
    const builder = new CodedTextBuilder();
    builder.addText('Use {1} and {/2} here');
    expect(builder.build()).toEqual({
      text: 'Use {1/} and {2/} here',
      codes: [
        { id: 1, kind: 'standalone', data: '{1}', title: 'text "{1}"' },
        { id: 2, kind: 'standalone', data: '{/2}', title: 'text "{/2}"' },
      ],
    });
  });
});

describe('a translation whose tokens are damaged still writes balanced markup', () => {
  it.each([
    ['as in the source', 'A {1}b{/1} {2}c{/2}{3/}', 'A <b>b</b> <a href="x">c</a><img src="logo.png">'],
    ['reordered', '{2}c{/2} then {1}b{/1}', '<a href="x">c</a> then <b>b</b>'],
    ['a close missing: closed at the end', '{1}b and more', '<b>b and more</b>'],
    ['an open missing: the close is dropped', 'b{/1} more', 'b more'],
    ['duplicated standalone and pair', '{3/}{3/} {1}a{/1}{1}b{/1}', '<img src="logo.png"><img src="logo.png"> <b>a</b><b>b</b>'],
    ['overlapping pairs: reopened inside', '{1}a{2}b{/1}c{/2}', '<b>a<a href="x">b</a></b><a href="x">c</a>'],
    ['an unknown token and a wrong kind: literal', '{7}x{/7} {1/} {3}', '{7}x{/7} {1/} {3}'],
    ['an open twice: the second dropped', '{1}a{1}b{/1}', '<b>ab</b>'],
  ])('%s', (_, text, html) => {
    expect(render(text)).toBe(html);
  });

  it('escapes only the text pieces', () => {
    const pieces = balanceCodes('a < {1}b{/1}', codes);
    expect(pieces.map((piece) => piece.type)).toEqual(['text', 'open', 'text', 'close']);
    expect(renderCodes('a < {1}b{/1}', codes, (text) => text.replace(/</g, '&lt;'))).toBe('a &lt; <b>b</b>');
  });
});

describe('checkCodes: QA warnings for the editor', () => {
  it('finds nothing wrong in a faithful translation', () => {
    expect(checkCodes('Press {1}Save{/1}{2/}.', 'Drücken Sie {1}Speichern{/1}{2/}.')).toEqual([]);
  });

  it('reports a missing code, an extra one, and a pair left open', () => {
    const issues = checkCodes('Press {1}Save{/1}{2/}.', 'Drücken Sie {1}Speichern {3/}.');
    expect(issues.map(({ kind, token }) => [kind, token])).toEqual([
      ['missing', '{/1}'],
      ['missing', '{2/}'],
      ['extra', '{3/}'],
      ['unbalanced', '{1}'],
    ]);
    expect(issues[0].message).toBe('The code {/1} of the source is missing.');
  });

  it('reports codes in another order', () => {
    const issues = checkCodes('{1}a{/1} {2/}', '{2/} {1}a{/1}');
    expect(issues).toEqual([
      { kind: 'order', token: '{2/}', message: 'The codes are in another order than in the source: {2/} comes where the source has {1}.' },
    ]);
  });

  it('reports a close before its open, and overlapping pairs', () => {
    expect(checkCodes('{1}a{/1}', '{/1}a{1}').map((issue) => issue.kind)).toEqual(['order', 'unbalanced', 'unbalanced']);
    expect(checkCodes('{1}a{2}b{/2}{/1}', '{1}a{2}b{/1}{/2}').map((issue) => issue.kind)).toEqual(['order', 'unbalanced']);
  });
});
