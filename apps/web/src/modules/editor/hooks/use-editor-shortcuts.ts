import { useEffect, useRef } from 'react';
import { editorCommandFor, type EditorCommand } from '../utils/editor-command';

/** Listens for the editor's keyboard shortcuts on the whole page while `enabled` (no dialog open). */
export function useEditorShortcuts(enabled: boolean, run: (command: EditorCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = editorCommandFor(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
