import type { InlineCodeInfo, Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { ErrorMessage, StatusBadge, useFormatDate } from '../../ui';
import { useRevisions } from '../hooks/use-revisions';

/** Who saved what and when, with the status and any review comment of each revision. */
export function HistoryPanel({
  segmentId,
  lang,
  version,
  codes = [],
}: {
  segmentId: string;
  lang: Language;
  version: number;
  codes?: readonly InlineCodeInfo[];
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const revisions = useRevisions(segmentId, lang, version);
  return (
    <section className="side-section" aria-labelledby="history-title" data-testid="history-panel">
      <h3 id="history-title" className="side-section__title">
        {t('editor:history.title')}
      </h3>
      {version === 0 ? (
        <p className="muted">{t('editor:history.none')}</p>
      ) : revisions.isPending ? (
        <p className="muted">{t('common:loading')}</p>
      ) : revisions.error ? (
        <ErrorMessage error={revisions.error} />
      ) : (
        <ol className="revision-list">
          {revisions.data.map((r) => (
            <li key={r.version} className="revision" data-testid="revision">
              <div className="revision__meta">
                <span className="revision__author">{r.authorName ?? t('editor:history.unknownAuthor')}</span>
                <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                <StatusBadge status={r.status} />
              </div>
              <p className="revision__text" lang={lang}>
                {r.text ? <CodedText text={r.text} codes={codes} /> : <span className="placeholder">{t('editor:history.emptyText')}</span>}
              </p>
              {r.comment && <p className="revision__comment">{r.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
