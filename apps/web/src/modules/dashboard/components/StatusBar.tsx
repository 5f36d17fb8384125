import type { EditionDashboard } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';

const ORDER = ['approved', 'translated', 'draft', 'rejected', 'untranslated'] as const;

/** The edition's words by status as one stacked bar (SVG: widths are attributes, no inline styles). */
export function StatusBar({ edition }: { edition: EditionDashboard }) {
  const { t } = useTranslation();
  const total = Math.max(edition.words, 1);
  let x = 0;
  const parts = ORDER.map((status) => {
    const width = (edition[status].words / total) * 100;
    const part = { status, x, width };
    x += width;
    return part;
  });
  const label = ORDER.filter((s) => edition[s].words > 0)
    .map((s) => `${t(`dashboard:status.${s}`)}: ${edition[s].words.toLocaleString()}`)
    .join(', ');
  return (
    <svg className="status-bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={label || t('dashboard:status.untranslated')}>
      <rect className="status-bar__track" x={0} y={0} width={100} height={6} />
      {parts.map(
        (p) => p.width > 0 && <rect key={p.status} className={`status-bar__part status-bar__part--${p.status}`} x={p.x} y={0} width={p.width} height={6} />,
      )}
    </svg>
  );
}
