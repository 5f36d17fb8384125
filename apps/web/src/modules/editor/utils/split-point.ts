import { stripCodes, tokenizeCodes } from '@interlinea/inline-codes';

/** Offsets of `source` where a split may go: anywhere in text, and before or after a code token (never inside one). */
export function splitPoints(source: string): number[] {
  const points = new Set<number>([0]);
  let position = 0;
  for (const run of tokenizeCodes(source)) {
    const length = run.type === 'text' ? run.text.length : run.token.length;
    if (run.type === 'text') for (let i = 1; i <= length; i += 1) points.add(position + i);
    else points.add(position + length);
    position += length;
  }
  return [...points].sort((a, b) => a - b);
}

/** Both parts keep some text: a split that leaves only codes or spaces on one side is refused. */
export function isValidSplit(source: string, offset: number): boolean {
  return offset > 0 && offset < source.length && stripCodes(source.slice(0, offset)).trim() !== '' && stripCodes(source.slice(offset)).trim() !== '';
}

/** Where split mode starts: the first word start after the middle of the source. */
export function initialSplitPoint(source: string): number {
  const middle = Math.floor(source.length / 2);
  const points = splitPoints(source);
  const wordStart = points.find((p) => p >= middle && /\s/.test(source[p - 1] ?? '') && !/\s/.test(source[p] ?? ' ') && isValidSplit(source, p));
  return wordStart ?? points.find((p) => p >= middle) ?? middle;
}

/** The split point one step (a character or a code) or one word to the left or right. */
export function moveSplitPoint(source: string, offset: number, direction: -1 | 1, byWord: boolean): number {
  const points = splitPoints(source);
  const at = points.findIndex((p) => p >= offset);
  let index = at < 0 ? points.length - 1 : at;
  const step = () => {
    index = Math.min(Math.max(index + direction, 0), points.length - 1);
  };
  step();
  if (!byWord) return points[index];
  const isWordStart = (p: number) => p === 0 || p === source.length || (/\s/.test(source[p - 1]) && !/\s/.test(source[p]));
  while (index > 0 && index < points.length - 1 && !isWordStart(points[index])) step();
  return points[index];
}

/**
 * Where the translation is split with its source: the word start (a sentence start first) in the
 * translation nearest to the same share of its length as the source split; undefined when the
 * translation has no such point (it then stays with the first part).
 */
export function targetSplitPoint(source: string, sourceOffset: number, target: string): number | undefined {
  if (!target.trim() || source.length === 0) return undefined;
  const wanted = (sourceOffset / source.length) * target.length;
  const candidates = splitPoints(target).filter((p) => isValidSplit(target, p) && /\s/.test(target[p - 1] ?? '') && !/\s/.test(target[p] ?? ' '));
  if (candidates.length === 0) return undefined;
  const sentenceStarts = candidates.filter((p) => /[.!?…»"”]\s+$/u.test(stripCodes(target.slice(0, p))));
  const sourceAtSentence = /[.!?…»"”]\s+$/u.test(stripCodes(source.slice(0, sourceOffset)));
  const pool = sourceAtSentence && sentenceStarts.length > 0 ? sentenceStarts : candidates;
  return pool.reduce((best, p) => (Math.abs(p - wanted) < Math.abs(best - wanted) ? p : best), pool[0]);
}
