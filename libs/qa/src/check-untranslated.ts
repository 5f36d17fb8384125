import { finding, type QaFinding, type QaSegment } from './finding';
import { hasLetters, maskCodes, MASK, visibleText } from './masked-text';

/** What is no prose: URLs, e-mail addresses, file names, numbers, code tokens, punctuation. */
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:[a-z]{2,4})(?=\s|$)|(?:(?![{}])[\p{N}\p{P}\p{S}])+/gu;

/** Whether a text is only names (Interlinea, Microsoft Office, iPhone 15 Pro): every word capitalised or holding a capital, a few words at most. */
function onlyNames(text: string): boolean {
  const words = text.replace(NOT_PROSE, ' ').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return true;
  return words.length <= 4 && words.every((w) => /\p{Lu}/u.test(w));
}

/** EMPTY: nothing but spaces and code tokens in the target of a source that has text. */
export function checkEmpty({ source, target }: QaSegment): QaFinding[] {
  const sourceText = maskCodes(source).split(MASK).join('').trim();
  if (sourceText === '') return [];
  return maskCodes(target).split(MASK).join('').trim() === '' ? [finding('EMPTY', 'error', 0, target.length)] : [];
}

/**
 * UNTRANSLATED: the target is the source again, though the source has words to translate; texts of
 * numbers, codes, URLs and names only (a product name, a table cell "2025") may stay as they are.
 */
export function checkUntranslated({ source, target }: QaSegment): QaFinding[] {
  const text = visibleText(target);
  if (text === '' || text !== visibleText(source)) return [];
  if (!hasLetters(text.replace(NOT_PROSE, ' ')) || onlyNames(text)) return [];
  return [finding('UNTRANSLATED', 'warning', 0, target.length)];
}
