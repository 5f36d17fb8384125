import type { DiffOp } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

/** The stored source turned into this segment's source: added words underlined, removed ones struck through. */
export function MatchDiff({ diff, lang }: { diff: readonly DiffOp[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <span className="match-diff" lang={lang} data-testid="match-diff">
      <span className="visually-hidden">{t('machinery:diff.label')} </span>
      {diff.map((op, i) =>
        op.op === 'insert' ? (
          <ins key={i} className="match-diff__insert" title={t('machinery:diff.inserted')}>
            {op.text}
          </ins>
        ) : op.op === 'delete' ? (
          <del key={i} className="match-diff__delete" title={t('machinery:diff.deleted')}>
            {op.text}
          </del>
        ) : (
          <span key={i}>{op.text}</span>
        ),
      )}
    </span>
  );
}
