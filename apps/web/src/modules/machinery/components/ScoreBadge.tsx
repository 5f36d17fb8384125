import { useTranslation } from 'react-i18next';
import { scoreTone } from '../utils/score-tone';

/** A memory match's score, coloured by band; the number is always written out, colour only helps. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const rounded = Math.floor(score);
  return (
    <span className={`score-badge score-badge--${scoreTone(score)}`} title={t('machinery:score', { score: rounded })} data-testid="score-badge">
      {rounded}%
    </span>
  );
}
