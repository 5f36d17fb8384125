import { zipSync } from 'fflate';
import { balanceCodes } from '@interlinea/inline-codes';
import { BlockKind, BlockSlot, isBlockSlot, Skeleton } from '../lib/document';
import { escapeXml } from '../lib/xml-tree';
import { xmlText } from '../xliff/xliff-write';
import { zipOdt } from '../odt/odt-package';

/** The formats an edition of a document that cannot be rebuilt (a PDF) is written in. */
export const EDITION_FORMATS = ['docx', 'odt', 'html', 'md'] as const;
export type EditionFormat = (typeof EDITION_FORMATS)[number];

export interface EditionOptions {
  /** The edition's title (HTML <title>, document properties). */
  title: string;
  /** The edition's language (BCP 47), written where the format records it. */
  language: string;
}

interface Paragraph {
  kind: BlockKind;
  level?: number;
  /** The text with the block's codes (literal texts that looked like tokens) written back. */
  text: string;
}

/**
 * Writes an edition of a document whose own format cannot be rebuilt (a PDF) as a new document in
 * another format: its headings, paragraphs and list items in order, with the translations; none of
 * the original layout (columns, fonts, pictures).
 */
export function buildEdition(skeleton: Skeleton, blockTexts: string[], format: EditionFormat, options: EditionOptions): Uint8Array {
  const slots = skeleton.parts.filter(isBlockSlot);
  if (slots.length !== blockTexts.length) throw new RangeError(`The document has ${slots.length} blocks but ${blockTexts.length} block texts were given.`);
  const paragraphs = slots.map((slot, i): Paragraph => ({
    ...(skeleton.outline?.[i] ?? { kind: 'paragraph' }),
    text: plainText(slot, blockTexts[slot.block]),
  }));
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  if (format === 'md') return utf8(markdownEdition(paragraphs));
  if (format === 'html') return utf8(htmlEdition(paragraphs, options));
  if (format === 'odt') return odtEdition(paragraphs, options);
  return docxEdition(paragraphs, options);
}

function plainText(slot: BlockSlot, text: string): string {
  return balanceCodes(text, slot.codes)
    .map((piece) => (piece.type === 'text' ? piece.text : piece.type === 'standalone' ? (piece.code.data ?? '') : ''))
    .join('')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The Markdown that starts a block's line. */
export function markdownLine(kind: BlockKind, level?: number): string {
  return kind === 'heading' ? `${'#'.repeat(level ?? 1)} ` : '';
}

function markdownEdition(paragraphs: Paragraph[]): string {
  const escape = (text: string): string =>
    text
      .replace(/([\\`*_[\]<>])/g, '\\$1')
      .replace(/^(#{1,6}\s|>|[-+]\s|\d+[.)]\s)/, (mark) => `\\${mark}`)
      .replace(/^([•◦▪‣·∙–—])\s+/u, '- ');
  return `${paragraphs.map((p) => markdownLine(p.kind, p.level) + escape(p.text)).join('\n\n')}\n`;
}

const escapeHtml = (text: string): string => escapeXml(xmlText(text));

function htmlEdition(paragraphs: Paragraph[], options: EditionOptions): string {
  const body = paragraphs
    .map((p) => {
      const tag = p.kind === 'heading' ? `h${p.level ?? 1}` : 'p';
      return `<${tag}>${escapeHtml(p.text)}</${tag}>`;
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(options.language)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(options.title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function docxEdition(paragraphs: Paragraph[], options: EditionOptions): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = paragraphs
    .map((p) => {
      const style = p.kind === 'heading' ? `<w:pPr><w:pStyle w:val="Heading${p.level ?? 1}"/></w:pPr>` : '';
      return `<w:p>${style}<w:r><w:t xml:space="preserve">${escapeXml(xmlText(p.text))}</w:t></w:r></w:p>`;
    })
    .join('');
  const headingStyles = [1, 2, 3, 4, 5, 6]
    .map(
      (level) =>
        `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
        `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${Math.max(24, 40 - level * 4)}"/></w:rPr></w:style>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': utf8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': utf8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'docProps/core.xml': utf8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${escapeXml(xmlText(options.title))}</dc:title><dc:language>${escapeXml(options.language)}</dc:language></cp:coreProperties>`,
    ),
    'word/_rels/document.xml.rels': utf8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'word/styles.xml': utf8(
      `${XML}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${escapeXml(options.language)}"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>${headingStyles}</w:styles>`,
    ),
    'word/document.xml': utf8(`${XML}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}

function odtEdition(paragraphs: Paragraph[], options: EditionOptions): Uint8Array {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"';
  const [language, country] = options.language.split('-');
  const body = paragraphs
    .map((p) =>
      p.kind === 'heading'
        ? `<text:h text:style-name="Heading_20_${p.level ?? 1}" text:outline-level="${p.level ?? 1}">${escapeXml(xmlText(p.text))}</text:h>`
        : `<text:p text:style-name="Standard">${escapeXml(xmlText(p.text))}</text:p>`,
    )
    .join('');
  const headingStyles = [1, 2, 3, 4, 5, 6]
    .map(
      (level) =>
        `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="${level}">` +
        `<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${Math.max(12, 20 - level * 2)}pt" fo:font-weight="bold"/></style:style>`,
    )
    .join('');
  return zipOdt([
    ['mimetype', utf8('application/vnd.oasis.opendocument.text')],
    [
      'META-INF/manifest.xml',
      utf8(
        `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    ],
    ['content.xml', utf8(`${XML}<office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`)],
    [
      'styles.xml',
      utf8(
        `${XML}<office:document-styles ${NS}><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:language="${escapeXml(language)}"${country ? ` fo:country="${escapeXml(country)}"` : ''}/></style:default-style>` +
          `<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>${headingStyles}</office:styles></office:document-styles>`,
      ),
    ],
    [
      'meta.xml',
      utf8(
        `${XML}<office:document-meta ${NS}><office:meta><dc:title>${escapeXml(xmlText(options.title))}</dc:title><dc:language>${escapeXml(options.language)}</dc:language></office:meta></office:document-meta>`,
      ),
    ],
  ]);
}
