import { MAX_PREFERENCE_PROJECTS, type Language, type UserPreferences } from '@interlinea/shared';

/** The most editions the grid shows beside the source. */
export const MAX_EDITION_COLUMNS = 2;

/**
 * The editions the grid shows, left to right, for the edition being edited (`lang`, the page's
 * edition): the translator's remembered choice when it holds `lang`, else `lang` with the first other
 * remembered edition (or none) after it. Editions no longer in the project drop out; never more than two.
 */
export function gridEditions(lang: Language, projectEditions: readonly Language[], remembered: readonly Language[] | null): Language[] {
  const valid = (remembered ?? []).filter((l, i, all) => projectEditions.includes(l) && all.indexOf(l) === i);
  if (valid.includes(lang)) {
    const second = valid.find((l) => l !== lang);
    return second ? valid.filter((l) => l === lang || l === second) : [lang];
  }
  const second = valid.find((l) => l !== lang);
  return second ? [lang, second] : [lang];
}

/** The choice to remember after the translator picks `second` (or none) beside `lang`, keeping the order they had. */
export function withSecondEdition(shown: readonly Language[], lang: Language, second: Language | null): Language[] {
  if (!second || second === lang) return [lang];
  const secondWasLeft = shown.indexOf(second) >= 0 && shown.indexOf(second) < shown.indexOf(lang);
  return secondWasLeft ? [second, lang] : [lang, second];
}

/** The edition column `delta` steps from `current` (Alt+← / Alt+→); the same one at either end. */
export function stepColumn(shown: readonly Language[], current: Language, delta: 1 | -1): Language {
  const at = shown.indexOf(current);
  if (at < 0) return shown[0] ?? current;
  return shown[Math.min(shown.length - 1, Math.max(0, at + delta))];
}

/** The person's preferences with one project's grid editions set (the project moves to the end: the oldest drop off first). */
export function withGridEditions(preferences: UserPreferences | undefined, projectId: string, editions: Language[]): UserPreferences {
  const others = Object.entries(preferences?.gridEditions ?? {}).filter(([id]) => id !== projectId);
  const kept = others.slice(Math.max(0, others.length - (MAX_PREFERENCE_PROJECTS - 1)));
  return { ...preferences, gridEditions: Object.fromEntries([...kept, [projectId, editions]]) };
}
