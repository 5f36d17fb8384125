import { hasCodeTokens, stripCodes } from '@interlinea/inline-codes';
import { codesToXml, xmlToCodes } from './inline-codes';

describe('inline codes ↔ DeepL XML', () => {
  it('sends pairs and standalone codes as tags and escapes the text between them', () => {
    expect(codesToXml('Read {1}Pravda{/1} & <Iskra>{2/}')).toBe('Read <g id="1">Pravda</g> &amp; &lt;Iskra&gt;<x id="2"/>');
  });

  it('restores the same codes, even when DeepL moved them', () => {
    expect(xmlToCodes('Lest <g id="1">die Prawda</g> &amp; &lt;Iskra&gt;<x id="2"/>')).toBe('Lest {1}die Prawda{/1} & <Iskra>{2/}');
    expect(xmlToCodes('<x id="2"></x>Вся <g id="1">власть</g>')).toBe('{2/}Вся {1}власть{/1}');
  });

  it('closes nested pairs in order and survives a round trip', () => {
    const text = '{1}Долой {2}капитализм{/2}!{/1} {3/}';
    expect(xmlToCodes(codesToXml(text))).toBe(text);
  });

  it('knows when a text has codes, and strips them for context', () => {
    expect(hasCodeTokens('plain text')).toBe(false);
    expect(hasCodeTokens('a {1}b{/1}')).toBe(true);
    expect(stripCodes('a {1}b{/1}{2/}')).toBe('a b');
  });
});
