import type { InlineCodeInfo } from '@interlinea/shared';
import type { DiffOp } from '@interlinea/tm/browser';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';

/** A word diff: insertions underlined in green, deletions struck through in red, each named for screen readers. */
export function RevisionDiff({ ops, lang, codes }: { ops: readonly DiffOp[]; lang: string; codes: readonly InlineCodeInfo[] }) {
  const { t } = useTranslation();
  return (
    <p className="revision-diff" lang={lang} data-testid="revision-diff">
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <CodedText key={i} text={op.text} codes={codes} />
        ) : op.op === 'insert' ? (
          <ins key={i} className="revision-diff__ins" title={t('review:history.inserted')}>
            <CodedText text={op.text} codes={codes} />
          </ins>
        ) : (
          <del key={i} className="revision-diff__del" title={t('review:history.deleted')}>
            <CodedText text={op.text} codes={codes} />
          </del>
        ),
      )}
    </p>
  );
}
