import type { JobRecord } from './jobs.repository';

export interface JobProgress {
  done: number;
  total: number;
  failed: number;
  fromMemory: number;
  fromMt: number;
  skipped: number;
}

export interface JobContext {
  /** True once someone cancelled the job; a runner checks between steps and returns. */
  cancelled(): Promise<boolean>;
  /** Tells the person watching what is happening. */
  say(message: string | null): Promise<void>;
  /** Some work was committed: the people watching hear of the new progress (a `job` event). */
  progressed(): Promise<void>;
}

/** Work that cannot go on until a person acts (key refused, quota used up, DeepL not answering): the job pauses. */
export class JobPause extends Error {}

/**
 * One kind of background job. `run` does the remaining work and returns when there is none; it must
 * be safe to run again after a crash (progress is stored as it goes), so a resumed job continues.
 */
export interface JobRunner {
  readonly kind: string;
  run(job: JobRecord, context: JobContext): Promise<void>;
  progress(jobId: string): Promise<JobProgress>;
}
