import type { Language, Match } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui';
import { useMatches } from '../hooks/use-matches';

interface MatchesPanelProps {
  segmentId: string;
  lang: Language;
  canInsert: boolean;
  onInsert: (match: Match) => void;
}

/** Translation-memory matches of the active segment: score, text, click or Ctrl+1..3 to insert. */
export function MatchesPanel({ segmentId, lang, canInsert, onInsert }: MatchesPanelProps) {
  const { t } = useTranslation();
  const matches = useMatches(segmentId, lang);
  return (
    <section className="side-section" aria-labelledby="matches-title" data-testid="matches-panel">
      <h3 id="matches-title" className="side-section__title">
        {t('editor:matches.title')}
      </h3>
      {matches.isPending ? (
        <p className="muted">{t('common:loading')}</p>
      ) : matches.error ? (
        <ErrorMessage error={matches.error} />
      ) : (
        <>
          {matches.data.matches.length === 0 ? (
            <p className="muted">{t('editor:matches.none')}</p>
          ) : (
            <ol className="match-list">
              {matches.data.matches.map((match, i) => (
                <li key={`${i}-${match.target}`}>
                  <button type="button" className="match" disabled={!canInsert} onClick={() => onInsert(match)} data-testid="match" title={match.source}>
                    <span className={match.score >= 100 ? 'match__score match__score--exact' : 'match__score'}>{Math.round(match.score)}%</span>
                    <span className="match__text">{match.target}</span>
                    {i < 3 && <kbd className="match__key">Ctrl+{i + 1}</kbd>}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {matches.data.mt === null && <p className="muted small">{t('editor:matches.mtOff')}</p>}
        </>
      )}
    </section>
  );
}
