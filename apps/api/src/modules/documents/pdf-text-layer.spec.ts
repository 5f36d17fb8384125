import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, PDFFont, PDFPage, StandardFonts } from 'pdf-lib';
import { buildEdition, detectFormat, FormatError, parseDocument, parsePdfText, type ParsedDocument } from '@interlinea/formats';
import { readPdfText, type PdfLimits } from './pdf-text-layer';

const parseUpload = async (bytes: Uint8Array, fileName: string, _options = {}, limits?: PdfLimits): Promise<ParsedDocument> =>
  parsePdfText(await readPdfText(bytes, limits), fileName);

const shape = (parsed: ParsedDocument): string[] => parsed.blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof parseUpload>[3]): Promise<FormatError> {
  try {
    await parseUpload(bytes, 'leaflet.pdf', {}, limits);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('imported');
}

const LEFT = 50;
const RIGHT = 310;
const LINE = 14;

/** Lines of a column, top to bottom; an empty string is the gap between two paragraphs. */
type Column = string[];

function drawColumn(page: PDFPage, font: PDFFont, x: number, top: number, lines: Column): void {
  let y = top;
  for (const line of lines) {
    if (line === '') {
      y -= 10;
      continue;
    }
    page.drawText(line, { x, y, size: 11, font });
    y -= LINE;
  }
}

/**
 * A two-page, two-column leaflet as a word processor prints it: a running header and footer with
 * page numbers on each page, a title across both columns, a word hyphenated at a line end, a paragraph
 * that flows from the left column into the right one, and one that flows onto the next page.
 */
async function leafletPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const pages: Array<{ title?: string; left: Column; right: Column }> = [
    {
      title: 'Forward to a new October',
      left: [
        'The leaflet was handed out in Moscow on',
        'the seventh of November and called on work-',
        'ers to organise themselves in councils.',
        '',
        'A second paragraph begins in the left co-',
        'lumn and goes on into the column on the',
      ],
      right: [
        'right without a break between its words, as',
        'a reader would expect it to be read.',
        '',
        'The last paragraph of the first page keeps',
        'Marx-',
        'Engels together and goes on over the page',
      ],
    },
    {
      left: ['to the second page, where it ends at last.', '', 'Read it, and pass it on to a comrade.'],
      right: ['Councils, not parliaments! Power to the', 'councils of the workers and the soldiers.'],
    },
  ];
  pages.forEach((content, index) => {
    const page = document.addPage([595, 842]);
    page.drawText('Rabochaya Vlast · Workers’ Power', { x: LEFT, y: 805, size: 9, font });
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: 270, y: 30, size: 9, font });
    let top = 740;
    if (content.title) {
      page.drawText(content.title, { x: LEFT, y: 760, size: 20, font: bold });
      top = 720;
    }
    drawColumn(page, font, LEFT, top, content.left);
    drawColumn(page, font, RIGHT, top, content.right);
  });
  return document.save();
}

/** A scanned page: a picture and no text layer. */
async function scannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const image = await document.embedPng(readFileSync(join(__dirname, '../../../../../libs/formats/src/lib/fixtures/red-square.png')));
  document.addPage([595, 842]).drawImage(image, { x: 50, y: 50, width: 495, height: 742 });
  return document.save();
}

describe('PDF: what a translator gets', () => {
  let pdf: Uint8Array;
  let document: ParsedDocument;
  beforeAll(async () => {
    pdf = await leafletPdf();
    document = await parseUpload(pdf, 'leaflet.pdf');
  }, 60_000);

  it('rebuilds the paragraphs across line, column and page breaks, without running headers, footers and page numbers', () => {
    expect(document.format).toBe('pdf');
    expect(document.title).toBe('Forward to a new October');
    expect(shape(document)).toEqual([
      'heading1: Forward to a new October',
      'paragraph: The leaflet was handed out in Moscow on the seventh of November and called on workers to organise themselves in councils.',
      'paragraph: A second paragraph begins in the left column and goes on into the column on the right without a break between its words, as a reader would expect it to be read.',
      'paragraph: The last paragraph of the first page keeps Marx-Engels together and goes on over the page to the second page, where it ends at last.',
      'paragraph: Read it, and pass it on to a comrade.',
      'paragraph: Councils, not parliaments! Power to the councils of the workers and the soldiers.',
    ]);
  });

  it('is recognised by its content whatever the file is called, and read only from its text layer', () => {
    expect(detectFormat('upload.bin', pdf)).toBe('pdf');
    expect(() => parseDocument(pdf, 'leaflet.pdf')).toThrow(/parsePdfText/);
  });

  it('writes the edition as DOCX, ODT, HTML or Markdown with its headings and paragraphs', () => {
    const texts = document.blocks.map((block, i) => (i === 0 ? 'Vorwärts zu einem neuen Oktober' : `Absatz ${i} & <mehr>.`));
    const options = { title: 'Vorwärts', language: 'de' };
    const html = strFromU8(buildEdition(document.skeleton, texts, 'html', options));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Vorwärts<\/title>/);
    expect(html).toContain('<h1>Vorwärts zu einem neuen Oktober</h1>\n<p>Absatz 1 &amp; &lt;mehr&gt;.</p>');
    expect(strFromU8(buildEdition(document.skeleton, texts, 'md', options))).toMatch(
      /^# Vorwärts zu einem neuen Oktober\n\nAbsatz 1 & \\<mehr\\>\.\n\nAbsatz 2/,
    );
    for (const format of ['docx', 'odt'] as const) {
      const again = parseDocument(buildEdition(document.skeleton, texts, format, options), `edition.${format}`);
      expect([format, shape(again)]).toEqual([format, texts.map((text, i) => `${i === 0 ? 'heading1' : 'paragraph'}: ${text}`)]);
    }
    const odt = unzipSync(buildEdition(document.skeleton, texts, 'odt', options));
    expect(strFromU8(odt['meta.xml'])).toContain('<dc:language>de</dc:language>');
  });
});

describe('PDF files that cannot be imported', () => {
  it('refuses a scanned PDF (no text layer) with PDF_NO_TEXT', async () => {
    const error = await refusal(await scannedPdf());
    expect([error.code, error.message]).toEqual([
      'PDF_NO_TEXT',
      'The PDF has no text layer: its page is a picture (a scan?). Run text recognition (OCR) on it first, or upload the document it was made from.',
    ]);
  }, 60_000);

  it('refuses a file that is not a PDF, and a damaged one', async () => {
    expect((await refusal(new TextEncoder().encode('just text'))).message).toBe(
      'The file is not a PDF: it does not start with %PDF-. Save it again as PDF and upload it again.',
    );
    const damaged = await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'));
    expect(damaged.code).toBe('INVALID_PDF');
    expect(damaged.message).toMatch(/^The PDF cannot be read: .+\. Save it again as PDF and upload it again\.$/);
  }, 60_000);

  it('refuses a PDF with more pages, or slower to read, than the limits allow', async () => {
    const pdf = await leafletPdf();
    expect((await refusal(pdf, { maxPages: 1, timeoutMs: 30_000, maxMemoryMb: 256 })).message).toBe(
      'The PDF has 2 pages; Interlinea imports at most 1. Split it into smaller files.',
    );
    expect((await refusal(pdf, { maxPages: 10, timeoutMs: 5, maxMemoryMb: 256 })).message).toBe(
      'The PDF took longer than 0.005 seconds to read, so it was not imported. Split it into smaller files.',
    );
  }, 60_000);
});
