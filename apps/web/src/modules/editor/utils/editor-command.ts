/** What a key press asks the editor to do. */
export type EditorCommand =
  | { type: 'confirm' }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'copySource' }
  | { type: 'saveDraft' }
  | { type: 'help' }
  | { type: 'insertMatch'; rank: number };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The editor's keyboard map (MateCat / Phrase conventions):
 * Ctrl+Enter confirm · Alt+↓/↑ next/previous · Ctrl+Insert or Ctrl+Shift+S copy source ·
 * Ctrl+1..3 insert a memory match · F1, or ? outside a text field, shortcut help.
 */
export function editorCommandFor(event: KeyboardEvent): EditorCommand | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && event.key === 'Enter') return { type: 'confirm' };
  if (event.altKey && !ctrl && event.key === 'ArrowDown') return { type: 'move', delta: 1 };
  if (event.altKey && !ctrl && event.key === 'ArrowUp') return { type: 'move', delta: -1 };
  if (ctrl && event.key === 'Insert') return { type: 'copySource' };
  if (ctrl && event.shiftKey && event.key.toLowerCase() === 's') return { type: 'copySource' };
  if (ctrl && !event.shiftKey && !event.altKey && ['1', '2', '3'].includes(event.key)) return { type: 'insertMatch', rank: Number(event.key) };
  if (event.key === 'F1') return { type: 'help' };
  if (event.key === '?' && !ctrl && !event.altKey && !isTyping(event.target)) return { type: 'help' };
  return null;
}
