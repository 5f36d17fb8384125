import type { Language, UnapprovedPolicy } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { publishingApi } from '../../../api/publishing-api';
import { segmentNumber, StatusBadge } from '../../ui';

interface ExportPreviewWarningProps {
  documentId: string;
  lang: Language;
  unapproved: UnapprovedPolicy;
}

/**
 * Before an export that uses the current translations: how many rejected and unreviewed translations
 * would be published as they stand, each listed with a link that opens it in the editor.
 */
export function ExportPreviewWarning({ documentId, lang, unapproved }: ExportPreviewWarningProps) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: ['export-preview', documentId, lang, unapproved],
    queryFn: ({ signal }) => publishingApi.preview(documentId, lang, unapproved, signal),
  });
  if (preview.isPending) return <p className="muted small">{t('publishing:preview.checking')}</p>;
  if (preview.error) return null;
  const { rejected, unreviewed, untranslated, items } = preview.data;
  const language = t(`common:language.${lang}`);
  if (unapproved !== 'translation') return null;
  const outgoing = items.filter((i) => i.text !== null);
  if (outgoing.length === 0)
    return (
      <p className="export-preview export-preview--clean small" data-testid="export-preview" data-rejected={0} data-unreviewed={0}>
        ✓ {t('publishing:preview.clean', { language })}
        {untranslated > 0 && ` ${t('publishing:preview.untranslated', { count: untranslated })}`}
      </p>
    );
  return (
    <div className="export-preview" role="status" data-testid="export-preview" data-rejected={rejected} data-unreviewed={unreviewed}>
      <p>
        <strong>{t('publishing:preview.warning', { language })}</strong> {t('publishing:preview.rejected', { count: rejected })},{' '}
        {t('publishing:preview.unreviewed', { count: unreviewed })}.{untranslated > 0 && ` ${t('publishing:preview.untranslated', { count: untranslated })}`}
      </p>
      <ol className="export-preview__list">
        {outgoing.map((item) => (
          <li key={item.segmentId} data-testid="export-preview-segment" data-reason={item.reason}>
            <Link
              to={`/documents/${encodeURIComponent(documentId)}/${lang}?segment=${encodeURIComponent(item.segmentId)}`}
              className="export-preview__link"
              aria-label={t('publishing:preview.open', { number: segmentNumber(item.index) })}
            >
              #{segmentNumber(item.index)}
            </Link>
            <span className="export-preview__text" lang={lang}>
              {item.text}
            </span>
            <StatusBadge status={item.status} />
          </li>
        ))}
      </ol>
    </div>
  );
}
