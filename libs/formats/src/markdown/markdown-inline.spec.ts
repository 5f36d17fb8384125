import { buildDocument, parseDocument, ParsedDocument } from '../index';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const asText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const parse = (markdown: string): ParsedDocument => parseDocument(utf8(markdown), 'note.md');
const exportWith = (document: ParsedDocument, texts: string[]): string => asText(buildDocument(document.skeleton, texts));

describe('Markdown inline markup as codes', () => {
  const markdown =
    '# A **bold** and _italic_ title\n\n' +
    'Read [the *guide*](https://example.org/guide "Guide"), run `npm test`, see ![logo](logo.png) and <kbd>Ctrl</kbd>.  \n' +
    'Next line\\\nafter a hard break, ~~old~~ and {1} as text, <https://example.org>.\n';
  const document = parse(markdown);

  it('shows each construct as a token with a title for the translator', () => {
    expect(document.blocks[0].text).toBe('A {1}bold{/1} and {2}italic{/2} title');
    expect(document.blocks[1].text).toBe(
      'Read {1}the {2}guide{/2}{/1}, run {3/}, see {4/} and {5/}Ctrl{6/}.\nNext line{7/}\nafter a hard break, {8}old{/8} and {9/} as text, {10/}.',
    );
    expect(document.blocks[1].codes?.map((code) => code.title)).toEqual([
      'link → https://example.org/guide',
      'italic',
      'code: npm test',
      'image: logo.png',
      'HTML <kbd>',
      'HTML </kbd>',
      'line break',
      'strikethrough',
      'text "{1}"',
      'link → https://example.org',
    ]);
    expect(document.blocks[1].codes?.[0]).toEqual({
      id: 1,
      kind: 'paired',
      open: '[',
      close: '](https://example.org/guide "Guide")',
      title: 'link → https://example.org/guide',
    });
  });

  it('gives back the file byte for byte', () => {
    expect(
      exportWith(
        document,
        document.blocks.map((block) => block.text),
      ),
    ).toBe(markdown);
  });

  it('writes a translation with its codes where the translator put them', () => {
    const edition = exportWith(document, ['Ein {2}kursiver{/2} und {1}fetter{/1} Titel', 'Lies {1}den {2}Leitfaden{/2}{/1}{3/}{9/}.']);
    expect(edition).toBe('# Ein _kursiver_ und **fetter** Titel\n\nLies [den *Leitfaden*](https://example.org/guide "Guide")`npm test`{1}.\n');
  });

  it('keeps a translation with damaged tokens valid Markdown', () => {
    const edition = exportWith(document, ['Ein {1}fetter Titel {5}', 'Lies {/1}den {2}Leitfaden{/1} {4/}{4/}']);
    // {5} is no code of the heading: text. {/1} closes nothing: dropped. Pairs left open close at the end.
    expect(edition).toBe('# Ein **fetter Titel {5}**\n\nLies den *Leitfaden ![logo](logo.png)![logo](logo.png)*\n');
  });
});
