export { stem, foldWord, words, type StemLanguage, type Word } from './stem';
export { checkTerms, findPhrase, type FoundTerm, type TermOccurrence, type TermPair } from './find-terms';
export { parseGlossaryCsv, writeGlossaryCsv, GlossaryFileError, type GlossaryEntry } from './csv';
export { parseTbx, conceptToEntry, writeTbx, type TbxConcept, type TbxTerm } from './tbx';
