import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoryReviewApi, type MemoryOwner } from '../../../api/memory-review-api';
import { ErrorMessage, Loading, useFormatDate } from '../../ui';
import { UnitBadges } from './UnitBadges';

interface ConflictsProps {
  owner: MemoryOwner;
  source: string;
  target: string;
  canReview: boolean;
}

/** Units that disagree: one source with different translations (or the reverse), side by side; one click keeps one and retires the others. */
export function MemoryConflicts({ owner, source, target, canReview }: ConflictsProps) {
  const { t } = useTranslation('memoryReview');
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'targets' | 'sources'>('targets');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const conflicts = useQuery({
    queryKey: ['memory-conflicts', owner, source, target, kind],
    queryFn: ({ signal }) => memoryReviewApi.conflicts(owner, { source, target, kind }, signal),
  });
  const prefer = async (id: number) => {
    setError(null);
    try {
      const result = await memoryReviewApi.prefer(id, { source, target, kind });
      setMessage(t('conflicts.preferred', { count: result.retired.length }));
      void queryClient.invalidateQueries({ queryKey: ['memory-conflicts'] });
      void queryClient.invalidateQueries({ queryKey: ['memory-units'] });
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <section className="memory-conflicts" data-testid="memory-conflicts">
      <div className="memory-conflicts__kind" role="radiogroup">
        {(['targets', 'sources'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="conflict-kind" checked={kind === k} onChange={() => setKind(k)} /> {t(`conflicts.${k}`)}
          </label>
        ))}
      </div>
      {message && (
        <p role="status" className="small">
          {message}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {conflicts.isPending ? (
        <Loading />
      ) : conflicts.error ? (
        <ErrorMessage error={conflicts.error} />
      ) : conflicts.data.conflicts.length === 0 ? (
        <p className="empty">{t('conflicts.empty')}</p>
      ) : (
        conflicts.data.conflicts.map((conflict) => (
          <article key={conflict.text} className="memory-conflict" data-testid="memory-conflict">
            <h3 lang={kind === 'targets' ? source : target}>{conflict.text}</h3>
            <div className="memory-conflict__units">
              {conflict.units.map((unit) => (
                <div key={unit.id} className="memory-conflict__unit">
                  <p lang={kind === 'targets' ? target : source}>{kind === 'targets' ? unit.target : unit.source}</p>
                  <UnitBadges unit={{ ...unit, retired: false }} />
                  <p className="muted small">
                    {unit.authorName && `${unit.authorName} · `}
                    {formatDate(unit.updatedAt)}
                    {unit.insertions > 0 && ` · ${t('badge.insertions', { count: unit.insertions })}`}
                  </p>
                  {canReview && (
                    <button type="button" className="button button--small" onClick={() => void prefer(unit.id)} data-testid="conflict-prefer">
                      {t('conflicts.prefer')}
                    </button>
                  )}
                </div>
              ))}
            </div>
          </article>
        ))
      )}
    </section>
  );
}
