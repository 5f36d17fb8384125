import type { Language, SegmentRow } from '@interlinea/shared';
import { checkSegment, worstSeverity, type QaLanguage, type QaSeverity } from '@interlinea/qa';
import { useMemo } from 'react';
import { useQaContext } from './use-qa-context';

/**
 * The worst open (not ignored) QA finding of a row's saved translation, with the same checks the editor
 * runs while typing: what the grid's "QA" filter selects by. Findings are computed once per translation.
 */
export function useQaSeverity(documentId: string, sourceLanguage: Language, lang: Language): (row: SegmentRow) => QaSeverity | null {
  const context = useQaContext(documentId, lang).data;
  return useMemo(() => {
    const cache = new WeakMap<object, QaSeverity | null>();
    const ignoredBySegment = new Map<string, Set<string>>();
    for (const i of context?.ignored ?? []) ignoredBySegment.set(i.segmentId, (ignoredBySegment.get(i.segmentId) ?? new Set()).add(i.code));
    return (row: SegmentRow) => {
      const translation = row.translation;
      if (!translation || !row.translatable) return null;
      if (cache.has(translation)) return cache.get(translation)!;
      const ignored = ignoredBySegment.get(row.id);
      const findings = checkSegment(
        { source: row.source, target: translation.text, sourceLanguage: sourceLanguage as QaLanguage, targetLanguage: lang as QaLanguage },
        { disabled: context?.disabled ?? [], terms: context?.terms ?? [] },
      ).filter((f) => !ignored?.has(f.code));
      const worst = worstSeverity(findings);
      cache.set(translation, worst);
      return worst;
    };
  }, [context, sourceLanguage, lang]);
}
