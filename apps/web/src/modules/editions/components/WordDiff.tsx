import type { DiffOp, InlineCodeInfo } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';

/** A word diff (from the API's `diffTexts`): insertions underlined in green, deletions struck through in red, named for screen readers. */
export function WordDiff({ ops, lang, codes = [], testId }: { ops: readonly DiffOp[]; lang: string; codes?: readonly InlineCodeInfo[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff" lang={lang} data-testid={testId}>
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <CodedText key={i} text={op.text} codes={codes} />
        ) : op.op === 'insert' ? (
          <ins key={i} className="word-diff__ins" title={t('editions:diff.inserted')}>
            <CodedText text={op.text} codes={codes} />
          </ins>
        ) : (
          <del key={i} className="word-diff__del" title={t('editions:diff.deleted')}>
            <CodedText text={op.text} codes={codes} />
          </del>
        ),
      )}
    </p>
  );
}
