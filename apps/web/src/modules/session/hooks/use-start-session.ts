import type { SessionResponse } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryKey } from '../utils/me-query-key';

/** After login, setup or accepting an invitation: remember the user and apply their UI language. */
export function useStartSession(): (session: SessionResponse) => void {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useCallback(
    (session: SessionResponse) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, session.user);
      if (i18n.language !== session.user.uiLanguage) void i18n.changeLanguage(session.user.uiLanguage);
    },
    [queryClient, i18n],
  );
}
