import { checkCodes } from './check-codes';
import { checkEndPunctuation } from './check-end-punctuation';
import { checkLength } from './check-length';
import { checkNumbers } from './check-numbers';
import { checkSpaces } from './check-spaces';
import { checkGlossary, type QaTerm } from './check-terms';
import { checkTypography } from './check-typography';
import { checkUnbalanced } from './check-unbalanced';
import { checkEmpty, checkUntranslated } from './check-untranslated';
import type { QaCode, QaFinding, QaSegment } from './finding';

export interface QaOptions {
  /** Checks switched off (a project's settings). */
  disabled?: readonly QaCode[];
  /** The glossary of the language pair, for TERM_MISSING and TERM_FORBIDDEN. */
  terms?: readonly QaTerm[];
}

/**
 * Every per-segment check over one translation, in the order a reader goes through them. An empty
 * target only gets EMPTY. INCONSISTENT needs other segments: see `checkConsistency`.
 */
export function checkSegment(segment: QaSegment, options: QaOptions = {}): QaFinding[] {
  const off = new Set(options.disabled ?? []);
  const empty = checkEmpty(segment);
  const findings =
    empty.length > 0 || segment.target.trim() === ''
      ? empty
      : [
          ...checkCodes(segment.source, segment.target),
          ...checkNumbers(segment),
          ...checkSpaces(segment),
          ...checkEndPunctuation(segment),
          ...checkUnbalanced(segment),
          ...checkTypography(segment),
          ...checkUntranslated(segment),
          ...checkLength(segment),
          ...checkGlossary(segment, options.terms ?? []),
        ];
  return findings.filter((f) => !off.has(f.code));
}
