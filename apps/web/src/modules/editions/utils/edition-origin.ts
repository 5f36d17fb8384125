import type { Language, SegmentRow } from '@interlinea/shared';
import { workingFrom } from './working-from';

/**
 * What a save says it was made from. When the translator works from a pivot edition (chosen in the
 * side panel, or a pivot column), saves carry `fromLanguage` for the segments whose pivot has a
 * text, as loaded; the server checks it again (400 otherwise). Other saves are from the source.
 */
class EditionOrigin {
  private readonly pivotTexts = new Map<string, Map<string, string>>();

  /** The pivot edition's texts, as the page loaded them. */
  rememberPivot(documentId: string, pivot: Language, rows: readonly SegmentRow[]): void {
    const texts = new Map<string, string>();
    for (const row of rows) if (row.translation?.text) texts.set(row.id, row.translation.text);
    this.pivotTexts.set(`${documentId}:${pivot}`, texts);
  }

  pivotText(documentId: string, pivot: Language, segmentId: string): string | undefined {
    return this.pivotTexts.get(`${documentId}:${pivot}`)?.get(segmentId);
  }

  /** `fromLanguage` for a save of this segment (undefined: the source). */
  fromLanguageFor(documentId: string, lang: Language, segmentId: string): Language | undefined {
    const pivot = workingFrom.get(documentId, lang);
    if (!pivot || pivot === lang) return undefined;
    return this.pivotText(documentId, pivot, segmentId) ? pivot : undefined;
  }
}

/** The one record of the page. */
export const editionOrigin = new EditionOrigin();
