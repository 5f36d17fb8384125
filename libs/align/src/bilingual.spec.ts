import { gzipSync, gunzipSync } from 'node:zlib';
import { alignSentences } from './pair-aligner';
import { BilingualLexicon, wordStem } from './bilingual';
import { dictdPairs } from './dictd';
import { formatLink } from './links';
import { guessLanguage } from './language';

const DE = ['Der Vorstand trifft sich am Montag.', 'Die Kasse ist leider ganz leer.', 'Wir suchen dringend neue Helfer.'];
// The first French sentence joins the first two German ones; lengths alone suggest the other join.
const FR = ['Le comité se réunit lundi ; la caisse est vide.', "Nous cherchons d'urgence de nouveaux bénévoles."];
const WORDS: Array<[string, string]> = [
  ['Vorstand', 'comité'],
  ['Montag', 'lundi'],
  ['Kasse', 'caisse'],
  ['leer', 'vide'],
  ['suchen', 'chercher'],
  ['Helfer', 'bénévole'],
];

describe('BilingualLexicon', () => {
  it('lets a dictionary decide which sentences join when lengths point the other way', () => {
    expect(alignSentences(DE, FR).map(formatLink)).toEqual(['[0]:[0]', '[1, 2]:[1]']);
    const bilingual = new BilingualLexicon(WORDS);
    expect(alignSentences(DE, FR, { bilingual }).map(formatLink)).toEqual(['[0, 1]:[0]', '[2]:[1]']);
  });

  it('matches inflected forms by their stem and only translations that occur in the other edition', () => {
    const [left, right] = new BilingualLexicon(WORDS).features(['Die Helfern danken dem Vorstand.'], ['Les bénévoles remercient.'], 1);
    expect(left[0].map((f) => f.key)).toEqual([`b${wordStem('bénévole')}`]);
    expect(right[0].map((f) => f.key)).toEqual([`b${wordStem('bénévoles')}`]);
  });

  it('reads the other way round and survives its compact text form', () => {
    const lexicon = new BilingualLexicon(WORDS);
    const back = BilingualLexicon.fromLines(lexicon.reversed().toLines());
    expect(back.size).toBe(6);
    const [left] = back.features(['Nous cherchons'], ['Wir suchen'], 1);
    expect(left[0].map((f) => f.key)).toEqual([`b${wordStem('suchen')}`]);
    expect(BilingualLexicon.fromLines('no tab here\n\t\n').size).toBe(0);
  });
});

describe('dictdPairs', () => {
  it('reads headwords and translations of a dictd dictionary, numbered senses included', () => {
    const entries = [
      'Gipfel /ˈɡɪpfl̩/ <n, masc>\n1. sommet, cime\nhöchster Punkt eines Berges\n2. apogée\nHöhepunkt\n',
      'Hütte /ˈhʏtə/ <n, fem>\ncabane ; refuge (de montagne)\nkleines Haus\n',
    ];
    const text = Buffer.from(entries.join(''), 'utf8');
    const b64 = (n: number) => {
      const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      let out = '';
      do {
        out = digits[n % 64] + out;
        n = Math.floor(n / 64);
      } while (n > 0);
      return out;
    };
    const first = Buffer.byteLength(entries[0]);
    const index = `00databaseinfo\tA\tB\ngipfel\tA\t${b64(first)}\nhütte\t${b64(first)}\t${b64(Buffer.byteLength(entries[1]))}\nbroken line\n`;
    // the .dict.dz is gzip: what the scripts hand over after zlib has read it
    const pairs = dictdPairs(index, gunzipSync(gzipSync(text)));
    expect(pairs).toEqual([
      ['gipfel', 'sommet'],
      ['gipfel', 'cime'],
      ['gipfel', 'apogée'],
      ['hütte', 'cabane'],
      ['hütte', 'refuge'],
    ]);
  });
});

describe('guessLanguage', () => {
  it('tells English, German, French and Russian apart and gives up on too little text', () => {
    expect(guessLanguage(['The meeting is on Tuesday and the board will be there.'])).toBe('en');
    expect(guessLanguage(['Die Sitzung ist am Dienstag und der Vorstand ist auch da.'])).toBe('de');
    expect(guessLanguage(['La réunion est mardi et le comité sera dans la salle.'])).toBe('fr');
    expect(guessLanguage(['Собрание во вторник, и правление тоже будет на месте.'])).toBe('ru');
    expect(guessLanguage(['12:00', '—'])).toBeUndefined();
  });
});
