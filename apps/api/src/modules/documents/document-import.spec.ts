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
});
