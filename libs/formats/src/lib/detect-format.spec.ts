import { detectFormat, FormatError } from '../index';

const noBytes = new Uint8Array(0);

describe('detectFormat', () => {
  it.each([
    ['leaflet.txt', 'txt'],
    ['NOTES.TEXT', 'txt'],
    ['guide.md', 'md'],
    ['uploads/2024/Guide.Markdown', 'md'],
  ])('reads %s as %s', (fileName, format) => {
    expect(detectFormat(fileName, noBytes)).toBe(format);
  });

  it.each(['leaflet.pdf', 'README', 'archive.md.zip', 'folder.md/file'])('refuses %s as UNSUPPORTED_FORMAT', (fileName) => {
    expect(() => detectFormat(fileName, noBytes)).toThrow(FormatError);
    try {
      detectFormat(fileName, noBytes);
    } catch (error) {
      expect((error as FormatError).code).toBe('UNSUPPORTED_FORMAT');
      expect((error as FormatError).message).toMatch(/cannot be imported: Interlinea reads plain text and Markdown files \(\.txt, \.text, \.md, \.markdown\)\.$/);
    }
  });

  it('names the file without the folder it was uploaded from', () => {
    expect(() => detectFormat('C:\\Users\\anna\\leaflet.docx', noBytes)).toThrow('"leaflet.docx" cannot be imported');
  });
});
