export { compileSearch, findRanges, hasHit, DEFAULT_SEARCH_OPTIONS, type CompiledSearch, type SearchOptions, type TextRange } from './search';
export { replaceAll, type Replacement, type ReplacedSpan } from './replace';
