import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { stripCodes, tokenLikePattern } from '@interlinea/inline-codes';
import { buildDocument, FormatError, parseDocument, ParsedDocument } from '../index';
import { editionDocx } from './test-support/edition-docx';

const docx = editionDocx();
const document = parseDocument(docx, 'edition.docx');
const shape = (parsed: ParsedDocument): string[] => parsed.blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);
const partOf = (bytes: Uint8Array, path: string): string => strFromU8(unzipSync(bytes)[path]);

describe('DOCX: what a translator gets', () => {
  it('makes each paragraph with text a block, formatting as codes, in reading order: body, header, footnotes', () => {
    expect(document.format).toBe('docx');
    expect(document.title).toBe('The Workers’ Council edition');
    expect(shape(document)).toEqual([
      'heading1: The Workers’ Council edition',
      // The footnote reference after the last text stays in the skeleton, at the end of the paragraph.
      'paragraph: Every edition starts from the {1}source{/1} text,{2/}see {3}the guide{/3}.',
      'list-item: Upload the file{1/}{2/} stays text & so does <this>',
      'paragraph: Page {1/} of the edition',
      'table-cell: издание',
      'table-cell: edition',
      'paragraph: Interlinea',
      'paragraph:  A footnote.',
    ]);
  });

  it('titles the codes for the translator and keeps their XML as JSON', () => {
    expect(document.blocks[1].codes?.map((code) => code.title)).toEqual(['bold', 'tab', 'link → https://example.org/guide?a=1&b=2, style Hyperlink']);
    expect(JSON.parse(document.blocks[1].codes?.[0].open ?? '')).toEqual({ rPr: '<w:rPr><w:b/></w:rPr>', open: [] });
    expect(document.blocks[3].codes?.[0].title).toBe('field: PAGE');
    expect(document.blocks[2].codes?.map((code) => code.title)).toEqual(['line break', 'text "{1}"']);
  });
});

describe('DOCX export', () => {
  it('gives back every file of the package unchanged when nothing is translated', () => {
    const exported = unzipSync(
      buildDocument(
        document.skeleton,
        document.blocks.map((block) => block.text),
        docx,
      ),
    );
    const original = unzipSync(docx);
    expect(Object.keys(exported)).toEqual(Object.keys(original));
    for (const path of Object.keys(original)) expect([path, exported[path]]).toEqual([path, original[path]]);
  });

  it('keeps the skeleton JSON-serialisable', () => {
    const skeleton = JSON.parse(JSON.stringify(document.skeleton));
    expect(
      buildDocument(
        skeleton,
        document.blocks.map((block) => block.text),
        docx,
      ).length,
    ).toBeGreaterThan(0);
  });

  const texts = document.blocks.map((block) => block.text);
  texts[1] = 'Jede Ausgabe beginnt mit dem {1}Quelltext{/1},{2/}siehe {3}Leitfaden{/3} & <Anhang>.';
  texts[2] = 'Datei hochladen{1/}Zeile zwei\tmit Tab';
  texts[6] = 'Interlinea — Kopfzeile';
  const translated = buildDocument(document.skeleton, texts, docx);

  it('rebuilds the runs from the codes: formatting, hyperlink, tab, line break', () => {
    const xml = partOf(translated, 'word/document.xml');
    expect(xml).toContain(
      '<w:bookmarkStart w:id="0" w:name="intro"/><w:r><w:t xml:space="preserve">Jede Ausgabe beginnt mit dem </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Quelltext</w:t></w:r>' +
        '<w:r><w:t xml:space="preserve">,</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">siehe </w:t></w:r>' +
        '<w:hyperlink r:id="rId5" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">Leitfaden</w:t></w:r></w:hyperlink>' +
        '<w:r><w:t xml:space="preserve"> &amp; &lt;Anhang&gt;.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:bookmarkEnd w:id="0"/></w:p>',
    );
    expect(xml).toContain(
      '<w:r><w:t xml:space="preserve">Datei hochladen</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">Zeile zwei</w:t><w:tab/><w:t xml:space="preserve">mit Tab</w:t></w:r>',
    );
    expect(partOf(translated, 'word/header1.xml')).toContain('<w:r><w:t xml:space="preserve">Interlinea — Kopfzeile</w:t></w:r>');
    expect(unzipSync(translated)['word/media/image1.png']).toEqual(unzipSync(docx)['word/media/image1.png']);
  });

  it('re-imports the translation with the same blocks and codes', () => {
    const again = parseDocument(translated, 'edition.de.docx');
    expect(again.blocks.map((block) => block.kind)).toEqual(document.blocks.map((block) => block.kind));
    expect(again.blocks[1].text).toBe(texts[1]);
  });

  it('writes a valid document whatever the translator did to the tokens', () => {
    const careless = document.blocks.map((block, i) => `{/3}Text ${i} {3}{1}x{/3}{9/}{4/}{4/}`);
    const again = parseDocument(buildDocument(document.skeleton, careless, docx), 'careless.docx');
    expect(again.blocks.map((block) => stripCodes(block.text).replace(tokenLikePattern(), ''))).toEqual(
      careless.map((text) => stripCodes(text).replace(tokenLikePattern(), '')),
    );
  });

  it('opens in LibreOffice with the translated text', () => {
    // No skipping: without soffice this test fails, so a missing LibreOffice cannot pass for a checked export.
    let soffice: string;
    try {
      soffice = execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error(
        'LibreOffice (soffice) is not installed, so the exported .docx cannot be opened in it. ' +
          'Install it with `apt-get install -y --no-install-recommends libreoffice-writer-nogui` (.ci/run does this on a fresh machine).',
      );
    }
    const folder = mkdtempSync(join(tmpdir(), 'interlinea-docx-'));
    writeFileSync(join(folder, 'edition.docx'), translated);
    // A profile of its own: a LibreOffice already running with the default profile would otherwise take over the conversion.
    const profile = `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`;
    const converted = spawnSync(soffice, [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, join(folder, 'edition.docx')], {
      timeout: 120_000,
      encoding: 'utf8',
    });
    if (!existsSync(join(folder, 'edition.txt'))) {
      throw new Error(
        `LibreOffice did not convert the exported .docx (exit ${converted.status}${converted.error ? `, ${converted.error.message}` : ''}): ${converted.stdout}${converted.stderr}`,
      );
    }
    const text = readFileSync(join(folder, 'edition.txt'), 'utf8');
    expect(text).toContain('Jede Ausgabe beginnt mit dem Quelltext,\tsiehe Leitfaden & <Anhang>.');
    expect(text).toContain('Datei hochladen');
    expect(text).toContain('Zeile zwei\tmit Tab');
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);
});

describe('DOCX text boxes', () => {
  const box = (text: string) => `<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
  const body =
    '<w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>' +
    box('Workers of all countries, unite!') +
    '</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
    box('Workers of all countries, unite!') +
    '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>and after it.</w:t></w:r></w:p>' +
    '<w:p><w:r><w:drawing><wp:inline><wps:wsp><wps:txbx>' +
    box('A box alone in its paragraph') +
    '</wps:txbx></wps:wsp></wp:inline></w:drawing></w:r></w:p>';
  const withBoxes = editionDocx(body);
  const parsed = parseDocument(withBoxes, 'boxes.docx');

  it('makes the paragraphs of text boxes blocks of their own, after the document’s', () => {
    expect(shape(parsed).slice(0, 1)).toEqual(['paragraph: Before the box {1/}and after it.']);
    expect(shape(parsed)).toEqual(expect.arrayContaining(['paragraph: Workers of all countries, unite!', 'paragraph: A box alone in its paragraph']));
    expect(shape(parsed).filter((line) => line.includes('Workers of all'))).toHaveLength(2); // the drawing and its VML fallback
  });

  it('writes the text boxes back translated, and untranslated byte for byte', () => {
    const same = unzipSync(
      buildDocument(
        parsed.skeleton,
        parsed.blocks.map((block) => block.text),
        withBoxes,
      ),
    );
    expect(same['word/document.xml']).toEqual(unzipSync(withBoxes)['word/document.xml']);
    const texts = parsed.blocks.map((block) =>
      block.text
        .replace('Workers of all countries, unite!', 'Proletarier aller Länder, vereinigt euch!')
        .replace('A box alone in its paragraph', 'Ein Kasten für sich'),
    );
    const xml = partOf(buildDocument(parsed.skeleton, texts, withBoxes), 'word/document.xml');
    expect(xml.match(/Proletarier aller Länder, vereinigt euch!/g)).toHaveLength(2);
    expect(xml).toContain(
      '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Ein Kasten für sich</w:t></w:r></w:p></w:txbxContent>',
    );
    expect(xml).not.toContain('\uFFFF');
  });
});

describe('DOCX fields', () => {
  const run = (inner: string) => `<w:r>${inner}</w:r>`;
  const field = (instruction: string, result: string) =>
    run('<w:fldChar w:fldCharType="begin"/>') +
    run(`<w:instrText xml:space="preserve"> ${instruction} </w:instrText>`) +
    run('<w:fldChar w:fldCharType="separate"/>') +
    result +
    run('<w:fldChar w:fldCharType="end"/>');
  const body = `<w:p>${run('<w:t xml:space="preserve">Read </w:t>')}${field('HYPERLINK "https://example.org"', run('<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>our paper</w:t>'))}${run('<w:t xml:space="preserve"> on page </w:t>')}${field('PAGEREF intro', run('<w:t>3</w:t>'))}${run('<w:t>.</w:t>')}</w:p>`;
  const withFields = editionDocx(body);
  const parsed = parseDocument(withFields, 'fields.docx');

  it('makes the visible text of a field translatable, the field a code around it; a number stays in the code', () => {
    expect(parsed.blocks[0].text).toBe('Read {1}our paper{/1} on page {2/}.');
    expect(parsed.blocks[0].codes?.map((code) => code.title)).toEqual(['field: HYPERLINK "https://example.org", style Hyperlink', 'field: PAGEREF intro']);
  });

  it('writes the field around the translated text, and the untranslated document as it was', () => {
    const same = unzipSync(
      buildDocument(
        parsed.skeleton,
        parsed.blocks.map((block) => block.text),
        withFields,
      ),
    );
    expect(same['word/document.xml']).toEqual(unzipSync(withFields)['word/document.xml']);
    const texts = parsed.blocks.map((block, i) => (i === 0 ? 'Lies {1}unsere Zeitung{/1} auf Seite {2/}.' : block.text));
    const xml = partOf(buildDocument(parsed.skeleton, texts, withFields), 'word/document.xml');
    expect(xml).toContain(
      `${run('<w:fldChar w:fldCharType="separate"/>')}<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">unsere Zeitung</w:t></w:r>${run('<w:fldChar w:fldCharType="end"/>')}`,
    );
    expect(xml).toContain(`auf Seite </w:t></w:r>${field('PAGEREF intro', run('<w:t>3</w:t>'))}`);
  });
});

describe('DOCX files that cannot be read', () => {
  const refusal = (bytes: Uint8Array): FormatError => {
    try {
      parseDocument(bytes, 'broken.docx');
    } catch (error) {
      if (error instanceof FormatError) return error;
      throw error;
    }
    throw new Error('imported');
  };

  it('refuses a file that is not a zip, or a zip without word/document.xml', () => {
    expect(refusal(new TextEncoder().encode('just text')).code).toBe('INVALID_DOCX');
    const noDocument = refusal(zipSync({ 'content.xml': new TextEncoder().encode('<office:document/>') }));
    expect([noDocument.code, noDocument.message]).toEqual([
      'INVALID_DOCX',
      'The file is not a Word document: the archive has no word/document.xml. Save it as .docx (Word 2007 or later) and upload it again.',
    ]);
  });

  it('names the part, line and column of broken XML', () => {
    const error = refusal(editionDocx('<w:p><w:r><w:t>unclosed</w:r></w:p>'));
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message).toMatch(
      /^The Word document's word\/document.xml is not well-formed XML at line 3, column \d+: the close tag <\/w:r> comes while <w:t> \(opened at line 3, column 11\) is still open\./,
    );
  });
});

describe('DOCX whose WordprocessingML namespace has another prefix', () => {
  // The same package with the namespace bound to "ns0" (as some converters write it) instead of "w".
  const renamed = zipSync(
    Object.fromEntries(
      Object.entries(unzipSync(docx)).map(([path, bytes]) => [
        path,
        path.endsWith('.xml') && path.startsWith('word/')
          ? new TextEncoder().encode(
              strFromU8(bytes)
                .replace(/xmlns:w=/g, 'xmlns:ns0=')
                .replace(/(<\/?|\s)w:/g, '$1ns0:'),
            )
          : bytes,
      ]),
    ),
  );
  const parsed = parseDocument(renamed, 'ns0.docx');
  const visible = (found: ParsedDocument): unknown[] =>
    found.blocks.map((block) => [block.kind, block.level, block.text, block.codes?.map((code) => code.title)]);

  it('reads the same blocks and codes as with "w:"', () => {
    expect(partOf(renamed, 'word/document.xml')).toContain('<ns0:p>');
    expect(partOf(renamed, 'word/document.xml')).not.toContain('<w:');
    expect(visible(parsed)).toEqual(visible(document));
  });

  it('gives the upload back byte for byte when nothing is translated, and writes a translation in its prefix', () => {
    const untranslated = unzipSync(
      buildDocument(
        parsed.skeleton,
        parsed.blocks.map((block) => block.text),
        renamed,
      ),
    );
    for (const [path, bytes] of Object.entries(unzipSync(renamed))) expect([path, untranslated[path]]).toEqual([path, bytes]);
    const german = parsed.blocks.map((block) => block.text);
    german[1] = 'Jede Ausgabe beginnt mit dem {1}Quelltext{/1},{2/}siehe {3}Leitfaden{/3}.';
    german[2] = 'Datei hochladen{1/}Zeile zwei\tmit Tab';
    const exported = buildDocument(parsed.skeleton, german, renamed);
    const xml = partOf(exported, 'word/document.xml');
    expect(xml).toContain('<ns0:r><ns0:t xml:space="preserve">Jede Ausgabe beginnt mit dem </ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:b/></ns0:rPr>');
    expect(xml).toContain('<ns0:r><ns0:t xml:space="preserve">Zeile zwei</ns0:t><ns0:tab/><ns0:t xml:space="preserve">mit Tab</ns0:t></ns0:r>');
    expect(xml).not.toMatch(/<\/?w:/);
    const again = parseDocument(exported, 'ns0.de.docx');
    // A typed tab comes back as a code, as it does with "w:".
    const withW = parseDocument(buildDocument(document.skeleton, german, docx), 'w.de.docx');
    expect(visible(again)).toEqual(visible(withW));
    expect(again.blocks[1].text).toBe(german[1]);
  });

  it('does not take elements of another namespace that happen to use "w:" for WordprocessingML', () => {
    const foreign = editionDocx('<w:p xmlns:w="urn:example:not-word"><w:r><w:t>Not Word</w:t></w:r></w:p>');
    expect(parseDocument(foreign, 'foreign.docx').blocks.map((block) => block.text)).not.toContain('Not Word');
  });
});
