import { jobStatusSchema, pretranslateResponseSchema, type JobStatus, type PretranslateRequest, type PretranslateResponse } from '@interlinea/shared';
import { http } from './http';

const jobPath = (jobId: string): string => `/api/jobs/${encodeURIComponent(jobId)}`;

/** Long-running work: pre-translation jobs and their progress. */
export const jobsApi = {
  pretranslate: (documentId: string, body: PretranslateRequest): Promise<PretranslateResponse> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/pretranslate`, pretranslateResponseSchema, { method: 'POST', body }),
  status: (jobId: string, signal?: AbortSignal): Promise<JobStatus> => http.json(jobPath(jobId), jobStatusSchema, { signal }),
  cancel: (jobId: string): Promise<JobStatus> => http.json(`${jobPath(jobId)}/cancel`, jobStatusSchema, { method: 'POST' }),
  resume: (jobId: string): Promise<JobStatus> => http.json(`${jobPath(jobId)}/resume`, jobStatusSchema, { method: 'POST' }),
  /** Server-sent events with the job's status until it ends. */
  eventsUrl: (jobId: string): string => `${jobPath(jobId)}/events`,
};
