import type { InlineCodeInfo } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { Dialog, StatusBadge, useFormatDate } from '../../ui';
import type { SaveConflict } from '../hooks/use-translation-saver';

interface ConflictDialogProps {
  conflict: SaveConflict;
  segmentNumber: number | null;
  lang: string;
  codes: readonly InlineCodeInfo[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}

/** Someone saved this segment in between: both versions side by side, and the choice. */
export function ConflictDialog({ conflict, segmentNumber, lang, codes, onKeepMine, onTakeTheirs, onClose }: ConflictDialogProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { theirs, mine } = conflict;
  return (
    <Dialog
      title={t('editor:conflict.title', { number: segmentNumber ?? '' })}
      onClose={onClose}
      wide
      testId="conflict-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onTakeTheirs} data-testid="take-theirs">
            {t('editor:conflict.takeTheirs')}
          </button>
          <button type="button" className="button button--primary" onClick={onKeepMine} data-testid="keep-mine" data-autofocus>
            {t('editor:conflict.keepMine')}
          </button>
        </>
      }
    >
      <p>{t('editor:conflict.explain', { name: theirs.authorName ?? t('editor:history.unknownAuthor') })}</p>
      <div className="conflict">
        <section className="conflict__side" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs" className="conflict__title">
            {t('editor:conflict.theirs')}
          </h3>
          <p className="conflict__meta">
            {theirs.authorName ?? t('editor:history.unknownAuthor')} · <time dateTime={theirs.updatedAt}>{formatDate(theirs.updatedAt)}</time>{' '}
            <StatusBadge status={theirs.status} />
          </p>
          <p className="conflict__text" lang={lang} data-testid="conflict-theirs-text">
            <CodedText text={theirs.text} codes={codes} />
          </p>
        </section>
        <section className="conflict__side conflict__side--mine" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine" className="conflict__title">
            {t('editor:conflict.mine')}
          </h3>
          <p className="conflict__meta">
            <StatusBadge status={mine.status} />
          </p>
          <p className="conflict__text" lang={lang} data-testid="conflict-mine-text">
            <CodedText text={mine.text} codes={codes} />
          </p>
        </section>
      </div>
    </Dialog>
  );
}
