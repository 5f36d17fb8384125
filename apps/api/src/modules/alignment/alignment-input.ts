import type { ParsedDocument } from '@interlinea/formats';
import { stripCodes } from '@interlinea/inline-codes';
import type { Language } from '@interlinea/shared';
import { segmentDocument } from '../documents/document-import';

/** An uploaded edition as the aligner reads it: plain sentences and where paragraphs start. */
export interface EditionText {
  sentences: string[];
  paragraphStarts: number[];
}

/** The document's sentences (the import's segmentation, inline codes dropped) and its paragraph starts. */
export function editionText(parsed: ParsedDocument, language: Language): EditionText {
  const { segments } = segmentDocument(parsed, language);
  const sentences: string[] = [];
  const paragraphStarts: number[] = [];
  let block = -1;
  for (const segment of segments) {
    const text = stripCodes(segment.source).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (segment.blockIndex !== block) paragraphStarts.push(sentences.length);
    block = segment.blockIndex;
    sentences.push(text);
  }
  return { sentences, paragraphStarts };
}

/** A plain-text document of one paragraph per row, read back one segment per paragraph. */
export function rowsAsText(rows: readonly string[]): string {
  return rows.map((r) => r.replace(/\s+/g, ' ').trim()).join('\n\n') + '\n';
}
