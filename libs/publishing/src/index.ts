/**
 * @interlinea/publishing — the publisher's exports beyond the original format, as pure functions over
 * data: a parallel edition (the source and one or two editions side by side, paragraph by paragraph) as
 * a standalone printable HTML page or a Word table, and every edition of a document in one ZIP.
 */
export { alignParagraphs } from './parallel-edition';
export type { ParallelColumn, ParallelEdition, ParallelEditionInput, ParallelRow, ParallelRowKind } from './parallel-edition';
export { escapeHtml, renderParallelHtml } from './parallel-html';
export { renderParallelDocx } from './parallel-docx';
export { zipFiles } from './edition-zip';
export type { ZipEntry } from './edition-zip';
