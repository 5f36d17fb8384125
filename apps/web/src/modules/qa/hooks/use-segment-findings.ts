import type { Language, QaEditionContext } from '@interlinea/shared';
import { checkSegment, type QaFinding, type QaLanguage } from '@interlinea/qa';
import { useDeferredValue, useMemo } from 'react';

export interface SegmentFindings {
  open: QaFinding[];
  ignored: QaFinding[];
}

/** Codes the editor already shows with code chips (`CodeIssues`), so they are not listed twice. */
const SHOWN_ELSEWHERE = new Set(['CODE_MISSING', 'CODE_EXTRA', 'CODE_ORDER']);

/** The QA findings of a translation as it is typed (deferred, so typing stays smooth), split into open and ignored. */
export function useSegmentFindings(
  segmentId: string,
  source: string,
  text: string,
  sourceLanguage: Language,
  targetLanguage: Language,
  context: QaEditionContext | undefined,
): SegmentFindings {
  const typed = useDeferredValue(text);
  return useMemo(() => {
    if (typed === '') return { open: [], ignored: [] };
    const findings = checkSegment(
      { source, target: typed, sourceLanguage: sourceLanguage as QaLanguage, targetLanguage: targetLanguage as QaLanguage },
      { disabled: context?.disabled ?? [], terms: context?.terms ?? [] },
    ).filter((f) => !SHOWN_ELSEWHERE.has(f.code));
    const ignoredCodes = new Set((context?.ignored ?? []).filter((i) => i.segmentId === segmentId).map((i) => i.code));
    return { open: findings.filter((f) => !ignoredCodes.has(f.code)), ignored: findings.filter((f) => ignoredCodes.has(f.code)) };
  }, [segmentId, source, typed, sourceLanguage, targetLanguage, context]);
}
