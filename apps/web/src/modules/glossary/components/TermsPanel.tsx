import type { Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import { useSegmentGlossary } from '../hooks/use-segment-glossary';

interface TermsPanelProps {
  segmentId: string;
  lang: Language;
  /** The saved translation's version: warnings are about the saved text, asked again after each save. */
  version: number;
}

/** Glossary terms of the active segment with their approved translations, and QA warnings about them. */
export function TermsPanel({ segmentId, lang, version }: TermsPanelProps) {
  const { t } = useTranslation();
  const glossary = useSegmentGlossary(segmentId, lang, version);
  // The highlighted source asks with version 0; both answers list the same terms.
  return (
    <section className="side-section" aria-labelledby="terms-title" data-testid="terms-panel">
      <h3 id="terms-title" className="side-section__title">
        {t('glossary:panel.title')}
      </h3>
      {glossary.isPending ? (
        <p className="muted small">{t('common:loading')}</p>
      ) : glossary.error ? (
        <ErrorMessage error={glossary.error} />
      ) : (
        <>
          {glossary.data.warnings.length > 0 && (
            <ul className="qa-warnings" aria-label={t('glossary:panel.warnings')}>
              {glossary.data.warnings.map((w) => (
                <li key={`${w.kind}-${w.termId}`} className="qa-warning" data-testid="glossary-warning" data-kind={w.kind}>
                  <span aria-hidden="true">⚠</span> {w.message}
                </li>
              ))}
            </ul>
          )}
          {glossary.data.terms.length === 0 ? (
            <p className="muted">{t('glossary:panel.none')}</p>
          ) : (
            <dl className="term-list">
              {glossary.data.terms.map((term) => (
                <div key={term.id} className="term-list__item" data-testid="segment-term">
                  <dt>
                    {term.matchedText}
                    {term.match === 'inflected' && term.matchedText.toLocaleLowerCase() !== term.sourceTerm.toLocaleLowerCase() && (
                      <span className="muted small"> ({term.sourceTerm})</span>
                    )}
                  </dt>
                  <dd lang={lang}>
                    <strong>{term.targetTerm}</strong>
                    {term.presentInTarget && (
                      <span className="tag tag--success" title={t('glossary:panel.usedHint')}>
                        {t('glossary:panel.used')}
                      </span>
                    )}
                    {term.forbidden.length > 0 && (
                      <span className="term-list__forbidden">{t('glossary:panel.forbidden', { variants: term.forbidden.join(', ') })}</span>
                    )}
                    {term.note && <span className="term-list__note">{term.note}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}
