import {
  machineTranslationStatusSchema,
  machineTranslationSuggestionSchema,
  matchesResponseSchema,
  type Language,
  type MachineTranslationStatus,
  type MachineTranslationSuggestion,
  type MatchesResponse,
} from '@interlinea/shared';
import { http } from './http';

const segmentPath = (segmentId: string): string => `/api/segments/${encodeURIComponent(segmentId)}`;

/** The editor's helpers for one segment: memory matches and a DeepL suggestion, each abortable. */
export const machineryApi = {
  memoryMatches: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<MatchesResponse> =>
    http.json(`${segmentPath(segmentId)}/matches?lang=${lang}`, matchesResponseSchema, { signal }),
  machineTranslation: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<MachineTranslationSuggestion> =>
    http.json(`${segmentPath(segmentId)}/machine-translation?lang=${lang}`, machineTranslationSuggestionSchema, { signal }),
  /** Whether MT is on for the project (and, for managers, how much of the quota is used). */
  status: (projectId: string, signal?: AbortSignal): Promise<MachineTranslationStatus> =>
    http.json(`/api/projects/${encodeURIComponent(projectId)}/machine-translation/status`, machineTranslationStatusSchema, { signal }),
};
