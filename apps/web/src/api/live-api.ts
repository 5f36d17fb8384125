import { presenceListSchema, softLockSchema, type Language, type PresenceList, type SoftLock } from '@interlinea/shared';
import { http } from './http';

/** Presence and soft locks (`/api/documents/:id/presence`, `/api/segments/:id/lock`); the event stream is read by `useDocumentEvents`. */
export const liveApi = {
  eventsUrl: (documentId: string, clientId: string): string =>
    `/api/documents/${encodeURIComponent(documentId)}/events?clientId=${encodeURIComponent(clientId)}`,
  focus: (documentId: string, clientId: string, segmentId: string | null, language: Language): Promise<PresenceList> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/presence`, presenceListSchema, {
      method: 'PUT',
      body: { segmentId, language: segmentId ? language : null, clientId },
    }),
  lock: (segmentId: string, lang: Language, clientId: string, force = false): Promise<SoftLock> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/lock`, softLockSchema, { method: 'POST', body: { lang, clientId, force } }),
  unlock: (segmentId: string, lang: Language, clientId: string): Promise<void> =>
    http.void(`/api/segments/${encodeURIComponent(segmentId)}/lock?lang=${lang}&clientId=${encodeURIComponent(clientId)}`, { method: 'DELETE' }),
};
