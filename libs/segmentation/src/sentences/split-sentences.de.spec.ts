import { splitSentences } from './split-sentences';

const de = (text: string) => splitSentences(text, 'de').map((s) => s.text);

describe('splitSentences (German)', () => {
  it.each([
    // abbreviations: German nouns are capitalised, so a capital after an abbreviation proves nothing
    ['Wir brauchen Getränke, z. B. Wasser und Saft.', ['Wir brauchen Getränke, z. B. Wasser und Saft.']],
    ['Ich kann u.a. Spanisch sprechen.', ['Ich kann u.a. Spanisch sprechen.']],
    ['Das ist bzw. war Nr. 5, d. h. die letzte.', ['Das ist bzw. war Nr. 5, d. h. die letzte.']],
    ['Wir trafen Dr. med. Meyer auf S. 225.', ['Wir trafen Dr. med. Meyer auf S. 225.']],
    ['Wir kaufen Brot, Käse usw. Dann gehen wir.', ['Wir kaufen Brot, Käse usw.', 'Dann gehen wir.']],
    ['Wir kaufen Brot, Käse usw. für das Fest.', ['Wir kaufen Brot, Käse usw. für das Fest.']],
    ['Frau Prof. Schulze ist z. Z. nicht da.', ['Frau Prof. Schulze ist z. Z. nicht da.']],
    // ordinals and dates
    ['Die Mauer fiel am 9. November 1989, die Einheit kam am 3. Oktober 1990.', ['Die Mauer fiel am 9. November 1989, die Einheit kam am 3. Oktober 1990.']],
    ['Im 20. Jahrhundert wuchs die Stadt.', ['Im 20. Jahrhundert wuchs die Stadt.']],
    ['Die Information steht auf Seite 12. Dort kannst du nachlesen.', ['Die Information steht auf Seite 12.', 'Dort kannst du nachlesen.']],
    ['1. Dies ist eine Punkteliste.', ['1. Dies ist eine Punkteliste.']],
    // numbers
    ['Bitte überweisen Sie 5.300,25 Euro. Danke.', ['Bitte überweisen Sie 5.300,25 Euro.', 'Danke.']],
    // quotations
    ['„Und auch keine Lust.“ Wir haben 1.000.000 Euro.', ['„Und auch keine Lust.“', 'Wir haben 1.000.000 Euro.']],
    ['„Lass uns gehen!“, sagte die Mutter.', ['„Lass uns gehen!“, sagte die Mutter.']],
    ['Ich kaufe nichts (ich traue mir nicht!). Ich esse.', ['Ich kaufe nichts (ich traue mir nicht!).', 'Ich esse.']],
  ])('%j', (text, expected) => {
    expect(de(text)).toEqual(expected);
  });
});
