import { languageSchema, type QaReportFinding, type SegmentRow } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { documentsApi } from '../../../api/documents-api';
import { segmentsApi } from '../../../api/segments-api';
import { useProject } from '../../projects';
import { ErrorMessage, Loading, segmentNumber } from '../../ui';
import { useQaReport } from '../hooks/use-qa-report';
import { findingMessage } from '../utils/finding-text';
import { FindingSpot } from './FindingSpot';
import { SeverityIcon } from './SeverityIcon';

interface SegmentGroup {
  segmentId: string;
  index: number;
  findings: QaReportFinding[];
}

function groupBySegment(findings: QaReportFinding[]): SegmentGroup[] {
  const groups = new Map<string, SegmentGroup>();
  for (const f of findings) {
    const group = groups.get(f.segmentId) ?? { segmentId: f.segmentId, index: f.segmentIndex, findings: [] };
    group.findings.push(f);
    groups.set(f.segmentId, group);
  }
  return [...groups.values()].sort((a, b) => a.index - b.index);
}

/** `/documents/:documentId/:lang/qa`: every QA finding of an edition, by segment, with links into the editor and ignore. */
export function QaReportPage() {
  const { t, i18n } = useTranslation();
  const { documentId = '', lang: rawLang = '' } = useParams();
  const parsedLang = languageSchema.safeParse(rawLang);
  const lang = parsedLang.success ? parsedLang.data : 'en';
  const [showIgnored, setShowIgnored] = useState(false);
  const document = useQuery({ queryKey: ['document', documentId], queryFn: () => documentsApi.get(documentId) });
  const rows = useQuery({ queryKey: ['qa-rows', documentId, lang], queryFn: ({ signal }) => segmentsApi.list(documentId, lang, signal) });
  const { report, toggle } = useQaReport(documentId, lang);
  const project = useProject(document.data?.projectId);
  // Translators and reviewers of the edition ignore findings; so do managers.
  const canIgnore = (project.data?.myRoles ?? []).some(
    (r) => r.role === 'manager' || ((r.role === 'translator' || r.role === 'reviewer') && r.language === lang),
  );
  const rowById = useMemo(() => new Map((rows.data ?? []).map((r) => [r.id, r])), [rows.data]);
  const visible = useMemo(() => (report.data ?? []).filter((f) => showIgnored || !f.ignored), [report.data, showIgnored]);
  const groups = useMemo(() => groupBySegment(visible), [visible]);

  if (!parsedLang.success) return <ErrorMessage error={new Error(rawLang)} />;
  if (report.isPending || document.isPending) return <Loading />;
  if (report.error) return <ErrorMessage error={report.error} />;
  if (document.error) return <ErrorMessage error={document.error} />;

  const open = report.data.filter((f) => !f.ignored);
  const errors = open.filter((f) => f.severity === 'error').length;
  const editorPath = `/documents/${documentId}/${lang}`;
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '');

  return (
    <main className="page qa-report" data-testid="qa-report-page">
      <div className="page__head">
        <div>
          <Link to={editorPath} className="muted small">
            ← {t('qa:report.back')}
          </Link>
          <h1>{t('qa:report.title')}</h1>
          <p className="muted">{t('qa:report.subtitle', { document: document.data.title, language: t(`common:language.${lang}`) })}</p>
        </div>
      </div>
      <div className="page__main">
        <p className="qa-report__summary" data-testid="qa-summary" data-errors={errors}>
          {open.length === 0
            ? t('qa:report.clean')
            : t('qa:report.summary', { errors, warnings: open.length - errors, segments: new Set(open.map((f) => f.segmentId)).size })}
        </p>
        <label className="check">
          <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} data-testid="show-ignored" />
          <span>{t('qa:report.showIgnored')}</span>
        </label>
        <ErrorMessage error={toggle.error} />
        <ol className="qa-report__segments">
          {groups.map((group) => (
            <SegmentFindings
              key={group.segmentId}
              group={group}
              row={rowById.get(group.segmentId)}
              lang={lang}
              editorPath={editorPath}
              busy={toggle.isPending}
              canIgnore={canIgnore}
              onToggle={(f) => toggle.mutate({ segmentId: f.segmentId, ignore: !f.ignored, request: { language: lang, code: f.code } })}
              when={when}
            />
          ))}
        </ol>
      </div>
    </main>
  );
}

interface SegmentFindingsProps {
  group: SegmentGroup;
  row: SegmentRow | undefined;
  lang: string;
  editorPath: string;
  busy: boolean;
  canIgnore: boolean;
  onToggle: (finding: QaReportFinding) => void;
  when: (iso: string | null) => string;
}

function SegmentFindings({ group, row, lang, editorPath, busy, canIgnore, onToggle, when }: SegmentFindingsProps) {
  const { t } = useTranslation();
  const number = segmentNumber(group.index);
  const target = row?.translation?.text ?? '';
  return (
    <li className="qa-report__segment" data-testid="qa-report-segment" data-segment-id={group.segmentId}>
      <div className="qa-report__segment-head">
        <Link to={`${editorPath}?segment=${group.segmentId}`} aria-label={t('qa:report.openSegment', { number })} className="qa-report__number">
          #{number}
        </Link>
        {row && <span className="qa-report__source">{row.source}</span>}
      </div>
      <ul className="qa-report__findings">
        {group.findings.map((f, i) => (
          <li
            key={`${f.code}-${f.start}-${i}`}
            className={`qa-report__finding${f.ignored ? ' qa-report__finding--ignored' : ''}`}
            data-testid="qa-report-finding"
            data-code={f.code}
            data-ignored={f.ignored || undefined}
          >
            <SeverityIcon severity={f.severity} />
            <span className="qa-report__check">{t(`qa:code.${f.code}`)}</span>
            <span className="qa-report__message">
              {findingMessage(t, f)}
              {target && <FindingSpot text={target} start={f.start} end={f.end} lang={lang} />}
              {f.ignored && f.ignoredBy && <span className="muted small"> {t('qa:report.ignoredBy', { name: f.ignoredBy, when: when(f.ignoredAt) })}</span>}
            </span>
            {canIgnore && (
              <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => onToggle(f)} data-testid="qa-toggle-ignore">
                {f.ignored ? t('qa:report.unignore') : t('qa:report.ignore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
