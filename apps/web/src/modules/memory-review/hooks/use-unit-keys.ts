import { useEffect, useRef } from 'react';

export interface UnitKeyActions {
  move: (delta: 1 | -1) => void;
  open: () => void;
  edit: () => void;
  retire: () => void;
  vouch: () => void;
  focusSearch: () => void;
}

/** Typing in a field, or a dialog open: the page's letter keys stay out of the way. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The memory page by keyboard: j/k or ↓/↑ move between units, Enter opens one, e edits it,
 * r retires or restores it, v vouches for it, / goes to the search box.
 */
export function useUnitKeys(actions: UnitKeyActions, enabled: boolean): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const a = latest.current;
      const act = (fn: () => void) => {
        event.preventDefault();
        fn();
      };
      if (event.key === 'j' || event.key === 'ArrowDown') act(() => a.move(1));
      else if (event.key === 'k' || event.key === 'ArrowUp') act(() => a.move(-1));
      else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)) act(a.open);
      else if (event.key === 'e') act(a.edit);
      else if (event.key === 'r') act(a.retire);
      else if (event.key === 'v') act(a.vouch);
      else if (event.key === '/') act(a.focusSearch);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
