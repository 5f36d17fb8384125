/**
 * What a language contributes to sentence segmentation: its abbreviations and the words that
 * typically open a sentence. Abbreviations are written lower-case, without the final full stop;
 * a multi-part abbreviation keeps its inner stops and loses its spaces (`z. B.` → `z.b`).
 */
export interface LanguageProfile {
  /** Abbreviations a sentence never ends with (titles before a name, `z. B.`, `ул.`). */
  readonly neverFinal: ReadonlySet<string>;
  /** Abbreviations that may end a sentence (`etc.`, `usw.`, `т. д.`): see `afterMayBeFinal`. */
  readonly mayBeFinal: ReadonlySet<string>;
  /** Abbreviations that stand before a number (`No. 5`, `S. 225`, `стр. 12`). */
  readonly beforeNumber: ReadonlySet<string>;
  /**
   * After an abbreviation that may end a sentence, what says a new sentence starts:
   * `sentence-starter` — the next word is one of `sentenceStarters` (en, de: capitalised names
   * and, in German, every noun follow abbreviations inside a sentence);
   * `capital` — any capitalised word that is not an initial (ru: nouns are lower-case).
   */
  readonly afterMayBeFinal: 'sentence-starter' | 'capital';
  /** Closed-class words (pronouns, articles, conjunctions…) that open sentences, lower-case. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Words a sentence does not end with (articles, prepositions, conjunctions): a line ending with one goes on. */
  readonly continuations: ReadonlySet<string>;
  /** Nouns are capitalised (German): a capital after a line break does not show a new sentence. */
  readonly capitalisedNouns?: boolean;
  /**
   * Titles written before a name (`Mr.`, `Dr.`). After an abbreviation that may end a sentence a
   * title opens the next sentence ("… at 6 P.M. Mr. Smith then went"), unless all the sentence has
   * so far is a short opening phrase led by one of `openingPrepositions` ("At 5 a.m. Mr. Smith went").
   */
  readonly titles?: ReadonlySet<string>;
  /**
   * Abbreviations that follow a number and may then end a sentence before a capitalised word
   * (ru `г.` «год»: "в 1992 г. Он…"); elsewhere they never do ("в г. Москве").
   */
  readonly afterNumber?: ReadonlySet<string>;
  /** Abbreviations that may end a sentence only after one of the given words ("и пр." but "пр. Мира"). */
  readonly finalAfter?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Endings of abbreviated compounds that stand before a number (`Hauptstr. 5`, `Bahnhofstr. 12`). */
  readonly beforeNumberEndings?: readonly string[];
  readonly openingPrepositions?: ReadonlySet<string>;
  /** Ordinal numbers written `3.` (German): the words that show a number is an ordinal. */
  readonly ordinals?: {
    /** Words before an ordinal: articles, contracted prepositions (`am`, `vom`), possessives. */
    readonly before: ReadonlySet<string>;
    /** Words after an ordinal: months and nouns counted by ordinals (`Jahrhundert`, `Mal`). */
    readonly after: ReadonlySet<string>;
  };
}

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word.length > 0));
}
