import { UI_LANGUAGES, type UiLanguage } from '@interlinea/shared';

const SUPPORTED = new Set<string>(UI_LANGUAGES);

/**
 * The language of an error message: the signed-in person's interface language, else the best of
 * `Accept-Language` we speak (q-values respected, `ru-RU` counts as `ru`), else English.
 */
export function errorLocale(preference: UiLanguage | undefined, acceptLanguage: string | undefined): UiLanguage {
  if (preference && SUPPORTED.has(preference)) return preference;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0], weight: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => SUPPORTED.has(r.language) && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return (ranked[0]?.language as UiLanguage | undefined) ?? 'en';
}
