import { finding, type QaFinding, type QaSegment } from './finding';
import { numberWords } from './number-words';
import { readNumbers, type NumberItem } from './numbers';

const sameNumber = (a: NumberItem, b: NumberItem): boolean =>
  a.keys.some((key) => b.keys.includes(key)) || (a.literal && b.literal && a.text === b.text) || (a.literal && a.text === b.text);

/**
 * NUMBER_MISMATCH: each number and date of the source must be in the target, written in the target's
 * notation (1,000.5 in English is 1.000,5 in German and 1 000,5 in Russian; 7 November is 7. November
 * and 7 ноября). A number changed, missing or added is an error; one written out as a word is fine.
 */
export function checkNumbers({ source, target, sourceLanguage, targetLanguage }: QaSegment): QaFinding[] {
  const inSource = readNumbers(source, sourceLanguage);
  const inTarget = readNumbers(target, targetLanguage);
  const unmatched = [...inTarget];
  const missing: NumberItem[] = [];
  for (const item of inSource) {
    const at = unmatched.findIndex((t) => sameNumber(item, t));
    if (at >= 0) unmatched.splice(at, 1);
    else missing.push(item);
  }
  const wordsInTarget = numberWords(target, targetLanguage);
  const wordsInSource = numberWords(source, sourceLanguage);
  const stillMissing = missing.filter((item) => !writtenOut(item, wordsInTarget));
  const added = unmatched.filter((item) => !writtenOut(item, wordsInSource));

  const findings: QaFinding[] = [];
  const pairs = Math.min(stillMissing.length, added.length);
  for (let i = 0; i < pairs; i++) {
    const was = stillMissing[i];
    const now = added[i];
    findings.push(finding('NUMBER_MISMATCH', 'error', now.start, now.end, { kind: 'changed', source: was.text, target: now.text }, was));
  }
  for (const was of stillMissing.slice(pairs)) {
    findings.push(finding('NUMBER_MISMATCH', 'error', 0, 0, { kind: 'missing', source: was.text }, was));
  }
  for (const now of added.slice(pairs)) findings.push(finding('NUMBER_MISMATCH', 'error', now.start, now.end, { kind: 'extra', target: now.text }));
  return findings;
}

/** A small whole number the other text writes as a word ("3" and "drei"). */
function writtenOut(item: NumberItem, words: number[]): boolean {
  if (item.kind !== 'number') return false;
  const at = words.indexOf(Number(item.keys[0]));
  if (at < 0) return false;
  words.splice(at, 1);
  return true;
}
