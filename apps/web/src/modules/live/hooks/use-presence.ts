import type { Language } from '@interlinea/shared';
import { useEffect } from 'react';
import { liveApi } from '../../../api/live-api';

/** Tells the others which segment this tab is on, a moment after the focus settles (not on every arrow key). */
const SETTLE_MS = 250;

export function usePresence(documentId: string, lang: Language, clientId: string, activeId: string | null, connected: boolean): void {
  useEffect(() => {
    if (!connected) return;
    const timer = setTimeout(() => void liveApi.focus(documentId, clientId, activeId, lang).catch(() => undefined), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [documentId, lang, clientId, activeId, connected]);
}
