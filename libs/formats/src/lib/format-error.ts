export type FormatErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'INVALID_ENCODING'
  | 'UNSUPPORTED_FORMAT'
  /** Not well-formed XML (XLIFF, or an XML part of a DOCX). */
  | 'MALFORMED_XML'
  /** Well-formed XML that breaks XLIFF's rules (wrong root, a code closed before it is opened…). */
  | 'INVALID_XLIFF'
  /** Not a readable Word document (not a zip, no word/document.xml…). */
  | 'INVALID_DOCX'
  /** Elements, quotes or lists nested deeper than any real document (see LIMITS). */
  | 'NESTING_TOO_DEEP'
  /** A ZIP part that would unpack to more than a document holds (a "zip bomb"). */
  | 'ARCHIVE_TOO_LARGE'
  /** Reading the file took longer than the server allows (PARSE_TIMEOUT_MS). */
  | 'PARSE_TIMEOUT'
  /** Reading the file needed more memory than the server allows (PARSE_MEMORY_MB). */
  | 'FILE_TOO_COMPLEX'
  /** Not a readable OpenDocument text (not a zip, no content.xml, another kind of OpenDocument file…). */
  | 'INVALID_ODT'
  /** Not a readable PDF (damaged, encrypted, too large or too slow to read). */
  | 'INVALID_PDF'
  /** A PDF without a text layer (scanned pages): there is no text to import without OCR. */
  | 'PDF_NO_TEXT';

/** A 1-based position in the file, counted in characters, as a text editor shows it. */
export interface FilePosition {
  line: number;
  column: number;
}

/** A file the workbench cannot import. The message is written for the translator who uploaded it. */
export class FormatError extends Error {
  readonly code: FormatErrorCode;
  readonly position?: FilePosition;

  constructor(code: FormatErrorCode, message: string, position?: FilePosition) {
    super(message);
    this.name = 'FormatError';
    this.code = code;
    if (position) this.position = position;
  }
}
