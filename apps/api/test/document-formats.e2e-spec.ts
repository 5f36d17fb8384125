import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { zipSync, unzipSync, strFromU8, strToU8 } from 'fflate';
import { parseDocument } from '@interlinea/formats';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ImportResult, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/formats');

describe('documents in HTML, DOCX and XLIFF', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
  });
  afterAll(() => t.close());

  async function rows(documentId: string, lang = 'ru'): Promise<SegmentRow[]> {
    return (await manager.get(`/api/documents/${documentId}/segments?lang=${lang}`).expect(200)).body;
  }

  async function translate(row: SegmentRow, text: string): Promise<void> {
    await translator.put(`/api/segments/${row.id}/translations/ru`, { text, status: 'translated', version: row.translation?.version ?? 0 }).expect(200);
  }

  it('keeps bold text and a link of an HTML article as codes, and puts them back in the translation', async () => {
    const html =
      '<!doctype html><html><head><title>Leaflet</title></head><body><nav><a href="/">Home</a></nav><article><h1>Rabochaya Vlast</h1>' +
      '<p>Down with <b>capitalism</b>! Read <a href="https://example.org/rv">our paper</a>.</p></article></body></html>';
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.html', html).expect(201)).body;
    expect(imported.format).toBe('html');
    const segments = await rows(imported.id);
    const bold = segments.find((r) => r.source.includes('capitalism'))!;
    expect(bold.source).toBe('Down with {1}capitalism{/1}!');
    expect(bold.codes).toEqual([{ id: 1, kind: 'paired', title: expect.stringMatching(/bold/i) }]);
    const link = segments.find((r) => r.source.includes('paper'))!;
    expect(link.codes[0].title).toContain('https://example.org/rv');
    await translate(bold, 'Долой {1}капитализм{/1}!');
    await translate(link, 'Читайте {2}нашу газету{/2}.');
    const exported = await manager.get(`/api/documents/${imported.id}/export?lang=ru`).buffer(true).expect(200);
    expect(exported.headers['content-type']).toContain('text/html');
    expect(exported.text).toContain('Долой <b>капитализм</b>!');
    expect(exported.text).toContain('<a href="https://example.org/rv">нашу газету</a>');
    const reparsed = parseDocument(new TextEncoder().encode(exported.text), 'leaflet.ru.html');
    expect(reparsed.blocks.map((b) => b.kind)).toEqual(parseDocument(new TextEncoder().encode(html), 'leaflet.html').blocks.map((b) => b.kind));
  });

  it('keeps only the article of a scraped page when asked', async () => {
    const page =
      '<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav><article><h1>Forward to a new red October!</h1>' +
      `${'<p>The leaflet was distributed in Moscow on 7 November 1992 and called on the workers to organise themselves. </p>'.repeat(4)}</article>` +
      '<footer><p>Share this Article</p><p>Facebook</p></footer></body></html>';
    const res = await manager.agent
      .post(`/api/projects/${projectId}/documents`)
      .set('x-csrf-token', manager.csrfToken)
      .field('mainContentOnly', 'true')
      .attach('file', Buffer.from(page), 'scraped.html')
      .expect(201);
    const sources = (await rows(res.body.id)).map((r) => r.source);
    expect(sources.join(' ')).toContain('distributed in Moscow');
    expect(sources).not.toContain('Share this Article');
    expect(sources).not.toContain('About us');
  });

  it('translates a Word document and writes a .docx with the formatting in place', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">Down with </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>capitalism</w:t></w:r><w:r><w:t>!</w:t></w:r></w:p></w:body></w:document>`,
      ),
    });
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.docx', Buffer.from(docx)).expect(201)).body;
    expect(imported.format).toBe('docx');
    const [row] = await rows(imported.id);
    expect(row.source).toBe('Down with {1}capitalism{/1}!');
    await translate(row, 'Долой {1}капитализм{/1}!');
    const exported = await manager
      .get(`/api/documents/${imported.id}/export?lang=ru`)
      .buffer(true)
      .parse(binary as unknown as (res: unknown, callback: (err: Error | null, body: unknown) => void) => void)
      .expect(200);
    const xml = strFromU8(unzipSync(new Uint8Array(exported.body as Buffer))['word/document.xml']);
    expect(xml).toMatch(/<w:t[^>]*>Долой <\/w:t><\/w:r><w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*>капитализм<\/w:t><\/w:r><w:r><w:t[^>]*>!<\/w:t>/);
  });

  it('translates an OpenDocument text with a footnote and writes an .odt with its image and formatting', async () => {
    const NS =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"';
    const image = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>` +
          '<text:p>Down with <text:span text:style-name="T1">capitalism</text:span>!<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
          '<text:note-body><text:p>A leaflet of 1992.</text:p></text:note-body></text:note></text:p>' +
          '<text:p><draw:frame><draw:image xlink:href="Pictures/logo.png"/></draw:frame></text:p></office:text></office:body></office:document-content>',
      ),
      'Pictures/logo.png': image,
    });
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.odt', Buffer.from(odt)).expect(201)).body;
    expect(imported.format).toBe('odt');
    const [text, note] = await rows(imported.id);
    expect([text.source, note.source]).toEqual(['Down with {1}capitalism{/1}!{2/}', 'A leaflet of 1992.']);
    await translate(text, 'Долой {1}капитализм{/1}!{2/}');
    await translate(note, 'Листовка 1992 года.');
    const exported = await manager
      .get(`/api/documents/${imported.id}/export?lang=ru`)
      .buffer(true)
      .parse(binary as unknown as (res: unknown, callback: (err: Error | null, body: unknown) => void) => void)
      .expect(200);
    expect(exported.headers['content-type']).toBe('application/vnd.oasis.opendocument.text');
    const files = unzipSync(new Uint8Array(exported.body as Buffer));
    expect(strFromU8(files['content.xml'])).toContain(
      '<text:p>Долой <text:span text:style-name="T1">капитализм</text:span>!<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
        '<text:note-body><text:p>Листовка 1992 года.</text:p></text:note-body></text:note></text:p>',
    );
    expect(files['Pictures/logo.png']).toEqual(image);
  });

  it('imports the text layer of a PDF and exports the edition as DOCX, HTML or Markdown, never as PDF', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Forward to October', { x: 50, y: 760, size: 20, font });
    page.drawText('The leaflet was handed out in Moscow and called on the', { x: 50, y: 720, size: 11, font });
    page.drawText('workers to organise. It was read in every factory.', { x: 50, y: 706, size: 11, font });
    page.drawText('Page 1', { x: 280, y: 30, size: 9, font });
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.pdf', Buffer.from(await pdf.save())).expect(201))
      .body;
    expect([imported.format, imported.title]).toEqual(['pdf', 'Forward to October']);
    const segments = await rows(imported.id);
    expect(segments.map((r) => r.source)).toEqual([
      'Forward to October',
      'The leaflet was handed out in Moscow and called on the workers to organise.',
      'It was read in every factory.',
    ]);
    await translate(segments[0], 'Вперёд к Октябрю');
    const docx = await manager
      .get(`/api/documents/${imported.id}/export?lang=ru`)
      .buffer(true)
      .parse(binary as unknown as (res: unknown, callback: (err: Error | null, body: unknown) => void) => void)
      .expect(200);
    expect(docx.headers['content-disposition']).toContain('leaflet.ru.docx');
    expect(parseDocument(new Uint8Array(docx.body as Buffer), 'leaflet.ru.docx').blocks.map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'heading: Вперёд к Октябрю',
      'paragraph: The leaflet was handed out in Moscow and called on the workers to organise. It was read in every factory.',
    ]);
    const html = await manager.get(`/api/documents/${imported.id}/export?lang=ru&format=html`).buffer(true).expect(200);
    expect(html.text).toContain('<html lang="ru">');
    expect(html.text).toContain('<h1>Вперёд к Октябрю</h1>');
    const refused = await manager.get(`/api/documents/${imported.id}/export?lang=ru&format=pdf`).expect(422);
    expect(refused.body.message).toMatch(/docx, odt, html, md, xliff12 or xliff20 \(a PDF cannot be rebuilt\)/);
  });

  it('refuses a PDF without a text layer with 422 PDF_NO_TEXT, storing nothing', async () => {
    const other = await createProject(manager, 'en', ['de']);
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const res = await manager.upload(`/api/projects/${other.id}/documents`, 'scan.pdf', Buffer.from(await pdf.save())).expect(422);
    expect(res.body.code).toBe('PDF_NO_TEXT');
    expect(res.body.message).toMatch(/^scan\.pdf: The PDF has no text layer/);
    expect((await manager.get(`/api/projects/${other.id}/documents`).expect(200)).body).toEqual([]);
  });

  it('imports a bilingual XLIFF with its Russian targets and states', async () => {
    const file = fs.readFileSync(path.join(CORPUS, 'xliff12/msdocs_batch_en-ru.xlf'));
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'batch.xlf', file).expect(201)).body;
    expect(imported).toMatchObject({ format: 'xliff', segmentCount: 15 });
    expect(imported.importedTranslations).toBeGreaterThan(10);
    const first = (await rows(imported.id))[0];
    expect(first.source).toBe('Improved handling of batch-tracked items');
    expect(first.translation).toMatchObject({ text: 'Улучшенная обработка номенклатур с отслеженными партиями', status: 'translated', version: 1 });
    // what the file brought is in the memory: a new document with the same sentence gets it as a match
    const next: ImportResult = (
      await manager.upload(`/api/projects/${projectId}/documents`, 'next.txt', 'Improved handling of batch-tracked items\n').expect(201)
    ).body;
    const [row] = await rows(next.id);
    const matches = (await translator.get(`/api/segments/${row.id}/matches?lang=ru`).expect(200)).body.matches;
    expect(matches[0]).toMatchObject({ score: 100, target: 'Улучшенная обработка номенклатур с отслеженными партиями' });
  });

  it('leaves out targets that only copy their source unless the file marks them translated, and says how many', async () => {
    const xliff =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ru" datatype="plaintext" original="omegat.txt"><body>' +
      '<trans-unit id="1"><source>Down with capitalism!</source><target>Down with capitalism!</target></trans-unit>' +
      '<trans-unit id="2"><source>Interlinea</source><target state="translated">Interlinea</target></trans-unit>' +
      '<trans-unit id="3"><source>Forward!</source><target>Вперёд!</target></trans-unit></body></file></xliff>';
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'omegat.xlf', xliff).expect(201)).body;
    expect([imported.importedTranslations, imported.skippedSourceCopies]).toEqual([2, 1]);
    const [first] = await rows(imported.id);
    expect((await rows(imported.id)).map((r) => r.translation?.text ?? null)).toEqual([null, 'Interlinea', 'Вперёд!']);
    // Exported as the XLIFF it came as, the targets carry the edition's statuses.
    await translate(first, 'Долой капитализм!');
    const exported = (await manager.get(`/api/documents/${imported.id}/export?lang=ru`).buffer(true).expect(200)).text;
    expect(exported).toContain('<target state="translated">Долой капитализм!</target>');
    expect(exported).toContain('<target state="translated">Вперёд!</target>');
  });

  it('exports an XLIFF 2.0 as the file it came as, each segment with the state of its translation', async () => {
    const xliff =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru"><file id="f">' +
      '<unit id="u1"><segment id="s1"><source>Workers of the world, unite!</source></segment></unit>' +
      '<unit id="u2"><segment state="translated"><source>Bread and roses.</source><target>Хлеба и роз.</target></segment></unit></file></xliff>';
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'states.xliff', xliff).expect(201)).body;
    const [first, second] = await rows(imported.id);
    await translate(first, 'Пролетарии всех стран, соединяйтесь!');
    await manager.post(`/api/segments/${second.id}/translations/ru/review`, { decision: 'approve' }).expect(200);
    const exported = (await manager.get(`/api/documents/${imported.id}/export?lang=ru`).buffer(true).expect(200)).text;
    expect(exported).toContain(
      '<segment id="s1" state="translated"><source>Workers of the world, unite!</source><target>Пролетарии всех стран, соединяйтесь!</target></segment>',
    );
    expect(exported).toContain('<segment state="final"><source>Bread and roses.</source><target>Хлеба и роз.</target></segment>');
  });

  it('refuses an XLIFF whose target language is not an edition of the project, storing nothing', async () => {
    const other = await createProject(manager, 'en', ['de']);
    const res = await manager
      .upload(`/api/projects/${other.id}/documents`, 'batch.xlf', fs.readFileSync(path.join(CORPUS, 'xliff12/msdocs_batch_en-ru.xlf')))
      .expect(400);
    expect(res.body.details).toMatchObject({ reason: 'WRONG_LANGUAGE', field: 'trgLang' });
    expect((await manager.get(`/api/projects/${other.id}/documents`).expect(200)).body).toEqual([]);
  });

  it('exports an edition as XLIFF 2.0 and takes back the file another tool translated', async () => {
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'short.txt', 'First sentence. Second sentence.\n').expect(201))
      .body;
    const [first] = await rows(imported.id);
    await translate(first, 'Первое предложение.');
    const xliff = await manager.get(`/api/documents/${imported.id}/export?lang=ru&format=xliff20`).buffer(true).expect(200);
    expect(xliff.headers['content-disposition']).toContain('short.ru.xliff');
    expect(xliff.text).toContain('trgLang="ru"');
    const translatedElsewhere = xliff.text.replace(
      /(<source>Second sentence\.<\/source>)(\s*<target[^>]*>[^<]*<\/target>)?/,
      '$1<target>Второе предложение.</target>',
    );
    const update = await translator.agent
      .post(`/api/documents/${imported.id}/xliff`)
      .set('x-csrf-token', translator.csrfToken)
      .attach('file', Buffer.from(translatedElsewhere), 'short.ru.xliff')
      .expect(200);
    expect(update.body).toEqual({ language: 'ru', updated: 1, unchanged: 1, unknown: [], statusesLowered: 0 });
    expect((await rows(imported.id)).map((r) => r.translation?.text)).toEqual(['Первое предложение.', 'Второе предложение.']);
  });

  it('lowers approvals in an XLIFF to "translated" for an uploader who may not approve, and says so', async () => {
    const imported: ImportResult = (await manager.upload(`/api/projects/${projectId}/documents`, 'signed.txt', 'One sentence. Another sentence.\n').expect(201))
      .body;
    const xliff = (await manager.get(`/api/documents/${imported.id}/export?lang=ru&format=xliff20&unapproved=source`).buffer(true).expect(200)).text;
    // the file claims both units signed off, as a reviewer's tool would write them
    const signedOff = xliff
      .replace(/<segment(?: state="[^"]*")?>/g, '<segment state="final">')
      .replace(/(<source>One sentence\.<\/source>)(\s*<target[^>]*>[^<]*<\/target>)?/, '$1<target>Одно предложение.</target>')
      .replace(/(<source>Another sentence\.<\/source>)(\s*<target[^>]*>[^<]*<\/target>)?/, '$1<target>Другое предложение.</target>');
    const update = await translator.agent
      .post(`/api/documents/${imported.id}/xliff`)
      .set('x-csrf-token', translator.csrfToken)
      .attach('file', Buffer.from(signedOff), 'signed.ru.xliff')
      .expect(200);
    expect(update.body).toMatchObject({ updated: 2, statusesLowered: 2 });
    expect((await rows(imported.id)).map((r) => r.translation?.status)).toEqual(['translated', 'translated']);
    // the review endpoint refuses this translator too: the file was no way around it
    const [first] = await rows(imported.id);
    await translator.post(`/api/segments/${first.id}/translations/ru/review`, { decision: 'approve' }).expect(403);
  });

  it.each(fs.readdirSync(path.join(CORPUS, 'malformed')))('refuses malformed %s with a position or element and stores nothing', async (name) => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM segment'))[0].n;
    const res = await manager.upload(`/api/projects/${projectId}/documents`, name, fs.readFileSync(path.join(CORPUS, 'malformed', name))).expect(400);
    expect(res.body.code).toBe('FILE_REJECTED');
    expect(res.body.message).toMatch(/line \d+, column \d+|<\w+>/);
    expect((await t.db.query('SELECT count(*)::int AS n FROM segment'))[0].n).toBe(before);
  });
});

/** Reads a response body as bytes (supertest only buffers text types by itself). */
function binary(res: IncomingMessage, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
