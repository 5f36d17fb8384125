import type { InlineCodeInfo } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { useLive } from './live-context';

interface IncomingChangeProps {
  segmentId: string;
  codes: readonly InlineCodeInfo[];
  /** The local unsaved text: the panel shows only while there is some. */
  draft: string | undefined;
}

/** Someone saved this segment while the person has unsaved text in it: their text beside it, and the choice. */
export function IncomingChange({ segmentId, codes, draft }: IncomingChangeProps) {
  const { t } = useTranslation();
  const live = useLive();
  const change = live?.incoming.get(segmentId);
  if (!live || !change || draft === undefined) return null;
  const name = change.event.authorName ?? t('live:someone');
  return (
    <div className="incoming-change" role="status" data-testid="incoming-change" onMouseDown={(e) => e.stopPropagation()}>
      <p className="incoming-change__who">{t('live:incoming.saved', { name })}</p>
      <p className="incoming-change__text" lang={live.lang} data-testid="incoming-text">
        <CodedText text={change.event.text} codes={codes} />
      </p>
      <div className="incoming-change__actions">
        <button type="button" className="button button--small" onClick={() => live.useTheirs(segmentId)} data-testid="incoming-use-theirs">
          {t('live:incoming.useTheirs')}
        </button>
        <button type="button" className="button button--small button--primary" onClick={() => live.keepMine(segmentId)} data-testid="incoming-keep-mine">
          {t('live:incoming.keepMine')}
        </button>
      </div>
    </div>
  );
}
