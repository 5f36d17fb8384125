import { activitySeries } from './chart-series';

describe('activitySeries', () => {
  it('gives every day of the period a value per edition, days without activity at 0', () => {
    const series = activitySeries(
      [
        { day: '2026-11-30', language: 'ru', translatedWords: 9, approvedWords: 0 },
        { day: '2026-12-02', language: 'ru', translatedWords: 3, approvedWords: 5 },
        { day: '2026-12-02', language: 'de', translatedWords: 5, approvedWords: 0 },
        { day: '2026-10-01', language: 'de', translatedWords: 99, approvedWords: 99 },
      ],
      ['ru', 'de'],
      '2026-11-30',
      '2026-12-03',
    );
    expect(series.days.map((d) => new Date(d * 1000).toISOString().slice(0, 10))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    expect(series.editions).toEqual([
      { language: 'ru', translated: [9, 0, 3, 0], approved: [0, 0, 5, 0] },
      { language: 'de', translated: [0, 0, 5, 0], approved: [0, 0, 0, 0] },
    ]);
  });
});
