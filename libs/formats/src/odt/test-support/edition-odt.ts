import { zipSync } from 'fflate';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"';

/** The body of a small OpenDocument text as LibreOffice writes it: spans, a link, a note, a list, a table, a text box. */
export const ODT_BODY = [
  '<text:h text:style-name="P1" text:outline-level="1">The Workers’ Council edition</text:h>',
  '<text:p text:style-name="Standard"><text:bookmark text:name="intro"/>Every edition starts from the <text:span text:style-name="T1">source</text:span> text,<text:tab/>see ' +
    '<text:a xlink:type="simple" xlink:href="https://example.org/guide?a=1&amp;b=2">the guide</text:a>.<text:note text:id="ftn1" text:note-class="footnote">' +
    '<text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">A footnote with <text:span text:style-name="T2">emphasis</text:span>.</text:p></text:note-body></text:note></text:p>',
  '<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P2">Upload the file<text:line-break/>{1} stays text &amp; so does &lt;this&gt;</text:p></text:list-item></text:list>',
  '<text:p text:style-name="Standard">Page <text:page-number text:select-page="current">1</text:page-number> of the edition,<text:s text:c="2"/>spaced.</text:p>',
  '<table:table table:name="Table1"><table:table-column/><table:table-row><table:table-cell office:value-type="string"><text:p>издание</text:p></table:table-cell>' +
    '<table:table-cell office:value-type="string"><text:p><text:span text:style-name="T2">edition</text:span></text:p></table:table-cell></table:table-row></table:table>',
  '<text:p text:style-name="Standard"><draw:frame draw:name="Box1" text:anchor-type="as-char" svg:width="5cm"><draw:text-box><text:p>Text in a box.</text:p></draw:text-box></draw:frame></text:p>',
  '<text:p text:style-name="Standard"><draw:frame draw:name="Image1" svg:width="1cm"><draw:image xlink:href="Pictures/red.png" xlink:type="simple"/></draw:frame></text:p>',
  '<text:p/>',
].join('');

const STYLES =
  '<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style></office:automatic-styles>';

/** An .odt built from XML we write: content, styles with a header, manifest, meta and an image. */
export function editionOdt(body = ODT_BODY): Uint8Array {
  return zipSync({
    mimetype: [utf8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': utf8(
      `${DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Pictures/red.png" manifest:media-type="image/png"/></manifest:manifest>',
    ),
    'content.xml': utf8(
      `${DECLARATION}<office:document-content ${NAMESPACES}>${STYLES}<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
    'styles.xml': utf8(
      `${DECLARATION}<office:document-styles ${NAMESPACES}><office:styles/><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">` +
        '<style:header><text:p text:style-name="Header">Interlinea</text:p></style:header></style:master-page></office:master-styles></office:document-styles>',
    ),
    'meta.xml': utf8(
      `${DECLARATION}<office:document-meta ${NAMESPACES} xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta/></office:document-meta>`,
    ),
    'Pictures/red.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3, 255]),
  });
}
