import { useEffect } from 'react';
import { draftStore } from '../utils/draft-store';

/** Asks the browser to warn before the page is closed or reloaded while text is unsaved. */
export function useUnsavedWarning(savesInFlight: () => boolean): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!draftStore.hasUnsaved() && !savesInFlight()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [savesInFlight]);
}
