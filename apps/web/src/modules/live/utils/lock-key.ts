import type { Language } from '@interlinea/shared';

/** Locks are per segment and edition. */
export const lockKey = (segmentId: string, language: Language | string): string => `${segmentId}:${language}`;
