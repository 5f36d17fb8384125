import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { unzipSync } from 'fflate';
import { FormatError } from './format-error';

/**
 * What an uploaded file may ask of the parsers. Real documents stay far below these; files built to
 * exhaust a parser (nesting thousands deep, archives that inflate a thousandfold) are refused up front
 * with the real reason, before the expensive (and recursive) work starts.
 */
export const LIMITS = {
  /** Elements inside elements in XML (XLIFF, DOCX parts, TBX). */
  xmlDepth: 256,
  /** Elements inside elements in HTML: Blink's HTML parser stops nesting at 512 too. */
  htmlDepth: 512,
  /** Block quotes inside block quotes in Markdown. */
  markdownQuoteDepth: 64,
  /** Columns of leading white space in Markdown (each nested list level indents 2–4 columns). */
  markdownIndent: 256,
  /** Inflated size of one archive entry, of all entries together, and the inflation ratio of an entry. */
  archiveEntryBytes: 64 * 1024 * 1024,
  archiveTotalBytes: 160 * 1024 * 1024,
  archiveRatio: 200,
} as const;

export function tooDeep(what: string, limit: number, position?: { line: number; column: number }): FormatError {
  const where = position ? ` at line ${position.line}, column ${position.column}` : '';
  return new FormatError(
    'NESTING_TOO_DEEP',
    `${what} nests more than ${limit} levels deep${where}. No real document does; if this one should, split it and upload the parts.`,
    position,
  );
}

/**
 * The files of a ZIP package (DOCX, ODT), each entry checked before it is inflated: one that would unpack
 * past the limits is refused as ARCHIVE_TOO_LARGE; an archive that cannot be read at all is refused with
 * the format's own error, made by `unreadable` from the reason.
 */
export function unzipWithinLimits(bytes: Uint8Array, unreadable: (reason: string) => FormatError): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        const ratio = entry.size > 0 ? entry.originalSize / entry.size : entry.originalSize;
        if (
          entry.originalSize > LIMITS.archiveEntryBytes ||
          total > LIMITS.archiveTotalBytes ||
          (ratio > LIMITS.archiveRatio && entry.originalSize > 1024 * 1024)
        ) {
          throw new FormatError(
            'ARCHIVE_TOO_LARGE',
            `The archive's part ${entry.name} would unpack to ${Math.round(entry.originalSize / 1048576)} MB (from ${Math.round(entry.size / 1024)} KB packed): more than a document holds (${LIMITS.archiveEntryBytes / 1048576} MB per part, ${LIMITS.archiveTotalBytes / 1048576} MB in all). Save the document without embedded media and upload it again.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw unreadable((error as Error).message);
  }
}

// Elements the HTML parser closes by itself (void, or ended by the next sibling): they do not nest.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rtc rp caption'.split(
    ' ',
  ),
);
const RAW_TEXT: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/**
 * Refuses HTML nested deeper than the limit, with the HTML tokenizer (parse5's, which the DOM parser
 * itself uses): building a DOM nested thousands deep takes the parser minutes.
 */
export function assertHtmlDepth(html: string): void {
  const open: string[] = [];
  let tooDeepAt: { line: number; column: number } | null = null;
  const handler: TokenHandler = {
    onStartTag(token) {
      if (tooDeepAt) return;
      const mode = RAW_TEXT[token.tagName];
      if (mode !== undefined) tokenizer.state = mode;
      if (token.selfClosing || NOT_NESTING.has(token.tagName) || mode !== undefined) return;
      open.push(token.tagName);
      if (open.length > LIMITS.htmlDepth) tooDeepAt = { line: token.location?.startLine ?? 0, column: token.location?.startCol ?? 0 };
    },
    onEndTag(token) {
      const at = open.lastIndexOf(token.tagName);
      if (at >= 0) open.length = at;
    },
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
    onCharacter: () => undefined,
    onNullCharacter: () => undefined,
    onWhitespaceCharacter: () => undefined,
    onParseError: () => undefined,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  if (tooDeepAt) throw tooDeep('The page', LIMITS.htmlDepth, tooDeepAt);
}

/** Refuses Markdown whose block quotes or list indentation go deeper than a document's ever do. */
export function assertMarkdownDepth(text: string): void {
  let line = 0;
  const container = /^[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]?/;
  for (const row of text.split('\n')) {
    line++;
    const indent = /^[ \t]*/.exec(row)![0].replace(/\t/g, '    ').length;
    if (indent > LIMITS.markdownIndent) throw tooDeep('The Markdown text (its lists or indentation)', LIMITS.markdownIndent / 4, { line, column: 1 });
    // block quotes and list items opened on one line ("> > - - text") nest as well
    let depth = 0;
    for (let rest = row, m = container.exec(rest); m; m = container.exec(rest)) {
      rest = rest.slice(m[0].length);
      if (++depth > LIMITS.markdownQuoteDepth) throw tooDeep('The Markdown text (its block quotes and lists)', LIMITS.markdownQuoteDepth, { line, column: 1 });
    }
  }
}
