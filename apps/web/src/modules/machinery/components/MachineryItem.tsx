import type { InlineCodeInfo } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { useFormatDate } from '../../ui';
import type { MachineSuggestion, MachinerySuggestion, MemorySuggestion } from '../utils/machinery-suggestion';
import { MatchDiff } from './MatchDiff';
import { ScoreBadge } from './ScoreBadge';

interface MachineryItemProps {
  suggestion: MachinerySuggestion;
  /** 1-based position: Ctrl+position inserts it. */
  position: number;
  lang: string;
  sourceLang: string;
  codes: readonly InlineCodeInfo[];
  canInsert: boolean;
  onInsert: (suggestion: MachinerySuggestion) => void;
}

function MemoryMeta({ suggestion }: { suggestion: MemorySuggestion }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { match } = suggestion;
  const origin = ['human', 'tmx', 'mt', 'aligned'].includes(match.origin) ? t(`machinery:origin.${match.origin}`) : match.origin;
  return (
    <span className="machinery-item__meta">
      <ScoreBadge score={suggestion.score} />
      <span>{origin}</span>
      {match.authorName && <span>{match.authorName}</span>}
      <time dateTime={match.updatedAt}>{formatDate(match.updatedAt)}</time>
      {match.trusted === false && (
        <span className="tag" data-testid="match-untrusted">
          {t('memoryReview:badge.untrusted')}
          {match.penalty ? ` −${match.penalty}` : ''}
        </span>
      )}
      {match.trusted && match.origin !== 'human' && (
        <span className="tag tag--info" data-testid="match-vouched">
          {t('memoryReview:badge.trusted')}
        </span>
      )}
      {match.numbersReplaced && (
        <span className="tag tag--info" data-testid="numbers-replaced" title={t('machinery:numbersReplacedHint')}>
          {t('machinery:numbersReplaced')}
        </span>
      )}
    </span>
  );
}

function MachineMeta({ suggestion }: { suggestion: MachineSuggestion }) {
  const { t } = useTranslation();
  const { translatedFrom, glossaryApplied, formality } = suggestion.suggestion;
  const from =
    translatedFrom.kind === 'pivot'
      ? t('machinery:mt.fromPivot', { language: t(`common:language.${translatedFrom.language}`) })
      : t('machinery:mt.fromSource', { language: t(`common:language.${translatedFrom.language}`) });
  return (
    <span className="machinery-item__meta">
      <span className="score-badge score-badge--mt">{t('machinery:mt.badge')}</span>
      <span>{suggestion.suggestion.engine}</span>
      <span data-testid="mt-translated-from">{from}</span>
      {glossaryApplied && (
        <span className="tag tag--info" data-testid="mt-glossary-applied">
          {t('machinery:mt.glossary')}
        </span>
      )}
      {formality !== 'default' && <span className="tag">{t(`machinery:formality.${formality}`)}</span>}
    </span>
  );
}

/** One suggestion: where it comes from, its text, and for memory matches what changed in the source. */
export function MachineryItem({ suggestion, position, lang, sourceLang, codes, canInsert, onInsert }: MachineryItemProps) {
  const { t } = useTranslation();
  const diff = suggestion.kind === 'tm' ? suggestion.match.diff : undefined;
  const fallback = suggestion.kind === 'mt' ? suggestion.suggestion.translatedFrom.fallbackReason : undefined;
  return (
    <li>
      <button
        type="button"
        className={`machinery-item machinery-item--${suggestion.kind}`}
        disabled={!canInsert}
        onClick={() => onInsert(suggestion)}
        data-testid="machinery-item"
        data-kind={suggestion.kind}
        data-score={suggestion.kind === 'tm' ? Math.floor(suggestion.score) : undefined}
      >
        <span className="visually-hidden">{t('machinery:insertLabel', { position })}</span>
        <span className="machinery-item__head">
          {suggestion.kind === 'tm' ? <MemoryMeta suggestion={suggestion} /> : <MachineMeta suggestion={suggestion} />}
          {position <= 9 && <kbd className="machinery-item__key">Ctrl+{position}</kbd>}
        </span>
        <span className="machinery-item__text" lang={lang} data-testid="machinery-text">
          <CodedText text={suggestion.text} codes={codes} />
        </span>
        {diff && diff.some((op) => op.op !== 'equal') && (
          <MatchDiff diff={diff} lang={suggestion.kind === 'tm' ? (suggestion.match.sourceLanguage ?? sourceLang) : sourceLang} />
        )}
        {fallback && <span className="machinery-item__note">{fallback}</span>}
      </button>
    </li>
  );
}
