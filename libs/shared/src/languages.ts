import { z } from 'zod';

/** The languages Interlinea edits today: sources and editions. */
export const LANGUAGES = ['ru', 'en', 'de'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Languages the user interface is offered in. */
export const UI_LANGUAGES = ['en', 'ru', 'de'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;
