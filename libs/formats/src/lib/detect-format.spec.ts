import { zipSync } from 'fflate';
import { detectFormat, FormatError } from '../index';

const noBytes = new Uint8Array(0);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it.each([
    ['leaflet.txt', 'txt'],
    ['NOTES.TEXT', 'txt'],
    ['guide.md', 'md'],
    ['uploads/2024/Guide.Markdown', 'md'],
    ['index.html', 'html'],
    ['OLD.HTM', 'html'],
    ['report.docx', 'docx'],
    ['Report.ODT', 'odt'],
    ['scan.pdf', 'pdf'],
    ['strings.xlf', 'xliff'],
    ['strings.xliff', 'xliff'],
    ['project.sdlxliff', 'xliff'],
  ])('reads %s as %s', (fileName, format) => {
    expect(detectFormat(fileName, noBytes)).toBe(format);
  });

  it.each([
    [
      'a Word document without its extension',
      'report',
      zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8('<w:document/>') }),
      'docx',
    ],
    ['XLIFF saved as .xml', 'strings.xml', utf8('\uFEFF<?xml version="1.0"?>\n<!-- export -->\n<xliff version="1.2"/>'), 'xliff'],
    ['an HTML page without extension', 'page', utf8('  <!DOCTYPE html>\n<html><body><p>Hi</p></body></html>'), 'html'],
    ['an HTML fragment starting with <html>', 'page.php', utf8('<html lang="en"><p>Hi</p></html>'), 'html'],
  ])('recognises %s by its content', (_, fileName, bytes, format) => {
    expect(detectFormat(fileName, bytes)).toBe(format);
  });

  it.each(['leaflet.rtf', 'README', 'archive.md.zip', 'folder.md/file'])('refuses %s as UNSUPPORTED_FORMAT, listing what it reads', (fileName) => {
    expect(() => detectFormat(fileName, noBytes)).toThrow(FormatError);
    try {
      detectFormat(fileName, noBytes);
    } catch (error) {
      expect((error as FormatError).code).toBe('UNSUPPORTED_FORMAT');
      expect((error as FormatError).message).toMatch(
        /cannot be imported: Interlinea reads plain text \(\.txt, \.text\), Markdown \(\.md, \.markdown\), HTML \(\.html, \.htm\), Word \(\.docx\), OpenDocument text \(\.odt\), PDF \(\.pdf\) and XLIFF \(\.xlf, \.xliff, \.sdlxliff\) files\.$/,
      );
    }
  });

  it('refuses a zip that is not a Word document, and says what a TMX file is', () => {
    expect(() => detectFormat('photos.zip', zipSync({ 'a.jpg': new Uint8Array([1, 2, 3]) }))).toThrow('"photos.zip" cannot be imported: Interlinea reads');
    expect(() => detectFormat('memory.tmx', utf8('<?xml version="1.0"?><tmx version="1.4"/>'))).toThrow(
      '"memory.tmx" cannot be imported: it is a TMX translation memory (root element <tmx>), not a document to translate, and Interlinea reads',
    );
  });

  it('names the file without the folder it was uploaded from', () => {
    expect(() => detectFormat('C:\\Users\\anna\\leaflet.rtf', noBytes)).toThrow('"leaflet.rtf" cannot be imported');
  });
});
