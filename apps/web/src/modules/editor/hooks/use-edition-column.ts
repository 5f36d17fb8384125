import type { Language, SegmentRow, Translation } from '@interlinea/shared';
import { useMemo } from 'react';
import { useEditionDrafts, type EditionDrafts } from './use-edition-drafts';
import { useSegmentSaving, type SegmentSaving } from './use-segment-saving';
import { useTranslationSaver, type TranslationSaver } from './use-translation-saver';

/** A second edition shown beside the page's one: its translations, unsaved text and saving. */
export interface EditionColumn {
  lang: Language;
  canTranslate: boolean;
  /** Its translation per segment id; null until its segment list has come. */
  translations: ReadonlyMap<string, Translation | null> | null;
  drafts: EditionDrafts;
  saver: TranslationSaver;
  saving: SegmentSaving;
}

interface EditionColumnOptions {
  documentId: string;
  /** The edition, or null when only the page's edition is shown. */
  lang: Language | null;
  /** Its segment list (undefined while loading). */
  rows: SegmentRow[] | undefined;
  complete: boolean;
  canTranslate: boolean;
  onNotice: (message: string) => void;
}

const NO_ROWS: ReadonlyMap<string, SegmentRow> = new Map();

/**
 * The second edition column. Saves go the same way as the page's edition (`useTranslationSaver` with
 * this language: versions, conflicts, drafts kept in this browser until the server has them).
 */
export function useEditionColumn({ documentId, lang, rows, complete, canTranslate, onNotice }: EditionColumnOptions): EditionColumn | null {
  const rowById = useMemo(() => (rows ? new Map(rows.map((r) => [r.id, r])) : NO_ROWS), [rows]);
  const translations = useMemo(() => (rows ? new Map(rows.map((r) => [r.id, r.translation])) : null), [rows]);
  // Hooks run whether or not a second edition is shown; without one they hold an edition of nothing.
  const edition = lang ? `${documentId}:${lang}` : `${documentId}:-`;
  const drafts = useEditionDrafts(edition, rowById, complete && rows !== undefined);
  const saver = useTranslationSaver(documentId, lang ?? 'en');
  const saving = useSegmentSaving({ saver, drafts, canTranslate: canTranslate && lang !== null, onNotice });
  return useMemo(() => (lang ? { lang, canTranslate, translations, drafts, saver, saving } : null), [lang, canTranslate, translations, drafts, saver, saving]);
}
