export type { InlineCode } from './inline-code';
export type { CodeRun, CodedText, CodePiece } from './inline-codes';
export { tokenizeCodes, stripCodes, CodedTextBuilder, balanceCodes, renderCodes } from './inline-codes';
export type { CodeIssue } from './check-codes';
export { checkCodes } from './check-codes';
