import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const KEY_NAMES = ['Ctrl', 'Alt', 'Shift', 'Insert', 'Delete', 'Esc', 'Enter'] as const;
/** Keys named in the grid's own namespace (German keyboards: Pos1, Ende). */
const GRID_KEY_NAMES = ['Home', 'End'] as const;

/** A key combination in the UI's language: German keyboards say Strg, Entf, Einfg, Umschalt. */
export function useKeyLabel(): (combo: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (combo: string) =>
      combo
        .split('+')
        .map((key) => {
          if ((KEY_NAMES as readonly string[]).includes(key)) return t(`review:keys.${key}`);
          if ((GRID_KEY_NAMES as readonly string[]).includes(key)) return t(`grid:keys.${key}`);
          return key;
        })
        .join('+'),
    [t],
  );
}
