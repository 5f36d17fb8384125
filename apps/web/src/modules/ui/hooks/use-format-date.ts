import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats an ISO time in the UI language (Intl), e.g. "12 Mar 2025, 14:05" / "12 мар. 2025 г., 14:05". */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [i18n.language]);
}
