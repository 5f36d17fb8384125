import type { Language, QaIgnoreRequest, QaReportFinding } from '@interlinea/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { qaApi } from '../../../api/qa-api';
import { qaContextKey } from './use-qa-context';

export const qaReportKey = (documentId: string, lang: string) => ['qa-report', documentId, lang] as const;

/** The edition's QA report, and ignoring or un-ignoring a finding there (the report and the editor's context refresh). */
export function useQaReport(documentId: string, lang: Language) {
  const queryClient = useQueryClient();
  const report = useQuery<QaReportFinding[]>({
    queryKey: qaReportKey(documentId, lang),
    queryFn: ({ signal }) => qaApi.report(documentId, lang, signal),
  });
  const toggle = useMutation({
    mutationFn: ({ segmentId, ignore, request }: { segmentId: string; ignore: boolean; request: QaIgnoreRequest }) =>
      ignore ? qaApi.ignore(segmentId, request).then(() => undefined) : qaApi.unignore(segmentId, request),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: qaReportKey(documentId, lang) });
      void queryClient.invalidateQueries({ queryKey: qaContextKey(documentId, lang) });
    },
  });
  return { report, toggle };
}
