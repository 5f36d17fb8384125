import { strFromU8, unzipSync } from 'fflate';
import { alignParagraphs } from './parallel-edition';
import { renderParallelDocx } from './parallel-docx';

describe('renderParallelDocx', () => {
  it('writes a Word table with a header row repeated on each page and a row per paragraph, each run in its language', async () => {
    const edition = alignParagraphs({
      title: 'Leaflet',
      columns: [
        { language: 'en', heading: 'English (original)', blocks: ['Workers & peasants <unite>!', 'Second line'] },
        { language: 'de', heading: 'Deutsch', blocks: ['Arbeiter und Bauern, vereinigt euch!', 'Zweite Zeile'] },
      ],
    });
    const bytes = await renderParallelDocx(edition);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml']);
    const rows = xml.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader');
    const texts = rows.map((row) => (row.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')));
    expect(texts[1]).toEqual(['Workers &amp; peasants &lt;unite&gt;!', 'Arbeiter und Bauern, vereinigt euch!']);
    expect(xml).toContain('w:lang w:val="de-DE"');
  });
});
