import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ParallelEdition } from './parallel-edition';

/** Word's language tags for the editions' languages (spelling, hyphenation). */
const WORD_LANGUAGES: Record<string, string> = { ru: 'ru-RU', en: 'en-GB', de: 'de-DE' };
/** Printable width of an A4 page with 2 cm margins, in twips (1/20 pt): portrait, landscape. */
const PAGE_WIDTH = { portrait: 9638, landscape: 14570 };
const MARGIN = 1134;

/**
 * The parallel edition as a Word document: the title, then one table with a column per language, the
 * column headings repeated on every page and no row split across pages; landscape for three columns.
 * Built with the `docx` library (valid OOXML that Word and LibreOffice open), never by pasting XML.
 */
export async function renderParallelDocx(edition: ParallelEdition): Promise<Uint8Array> {
  const landscape = edition.columns.length > 2;
  const width = landscape ? PAGE_WIDTH.landscape : PAGE_WIDTH.portrait;
  const columnWidth = Math.floor(width / Math.max(edition.columns.length, 1));
  const cell = (text: string, language: string, options: { bold?: boolean; header?: boolean } = {}) =>
    new TableCell({
      width: { size: columnWidth, type: WidthType.DXA },
      margins: { top: 80, bottom: 80, left: 120, right: 120 },
      children: [
        new Paragraph({
          children: text.split('\n').map(
            (line, i) =>
              new TextRun({
                text: line,
                break: i > 0 ? 1 : undefined,
                bold: options.bold,
                size: options.header ? 18 : undefined,
                color: options.header ? '444444' : undefined,
                language: { value: WORD_LANGUAGES[language] ?? language },
              }),
          ),
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: edition.columns.map((c) => cell(c.heading, c.language, { bold: true, header: true })),
  });
  const rows = edition.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, i) => cell(text, edition.columns[i].language, { bold: row.kind === 'heading' })),
      }),
  );
  const rule = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
  const document = new Document({
    creator: 'Interlinea',
    title: edition.title,
    styles: { default: { document: { run: { font: 'Georgia', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: [new TextRun({ text: edition.title })] }),
          new Table({
            rows: [header, ...rows],
            width: { size: width, type: WidthType.DXA },
            columnWidths: edition.columns.map(() => columnWidth),
            layout: TableLayoutType.FIXED,
            borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
