import type { Language, Translation } from '@interlinea/shared';

/** "RU v1" / "EN v3": what a translation was made from, short (null: unknown, as for texts older than provenance). */
export function originLabel(translation: Pick<Translation, 'fromLanguage' | 'fromVersion'> | null | undefined): string | null {
  if (!translation?.fromLanguage) return null;
  return `${translation.fromLanguage.toUpperCase()} v${translation.fromVersion ?? 1}`;
}

/** Whether the origin is the project's source (else a pivot edition). */
export const isSourceOrigin = (fromLanguage: Language | null | undefined, sourceLanguage: Language): boolean =>
  !fromLanguage || fromLanguage === sourceLanguage;
