import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { stripCodes, tokenLikePattern } from '@interlinea/inline-codes';
import { buildDocument, detectFormat, FormatError, parseDocument, ParsedDocument } from '../index';
import { editionDocx } from '../docx/test-support/edition-docx';
import { editionOdt } from './test-support/edition-odt';

const odt = editionOdt();
const document = parseDocument(odt, 'edition.odt');
const shape = (parsed: ParsedDocument): string[] => parsed.blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);
const partOf = (bytes: Uint8Array, path: string): string => strFromU8(unzipSync(bytes)[path]);
const sourceTexts = (parsed: ParsedDocument): string[] => parsed.blocks.map((block) => block.text);

describe('ODT: what a translator gets', () => {
  it('makes each paragraph and heading with text a block, spans as codes, a note’s text after its paragraph, the header last', () => {
    expect(document.format).toBe('odt');
    expect(document.title).toBe('The Workers’ Council edition');
    expect(shape(document)).toEqual([
      'heading1: The Workers’ Council edition',
      'paragraph: Every edition starts from the {1}source{/1} text,{2/}see {3}the guide{/3}.{4/}',
      'paragraph: A footnote with {1}emphasis{/1}.',
      'list-item: Upload the file{1/}{2/} stays text & so does <this>',
      'paragraph: Page {1/} of the edition,  spaced.',
      'table-cell: издание',
      'table-cell: {1}edition{/1}',
      'paragraph: Text in a box.',
      'paragraph: Interlinea',
    ]);
  });

  it('titles the codes for the translator from the styles, links and notes', () => {
    expect(document.blocks[1].codes?.map((code) => code.title)).toEqual(['bold', 'tab', 'link → https://example.org/guide?a=1&b=2', 'footnote 1']);
    expect(document.blocks[3].codes?.map((code) => code.title)).toEqual(['line break', 'text "{1}"']);
    expect(document.blocks[4].codes?.[0].title).toBe('field: page number');
  });

  it('is recognised by content without its extension, and keeps images out of the stored skeleton', () => {
    expect(detectFormat('upload', odt)).toBe('odt');
    expect(JSON.stringify(document.skeleton)).not.toContain('base64');
    expect(document.skeleton.package?.find((entry) => entry.path === 'Pictures/red.png')).toEqual({ path: 'Pictures/red.png', kept: true });
  });

  it('matches the OpenDocument names by namespace, whatever prefix the file uses', () => {
    const renamed = editionOdt(
      '<t:h t:outline-level="2" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0">Other <t:span>prefix</t:span></t:h><text:p>Usual</text:p>',
    );
    expect(shape(parseDocument(renamed, 'renamed.odt'))).toEqual(['heading2: Other {1}prefix{/1}', 'paragraph: Usual', 'paragraph: Interlinea']);
    const texts = ['Anderes {1}Präfix{/1}  hier', 'Üblich', 'Interlinea'];
    expect(partOf(buildDocument(parseDocument(renamed, 'renamed.odt').skeleton, texts, renamed), 'content.xml')).toContain(
      '<t:h t:outline-level="2" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0">Anderes <t:span>Präfix</t:span> <t:s/>hier</t:h>',
    );
  });
});

describe('ODT export', () => {
  it('gives back every file of the package unchanged when nothing is translated, mimetype first and stored', () => {
    const exported = buildDocument(document.skeleton, sourceTexts(document), odt);
    const files = unzipSync(exported);
    const original = unzipSync(odt);
    expect(Object.keys(files)).toEqual(Object.keys(original));
    for (const path of Object.keys(original)) expect([path, files[path]]).toEqual([path, original[path]]);
    // The first local file header: "mimetype", stored (method 0), as ODF requires.
    expect(strFromU8(exported.subarray(30, 38))).toBe('mimetype');
    expect(exported[8]).toBe(0);
  });

  it('keeps the skeleton JSON-serialisable', () => {
    const skeleton = JSON.parse(JSON.stringify(document.skeleton));
    expect(partOf(buildDocument(skeleton, sourceTexts(document), odt), 'content.xml')).toBe(partOf(odt, 'content.xml'));
  });

  const texts = sourceTexts(document);
  texts[1] = 'Jede Ausgabe beginnt mit dem {1}Quelltext{/1},{2/}siehe {3}Leitfaden{/3} & <Anhang>.{4/}';
  texts[2] = 'Eine Fußnote mit {1}Betonung{/1}.';
  texts[3] = 'Datei hochladen{1/}Zeile zwei\tmit Tab';
  texts[7] = 'Text im Kasten.';
  texts[8] = 'Interlinea — Kopfzeile';
  const translated = buildDocument(document.skeleton, texts, odt);

  it('writes the translation with the spans, the link, the note and its translated text', () => {
    const xml = partOf(translated, 'content.xml');
    expect(xml).toContain(
      '<text:p text:style-name="Standard"><text:bookmark text:name="intro"/>Jede Ausgabe beginnt mit dem <text:span text:style-name="T1">Quelltext</text:span>,<text:tab/>siehe ' +
        '<text:a xlink:type="simple" xlink:href="https://example.org/guide?a=1&amp;b=2">Leitfaden</text:a> &amp; &lt;Anhang&gt;.<text:note text:id="ftn1" text:note-class="footnote">' +
        '<text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Eine Fußnote mit <text:span text:style-name="T2">Betonung</text:span>.</text:p></text:note-body></text:note></text:p>',
    );
    expect(xml).toContain('<text:p text:style-name="P2">Datei hochladen<text:line-break/>Zeile zwei<text:tab/>mit Tab</text:p>');
    expect(xml).toContain('<draw:text-box><text:p>Text im Kasten.</text:p></draw:text-box>');
    expect(partOf(translated, 'styles.xml')).toContain('<text:p text:style-name="Header">Interlinea — Kopfzeile</text:p>');
    expect(unzipSync(translated)['Pictures/red.png']).toEqual(unzipSync(odt)['Pictures/red.png']);
  });

  it('re-imports the translation with the same blocks and codes', () => {
    const again = parseDocument(translated, 'edition.de.odt');
    expect(again.blocks.map((block) => block.kind)).toEqual(document.blocks.map((block) => block.kind));
    // The tab the translator typed is a code of the file now, as the source's tabs are.
    expect(sourceTexts(again)).toEqual(texts.map((text) => text.replace('zwei\tmit', 'zwei{2/}mit')));
  });

  it('writes a valid document whatever the translator did to the tokens', () => {
    const careless = document.blocks.map((block, i) => `{/3}Text ${i} {3}{1}x{/3}{9/}{4/}{4/}`);
    const again = parseDocument(buildDocument(document.skeleton, careless, odt), 'careless.odt');
    // A note code typed twice writes the note twice: its text comes back twice.
    expect(again.blocks.length).toBeGreaterThanOrEqual(careless.length);
    expect(again.blocks.slice(0, 2).map((block) => stripCodes(block.text).replace(tokenLikePattern(), ''))).toEqual(
      careless.slice(0, 2).map((text) => stripCodes(text).replace(tokenLikePattern(), '')),
    );
  });

  it('opens in LibreOffice with the translated text, and reads a document LibreOffice wrote', () => {
    const soffice = findSoffice();
    const folder = mkdtempSync(join(tmpdir(), 'interlinea-odt-'));
    try {
      writeFileSync(join(folder, 'edition.odt'), translated);
      const text = convert(soffice, folder, 'edition.odt', 'txt:Text', 'edition.txt').toString('utf8');
      expect(text).toContain('Jede Ausgabe beginnt mit dem Quelltext,\tsiehe Leitfaden & <Anhang>.');
      expect(text).toContain('Zeile zwei\tmit Tab');
      expect(convert(soffice, folder, 'edition.odt', 'html', 'edition.html').toString('utf8')).toMatch(/Eine\s+Fußnote\s+mit\s+<i>Betonung<\/i>\./);

      // A Word document saved as .odt by LibreOffice: its own XML, styles and namespaces.
      writeFileSync(join(folder, 'word.docx'), editionDocx());
      const written = convert(soffice, folder, 'word.docx', 'odt', 'word.odt');
      const parsed = parseDocument(written, 'word.odt');
      expect(parsed.blocks.map((block) => stripCodes(block.text).trim())).toEqual(
        expect.arrayContaining(['The Workers’ Council edition', 'издание', 'Interlinea', 'A footnote.']),
      );
      const untranslated = unzipSync(buildDocument(parsed.skeleton, sourceTexts(parsed), written));
      for (const [path, bytes] of Object.entries(unzipSync(written))) expect([path, untranslated[path]]).toEqual([path, bytes]);
      const german = sourceTexts(parsed).map((source) => source.replace('edition', 'Ausgabe'));
      writeFileSync(join(folder, 'word.de.odt'), buildDocument(parsed.skeleton, german, written));
      expect(convert(soffice, folder, 'word.de.odt', 'txt:Text', 'word.de.txt').toString('utf8')).toContain('Every Ausgabe starts from the source text');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('ODT files that cannot be read', () => {
  const refusal = (bytes: Uint8Array): FormatError => {
    try {
      parseDocument(bytes, 'broken.odt');
    } catch (error) {
      if (error instanceof FormatError) return error;
      throw error;
    }
    throw new Error('imported');
  };

  it('refuses a file that is not a zip, a zip without content.xml, and a spreadsheet', () => {
    expect(refusal(new TextEncoder().encode('just text')).code).toBe('INVALID_ODT');
    expect(refusal(zipSync({ 'styles.xml': new TextEncoder().encode('<x/>') })).message).toBe(
      'The file is not an OpenDocument text: the archive has no content.xml. Save it as .odt in LibreOffice and upload it again.',
    );
    const spreadsheet = zipSync({
      mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': new TextEncoder().encode('<x/>'),
    });
    expect(refusal(spreadsheet).message).toMatch(/another kind \(application\/vnd\.oasis\.opendocument\.spreadsheet\)/);
  });

  it('names the part, line and column of broken XML', () => {
    const error = refusal(editionOdt('<text:p><text:span>unclosed</text:p>'));
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message).toMatch(
      /^The OpenDocument text's content.xml is not well-formed XML at line 2, column \d+: the close tag <\/text:p> comes while <text:span>/,
    );
  });
});

function findSoffice(): string {
  // No skipping: without soffice this test fails, so a missing LibreOffice cannot pass for a checked export.
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('LibreOffice (soffice) is not installed. Install it with `apt-get install -y --no-install-recommends libreoffice-writer-nogui`.');
  }
}

function convert(soffice: string, folder: string, input: string, to: string, output: string): Buffer {
  // A profile of its own: a LibreOffice already running with the default profile would otherwise take over the conversion.
  const profile = `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`;
  const run = spawnSync(soffice, [profile, '--headless', '--convert-to', to, '--outdir', folder, join(folder, input)], { timeout: 120_000, encoding: 'utf8' });
  if (!existsSync(join(folder, output))) throw new Error(`LibreOffice did not convert ${input} (exit ${run.status}): ${run.stdout}${run.stderr}`);
  return readFileSync(join(folder, output));
}
