import type { JobState } from '@interlinea/shared';

/** States after which a job's numbers no longer change. */
export const FINAL_JOB_STATES: readonly JobState[] = ['completed', 'cancelled', 'failed'];

export const isFinal = (state: JobState | undefined): boolean => state !== undefined && FINAL_JOB_STATES.includes(state);
