/** Inline-code tokens live in their own library, shared with the editor; formats re-exports them. */
export { tokenizeCodes, stripCodes, CodedTextBuilder, balanceCodes, renderCodes } from '@interlinea/inline-codes';
export type { CodeRun, CodedText, CodePiece } from '@interlinea/inline-codes';
