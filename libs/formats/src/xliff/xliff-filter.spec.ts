import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripCodes } from '@interlinea/inline-codes';
import { buildDocument, FormatError, parseDocument, ParsedDocument } from '../index';

const corpus = resolve(__dirname, '../../../../../shared/corpus/formats');
const read = (path: string): Uint8Array => readFileSync(join(corpus, path));
const parse = (path: string): ParsedDocument => parseDocument(read(path), path.split('/').pop() as string);
const asText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
/** Every file of the corpus's XLIFF folders (xliff12/, xliff20/, any xliff* folder added later). */
const xliffFixtures = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.toLowerCase().startsWith('xliff'))
  .flatMap((folder) => readdirSync(join(corpus, folder.name)).map((name) => `${folder.name}/${name}`));

describe('every XLIFF fixture of the corpus imports and exports', () => {
  it('finds the fixtures', () => {
    expect(xliffFixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(xliffFixtures)('%s', (path) => {
    const document = parse(path);
    expect(document.format).toBe('xliff');
    expect(document.blocks.length).toBeGreaterThan(0);
    const { bilingual } = document;
    expect(bilingual?.sourceLanguage).toMatch(/^[a-z]{2}/i);
    expect(bilingual?.units.map((unit) => unit.blockIndex)).toEqual(document.blocks.map((_, i) => i));
    // Export with the existing targets (the source where there is none): a file that reads back the same.
    const texts = bilingual!.units.map((unit) => unit.target ?? document.blocks[unit.blockIndex].text);
    const again = parseDocument(buildDocument(document.skeleton, texts), 'again.xlf');
    expect(again.blocks.map((block) => block.text)).toEqual(document.blocks.map((block) => block.text));
    expect(again.bilingual?.units.map((unit) => unit.target)).toEqual(texts);
  });
});

describe('XLIFF 1.2', () => {
  it('reads <g> as paired codes, with whitespace collapsed, and the targets the file has', () => {
    const document = parse('xliff12/locize_generic-span12.xliff');
    expect(document.blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'An application to manipulate and process {1}{doctype}{/1} documents',
      codes: [
        { id: 1, kind: 'paired', open: '<g id="doctype" ctype="x-python-brace-param">', close: '</g>', title: '<g id="doctype" ctype="x-python-brace-param">' },
      ],
    });
    expect(document.bilingual).toMatchObject({ sourceLanguage: 'en-US', targetLanguage: 'de-CH' });
    expect(document.bilingual?.units[0]).toEqual({ blockIndex: 0, target: 'Hallo {1}{name}{/1}', state: 'translated', notes: [], id: 'key1' });
  });

  it('pairs <bpt>/<ept> and <bx>/<ex>, and titles a code with the native code it stands for', () => {
    const tags = parse('xliff12/omegat_XLIFFFilter-tags.xlf');
    expect(tags.blocks[1].text).toBe('About {1}Gandalf{/1}');
    expect(tags.blocks[1].codes?.[0]).toEqual({
      id: 1,
      kind: 'paired',
      open: '<bpt id="1">&lt;b&gt;</bpt>',
      close: '<ept id="1">&lt;/b&gt;</ept>',
      title: '<b>',
    });
    const spans = parse('xliff12/locize_generic-span-start-end12.xliff');
    expect(spans.blocks[0].text).toBe('This is {1}bold {/1} text');
    expect(spans.bilingual?.units[0].target).toBe('Dies ist {1}fett formatierter {/1} Text');
  });

  it('numbers a target’s codes after the source’s codes with the same native id, and adds the others', () => {
    const document = parse('xliff12/omegat_XLIFFFilter-tags.xlf');
    const unit = document.bilingual!.units[8];
    expect(unit.target).toBe('Nested tags: before {1}{2}{3/}{/2}{/1} after');
    expect(document.blocks[8].codes?.map((code) => code.open ?? code.data)).toEqual(['<g id="0">', '<g id="1">', '<x id="2"/>']);
  });

  it('maps states and approval to statuses, and skips units not to translate', () => {
    const document = parse('xliff12/okapi_Manual-12-AltTrans.xlf');
    expect(document.bilingual?.units.map(({ id, state, target }) => [id, state, target])).toEqual([
      ['6', null, null],
      ['1', null, null],
      ['2', 'translated', 'Texte numéro 2.'],
      ['3', 'approved', 'Texte numéro 3'],
      ['4', null, null],
      ['5', null, null],
    ]);
    expect(document.blocks.some((block) => block.text.includes('Do not translate'))).toBe(false);
  });

  it('reads a real en→ru localisation file with its translations', () => {
    const document = parse('xliff12/msdocs_batch_en-ru.xlf');
    expect(document.bilingual?.targetLanguage).toBe('ru-RU');
    expect(document.bilingual?.units[0]).toMatchObject({ id: '101', state: 'translated', target: 'Улучшенная обработка номенклатур с отслеженными партиями' });
    expect(document.blocks.find((block) => block.text.includes('{1}Retail parameters{/1}'))?.codes?.[0].title).toBe('**');
  });

  it('splits a unit segmented in <seg-source> into its segments and writes each into its <mrk>', () => {
    const document = parse('xliff12/okapi_TS09-12-Test01.xlf');
    expect(document.bilingual?.units[0]).toMatchObject({ id: '22bfcddb-0d5f-4493-b630-1a7bae84fd29/1', target: 'Erste Schritte' });
    const texts = document.blocks.map((_, i) => `Übersetzung ${i}`);
    const edition = asText(buildDocument(document.skeleton, texts));
    expect(edition).toContain('<target><mrk mtype="seg" mid="1">Übersetzung 0</mrk></target>');
    expect(parseDocument(new TextEncoder().encode(edition), 'edition.sdlxliff').bilingual?.units.map((unit) => unit.target)).toEqual(texts);
  });
});

describe('XLIFF 2.0', () => {
  it('makes each segment a block, with segment states and unit notes', () => {
    const document = parse('xliff20/oasis_everything-core.xlf');
    expect(document.bilingual?.units.map(({ id, state }) => [id, state])).toEqual([
      ['tu1/1', 'translated'],
      ['tu1/2', 'draft'],
      ['tu3', null],
      ['tu3end', null],
      ['tu2', null],
    ]);
    // The <file> has xml:space="preserve": the line break stays.
    expect(document.blocks[4].text).toBe('{1}special text{/1} and more\n{2/}.');
    expect(document.blocks[4].codes?.map((code) => code.title)).toEqual(['[b [#$tu3] ]', '[rtl-data ]']);
    expect(parse('xliff20/oasis_allExtensions.xlf').bilingual?.units[1]).toEqual({
      blockIndex: 1,
      target: 'texte{1/}{2/}',
      state: 'draft',
      notes: ['note'],
      id: '2',
    });
  });

  it('reads <pc>, <sc>/<ec>, <sm>/<em>, <mrk>, <ph> and <cp> as codes', () => {
    const document = parse('xliff20/oasis_allExtensions.xlf');
    expect(document.blocks[0].text).toBe('{1/} {2}text{/2} {3} {4} text {5/} {/3} {/4} {6}text{/6}');
    expect(document.blocks[0].codes?.map((code) => `${code.kind} ${code.open ?? code.data}`)).toEqual([
      'standalone <ph id="1" dataRef="d1" fs:fs="b"/>',
      'paired <pc id="2" fs:fs="b">',
      'paired <sc id="3" fs:fs="b"/>',
      'paired <sm id="m1" translate="yes" my:attr="val"/>',
      'standalone <cp hex="0001"/>',
      'paired <mrk id="m2" type="my:type" my:attr="val">',
    ]);
  });

  it('keeps reordered codes in the target', () => {
    const document = parse('xliff20/oasis_withReorderedCodes.xlf');
    expect(document.blocks[0].text).toBe('{1} text {2/} {/1} {3/}');
    expect(document.bilingual?.units[0].target).toBe('{3/} {1} text {2/} {/1}');
  });
});

describe('translations written into the XLIFF', () => {
  const document = parse('xliff12/omegat_XLIFFFilter-tags.xlf');

  it('writes text escaped and codes as the native elements of the source', () => {
    const texts = document.blocks.map((block) => block.text);
    texts[1] = 'Über {1}Gandalf & <Frodo>{/1}';
    const edition = asText(buildDocument(document.skeleton, texts));
    expect(edition).toContain('<target xml:lang="FR-FR">Über <bpt id="1">&lt;b&gt;</bpt>Gandalf &amp; &lt;Frodo&gt;<ept id="1">&lt;/b&gt;</ept></target>');
  });

  it('stays well-formed whatever the translator did to the tokens', () => {
    const texts = document.blocks.map((block, i) => `${stripCodes(block.text)} {/1}{2}{1} {9/} ${i}`);
    const again = parseDocument(buildDocument(document.skeleton, texts), 'again.xlf');
    expect(again.bilingual?.units.map((unit) => stripCodes(unit.target ?? ''))).toEqual(texts.map((text) => stripCodes(text)));
  });
});

describe('malformed files are refused with the place of the problem', () => {
  const refusal = (path: string): FormatError => {
    try {
      parse(path);
    } catch (error) {
      if (error instanceof FormatError) return error;
      throw error;
    }
    throw new Error(`${path} was imported`);
  };

  it.each([
    [
      'omegat_XLIFFFilter-invalid-content.xlf',
      'MALFORMED_XML',
      { line: 7, column: 25 },
      'The file is not well-formed XML at line 7, column 25: disallowed character. Fix it in the tool that produced it and upload it again.',
    ],
    [
      'okapi_codesimplifier_out_test1.xlf',
      'MALFORMED_XML',
      { line: 1, column: 699 },
      'The file is not well-formed XML at line 1, column 699: the close tag </source> comes while <g> (opened at line 1, column 629) is still open. Fix it in the tool that produced it and upload it again.',
    ],
    [
      'oasis_bad_EcBeforeSc.xlf',
      'INVALID_XLIFF',
      { line: 6, column: 13 },
      'The file is not valid XLIFF 2.0: <ec startRef="1"/> at line 6, column 13 (unit "1") closes <sc id="1">, which is not opened before it.',
    ],
    [
      'oasis_bad_InvalidLoneSm.xlf',
      'INVALID_XLIFF',
      { line: 6, column: 20 },
      'The file is not valid XLIFF 2.0: <sm translate="no" id="m1"/> at line 6, column 20 (unit "1") is never closed: no <em startRef="m1"> follows it.',
    ],
  ])('%s', (name, code, position, message) => {
    const error = refusal(`malformed/${name}`);
    expect([error.code, error.position, error.message]).toEqual([code, position, message]);
  });

  it('every file of malformed/ is refused, naming where or what the problem is', () => {
    for (const name of readdirSync(join(corpus, 'malformed'))) {
      const error = refusal(`malformed/${name}`);
      expect(error.message).toMatch(/line \d+, column \d+|root element <\w+>/);
    }
  });

  it('names the root element of XML that is not XLIFF', () => {
    expect(() => parseDocument(new TextEncoder().encode('<?xml version="1.0"?>\n<tmx version="1.4"/>'), 'memory.xlf')).toThrow(
      'The file is XML but not XLIFF: its root element is <tmx>, not <xliff>.',
    );
    expect(refusal('malformed/omegat_invalid.tmx').code).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('XLIFF targets the file marks, or not, as translated', () => {
  it('lists the targets that no state or approval marks as translated', () => {
    const xliff =
      '<xliff version="1.2"><file source-language="en" target-language="ru" datatype="plaintext" original="a"><body>' +
      '<trans-unit id="1"><source>Copy</source><target>Copy</target></trans-unit>' +
      '<trans-unit id="2"><source>Marked</source><target state="final">Marked</target></trans-unit>' +
      '<trans-unit id="3" approved="yes"><source>Approved</source><target>Approved</target></trans-unit>' +
      '<trans-unit id="4"><source>Empty</source></trans-unit></body></file></xliff>';
    expect(parseDocument(new TextEncoder().encode(xliff), 'a.xlf').unmarkedTargets).toEqual([0]);
    const v20 =
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru"><file id="f"><unit id="u1">' +
      '<segment><source>Copy</source><target>Copy</target></segment><segment state="translated"><source>Done</source><target>Done</target></segment></unit></file></xliff>';
    expect(parseDocument(new TextEncoder().encode(v20), 'a.xliff').unmarkedTargets).toEqual([0]);
  });
});

describe('XLIFF written through the document builder', () => {
  it('updates the 1.2 targets’ state from the statuses, and leaves the file as it was without them', () => {
    const xliff =
      '<xliff version="1.2"><file source-language="en" target-language="ru" datatype="plaintext" original="a"><body>' +
      '<trans-unit id="1"><source>One</source><target state="new">One</target></trans-unit>' +
      '<trans-unit id="2"><source>Two</source><target state=\'needs-translation\' state-qualifier="x"></target></trans-unit>' +
      '<trans-unit id="3"><source>Three</source></trans-unit></body></file></xliff>';
    const document = parseDocument(new TextEncoder().encode(xliff), 'a.xlf');
    const source = document.blocks.map((block) => block.text);
    expect(new TextDecoder().decode(buildDocument(document.skeleton, [document.bilingual!.units[0].target!, 'Two', 'Three']))).toBe(
      xliff
        .replace('<target state=\'needs-translation\' state-qualifier="x"></target>', '<target state=\'needs-translation\' state-qualifier="x">Two</target>')
        .replace('<source>Three</source>', '<source>Three</source><target>Three</target>'),
    );
    const written = new TextDecoder().decode(buildDocument(document.skeleton, ['Один', 'Два', source[2]], undefined, ['approved', 'translated', null]));
    expect(written).toContain('<target state="signed-off">Один</target>');
    expect(written).toContain('<target state="translated">Два</target>');
    expect(written).toContain('<target state="new">Three</target>');
    const again = parseDocument(new TextEncoder().encode(written), 'a.ru.xlf');
    expect(again.bilingual?.units.map((unit) => unit.state)).toEqual(['approved', 'translated', 'draft']); // a source copied as the target, state "new": a draft, as exportXliff's
  });

  it('updates the 2.0 segments’ state from the statuses, and leaves the file as it was without them', () => {
    const xliff =
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ru"><file id="f">' +
      '<unit id="u1"><segment id="s1" state="initial"><source>One</source><target>One</target></segment>' +
      '<segment state=\'translated\' subState="x:y"><source>Two</source>\n<target></target></segment></unit>' +
      '<unit id="u2"><segment><source>Three</source></segment></unit>' +
      '<unit id="u3"><segment state="final"><source>Four</source><target/></segment></unit></file></xliff>';
    const document = parseDocument(new TextEncoder().encode(xliff), 'a.xliff');
    expect(
      new TextDecoder().decode(
        buildDocument(
          document.skeleton,
          ['One', '', 'Three', 'Four'].map((text, i) => text || document.blocks[i].text),
        ),
      ),
    ).toBe(
      xliff
        .replace('<target></target>', '<target>Two</target>')
        .replace('<source>Three</source>', '<source>Three</source><target>Three</target>')
        .replace('<target/>', '<target>Four</target>'),
    );
    const written = new TextDecoder().decode(
      buildDocument(document.skeleton, ['Один', 'Два', 'Три', document.blocks[3].text], undefined, ['approved', 'rejected', 'translated', null]),
    );
    expect(written).toContain('<segment id="s1" state="final"><source>One</source><target>Один</target></segment>');
    expect(written).toContain('<segment state="initial" subState="interlinea:rejected"><source>Two</source>\n<target>Два</target></segment>');
    expect(written).toContain('<segment state="translated"><source>Three</source><target>Три</target></segment>');
    expect(written).toContain('<segment><source>Four</source><target>Four</target></segment>');
    expect(written).not.toMatch(/<target [^>]*state/);
    const again = parseDocument(new TextEncoder().encode(written), 'a.ru.xliff');
    expect(again.bilingual?.units.map((unit) => unit.state)).toEqual(['approved', 'rejected', 'translated', 'draft']);
  });
});
