import { languageSchema, type Language } from '@interlinea/shared';
import { z } from 'zod';

const KEY_PREFIX = 'interlinea.gridEditions.';
const storedSchema = z.array(languageSchema).max(2);

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The editions a translator chose to see side by side, per person and project, kept in this browser
 * (a choice of view, not of content: another browser starts with the page's edition alone).
 */
export const gridEditionsStore = {
  read(userId: string | undefined, projectId: string): Language[] | null {
    try {
      const raw = storage()?.getItem(`${KEY_PREFIX}${userId ?? '-'}.${projectId}`);
      const parsed = raw ? storedSchema.safeParse(JSON.parse(raw)) : null;
      return parsed?.success ? parsed.data : null;
    } catch {
      return null;
    }
  },
  write(userId: string | undefined, projectId: string, editions: readonly Language[]): void {
    try {
      storage()?.setItem(`${KEY_PREFIX}${userId ?? '-'}.${projectId}`, JSON.stringify(editions));
    } catch {
      // storage full or blocked: the choice lasts until the page is left
    }
  },
};
