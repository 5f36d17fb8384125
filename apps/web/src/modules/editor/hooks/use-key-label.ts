import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const KEY_NAMES = ['Ctrl', 'Alt', 'Shift', 'Insert', 'Delete', 'Esc', 'Enter'] as const;

/** A key combination in the UI's language: German keyboards say Strg, Entf, Einfg, Umschalt. */
export function useKeyLabel(): (combo: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (combo: string) =>
      combo
        .split('+')
        .map((key) => ((KEY_NAMES as readonly string[]).includes(key) ? t(`review:keys.${key}`) : key))
        .join('+'),
    [t],
  );
}
