import { closeToken, openToken, tokenizeCodes } from '@interlinea/inline-codes';
import type { CodeToken } from '../../code-chips';

/** A text edit of the editor's value: the new value and where the caret goes. */
export interface CodedEdit {
  value: string;
  caret: number;
}

const tokensOf = (text: string): CodeToken[] => tokenizeCodes(text).filter((run): run is CodeToken => run.type !== 'text');

function count(tokens: CodeToken[], token: string): number {
  return tokens.filter((t) => t.token === token).length;
}

/** Replaces `start…end` of `value` with `text`; the caret lands after it. */
export function replaceRange(value: string, start: number, end: number, text: string): CodedEdit {
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}

/** Puts `open` at `start` and `close` at `end` around a selection; the caret lands after the close. */
function wrap(value: string, start: number, end: number, open: string, close: string): CodedEdit {
  const inner = value.slice(start, end);
  return { value: value.slice(0, start) + open + inner + close + value.slice(end), caret: end + open.length + close.length };
}

/**
 * Ctrl+, (memoQ's F9): the first source token the target has fewer times than the source, in source
 * order. A paired open whose close is also missing wraps a selection.
 */
export function insertNextCode(source: string, value: string, start: number, end: number): CodedEdit | null {
  const sourceTokens = tokensOf(source);
  const targetTokens = tokensOf(value);
  const seen = new Map<string, number>();
  for (const token of sourceTokens) {
    const nth = (seen.get(token.token) ?? 0) + 1;
    seen.set(token.token, nth);
    if (count(targetTokens, token.token) >= nth) continue;
    const close = closeToken(token.id);
    if (token.type === 'open' && start !== end && count(targetTokens, close) < count(sourceTokens, close)) return wrap(value, start, end, token.token, close);
    return replaceRange(value, start, start === end ? end : start, token.token);
  }
  return null;
}

/**
 * Ctrl+Shift+n: code n of the source. A paired code wraps the selection; with a caret it opens the
 * pair, or closes it when the target has it open already.
 */
export function insertCode(source: string, value: string, start: number, end: number, id: number): CodedEdit | null {
  const sourceToken = tokensOf(source).find((t) => t.id === id);
  if (!sourceToken) return null;
  if (sourceToken.type === 'standalone') return replaceRange(value, start, end, sourceToken.token);
  const open = openToken(id);
  const close = closeToken(id);
  if (start !== end) return wrap(value, start, end, open, close);
  const targetTokens = tokensOf(value);
  const isOpen = count(targetTokens, open) > count(targetTokens, close);
  return replaceRange(value, start, end, isOpen ? close : open);
}

/** Backspace (`direction` -1) or Delete (+1) next to a token removes the whole token; null when no token is there. */
export function deleteTokenAt(value: string, caret: number, direction: -1 | 1): CodedEdit | null {
  let position = 0;
  for (const run of tokenizeCodes(value)) {
    const length = run.type === 'text' ? run.text.length : run.token.length;
    const end = position + length;
    if (run.type !== 'text' && ((direction === -1 && end === caret) || (direction === 1 && position === caret))) {
      return { value: value.slice(0, position) + value.slice(end), caret: position };
    }
    position = end;
  }
  return null;
}
