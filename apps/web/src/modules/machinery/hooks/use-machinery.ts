import type { Language, MachineTranslationStatus } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { machineryApi } from '../../../api/machinery-api';
import { mergeSuggestions, type MachinerySuggestion } from '../utils/machinery-suggestion';
import { useMtStatus } from './use-mt-status';

/** Everything the machinery panel shows for the active segment. */
export interface Machinery {
  /** Memory matches and MT in one list, best first: position n is Ctrl+n. */
  suggestions: MachinerySuggestion[];
  /** The memory has answered for this segment (with or without matches). */
  memoryLoaded: boolean;
  memoryError: unknown;
  /** True while DeepL is being asked (only when MT is on). */
  mtPending: boolean;
  mtError: unknown;
  retryMt: () => void;
  /** Undefined until known. */
  mtStatus: MachineTranslationStatus | undefined;
}

/**
 * The machinery provider (Pontoon's `MachineryTranslations`): memory matches and DeepL's suggestion
 * for one segment, fetched in parallel and merged. Each request carries React Query's AbortSignal:
 * when the translator moves on, the old segment's queries lose their last observer and are aborted.
 * MT answers are kept for the session (asking DeepL again costs characters).
 */
export function useMachinery(segmentId: string | null, lang: Language, projectId: string): Machinery {
  const status = useMtStatus(projectId);
  const mtOn = status.data?.enabled === true;
  const memory = useQuery({
    queryKey: ['machinery', 'tm', segmentId, lang],
    queryFn: ({ signal }) => machineryApi.memoryMatches(segmentId ?? '', lang, signal),
    enabled: segmentId !== null,
    staleTime: 60_000,
  });
  const mt = useQuery({
    queryKey: ['machinery', 'mt', segmentId, lang],
    queryFn: ({ signal }) => machineryApi.machineTranslation(segmentId ?? '', lang, signal),
    enabled: segmentId !== null && mtOn,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
  const matches = memory.data?.matches;
  const mtData = mtOn ? (mt.data ?? null) : null;
  const suggestions = useMemo(() => mergeSuggestions(matches ?? [], mtData), [matches, mtData]);
  const { refetch } = mt;
  return {
    suggestions,
    memoryLoaded: memory.isSuccess,
    memoryError: memory.error,
    mtPending: mtOn && segmentId !== null && mt.isFetching,
    mtError: mtOn ? mt.error : null,
    retryMt: () => void refetch(),
    mtStatus: status.data,
  };
}
