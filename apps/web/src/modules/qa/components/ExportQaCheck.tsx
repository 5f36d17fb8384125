import type { Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { useQaReport } from '../hooks/use-qa-report';
import { QaReportLink } from './QaReportLink';
import { SeverityIcon } from './SeverityIcon';

interface ExportQaCheckProps {
  documentId: string;
  lang: Language;
  override: boolean;
  onOverride: (override: boolean) => void;
  /** The override's label where it is not an export (publishing). */
  overrideLabel?: string;
}

/** In the export dialog: the edition's open QA errors, and the explicit override needed to export with them. */
export function ExportQaCheck({ documentId, lang, override, onOverride, overrideLabel }: ExportQaCheckProps) {
  const { t } = useTranslation();
  const { report } = useQaReport(documentId, lang);
  if (report.isPending) return <p className="muted small">{t('qa:export.checking')}</p>;
  if (report.error) return <p className="muted small">{t('qa:export.unavailable', { reason: report.error.message })}</p>;
  const errors = report.data.filter((f) => f.severity === 'error' && !f.ignored).length;
  if (errors === 0)
    return (
      <p className="export-qa export-qa--clean small" data-testid="export-qa" data-errors={0}>
        ✓ {t('qa:export.none')}
      </p>
    );
  return (
    <div className="export-qa export-qa--errors" role="alert" data-testid="export-qa" data-errors={errors}>
      <p>
        <SeverityIcon severity="error" /> {t('qa:export.errors', { count: errors })} <QaReportLink documentId={documentId} lang={lang} className="" />
      </p>
      <label className="check">
        <input type="checkbox" checked={override} onChange={(e) => onOverride(e.target.checked)} data-testid="export-qa-override" />
        <span>{overrideLabel ?? t('qa:export.override')}</span>
      </label>
    </div>
  );
}
