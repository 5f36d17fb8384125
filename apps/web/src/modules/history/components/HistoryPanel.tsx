import type { InlineCodeInfo, Language, Revision, Translation } from '@interlinea/shared';
import { diffTexts } from '@interlinea/tm/browser';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { ErrorMessage, StatusBadge, useFormatDate } from '../../ui';
import { useRevert } from '../hooks/use-revert';
import { useRevisions } from '../hooks/use-revisions';
import { revisionOrigin } from '../utils/revision-origin';
import { RevisionDiff } from './RevisionDiff';

interface HistoryPanelProps {
  segmentId: string;
  lang: Language;
  version: number;
  codes?: readonly InlineCodeInfo[];
  /** The text in the editor now (unsaved changes included): what "compare with current" compares with. */
  currentText?: string;
  /** Restoring is offered (the person may translate, and has no unsaved text in the segment). */
  canRevert?: boolean;
  onReverted?: (translation: Translation) => void;
}

/**
 * Every revision: who, when, where the text came from, its status and version, and what it changed
 * from the one before (word by word). Pick two to compare them, or one to compare with the text in
 * the editor; restore any earlier one as a new revision.
 */
export function HistoryPanel({ segmentId, lang, version, codes = [], currentText, canRevert = false, onReverted }: HistoryPanelProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const revisions = useRevisions(segmentId, lang, version);
  const [picked, setPicked] = useState<number[]>([]);
  const revert = useRevert(segmentId, lang, (translation) => {
    setPicked([]);
    onReverted?.(translation);
  });
  const list = useMemo(() => revisions.data ?? [], [revisions.data]);
  const togglePick = (v: number) => setPicked((now) => (now.includes(v) ? now.filter((p) => p !== v) : [...now, v].slice(-2)));

  return (
    <section className="side-section" aria-labelledby="history-title" data-testid="history-panel">
      <h3 id="history-title" className="side-section__title">
        {t('editor:history.title')}
      </h3>
      {version === 0 ? (
        <p className="muted">{t('editor:history.none')}</p>
      ) : revisions.isPending ? (
        <p className="muted">{t('common:loading')}</p>
      ) : revisions.error ? (
        <ErrorMessage error={revisions.error} />
      ) : (
        <>
          <Comparison revisions={list} picked={picked} currentText={currentText} lang={lang} codes={codes} />
          <ErrorMessage error={revert.error} />
          <ol className="revision-list">
            {list.map((r, i) => {
              const previous = list[i + 1];
              const origin = revisionOrigin(r);
              return (
                <li key={r.version} className="revision" data-testid="revision" data-version={r.version}>
                  <div className="revision__meta">
                    <span className="revision__version">{t('review:history.version', { version: r.version })}</span>
                    <span className="revision__author">{r.authorName ?? t('editor:history.unknownAuthor')}</span>
                    <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
                    <StatusBadge status={r.status} />
                    <span className="revision__origin" data-testid="revision-origin">
                      {t(`review:${origin.key}`, origin.values)}
                    </span>
                  </div>
                  {previous && previous.text !== r.text ? (
                    <RevisionDiff ops={diffTexts(previous.text, r.text)} lang={lang} codes={codes} />
                  ) : (
                    <p className="revision__text" lang={lang}>
                      {r.text ? <CodedText text={r.text} codes={codes} /> : <span className="placeholder">{t('editor:history.emptyText')}</span>}
                    </p>
                  )}
                  {r.comment && r.kind === 'reviewed' && <p className="revision__comment">{r.comment}</p>}
                  <div className="revision__actions">
                    <label className="revision__pick">
                      <input type="checkbox" checked={picked.includes(r.version)} onChange={() => togglePick(r.version)} data-testid="revision-pick" />
                      {t('review:history.compare')}
                    </label>
                    {canRevert && i > 0 && (
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={revert.isPending}
                        onClick={() => revert.mutate({ toVersion: r.version, version })}
                        data-testid="revert-button"
                      >
                        {t('review:history.restore', { version: r.version })}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** Two picked revisions compared (older → newer), or one picked compared with the text in the editor. */
function Comparison({
  revisions,
  picked,
  currentText,
  lang,
  codes,
}: {
  revisions: readonly Revision[];
  picked: readonly number[];
  currentText: string | undefined;
  lang: Language;
  codes: readonly InlineCodeInfo[];
}) {
  const { t } = useTranslation();
  const chosen = revisions.filter((r) => picked.includes(r.version)).sort((a, b) => a.version - b.version);
  if (chosen.length === 0) return <p className="muted small">{t('review:history.pickHint')}</p>;
  const [older, newer] = chosen;
  const to = newer ? newer.text : (currentText ?? revisions[0]?.text ?? '');
  const title = newer
    ? t('review:history.comparing', { from: older.version, to: newer.version })
    : t('review:history.comparingCurrent', { from: older.version });
  return (
    <div className="revision-compare" data-testid="revision-compare" aria-live="polite">
      <p className="revision-compare__title">{title}</p>
      {older.text === to ? (
        <p className="muted small">{t('review:history.same')}</p>
      ) : (
        <RevisionDiff ops={diffTexts(older.text, to)} lang={lang} codes={codes} />
      )}
    </div>
  );
}
