import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { alignParagraphs } from './parallel-edition';
import { renderParallelDocx } from './parallel-docx';

const edition = alignParagraphs({
  title: 'Leaflet',
  columns: [
    { language: 'en', heading: 'English (original)', blocks: ['Workers & peasants <unite>!', 'Second line'] },
    { language: 'de', heading: 'Deutsch', blocks: ['Arbeiter und Bauern, vereinigt euch!', 'Zweite Zeile'] },
  ],
});

describe('renderParallelDocx', () => {
  it('writes a Word table with a header row repeated on each page and a row per paragraph, each run in its language', async () => {
    const files = unzipSync(await renderParallelDocx(edition));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml']);
    const rows = xml.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader');
    expect(rows[1]).toContain('<w:cantSplit');
    const texts = rows.map((row) => (row.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')));
    expect(texts[1]).toEqual(['Workers &amp; peasants &lt;unite&gt;!', 'Arbeiter und Bauern, vereinigt euch!']);
    expect(xml).toContain('w:lang w:val="de-DE"');
  });

  it('opens in LibreOffice with every cell text', async () => {
    // No skipping: without soffice this test fails, as the DOCX edition tests of libs/formats do.
    let soffice: string;
    try {
      soffice = execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error('LibreOffice (soffice) is not installed: `apt-get install -y --no-install-recommends libreoffice-writer-nogui` (.ci/run does this).');
    }
    const folder = mkdtempSync(join(tmpdir(), 'interlinea-parallel-'));
    writeFileSync(join(folder, 'parallel.docx'), await renderParallelDocx(edition));
    const profile = `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`;
    const converted = spawnSync(soffice, [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, join(folder, 'parallel.docx')], {
      timeout: 120_000,
      encoding: 'utf8',
    });
    if (!existsSync(join(folder, 'parallel.txt')))
      throw new Error(`LibreOffice did not convert the .docx (exit ${converted.status}): ${converted.stdout}${converted.stderr}`);
    const text = readFileSync(join(folder, 'parallel.txt'), 'utf8');
    for (const cell of ['Leaflet', 'English (original)', 'Deutsch', 'Workers & peasants <unite>!', 'Arbeiter und Bauern, vereinigt euch!', 'Zweite Zeile'])
      expect(text).toContain(cell);
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);
});
