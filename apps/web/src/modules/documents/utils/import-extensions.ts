/**
 * File names the import offers in the picker. The server decides the format from the content and the
 * extension, and a file it cannot read gets its message; this list only guides the file dialog.
 */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.odt', '.pdf', '.xlf', '.xliff'] as const;
