/**
 * `@interlinea/tm/browser`: the parts of the memory library a browser bundle may import (the word
 * diff, the tokenizer it stands on, match bands), without the rest (TMX import reads files).
 */
export { diffTexts, type DiffOp } from './diff';
export { tokenize, type Token, type TokenKind } from './tokenize';
export { bandOf } from './bands';
