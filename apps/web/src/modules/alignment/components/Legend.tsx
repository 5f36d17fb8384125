import { useTranslation } from 'react-i18next';
import { BANDS, BAND_MARK } from '../utils/confidence';

/** What the row colours mean; each band also has its mark and word. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <div className="align-legend" data-testid="alignment-legend">
      <span className="muted small">{t('alignment:legend.title')}:</span>
      {BANDS.map((band) => (
        <span key={band} className={`band band--${band}`}>
          <span aria-hidden="true">{BAND_MARK[band]}</span> {t(`alignment:legend.${band}`)}
          {band === 'sure' && ' ≥ 70 %'}
          {band === 'check' && ' 40–69 %'}
          {band === 'doubtful' && ' < 40 %'}
        </span>
      ))}
    </div>
  );
}
