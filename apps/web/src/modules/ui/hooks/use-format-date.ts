import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** One formatter per UI language: making an Intl.DateTimeFormat is slow, and every grid row formats dates. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: string): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format;
}

/** Formats an ISO time in the UI language (Intl), e.g. "12 Mar 2025, 14:05" / "12 мар. 2025 г., 14:05". */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = formatFor(i18n.language);
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [i18n.language]);
}
