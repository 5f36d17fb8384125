import type { Language, SegmentRow } from '@interlinea/shared';
import { useMemo, useState } from 'react';
import { newClientId } from '../utils/client-id';
import { useDocumentEvents } from './use-document-events';
import { useLiveEdition } from './use-live-edition';
import { usePresence } from './use-presence';
import { useSoftLock } from './use-soft-lock';
import { useApprovalGuard } from './use-approval-guard';
import type { LiveEditorState } from '../utils/live-editor-state';

interface LiveEditorOptions {
  documentId: string;
  lang: Language;
  myUserId: string | undefined;
  activeId: string | null;
  /** Unsaved text of the active segment (typing changes it). */
  typed: string | undefined;
  canTranslate: boolean;
  rowById: ReadonlyMap<string, SegmentRow>;
}

/** Everything live in the editor: the event stream applied to the grid, presence, soft locks. */
export function useLiveEditor({ documentId, lang, myUserId, activeId, typed, canTranslate, rowById }: LiveEditorOptions): LiveEditorState {
  const [clientId] = useState(newClientId);
  const edition = useLiveEdition(documentId, lang, myUserId);
  const events = useDocumentEvents(documentId, clientId, edition.apply);
  usePresence(documentId, lang, clientId, activeId, events.connected);
  const lock = useSoftLock({ documentId, lang, clientId, activeId, typed, canTranslate, locks: events.locks });
  const approval = useApprovalGuard(activeId, rowById);
  return useMemo(() => ({ clientId, lang, rowById, ...events, ...edition, lock, approval }), [clientId, lang, rowById, events, edition, lock, approval]);
}
