import { zipSync } from 'fflate';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The body of a small Word document as Word writes it: styles, runs split by formatting, a hyperlink, a field, a table. */
export const DOCUMENT_BODY = [
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>The Workers’ Council edition</w:t></w:r></w:p>',
  '<w:p><w:bookmarkStart w:id="0" w:name="intro"/><w:r><w:t xml:space="preserve">Every edition starts from the </w:t></w:r><w:proofErr w:type="spellStart"/>' +
    '<w:r><w:rPr><w:b/></w:rPr><w:t>source</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> text,</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">see </w:t></w:r>' +
    '<w:hyperlink r:id="rId5" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the guide</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r>' +
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:bookmarkEnd w:id="0"/></w:p>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Upload the file</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>{1} stays text &amp; so does &lt;this&gt;</w:t></w:r></w:p>',
  '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> of the edition</w:t></w:r></w:p>',
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>издание</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>edition</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  '<w:p/>',
].join('\r\n');

/** A .docx built from XML we write: document, header, footnotes, relationships and an image. */
export function editionDocx(body = DOCUMENT_BODY): Uint8Array {
  return zipSync({
    '[Content_Types].xml': utf8(
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ),
    '_rels/.rels': utf8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': utf8(
      `${DECLARATION}<w:document ${W}><w:body>\r\n${body}\r\n<w:sectPr><w:headerReference w:type="default" r:id="rId6"/></w:sectPr></w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': utf8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/guide?a=1&amp;b=2" TargetMode="External"/>' +
        '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' +
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    ),
    'word/header1.xml': utf8(`${DECLARATION}<w:hdr ${W}><w:p><w:r><w:t>Interlinea</w:t></w:r></w:p></w:hdr>`),
    'word/footnotes.xml': utf8(
      `${DECLARATION}<w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A footnote.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    ),
    'word/media/image1.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3, 255]),
  });
}
