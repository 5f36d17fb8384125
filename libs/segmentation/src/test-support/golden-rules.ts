// Test support (not part of the library build): reads the shared gold sets from disk.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../sentences/split-sentences';
import { LineBreakMode, SegmentationLanguage } from '../sentences/segmentation-language';

/** /work/shared, seen from libs/segmentation/src/test-support. */
export const SHARED_DIR = path.resolve(__dirname, '../../../../../shared');

export interface GoldenCase {
  lang: SegmentationLanguage;
  id: string;
  rule?: string;
  text: string;
  sentences: string[];
  pysbd_options?: string;
}

export function readGoldenSet(file: string): GoldenCase[] {
  return JSON.parse(readFileSync(path.join(SHARED_DIR, 'corpus/segmentation', file), 'utf8')) as GoldenCase[];
}

export function readSample(file: string): string {
  return readFileSync(path.join(SHARED_DIR, 'samples', file), 'utf8');
}

/** The corpus README's comparison: runs of whitespace collapsed, ends trimmed. */
export function normaliseWhitespace(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim();
}

export interface GoldenOutcome {
  golden: GoldenCase;
  actual: string[];
  passed: boolean;
}

export function runGoldenCase(golden: GoldenCase, lineBreaks: LineBreakMode = 'segment'): GoldenOutcome {
  const actual = splitSentences(golden.text, golden.lang, { lineBreaks }).map((span) => normaliseWhitespace(span.text));
  const expected = golden.sentences.map(normaliseWhitespace);
  const passed = actual.length === expected.length && actual.every((sentence, i) => sentence === expected[i]);
  return { golden, actual, passed };
}
