import { useSyncExternalStore } from 'react';
import { draftStore } from '../utils/draft-store';

/** Unsaved text per segment id of one edition (`documentId:lang`); re-renders when it changes. */
export function useDrafts(edition: string): ReadonlyMap<string, string> {
  return useSyncExternalStore(draftStore.subscribe, () => draftStore.get(edition));
}

/** Segments of the edition whose unsaved text came back from storage after a reload. */
export function useRestoredDrafts(edition: string): ReadonlySet<string> {
  return useSyncExternalStore(draftStore.subscribe, () => draftStore.restored(edition));
}
