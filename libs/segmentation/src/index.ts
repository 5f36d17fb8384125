export type { SegmentationLanguage, SentenceSpan, SplitOptions, LineBreakMode } from './sentences/segmentation-language';
export { SEGMENTATION_LANGUAGES, isSegmentationLanguage } from './sentences/segmentation-language';
export { splitSentences } from './sentences/split-sentences';
export { countWords } from './words/count-words';
export { SrxRules } from './srx/srx-rules';
export type { SrxRuleProblem } from './srx/srx-rules';
export { SrxFormatError } from './srx/srx-document';
export { translateJavaRegex, UntranslatableRegexError } from './srx/java-regex';
export type { RegexTranslation } from './srx/java-regex';
