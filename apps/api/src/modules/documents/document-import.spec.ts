import { buildDocument, parseDocument } from '@interlinea/formats';
import { segmentDocument, sourceHash } from './document-import';
import { blockTexts } from './edition-export';
import type { EditionSegment } from './documents.repository';

const encode = (text: string) => new TextEncoder().encode(text);

function edition(text: string) {
  const parsed = parseDocument(encode(text), 'leaflet.txt');
  const { segments, skeleton } = segmentDocument(parsed, 'en');
  const rows: EditionSegment[] = segments.map((s, i) => ({ ...s, id: String(i), text: null, status: null }));
  return { segments, skeleton, rows };
}

describe('segmentDocument', () => {
  it('splits paragraphs into sentences and keeps the spaces between them', () => {
    const { segments } = edition('Down with capitalism! Down with Stalinism!\n\nForward to a new red October!\n');
    expect(segments.map((s) => [s.blockIndex, s.source, s.spaceAfter])).toEqual([
      [0, 'Down with capitalism!', ' '],
      [0, 'Down with Stalinism!', ''],
      [1, 'Forward to a new red October!', ''],
    ]);
    expect(segments.map((s) => s.wordCount)).toEqual([3, 3, 6]);
  });

  it('rebuilds every block from approved translations, falling back to the source', () => {
    const { rows, skeleton } = edition('Down with capitalism! Down with Stalinism!\n\nForward!\n');
    rows[0] = { ...rows[0], text: 'Долой капитализм!', status: 'approved' };
    rows[1] = { ...rows[1], text: 'Долой сталинизм!', status: 'translated' };
    expect(blockTexts(skeleton, rows, 'translation')).toEqual(['Долой капитализм! Долой сталинизм!', 'Forward!']);
    expect(blockTexts(skeleton, rows, 'source')).toEqual(['Долой капитализм! Down with Stalinism!', 'Forward!']);
  });

  it('rebuilds a Markdown file with CRLF line ends, a quote and a list byte for byte', () => {
    const markdown =
      '\uFEFF# Rabochaya Vlast\r\n\r\n> Forward to a new red October! Down with\r\n> capitalism.\r\n\r\n- First item. Second sentence.\r\n- Second item\r\n';
    const parsed = parseDocument(encode(markdown), 'leaflet.md');
    const { segments, skeleton } = segmentDocument(parsed, 'en');
    const rows: EditionSegment[] = segments.map((s, i) => ({ ...s, id: String(i), text: null, status: null }));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(buildDocument(skeleton, blockTexts(skeleton, rows, 'translation')))).toBe(markdown);
    expect(segments.map((s) => s.source)).toContain('Second sentence.');
  });

  it('treats repetitions that differ only in case and spacing as the same source', () => {
    expect(sourceHash('Down with  capitalism!')).toBe(sourceHash('down with capitalism!'));
    expect(sourceHash('Down with capitalism!')).not.toBe(sourceHash('Down with Stalinism!'));
  });

  it('carries a line break between two sentences with one of them only, so that an HTML edition writes it once', () => {
    const html = '<html><body><p>First sentence here.<br>Second sentence there.</p></body></html>';
    const parsed = parseDocument(encode(html), 'page.html');
    const { segments, skeleton } = segmentDocument(parsed, 'en');
    expect(segments.map((s) => s.source)).toEqual(['First sentence here.{1/}', 'Second sentence there.']);
    const rows: EditionSegment[] = segments.map((s, i) => ({ ...s, id: String(i), text: null, status: null }));
    expect(new TextDecoder().decode(buildDocument(skeleton, blockTexts(skeleton, rows, 'translation')))).toBe(html);
    rows[1] = { ...rows[1], text: 'Zweiter Satz.', status: 'translated' };
    expect(new TextDecoder().decode(buildDocument(skeleton, blockTexts(skeleton, rows, 'translation')))).toContain(
      '<p>First sentence here.<br>Zweiter Satz.</p>',
    );
  });

  it('closes a code that crosses a sentence boundary and opens it again, and joins it back in the edition', () => {
    const html = '<html><body><p>One. Two <b>bold <i>words. Three</i></b> four.</p></body></html>';
    const parsed = parseDocument(encode(html), 'page.html');
    const { segments, skeleton } = segmentDocument(parsed, 'en');
    expect(segments.map((s) => s.source)).toEqual(['One.', 'Two {1}bold {2}words.{/2}{/1}', '{1}{2}Three{/2}{/1} four.']);
    expect(segments.map((s) => s.codes.map((c) => c.id))).toEqual([[], [1, 2], [1, 2]]);
    const rows: EditionSegment[] = segments.map((s, i) => ({ ...s, id: String(i), text: null, status: null }));
    expect(new TextDecoder().decode(buildDocument(skeleton, blockTexts(skeleton, rows, 'translation')))).toBe(html);
    rows[1] = { ...rows[1], text: 'Zwei {1}fette {2}Wörter.{/2}{/1}', status: 'translated' };
    rows[2] = { ...rows[2], text: '{1}{2}Drei{/2}{/1} vier.', status: 'translated' };
    expect(blockTexts(skeleton, rows, 'translation')[0]).toBe('One. Zwei {1}fette {2}Wörter. Drei{/2}{/1} vier.');
    // A translator who moved the codes gets each sentence's own, still valid.
    rows[2] = { ...rows[2], text: 'Drei {1}{2}vier{/2}{/1}.', status: 'translated' };
    expect(new TextDecoder().decode(buildDocument(skeleton, blockTexts(skeleton, rows, 'translation')))).toContain(
      '<p>One. Zwei <b>fette <i>Wörter.</i></b> Drei <b><i>vier</i></b>.</p>',
    );
  });
});
