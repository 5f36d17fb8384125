export type { InlineCode } from './inline-code';
export type { CodeTokenType, FoundCodeToken, TokenShape } from './code-tokens';
export {
  CODE_TOKEN_SOURCE,
  TOKEN_LIKE_SOURCE,
  codeTokenPattern,
  tokenLikePattern,
  openToken,
  closeToken,
  standaloneToken,
  codeTokens,
  hasCodeTokens,
  tokenIds,
  tokenAt,
  isInsideToken,
  parseToken,
  readTokenLike,
  isTokenLike,
  tokenLikeEnd,
} from './code-tokens';
export type { CodeRun, CodedText, CodePiece } from './inline-codes';
export { tokenizeCodes, stripCodes, CodedTextBuilder, balanceCodes, renderCodes } from './inline-codes';
export type { CodeIssue } from './check-codes';
export { checkCodes } from './check-codes';
