import { checkTerms as findTerms, findPhrase, type TermPair } from '@interlinea/glossary';
import { finding, type QaFinding, type QaSegment } from './finding';

/** A glossary entry as the term checks need it: the approved translation and forbidden variants. */
export type QaTerm = Pick<TermPair, 'sourceTerm' | 'targetTerm' | 'forbidden'> & { id?: string };

/**
 * TERM_MISSING (a glossary term of the source whose approved translation is not in the target, in any
 * inflected form: a warning) and TERM_FORBIDDEN (a forbidden variant used: an error), with the
 * glossary's inflection-aware matcher.
 */
export function checkGlossary({ source, target, sourceLanguage, targetLanguage }: QaSegment, terms: readonly QaTerm[]): QaFinding[] {
  if (terms.length === 0 || target.trim() === '') return [];
  const pairs = terms.map((t, i) => ({ ...t, id: t.id ?? String(i), forbidden: t.forbidden ?? [] }));
  const findings: QaFinding[] = [];
  for (const found of findTerms(source, target, pairs, { source: sourceLanguage, target: targetLanguage })) {
    const { sourceTerm, targetTerm } = found.term;
    const where = { start: found.occurrence.start, end: found.occurrence.end };
    if (!found.presentInTarget) findings.push(finding('TERM_MISSING', 'warning', 0, 0, { sourceTerm, targetTerm, found: found.occurrence.text }, where));
    for (const variant of found.forbiddenInTarget) {
      const at = findPhrase(target, variant, targetLanguage);
      findings.push(finding('TERM_FORBIDDEN', 'error', at?.start ?? 0, at?.end ?? 0, { sourceTerm, targetTerm, variant: at?.text ?? variant }, where));
    }
  }
  return findings;
}
