export { checkCodes } from '@interlinea/inline-codes';
export type { CodeIssue } from '@interlinea/inline-codes';
