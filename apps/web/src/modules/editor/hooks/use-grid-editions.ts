import type { Language } from '@interlinea/shared';
import { useCallback, useMemo, useState } from 'react';
import { gridEditions, withSecondEdition } from '../utils/grid-columns';
import { gridEditionsStore } from '../utils/grid-editions-store';

export interface GridEditions {
  /** The editions shown beside the source, left to right; always holds the page's edition. */
  shown: Language[];
  /** The edition shown beside the page's one, if any. */
  second: Language | null;
  /** Shows another edition beside the page's one (null: none), and remembers it for this project. */
  choose: (second: Language | null) => void;
}

/** Which editions the grid shows, as this translator last chose them in this project. */
export function useGridEditions(userId: string | undefined, projectId: string, lang: Language, projectEditions: readonly Language[]): GridEditions {
  const owner = `${userId ?? '-'}.${projectId}`;
  const [stored, setStored] = useState(() => ({ owner, editions: gridEditionsStore.read(userId, projectId) }));
  // The person or project became known (or changed): their own choice applies.
  if (stored.owner !== owner) setStored({ owner, editions: gridEditionsStore.read(userId, projectId) });
  const remembered = stored.owner === owner ? stored.editions : null;
  const shown = useMemo(() => gridEditions(lang, projectEditions, remembered), [lang, projectEditions, remembered]);
  const choose = useCallback(
    (second: Language | null) => {
      const next = withSecondEdition(shown, lang, second);
      setStored({ owner, editions: next });
      gridEditionsStore.write(userId, projectId, next);
    },
    [shown, lang, userId, projectId, owner],
  );
  return { shown, second: shown.find((l) => l !== lang) ?? null, choose };
}
