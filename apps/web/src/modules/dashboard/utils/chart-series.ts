import type { DailyActivity, Language } from '@interlinea/shared';

const DAY_SECONDS = 24 * 60 * 60;

/** The chart's data: one x per day (UTC midnight, in seconds), and per edition the words translated and approved that day. */
export interface ActivitySeries {
  days: number[];
  editions: Array<{ language: Language; translated: number[]; approved: number[] }>;
}

/** Every day from `from` to `to` (inclusive, `YYYY-MM-DD`), days without activity at 0, one pair of series per edition. */
export function activitySeries(daily: DailyActivity[], languages: Language[], from: string, to: string): ActivitySeries {
  const start = Date.parse(`${from}T00:00:00Z`) / 1000;
  const end = Date.parse(`${to}T00:00:00Z`) / 1000;
  const days: number[] = [];
  for (let day = start; day <= end; day += DAY_SECONDS) days.push(day);
  const editions = languages.map((language) => ({ language, translated: days.map(() => 0), approved: days.map(() => 0) }));
  for (const row of daily) {
    const index = Math.round((Date.parse(`${row.day}T00:00:00Z`) / 1000 - start) / DAY_SECONDS);
    const edition = editions.find((e) => e.language === row.language);
    if (!edition || index < 0 || index >= days.length) continue;
    edition.translated[index] += row.translatedWords;
    edition.approved[index] += row.approvedWords;
  }
  return { days, editions };
}
