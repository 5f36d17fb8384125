import type { InlineCodeInfo } from '@interlinea/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from '../../code-chips';
import { selectionOffsets } from '../utils/coded-dom';
import { isValidSplit, moveSplitPoint, splitPoints } from '../utils/split-point';

interface SplitSourceProps {
  source: string;
  codes: readonly InlineCodeInfo[];
  lang: string;
  offset: number;
  onMove: (offset: number) => void;
  onSplit: () => void;
  onCancel: () => void;
}

/**
 * The active segment's source in split mode: a caret shows where the split goes. Click to place it,
 * ←/→ (Ctrl: by word), Home/End move it, Enter splits, Esc leaves split mode.
 */
export function SplitSource({ source, codes, lang, offset, onMove, onSplit, onCancel }: SplitSourceProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const valid = isValidSplit(source, offset);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);

  const placeFromClick = () => {
    const el = ref.current;
    const selection = el ? selectionOffsets(el) : null;
    if (!selection || selection.start !== selection.end) return;
    // The caret mark itself counts nothing; offsets land between characters or beside a chip.
    const points = splitPoints(source);
    onMove(points.reduce((best, p) => (Math.abs(p - selection.start) < Math.abs(best - selection.start) ? p : best), points[0]));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    let next: number | null = null;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') next = moveSplitPoint(source, offset, event.key === 'ArrowLeft' ? -1 : 1, ctrl);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = source.length;
    else if (event.key === 'Enter' && !ctrl && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      if (valid) onSplit();
      return;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    onMove(next);
  };

  return (
    <div className="split-source">
      <div
        ref={ref}
        className="split-source__text"
        lang={lang}
        tabIndex={0}
        role="group"
        aria-label={t('editor:split.sourceLabel')}
        aria-describedby="split-hint"
        data-testid="split-source"
        data-offset={offset}
        onMouseUp={placeFromClick}
        onKeyDown={onKeyDown}
      >
        <CodedText text={source.slice(0, offset)} codes={codes} />
        <span className={valid ? 'split-caret' : 'split-caret split-caret--invalid'} aria-hidden="true" />
        <CodedText text={source.slice(offset)} codes={codes} />
      </div>
      <p id="split-hint" className="split-source__hint">
        {valid ? t('editor:split.hint') : t('editor:split.invalid')}
      </p>
      <div className="split-source__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button--small button--primary" onClick={onSplit} disabled={!valid} data-testid="split-confirm">
          {t('editor:split.confirm')}
        </button>
      </div>
    </div>
  );
}
