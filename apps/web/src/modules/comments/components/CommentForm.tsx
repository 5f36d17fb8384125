import { COMMENT_BODY_MAX, postCommentRequestSchema } from '@interlinea/shared';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, fieldErrorsFrom } from '../../ui';
import { insertMention, mentionCandidates, mentionQueryAt, type MentionQuery } from '../utils/mention-query';

export interface MentionableMember {
  userId: string;
  displayName: string;
  email: string;
}

interface CommentFormProps {
  label: string;
  submitLabel: string;
  members: readonly MentionableMember[];
  pending: boolean;
  /** The failed request, if the last post failed. */
  error: unknown;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * Writing a comment: a text box that suggests project members after `@` (arrows, Enter or Tab to
 * take one, Esc to close), Ctrl+Enter to post; the length is checked before sending.
 */
export function CommentForm({ label, submitLabel, members, pending, error, onSubmit, onCancel, autoFocus }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [highlight, setHighlight] = useState(0);
  const [localError, setLocalError] = useState<string | undefined>();
  const candidates = query ? mentionCandidates(members, query.text) : [];
  const open = candidates.length > 0;
  const serverError = fieldErrorsFrom(t, error).body;
  const problem = localError ?? serverError;

  const follow = (value: string, caret: number) => {
    setBody(value);
    setLocalError(undefined);
    setQuery(mentionQueryAt(value, caret));
    setHighlight(0);
  };

  const take = (member: MentionableMember) => {
    if (!query || !box.current) return;
    const caret = box.current.selectionStart ?? body.length;
    const next = insertMention(body, query, caret, member.displayName);
    setBody(next.value);
    setQuery(null);
    requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = async () => {
    const parsed = postCommentRequestSchema.safeParse({ body });
    if (!parsed.success) {
      setLocalError(fieldErrorsFrom(t, parsed.error).body ?? t('comments:form.invalid'));
      return;
    }
    try {
      await onSubmit(parsed.data.body);
      setBody('');
      setQuery(null);
    } catch {
      // the error is shown from `error`
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // typing here is not editing the segment: the editor's shortcuts stay out
    event.stopPropagation();
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setHighlight((h) => (h + (event.key === 'ArrowDown' ? 1 : candidates.length - 1)) % candidates.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      take(candidates[highlight]);
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  const listId = `${id}-mentions`;
  const messageId = `${id}-message`;
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="comment-form__box">
        <textarea
          ref={box}
          id={id}
          className="comment-form__input"
          value={body}
          rows={2}
          autoFocus={autoFocus}
          maxLength={COMMENT_BODY_MAX + 100}
          placeholder={t('comments:form.placeholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={messageId}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${highlight}` : undefined}
          data-testid="comment-input"
          onChange={(e) => follow(e.target.value, e.target.selectionStart ?? e.target.value.length)}
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
        />
        {open && (
          <ul className="mention-list" id={listId} role="listbox" aria-label={t('comments:form.mentionList')}>
            {candidates.map((member, i) => (
              <li
                key={member.userId}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === highlight}
                className={i === highlight ? 'mention-list__option mention-list__option--active' : 'mention-list__option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  take(member);
                }}
              >
                <span>{member.displayName}</span> <span className="muted">{member.email}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {Boolean(error) && !serverError && <ErrorMessage error={error} testId="comment-error" />}
      <div className="comment-form__foot">
        {problem ? (
          <span className="field__error" id={messageId} role="alert">
            {problem}
          </span>
        ) : (
          <span className="field__hint" id={messageId}>
            {body.length > COMMENT_BODY_MAX * 0.9 ? t('comments:form.length', { count: body.length, max: COMMENT_BODY_MAX }) : t('comments:form.hint')}
          </span>
        )}
        <span className="comment-form__buttons">
          {onCancel && (
            <button type="button" className="button button--ghost button--small" onClick={onCancel}>
              {t('comments:form.cancel')}
            </button>
          )}
          <button type="submit" className="button button--small" disabled={pending} data-testid="comment-submit">
            {submitLabel}
          </button>
        </span>
      </div>
    </form>
  );
}
