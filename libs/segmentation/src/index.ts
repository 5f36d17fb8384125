export type { SegmentationLanguage, SentenceSpan, SplitOptions, LineBreakMode } from './sentences/segmentation-language';
export { SEGMENTATION_LANGUAGES, isSegmentationLanguage } from './sentences/segmentation-language';
export { splitSentences } from './sentences/split-sentences';
export { countWords } from './words/count-words';
