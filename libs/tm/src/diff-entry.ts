/**
 * `@interlinea/tm/diff`: the word-level diff and the tokenizer it stands on, without the rest of the
 * library (TMX import reads files): what a browser bundle may import.
 */
export { diffTexts, type DiffOp } from './diff';
export { tokenize, type Token, type TokenKind } from './tokenize';
