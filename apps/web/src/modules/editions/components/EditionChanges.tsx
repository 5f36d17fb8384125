import type { EditionChange, Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { segmentNumber } from '../../ui';
import { WordDiff } from './WordDiff';

interface EditionChangesProps {
  changes: readonly EditionChange[];
  documentId: string;
  lang: Language;
  sourceLang: Language;
  testId?: string;
}

/** Segments that differ between two states of an edition: the source's and the edition's word diffs, with a link into the editor. */
export function EditionChanges({ changes, documentId, lang, sourceLang, testId }: EditionChangesProps) {
  const { t } = useTranslation();
  if (changes.length === 0)
    return (
      <p className="muted" data-testid={testId}>
        {t('editions:changes.none')}
      </p>
    );
  return (
    <ol className="edition-changes" data-testid={testId}>
      {changes.map((change) => (
        <li key={`${change.segmentId}:${change.change}`} className={`edition-change edition-change--${change.change}`} data-testid="edition-change">
          <div className="edition-change__head">
            {change.change === 'removed' ? (
              <span className="edition-change__number">{segmentNumber(change.index)}</span>
            ) : (
              <Link className="edition-change__number" to={`/documents/${documentId}/${lang}?segment=${change.segmentId}`}>
                {segmentNumber(change.index)}
              </Link>
            )}
            <span className="edition-change__kind">{t(`editions:changes.kinds.${change.change}`)}</span>
            {change.outdated && (
              <span className="outdated-badge" title={t('editions:outdated.hint')}>
                {t('editions:outdated.badge')}
              </span>
            )}
          </div>
          {change.sourceBefore !== change.sourceAfter && (
            <div className="edition-change__row">
              <span className="edition-change__label">{t('editions:changes.source', { language: sourceLang.toUpperCase() })}</span>
              <WordDiff ops={change.sourceDiff} lang={sourceLang} testId="source-diff" />
            </div>
          )}
          <div className="edition-change__row">
            <span className="edition-change__label">{t('editions:changes.edition', { language: lang.toUpperCase() })}</span>
            {change.textBefore === change.textAfter ? (
              <p className="word-diff" lang={lang}>
                {change.textAfter}
              </p>
            ) : (
              <WordDiff ops={change.textDiff} lang={lang} testId="text-diff" />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
