import type { InlineCodeInfo } from '@interlinea/shared';
import { useCallback, useEffect, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { createChipElement, useChipTitle, type CodeToken } from '../../code-chips';
import { deleteTokenAt, insertCode, insertNextCode, replaceRange, type CodedEdit } from '../utils/code-insertion';
import { isFlatCoded, renderCoded, selectionOffsets, selectOffsets, serializeCoded } from '../utils/coded-dom';
import { EditHistory } from '../utils/edit-history';

interface CodeEditorProps {
  value: string;
  label: string;
  lang: string;
  readOnly: boolean;
  /** The segment's source: where Ctrl+, and Ctrl+Shift+n take their codes from. */
  source: string;
  codes: readonly InlineCodeInfo[];
  /** Changes whenever focus should come back here (a match inserted, the source copied …). */
  focusToken: number;
  onChange: (text: string) => void;
}

const DIGIT = /^Digit([1-9])$/;

/**
 * The active segment's translation: a contentEditable box whose code tokens are atomic chips. The
 * browser types the text (IME and any keyboard layout work as usual); the editor itself handles what
 * touches chips — deleting one whole, inserting codes, paste and copy as plain text with tokens, undo.
 * Its value is the plain string with tokens (`{1}…{/1}`, `{2/}`).
 */
export function CodeEditor({ value, label, lang, readOnly, source, codes, focusToken, onChange }: CodeEditorProps) {
  const ref = useRef<HTMLDivElement>(null);
  /** The value the DOM shows; a `value` prop equal to it needs no re-render (and keeps the caret). */
  const shown = useRef<string | null>(null);
  const history = useRef<EditHistory | null>(null);
  const composing = useRef(false);
  const titleOf = useChipTitle(codes);
  const chip = useCallback((token: CodeToken) => createChipElement(token, titleOf(token)), [titleOf]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown.current === value) return;
    renderCoded(el, value, chip);
    shown.current = value;
    if (history.current) history.current.reset({ value, caret: value.length });
    else history.current = new EditHistory({ value, caret: value.length });
    if (el.ownerDocument.activeElement === el) selectOffsets(el, value.length);
  }, [value, chip]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    selectOffsets(el, serializeCoded(el).length);
  }, [focusToken]);

  /** Shows an edit made by the editor itself, puts the caret, and reports the new value. */
  const apply = (edit: CodedEdit, record = true) => {
    const el = ref.current;
    if (!el) return;
    renderCoded(el, edit.value, chip);
    shown.current = edit.value;
    selectOffsets(el, edit.caret);
    if (record) history.current?.record(edit, false);
    onChange(edit.value);
  };

  const selection = () => (ref.current ? selectionOffsets(ref.current) : null) ?? { start: shown.current?.length ?? 0, end: shown.current?.length ?? 0 };
  const current = () => shown.current ?? '';

  /** After the browser typed: read the value back; tidy the DOM (typed braces become chips) when needed. */
  const readBack = () => {
    const el = ref.current;
    if (!el) return;
    const next = serializeCoded(el);
    const caret = selectionOffsets(el)?.end ?? next.length;
    if (!composing.current && !isFlatCoded(el)) {
      renderCoded(el, next, chip);
      selectOffsets(el, caret);
    }
    if (next === shown.current) return;
    shown.current = next;
    if (!composing.current) history.current?.record({ value: next, caret }, true);
    onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || event.nativeEvent.isComposing || composing.current) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const { start, end } = selection();
    let edit: CodedEdit | null = null;
    if ((event.key === 'Backspace' || event.key === 'Delete') && !ctrl && !event.altKey && start === end) {
      edit = deleteTokenAt(current(), start, event.key === 'Backspace' ? -1 : 1);
    } else if (event.key === 'Enter' && !ctrl && !event.altKey) {
      edit = replaceRange(current(), start, end, '\n');
    } else if (ctrl && !event.altKey && !event.shiftKey && (event.key === ',' || event.code === 'Comma')) {
      edit = insertNextCode(source, current(), start, end);
      if (!edit) event.preventDefault();
    } else if (ctrl && event.shiftKey && !event.altKey && DIGIT.test(event.code)) {
      edit = insertCode(source, current(), start, end, Number(DIGIT.exec(event.code)?.[1]));
      event.preventDefault();
    } else if (ctrl && !event.altKey && (event.key.toLowerCase() === 'z' || event.code === 'KeyZ')) {
      event.preventDefault();
      const state = event.shiftKey ? history.current?.redo() : history.current?.undo();
      if (state) apply(state, false);
      return;
    } else if (ctrl && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 'y' || event.code === 'KeyY')) {
      event.preventDefault();
      const state = history.current?.redo();
      if (state) apply(state, false);
      return;
    }
    if (!edit) return;
    event.preventDefault();
    apply(edit);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    const { start, end } = selection();
    apply(replaceRange(current(), start, end, text));
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>, cut: boolean) => {
    const { start, end } = selection();
    if (start === end) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', current().slice(start, end));
    if (cut && !readOnly) apply(replaceRange(current(), start, end, ''));
  };

  return (
    <div
      ref={ref}
      className="target-input"
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      aria-readonly={readOnly || undefined}
      contentEditable={!readOnly}
      suppressContentEditableWarning
      tabIndex={0}
      lang={lang}
      spellCheck
      data-testid="target-input"
      onInput={readBack}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => {
        composing.current = false;
        readBack();
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={(e) => onCopy(e, false)}
      onCut={(e) => onCopy(e, true)}
      onDrop={(e) => e.preventDefault()}
      onBeforeInput={(e) => {
        const type = (e.nativeEvent as InputEvent).inputType;
        if (type === 'historyUndo' || type === 'historyRedo' || type === 'formatBold' || type === 'formatItalic' || type === 'formatUnderline')
          e.preventDefault();
      }}
    />
  );
}
