import { useEffect } from 'react';
import { draftStore } from '../utils/draft-store';

/**
 * Asks the browser to warn before the page is closed or reloaded while text is unsaved. Text waiting in
 * the offline queue is safe (it is sent when the edition opens again): `isQueued` leaves it out.
 */
export function useUnsavedWarning(savesInFlight: () => boolean, isQueued?: (edition: string, segmentId: string, text: string) => boolean): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!draftStore.hasUnsaved(isQueued) && !savesInFlight()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [savesInFlight, isQueued]);
}
