import type { Revision } from '@interlinea/shared';

/** How the history names where a revision came from: a key of the `review` namespace and its values. */
export function revisionOrigin(revision: Pick<Revision, 'kind' | 'origin' | 'score' | 'engine'>): { key: string; values: Record<string, string | number> } {
  const score = revision.score !== null ? Math.round(revision.score) : null;
  switch (revision.kind) {
    case 'pretranslated':
      if (revision.origin === 'mt') return { key: 'history.origin.pretranslatedMt', values: { engine: revision.engine ?? 'MT' } };
      return score !== null ? { key: 'history.origin.pretranslatedTm', values: { score } } : { key: 'history.origin.pretranslated', values: {} };
    case 'typed':
      if (revision.origin === 'tm')
        return score !== null ? { key: 'history.origin.memory', values: { score } } : { key: 'history.origin.memoryTaken', values: {} };
      if (revision.origin === 'mt') return { key: 'history.origin.mt', values: { engine: revision.engine ?? 'MT' } };
      return { key: 'history.origin.typed', values: {} };
    case 'aligned':
      return score !== null ? { key: 'history.origin.alignedScore', values: { score } } : { key: 'history.origin.aligned', values: {} };
    default:
      return { key: `history.origin.${revision.kind}`, values: {} };
  }
}
