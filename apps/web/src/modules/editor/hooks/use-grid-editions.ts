import type { Language, UserPreferences } from '@interlinea/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { preferencesApi } from '../../../api/preferences-api';
import { PREFERENCES_KEY, preferencesQuery } from '../utils/editor-queries';
import { gridEditions, withGridEditions, withSecondEdition } from '../utils/grid-columns';

export interface GridEditions {
  /** The editions shown beside the source, left to right; always holds the page's edition. */
  shown: Language[];
  /** The edition shown beside the page's one, if any. */
  second: Language | null;
  /** Shows another edition beside the page's one (null: none), and remembers it for this project. */
  choose: (second: Language | null) => void;
}

/**
 * Which editions the grid shows, as this person last chose them in this project: kept on the server
 * (`/api/me/preferences`), so the choice follows them to another browser. Until it has come (or when
 * it cannot be read) the page's edition shows alone.
 */
export function useGridEditions(projectId: string, lang: Language, projectEditions: readonly Language[]): GridEditions {
  const client = useQueryClient();
  const preferences = useQuery(preferencesQuery());
  const remembered = projectId ? (preferences.data?.gridEditions[projectId] ?? null) : null;
  // Before the project has come, the remembered editions are taken as they are: the second edition's
  // segments then load beside the first from the start (an edition the project no longer has drops out after).
  const shown = useMemo(
    () => gridEditions(lang, projectEditions.length > 0 ? projectEditions : (remembered ?? []), remembered),
    [lang, projectEditions, remembered],
  );
  const choose = useCallback(
    (second: Language | null) => {
      if (!projectId) return;
      const next = withGridEditions(client.getQueryData<UserPreferences>(PREFERENCES_KEY), projectId, withSecondEdition(shown, lang, second));
      // shown at once; the server keeps it for next time (a failed write only loses the memory of the choice)
      client.setQueryData(PREFERENCES_KEY, next);
      preferencesApi.put(next).catch((cause: unknown) => console.warn('grid editions not remembered', cause));
    },
    [client, projectId, shown, lang],
  );
  return { shown, second: shown.find((l) => l !== lang) ?? null, choose };
}
