import type { InlineCodeInfo } from '@interlinea/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeToken } from '../utils/chip-look';

/** The tooltip of a chip: what its code stands for ("bold", "link → https://…"), from the segment's codes. */
export function useChipTitle(codes: readonly InlineCodeInfo[]): (token: CodeToken) => string {
  const { t } = useTranslation();
  return useCallback(
    (token: CodeToken) => {
      const code = codes.find((c) => c.id === token.id);
      if (!code) return t('editor:codes.unknown', { token: token.token });
      if (token.type === 'open') return t('editor:codes.open', { title: code.title, token: token.token });
      if (token.type === 'close') return t('editor:codes.close', { title: code.title, token: token.token });
      return t('editor:codes.standalone', { title: code.title, token: token.token });
    },
    [codes, t],
  );
}
