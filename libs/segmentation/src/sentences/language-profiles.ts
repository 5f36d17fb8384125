import { LanguageProfile } from './language-profile';
import { ENGLISH } from './profiles/english';
import { GERMAN } from './profiles/german';
import { RUSSIAN } from './profiles/russian';
import { isSegmentationLanguage, SegmentationLanguage } from './segmentation-language';

const PROFILES: Record<SegmentationLanguage, LanguageProfile> = { en: ENGLISH, de: GERMAN, ru: RUSSIAN };

export function languageProfile(language: SegmentationLanguage): LanguageProfile {
  if (!isSegmentationLanguage(language)) {
    throw new RangeError(`No segmentation rules for language "${String(language)}" (expected one of: ru, en, de)`);
  }
  return PROFILES[language];
}
