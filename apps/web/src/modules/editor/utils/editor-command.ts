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
  | { type: 'concordance' }
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'sidePanel' }
  | { type: 'confirmOutdated' }
  | { type: 'column'; delta: 1 | -1 }
  | { type: 'jump'; to: 'first' | 'last' }
  | { type: 'goToNumber' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.getAttribute('contenteditable') === 'true' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The editor's keyboard map (MateCat / Phrase conventions):
 * Ctrl+Enter confirm · Alt+↓/↑ next/previous · Ctrl+Insert or Ctrl+Shift+S copy source ·
 * Ctrl+1..9 insert a memory / MT suggestion · Ctrl+K concordance search · Ctrl+Shift+Enter split mode · Ctrl+Alt+J merge with the next
 * segment (memoQ's "join"; Chrome keeps Ctrl+J) · F1, or ? outside a text field, shortcut help ·
 * Alt+A approve and go to the next segment awaiting review (Ctrl+Enter does it in review mode) ·
 * Alt+R reject: the cursor goes to the reason · F6 between the grid and the side panel ·
 * Alt+O an outdated translation still holds (confirmed against its changed origin) ·
 * Alt+← / Alt+→ the edition column to the left / right · Ctrl+Home / Ctrl+End the first / last segment ·
 * Ctrl+G go to a segment number.
 * Letters are also matched by `code`, so the shortcuts work with a Cyrillic layout.
 */
export function editorCommandFor(event: KeyboardEvent): EditorCommand | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && event.shiftKey && event.key === 'Enter') return { type: 'split' };
  if (ctrl && !event.altKey && event.key === 'Enter') return { type: 'confirm' };
  if (ctrl && event.altKey && !event.shiftKey && (event.code === 'KeyJ' || event.key.toLowerCase() === 'j')) return { type: 'merge' };
  if (event.altKey && !ctrl && event.key === 'ArrowDown') return { type: 'move', delta: 1 };
  if (event.altKey && !ctrl && event.key === 'ArrowUp') return { type: 'move', delta: -1 };
  if (event.altKey && !ctrl && !event.shiftKey && event.key === 'ArrowRight') return { type: 'column', delta: 1 };
  if (event.altKey && !ctrl && !event.shiftKey && event.key === 'ArrowLeft') return { type: 'column', delta: -1 };
  if (ctrl && !event.altKey && !event.shiftKey && event.key === 'Home') return { type: 'jump', to: 'first' };
  if (ctrl && !event.altKey && !event.shiftKey && event.key === 'End') return { type: 'jump', to: 'last' };
  if (ctrl && !event.altKey && !event.shiftKey && (event.code === 'KeyG' || event.key.toLowerCase() === 'g')) return { type: 'goToNumber' };
  if (ctrl && event.key === 'Insert') return { type: 'copySource' };
  if (ctrl && event.shiftKey && !event.altKey && (event.key.toLowerCase() === 's' || event.code === 'KeyS')) return { type: 'copySource' };
  if (ctrl && !event.shiftKey && !event.altKey && /^Digit[1-9]$/.test(event.code ?? '')) return { type: 'insertMatch', rank: Number(event.code.slice(5)) };
  if (ctrl && !event.shiftKey && !event.altKey && /^[1-9]$/.test(event.key)) return { type: 'insertMatch', rank: Number(event.key) };
  if (ctrl && !event.shiftKey && !event.altKey && (event.code === 'KeyK' || event.key.toLowerCase() === 'k')) return { type: 'concordance' };
  if (event.altKey && !ctrl && !event.shiftKey && (event.code === 'KeyA' || event.key.toLowerCase() === 'a')) return { type: 'approve' };
  if (event.altKey && !ctrl && !event.shiftKey && (event.code === 'KeyR' || event.key.toLowerCase() === 'r')) return { type: 'reject' };
  if (event.altKey && !ctrl && !event.shiftKey && (event.code === 'KeyO' || event.key.toLowerCase() === 'o')) return { type: 'confirmOutdated' };
  if (event.key === 'F6' && !ctrl && !event.altKey) return { type: 'sidePanel' };
  if (event.key === 'F1') return { type: 'help' };
  if (event.key === '?' && !ctrl && !event.altKey && !isTyping(event.target)) return { type: 'help' };
  return null;
}
