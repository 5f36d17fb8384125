import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripCodes } from '@interlinea/inline-codes';
import { Block, buildDocument, parseDocument, ParsedDocument } from '../index';

const page = readFileSync(join(__dirname, 'fixtures', 'edition-news.html'), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const asText = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const parse = (html: string, mainContentOnly = false): ParsedDocument => parseDocument(utf8(html), 'edition.html', { mainContentOnly });
const exportWith = (document: ParsedDocument, texts: string[]): string => asText(buildDocument(document.skeleton, texts));
const shape = (blocks: Block[]): string[] => blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);

describe('HTML: what a translator gets from a page', () => {
  const document = parse(page);

  it('finds the title, the description and each block’s text, with inline markup as codes', () => {
    expect(document.format).toBe('html');
    expect(document.title).toBe('Preparing the Workers’ Council edition');
    expect(shape(document.blocks)).toEqual([
      "paragraph: How the Workers' Council edition was prepared & translated.",
      'heading1: Preparing the Workers’ Council edition',
      'list-item: {1}Home{/1}',
      'list-item: {1}Editions{/1}',
      'list-item: {1}About us{/1}',
      'heading1: Preparing the {1}Workers’ Council{/1} edition',
      'paragraph: Every edition starts from the source text — a leaflet, a pamphlet or a book — and ends as a {1}printed{/1} translation.',
      'paragraph: Translators work segment by segment in the workbench.{1/} A line break inside a paragraph stays where it was, and so does an image: {2/}.',
      'heading2: Steps',
      'list-item: Upload the file ({1}.docx{/1}, {2}.html{/2} or {3}.md{/3}).',
      'list-item: Translate each segment:',
      'list-item: use the {1}translation memory{/1};',
      'list-item: check the glossary\u00a0before you confirm.',
      'list-item: Ask for a review.',
      'quote: «The translation of a leaflet is a political act.»',
      'table-cell: Glossary',
      'table-cell: Term',
      'table-cell: Translation',
      'table-cell: edition',
      'table-cell: издание',
      'table-cell: council',
      'table-cell: совет',
      'paragraph: Placeholders like {1/} or {name} in the source are kept as text.',
      'paragraph: © 2024 Interlinea collective. {1}Share{/1} · {2}RSS{/2}',
      // The image's alternative text and the link's tooltip, after the page's text.
      'paragraph: The workbench',
      'paragraph: Translation memory',
    ]);
  });

  it('keeps each inline element’s tags, as written, in its code', () => {
    const link = document.blocks[11].codes?.[0];
    // An alt or title value is a block of its own: the code holds the mark of where it is written (U+FFFF, its subflow, U+FFFF).
    expect(link).toEqual({ id: 1, kind: 'paired', open: '<a href="/help/memory" title="\uFFFF1\uFFFF">', close: '</a>', title: 'link → /help/memory' });
    expect(document.blocks[7].codes).toEqual([
      { id: 1, kind: 'standalone', data: '<br>', title: 'line break' },
      { id: 2, kind: 'standalone', data: '<img src="/img/workbench.png" alt="\uFFFF0\uFFFF">', title: 'image: The workbench' },
    ]);
    expect(document.blocks[22].codes).toEqual([{ id: 1, kind: 'standalone', data: '{1}', title: 'text "{1}"' }]);
  });

  it('leaves scripts, styles, code blocks and comments to the skeleton', () => {
    const skeleton = document.skeleton.parts.filter((part): part is string => typeof part === 'string').join('');
    for (const kept of ['window.analytics', 'font-weight: bold', 'npm run export', '<!-- end of article -->', '<script src="/js/app.js">']) {
      expect(skeleton).toContain(kept);
      expect(document.blocks.some((block) => block.text.includes(kept))).toBe(false);
    }
  });
});

describe('HTML round trip', () => {
  it.each([
    ['the page as written', page],
    ['with CRLF line endings and a byte order mark', `\uFEFF${page.replace(/\n/g, '\r\n')}`],
    ['a fragment without html, head or body', '<p>One &amp; <b>two</b></p>\n<p>Three<br/>four</p>'],
  ])('%s: the source texts give back the file byte for byte', (_, html) => {
    const document = parse(html);
    expect(
      exportWith(
        document,
        document.blocks.map((block) => block.text),
      ),
    ).toBe(html);
  });

  it('writes a translation escaped, with the tags where the translator put the tokens', () => {
    const document = parse(page);
    const texts = document.blocks.map((block) => block.text);
    texts[6] = 'Jede Ausgabe beginnt mit dem {1}Quelltext{/1} & endet <gedruckt>.';
    texts[0] = 'Wie die "Rat"-Ausgabe entstand';
    const edition = exportWith(document, texts);
    expect(edition).toContain('<p class="lead">Jede Ausgabe beginnt mit dem <strong>Quelltext</strong> &amp; endet &lt;gedruckt&gt;.</p>');
    expect(edition).toContain('<meta name="description" content="Wie die &quot;Rat&quot;-Ausgabe entstand">');
  });

  it('re-parses a careless translation to the same structure', () => {
    const document = parse(page);
    // The alt and title blocks go with their elements, which a careless translation may drop: only the page's text is compared.
    const main = document.blocks.length - (document.skeleton.subflows?.length ?? 0);
    const texts = document.blocks.map((block, i) => `{/1}Übersetzung ${i} {2}{1}fett{3/}`);
    const reparsed = parse(exportWith(document, texts));
    reparsed.blocks.splice(main);
    texts.splice(main);
    document.blocks.splice(main);
    expect(reparsed.blocks.map((block) => block.kind)).toEqual(document.blocks.map((block) => block.kind));
    expect(reparsed.blocks.map((block) => stripCodes(block.text).replace(/\{\w+\}/g, ''))).toEqual(
      texts.map(
        (text, i) =>
          stripCodes(text)
            .replace(/\{\w+\}/g, '')
            .trim() || `${i}`,
      ),
    );
  });
});

describe('HTML main content only', () => {
  const document = parse(page, true);

  it('keeps the article and drops navigation and footer', () => {
    const texts = document.blocks.map((block) => stripCodes(block.text));
    expect(texts).toContain('Steps');
    expect(texts).toContain('«The translation of a leaflet is a political act.»');
    for (const dropped of ['Home', 'About us', '© 2024 Interlinea collective. Share · RSS']) expect(texts).not.toContain(dropped);
  });

  it('exports the article as a page of its own that re-parses to the same blocks', () => {
    const edition = exportWith(
      document,
      document.blocks.map((block) => block.text),
    );
    expect(edition.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(shape(parse(edition).blocks)).toEqual(shape(document.blocks));
  });
});

describe('HTML attributes a reader sees', () => {
  it('translates alt and title values, quoted as they were, and the page title', () => {
    const html =
      '<html><head><title>Leaflet</title></head><body><p>See <img src=a.png alt=\'The "red" square\'> and <abbr title=Council>CC</abbr>.</p><figure><img src=b.png alt=Workers></figure></body></html>';
    const document = parse(html);
    expect(shape(document.blocks)).toEqual([
      'heading1: Leaflet',
      'paragraph: See {1/} and {2}CC{/2}.',
      'paragraph: The "red" square',
      'paragraph: Council',
      'paragraph: Workers',
    ]);
    expect(
      exportWith(
        document,
        document.blocks.map((block) => block.text),
      ),
    ).toBe(html);
    const texts = ['Flugblatt', 'Siehe {1/} und {2}AR{/2}.', "Das 'rote' Quadrat", 'Arbeiterrat', 'Arbeiter & Bauern'];
    expect(exportWith(document, texts)).toBe(
      '<html><head><title>Flugblatt</title></head><body><p>Siehe <img src=a.png alt=\'Das &#39;rote&#39; Quadrat\'> und <abbr title="Arbeiterrat">AR</abbr>.</p>' +
        '<figure><img src=b.png alt="Arbeiter &amp; Bauern"></figure></body></html>',
    );
  });
});
