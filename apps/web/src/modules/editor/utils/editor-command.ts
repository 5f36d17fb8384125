/** What a key press asks the editor to do. */
export type EditorCommand =
  | { type: 'confirm' }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'copySource' }
  | { type: 'saveDraft' }
  | { type: 'help' }
  | { type: 'insertMatch'; rank: number }
  | { type: 'split' }
  | { type: 'merge' }
  | { type: 'discard' }
  | { type: 'concordance' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.getAttribute('contenteditable') === 'true' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The editor's keyboard map (MateCat / Phrase conventions):
 * Ctrl+Enter confirm · Alt+↓/↑ next/previous · Ctrl+Insert or Ctrl+Shift+S copy source ·
 * Ctrl+1..9 insert a memory / MT suggestion · Ctrl+K concordance search · Ctrl+Shift+Enter split mode · Ctrl+Alt+J merge with the next
 * segment (memoQ's "join"; Chrome keeps Ctrl+J) · F1, or ? outside a text field, shortcut help.
 * Letters are also matched by `code`, so the shortcuts work with a Cyrillic layout.
 */
export function editorCommandFor(event: KeyboardEvent): EditorCommand | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && event.shiftKey && event.key === 'Enter') return { type: 'split' };
  if (ctrl && !event.altKey && event.key === 'Enter') return { type: 'confirm' };
  if (ctrl && event.altKey && !event.shiftKey && (event.code === 'KeyJ' || event.key.toLowerCase() === 'j')) return { type: 'merge' };
  if (event.altKey && !ctrl && event.key === 'ArrowDown') return { type: 'move', delta: 1 };
  if (event.altKey && !ctrl && event.key === 'ArrowUp') return { type: 'move', delta: -1 };
  if (ctrl && event.key === 'Insert') return { type: 'copySource' };
  if (ctrl && event.shiftKey && !event.altKey && (event.key.toLowerCase() === 's' || event.code === 'KeyS')) return { type: 'copySource' };
  if (ctrl && !event.shiftKey && !event.altKey && /^Digit[1-9]$/.test(event.code ?? '')) return { type: 'insertMatch', rank: Number(event.code.slice(5)) };
  if (ctrl && !event.shiftKey && !event.altKey && /^[1-9]$/.test(event.key)) return { type: 'insertMatch', rank: Number(event.key) };
  if (ctrl && !event.shiftKey && !event.altKey && (event.code === 'KeyK' || event.key.toLowerCase() === 'k')) return { type: 'concordance' };
  if (event.key === 'F1') return { type: 'help' };
  if (event.key === '?' && !ctrl && !event.altKey && !isTyping(event.target)) return { type: 'help' };
  return null;
}
