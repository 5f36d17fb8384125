import { useSyncExternalStore } from 'react';
import { draftStore } from '../utils/draft-store';

/** Unsaved text per segment id of one edition (`documentId:lang`); re-renders when it changes. */
export function useDrafts(edition: string): ReadonlyMap<string, string> {
  return useSyncExternalStore(draftStore.subscribe, () => draftStore.get(edition));
}
