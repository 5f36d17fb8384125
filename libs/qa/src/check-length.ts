import { finding, type QaFinding, type QaLanguage, type QaSegment } from './finding';
import { visibleText } from './masked-text';

/** The usual length of a translation, as a share of its source's (characters), per language pair. */
const USUAL_RATIO: Record<QaLanguage, Record<QaLanguage, number>> = {
  en: { en: 1, de: 1.2, ru: 1.12 },
  de: { en: 0.85, de: 1, ru: 0.95 },
  ru: { en: 0.9, de: 1.05, ru: 1 },
};

/** Sources shorter than this are not measured: "OK" → "Einverstanden" is fine. */
export const LENGTH_MIN_SOURCE = 20;

/**
 * LENGTH: a target far shorter or longer than translations of that language pair usually are
 * (half or under, or twice and over the usual ratio; a wider band for sentences under 60 characters).
 */
export function checkLength({ source, target, sourceLanguage, targetLanguage }: QaSegment): QaFinding[] {
  const from = visibleText(source).length;
  const to = visibleText(target).length;
  if (from < LENGTH_MIN_SOURCE || to === 0) return [];
  const usual = USUAL_RATIO[sourceLanguage]?.[targetLanguage] ?? 1;
  const ratio = to / from;
  const band = from < 60 ? 2.5 : 2;
  if (ratio >= usual / band && ratio <= usual * band) return [];
  return [finding('LENGTH', 'warning', 0, target.length, { ratio: Math.round(ratio * 100), usual: Math.round(usual * 100) })];
}
