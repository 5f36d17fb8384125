import type { Language } from '@interlinea/shared';

/** Where the text in a segment came from, when the translator took a suggestion. */
export interface Provenance {
  origin: 'tm' | 'mt';
  /** The suggestion as offered: the server compares it with what is saved (post-editing effort). */
  suggestion: string;
  /** A memory match's score, kept in the history. */
  score?: number;
  /** The MT engine, kept in the history. */
  engine?: string;
  /** The memory unit of the match: the memory counts how often each unit is inserted. */
  unitId?: number;
  /** MT through a pivot edition: the translation is recorded as made from it. */
  fromLanguage?: Language;
}

/**
 * Suggestions taken per segment (keyed by edition `documentId:lang`), until the segment is confirmed:
 * every save in between carries `origin` and `suggestion`, so the server can tell an MT text kept as
 * it was from one a person changed.
 */
class SuggestionProvenance {
  private readonly taken = new Map<string, Provenance>();

  record(edition: string, segmentId: string, provenance: Provenance): void {
    this.taken.set(`${edition}/${segmentId}`, provenance);
  }

  get(edition: string, segmentId: string): Provenance | undefined {
    return this.taken.get(`${edition}/${segmentId}`);
  }

  forget(edition: string, segmentId: string): void {
    this.taken.delete(`${edition}/${segmentId}`);
  }

  clearAll(): void {
    this.taken.clear();
  }
}

/** The one provenance record of the page. */
export const suggestionProvenance = new SuggestionProvenance();
