import type { DailyActivity, Language } from '@interlinea/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { activitySeries } from '../utils/chart-series';

/** One colour per edition (the translated line solid, the approved line dashed in the same colour). */
const EDITION_COLOURS: Record<Language, string> = { ru: '#b03a2e', en: '#1e63c9', de: '#b7791f' };
const HEIGHT = 260;

interface ActivityChartProps {
  daily: DailyActivity[];
  languages: Language[];
  from: string;
  to: string;
}

/**
 * Words translated and approved per day and edition, drawn on a canvas by uPlot (small, no inline
 * styles or scripts that the Content-Security-Policy would block). Resizes with its container.
 */
export function ActivityChart({ daily, languages, from, to }: ActivityChartProps) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const series = useMemo(() => activitySeries(daily, languages, from, to), [daily, languages, from, to]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 320),
      height: HEIGHT,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil(max * 1.1))] } },
      axes: [
        { values: (_u, ticks) => ticks.map((tick) => dateFormat.format(new Date(tick * 1000))), stroke: '#5d6877', grid: { stroke: '#eceef1' } },
        { stroke: '#5d6877', grid: { stroke: '#eceef1' }, size: 50 },
      ],
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      series: [
        { value: (_u, value) => (value == null ? '' : dateFormat.format(new Date(value * 1000))) },
        ...series.editions.flatMap(({ language }) => {
          const name = t(`common:language.${language}`);
          const stroke = EDITION_COLOURS[language];
          return [
            { label: t('dashboard:chart.translated', { language: name }), stroke, width: 2, points: { show: true, size: 5 } },
            { label: t('dashboard:chart.approved', { language: name }), stroke, width: 2, dash: [6, 4], points: { show: true, size: 5 } },
          ];
        }),
      ],
    };
    const data: uPlot.AlignedData = [series.days, ...series.editions.flatMap((e) => [e.translated, e.approved])];
    let chart: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    let cancelled = false;
    // loaded with the page that needs it: the rest of the app does not carry the charting library
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const plot = new UPlot(options, data, element);
      chart = plot;
      resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 320), height: HEIGHT }));
      resize.observe(element);
    });
    return () => {
      cancelled = true;
      resize?.disconnect();
      chart?.destroy();
    };
  }, [series, t, i18n.language]);

  const totals = series.editions.reduce(
    (sum, e) => ({ translated: sum.translated + e.translated.reduce((a, b) => a + b, 0), approved: sum.approved + e.approved.reduce((a, b) => a + b, 0) }),
    { translated: 0, approved: 0 },
  );
  return (
    <figure className="activity-chart" data-testid="activity-chart" data-translated={totals.translated} data-approved={totals.approved}>
      <div ref={container} className="activity-chart__plot" role="img" aria-label={t('dashboard:chart.label', { from, to })} />
      <figcaption className="muted small">
        {totals.translated + totals.approved === 0 ? t('dashboard:chart.empty') : t('dashboard:chart.total', totals)}
      </figcaption>
    </figure>
  );
}
