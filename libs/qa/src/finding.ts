/** Every QA check's code, stable: the API, the web app and ignores store them. */
export const QA_CODES = [
  'CODE_MISSING',
  'CODE_EXTRA',
  'CODE_ORDER',
  'NUMBER_MISMATCH',
  'SPACES',
  'END_PUNCTUATION',
  'UNBALANCED',
  'TYPOGRAPHY',
  'UNTRANSLATED',
  'EMPTY',
  'LENGTH',
  'TERM_MISSING',
  'TERM_FORBIDDEN',
  'INCONSISTENT',
] as const;
export type QaCode = (typeof QA_CODES)[number];

export type QaSeverity = 'error' | 'warning';

/** The languages the checks know the typography and number notation of. */
export type QaLanguage = 'ru' | 'en' | 'de';

export type QaParams = Record<string, string | number>;

/**
 * One problem a check found in a translation. `start`/`end` are UTF-16 offsets in the target text to
 * highlight (equal when there is nothing in the target to point at, e.g. a missing number);
 * `sourceStart`/`sourceEnd` point into the source where that helps. `params` fill the message.
 */
export interface QaFinding {
  code: QaCode;
  severity: QaSeverity;
  start: number;
  end: number;
  sourceStart?: number;
  sourceEnd?: number;
  params: QaParams;
}

/** A translation to check: its source and target text (with code tokens) and their languages. */
export interface QaSegment {
  source: string;
  target: string;
  sourceLanguage: QaLanguage;
  targetLanguage: QaLanguage;
}

export function finding(
  code: QaCode,
  severity: QaSeverity,
  start: number,
  end: number,
  params: QaParams = {},
  source?: { start: number; end: number },
): QaFinding {
  const found: QaFinding = { code, severity, start, end, params };
  if (source) {
    found.sourceStart = source.start;
    found.sourceEnd = source.end;
  }
  return found;
}

/** The worst severity among findings (for a grid filter or a badge): 'error', 'warning', or null when there are none. */
export function worstSeverity(findings: readonly Pick<QaFinding, 'severity'>[]): QaSeverity | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}

/** Whether findings reach a severity: `hasSeverity(findings, 'warning')` is true for errors too. */
export function hasSeverity(findings: readonly Pick<QaFinding, 'severity'>[], severity: QaSeverity): boolean {
  const worst = worstSeverity(findings);
  return worst === 'error' || (worst === 'warning' && severity === 'warning');
}
