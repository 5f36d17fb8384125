import type { Me, UiLanguage } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../../api/auth-api';
import { meQueryKey } from '../../session';

/** Switches the UI language now; when someone is signed in, also stores it as their preference. */
export function useChangeUiLanguage(): (language: UiLanguage) => void {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    (language: UiLanguage) => {
      void i18n.changeLanguage(language);
      const me = queryClient.getQueryData<Me>(meQueryKey);
      if (!me || me.uiLanguage === language) return;
      queryClient.setQueryData<Me>(meQueryKey, { ...me, uiLanguage: language });
      authApi.updateMe({ uiLanguage: language }).then(
        (updated) => queryClient.setQueryData(meQueryKey, updated),
        () => queryClient.setQueryData(meQueryKey, me),
      );
    },
    [i18n, queryClient],
  );
}
