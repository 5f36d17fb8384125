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

/** Interlinea's own gold cases (libs/segmentation/gold). */
export const OWN_GOLD_DIR = path.resolve(__dirname, '../../gold');

/** A shared gold set, or one of ours (`interlinea_*.json`). */
export function readGoldenSet(file: string): GoldenCase[] {
  const dir = file.startsWith('interlinea_') ? OWN_GOLD_DIR : path.join(SHARED_DIR, 'corpus/segmentation');
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldenCase[];
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

export function runGoldenCase(golden: GoldenCase, lineBreaks: LineBreakMode = 'auto'): GoldenOutcome {
  const actual = splitSentences(golden.text, golden.lang, { lineBreaks }).map((span) => normaliseWhitespace(span.text));
  const expected = golden.sentences.map(normaliseWhitespace);
  const passed = actual.length === expected.length && actual.every((sentence, i) => sentence === expected[i]);
  return { golden, actual, passed };
}
