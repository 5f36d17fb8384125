import { latinKey } from './normalize';
import { RawFeature } from './features';

// A bilingual dictionary (hunalign's idea): a word of the left edition whose dictionary translation occurs
// in a right sentence is an anchor between the two. Words are compared by a crude stem that needs no
// knowledge of the language (Latin key, first six letters), so that "Gipfels" finds the entry "Gipfel",
// "sommets" the translation "sommet" and "документы" the translation "документ".

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const STEM_LETTERS = 6;
const MIN_LETTERS = 3;
/** A headword with more translations than this is too vague to place a sentence. */
const MAX_TRANSLATIONS = 12;

const STEMS = new Map<string, string>();

/** Dictionary key of a word: Latin key, first six letters (remembered: texts repeat their words). */
export function wordStem(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = latinKey(word).slice(0, STEM_LETTERS);
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** Stems of the words of three letters or more, each once. */
function contentStems(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(WORD)) {
    if (m[0].length < MIN_LETTERS) continue;
    const stem = wordStem(m[0]);
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

/** Word pairs of one direction (left language → right language), keyed by stem. */
export class BilingualLexicon {
  private readonly translations = new Map<string, string[]>();

  /**
   * Pairs (headword, translation) as dictionaries give them: a headword of several words is left out, a
   * translation of one or two content words counts each of them.
   */
  constructor(pairs: Iterable<readonly [string, string]> = []) {
    for (const [left, right] of pairs) {
      const lefts = contentStems(left);
      const rights = contentStems(right);
      if (lefts.length === 1 && rights.length >= 1 && rights.length <= 2) this.add(lefts[0], rights);
    }
  }

  private add(left: string, rights: readonly string[]): void {
    let list = this.translations.get(left);
    if (!list) this.translations.set(left, (list = []));
    for (const r of rights) if (!list.includes(r)) list.push(r);
  }

  /** Number of headwords. */
  get size(): number {
    return this.translations.size;
  }

  /** The same pairs read the other way round (right language → left language). */
  reversed(): BilingualLexicon {
    const out = new BilingualLexicon();
    for (const [l, rs] of this.translations) for (const r of rs) out.add(r, [l]);
    return out;
  }

  /** This lexicon with the pairs of another one of the same direction added. */
  merge(other: BilingualLexicon): BilingualLexicon {
    const out = new BilingualLexicon();
    for (const lexicon of [this, other]) for (const [l, rs] of lexicon.translations) out.add(l, rs);
    return out;
  }

  /** Compact text form, one headword stem a line: "stem<TAB>stem stem". */
  toLines(): string {
    let out = '';
    for (const [l, rs] of this.translations) out += `${l}\t${rs.join(' ')}\n`;
    return out;
  }

  /** Reads toLines(); lines that are not "stem<TAB>stems" are skipped. */
  static fromLines(text: string): BilingualLexicon {
    const out = new BilingualLexicon();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const rights = line
        .slice(tab + 1)
        .split(' ')
        .filter((r) => r !== '');
      if (rights.length) out.add(line.slice(0, tab), rights);
    }
    return out;
  }

  /**
   * Anchor keys of the sentences of both editions: each left word gets a key per translation that occurs
   * somewhere in the right edition (its strength shared between them), each right word that is such a
   * translation a key of its own stem.
   */
  features(left: readonly string[], right: readonly string[], boost: number, bonus = 0): [RawFeature[][], RawFeature[][]] {
    const rightStems = right.map(contentStems);
    const present = new Set<string>();
    for (const ss of rightStems) for (const s of ss) present.add(s);
    const used = new Set<string>();
    // Translations of each left stem that occur in the right edition, found once per stem.
    const foundOf = new Map<string, string[]>();
    const none: string[] = [];
    const translationsIn = (stem: string): string[] => {
      let found = foundOf.get(stem);
      if (!found) {
        const all = this.translations.get(stem);
        found = all && all.length <= MAX_TRANSLATIONS ? all.filter((t) => present.has(t)) : none;
        for (const t of found) used.add(t);
        foundOf.set(stem, found);
      }
      return found;
    };
    const leftFeatures = left.map((sentence) => {
      const strength = new Map<string, number>();
      for (const stem of contentStems(sentence)) {
        const found = translationsIn(stem);
        for (const t of found) strength.set(t, Math.max(strength.get(t) ?? 0, boost / found.length));
      }
      const out: RawFeature[] = [];
      for (const [t, b] of strength) out.push({ key: `b${t}`, boost: b, bonus });
      return out;
    });
    const rightFeatures = rightStems.map((ss) => ss.filter((s) => used.has(s)).map((s) => ({ key: `b${s}`, boost, bonus })));
    return [leftFeatures, rightFeatures];
  }
}
