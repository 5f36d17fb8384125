/** TMX as Interlinea reads and writes it: units of language variants, inline codes as `{n}` in the text. */
export interface TmxProp {
  type: string;
  value: string;
}

/** One native inline element of a segment, kept to write it back. */
export interface TmxCode {
  id: number;
  element: 'bpt' | 'ept' | 'ph' | 'it' | 'ut' | 'hi';
  attributes: Record<string, string>;
  /** The native code inside the element (e.g. `<b>`), as text. */
  content: string;
}

export interface TmxVariant {
  /** Primary language subtag, lower case: `en` for `EN-US`. */
  language: string;
  /** The language tag as the file wrote it. */
  locale: string;
  text: string;
  codes: TmxCode[];
  props: TmxProp[];
  notes: string[];
  attributes: Record<string, string>;
}

export interface TmxUnit {
  tuid: string | null;
  attributes: Record<string, string>;
  props: TmxProp[];
  notes: string[];
  variants: TmxVariant[];
}

export interface TmxHeader {
  srcLang: string | null;
  attributes: Record<string, string>;
}
