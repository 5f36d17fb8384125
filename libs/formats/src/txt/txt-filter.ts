import { TextFilterResult } from '../lib/assemble-document';
import { findParagraphs } from '../lib/paragraphs';
import { SourceText } from '../lib/source-text';

/**
 * Plain text: a block is a paragraph between blank lines. A single line break inside a paragraph stays
 * in the block's text as "\n" (the segmenter ends a segment there); the whitespace around each line,
 * the blank lines and the file's line endings stay in the skeleton.
 */
export function findTxtBlocks(source: SourceText): TextFilterResult {
  return { drafts: findParagraphs(source.normalized).map((lines) => ({ kind: 'paragraph', lines, continuation: '' })) };
}
