import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Block, parseDocument } from '../index';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const blocksOf = (markdown: string): Block[] => parseDocument(utf8(markdown), 'test.md').blocks;
const guide = readFileSync(join(__dirname, 'fixtures', 'edition-guide.md'));

describe('Markdown: what a translator gets from each construct (edition-guide.md)', () => {
  const document = parseDocument(guide, 'edition-guide.md');

  it('finds the blocks in order, without markers, with inline markup as codes', () => {
    expect(document.format).toBe('md');
    expect(document.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Preparing an {1}edition{/1}', codes: [{ id: 1, kind: 'paired', open: '*', close: '*', title: 'italic' }] },
      {
        kind: 'paragraph',
        text: 'Every edition starts from the source text. Translators work\nsegment by segment, and a line break\ninside a paragraph stays where it was.',
      },
      { kind: 'heading', level: 1, text: 'Reviewing translations' },
      { kind: 'heading', level: 2, text: 'How to export' },
      {
        kind: 'paragraph',
        text: 'See the {1}export page{/1} and {2/} for details.',
        codes: [
          { id: 1, kind: 'paired', open: '[', close: '][export]', title: 'link → https://example.org/export' },
          { id: 2, kind: 'standalone', data: '`npm run export`', title: 'code: npm run export' },
        ],
      },
      { kind: 'heading', level: 2, text: 'Steps' },
      { kind: 'list-item', text: 'Upload the file.' },
      { kind: 'list-item', text: 'Translate each segment:' },
      { kind: 'list-item', text: 'use the translation memory;' },
      { kind: 'list-item', text: 'check the glossary\nbefore you confirm.' },
      { kind: 'list-item', text: 'Ask for a review.' },
      { kind: 'list-item', text: 'Translate the title' },
      { kind: 'list-item', text: 'Approve the headings' },
      { kind: 'list-item', text: 'First point of a loose list.' },
      { kind: 'list-item', text: 'Its second paragraph.' },
      { kind: 'list-item', text: 'Second point.' },
      { kind: 'quote', text: 'Quotations keep their markers:\nthis line continues the same paragraph,\nand this lazy line too.' },
      { kind: 'quote', text: 'A nested quotation.' },
      { kind: 'list-item', text: 'A list inside a quotation\nwith a second line.' },
      { kind: 'table-cell', text: 'Term' },
      { kind: 'table-cell', text: 'Translation' },
      { kind: 'table-cell', text: 'Note \\| remark' },
      { kind: 'table-cell', text: 'edition' },
      { kind: 'table-cell', text: 'издание' },
      { kind: 'table-cell', text: '{1/}', codes: [{ id: 1, kind: 'standalone', data: '`a \\| b`', title: 'code: a \\| b' }] },
      { kind: 'table-cell', text: 'segment' },
      { kind: 'table-cell', text: 'сегмент' },
      { kind: 'heading', level: 2, text: 'Setext headings may span\ntwo lines' },
      { kind: 'paragraph', text: 'Tabs\tinside a paragraph stay\tin the text.' },
    ]);
  });

  it('leaves front matter, code, HTML blocks, rules and link definitions to the skeleton', () => {
    const skeleton = document.skeleton.parts.filter((part): part is string => typeof part === 'string').join('');
    expect(skeleton.startsWith('---\ntitle: Edition guide\nlang: en\n---\n\n# ')).toBe(true);
    for (const kept of [
      "const untouched = 'code is never translated';",
      'indented code stays as it is',
      'An HTML block stays in the skeleton.',
      '***',
      '[export]: https://example.org/export "Export"',
    ]) {
      expect(skeleton).toContain(kept);
      expect(document.blocks.some((block) => block.text.includes(kept))).toBe(false);
    }
  });

  it('takes the first heading as the title', () => {
    expect(document.title).toBe('Preparing an *edition*');
  });
});

describe('Markdown: constructs one by one', () => {
  it.each([
    ['ATX heading with closing hashes', '### Third level ###\n', [{ kind: 'heading', level: 3, text: 'Third level' }]],
    ['ATX heading ending in a hash that is text', '# C#\n', [{ kind: 'heading', level: 1, text: 'C#' }]],
    ['empty ATX heading', '#\n\nText\n', [{ kind: 'paragraph', text: 'Text' }]],
    ['setext heading', 'Title\n===\n', [{ kind: 'heading', level: 1, text: 'Title' }]],
    [
      'ordered list from 10',
      '10. ten\n11. eleven\n',
      [
        { kind: 'list-item', text: 'ten' },
        { kind: 'list-item', text: 'eleven' },
      ],
    ],
    [
      'nested lists',
      '- a\n  1. b\n     - c\n',
      [
        { kind: 'list-item', text: 'a' },
        { kind: 'list-item', text: 'b' },
        { kind: 'list-item', text: 'c' },
      ],
    ],
    ['task item with a tab', '+ [x]\tdone\n', [{ kind: 'list-item', text: 'done' }]],
    ['quote after a tab', '>\tquoted\n>\tline\n', [{ kind: 'quote', text: 'quoted\nline' }]],
    ['quote inside a list item', '- > quoted\n  > more\n', [{ kind: 'quote', text: 'quoted\nmore' }]],
    ['heading inside a quote', '> ## Inside\n', [{ kind: 'heading', level: 2, text: 'Inside' }]],
    ['table without outer pipes', 'a | b\n--|--\nc | d\n', ['a', 'b', 'c', 'd'].map((text) => ({ kind: 'table-cell', text }))],
    ['table inside a quote', '> | a |\n> |---|\n> | b |\n', ['a', 'b'].map((text) => ({ kind: 'table-cell', text }))],
    ['code and HTML inside a list item', '- item\n\n      code\n\n  <div>\n  html\n  </div>\n', [{ kind: 'list-item', text: 'item' }]],
    [
      'hard line break with a backslash',
      'one\\\ntwo\n',
      [{ kind: 'paragraph', text: 'one{1/}\ntwo', codes: [{ id: 1, kind: 'standalone', data: '\\', title: 'line break' }] }],
    ],
    [
      'inline HTML and an image',
      'A <b>bold</b> ![logo](logo.png) word\n',
      [
        {
          kind: 'paragraph',
          text: 'A {1/}bold{2/} {3/} word',
          codes: [
            { id: 1, kind: 'standalone', data: '<b>', title: 'HTML <b>' },
            { id: 2, kind: 'standalone', data: '</b>', title: 'HTML </b>' },
            { id: 3, kind: 'standalone', data: '![logo](logo.png)', title: 'image: logo.png' },
          ],
        },
      ],
    ],
    ['TOML front matter', '+++\ntitle = "x"\n+++\nBody\n', [{ kind: 'paragraph', text: 'Body' }]],
    [
      'a rule that is not front matter',
      'Intro\n\n---\n\nBody\n',
      [
        { kind: 'paragraph', text: 'Intro' },
        { kind: 'paragraph', text: 'Body' },
      ],
    ],
  ])('%s', (_, markdown, blocks) => {
    expect(blocksOf(markdown)).toEqual(blocks);
  });

  it('takes the first block as the title when there is no heading, else the file name', () => {
    expect(parseDocument(utf8('- First item\n- Second\n'), 'list.md').title).toBe('First item');
    expect(parseDocument(utf8('```\ncode only\n```\n'), 'docs/snippet.md').title).toBe('snippet.md');
  });
});
