import { LanguageProfile, wordSet } from '../language-profile';

export const ENGLISH: LanguageProfile = {
  neverFinal: wordSet(`
    mr mrs ms mx messrs mmes dr prof rev hon gen col lt sgt capt cmdr adm gov sen rep pres supt insp
    e.g i.e cf viz vs approx fig figs eq eqs vol vols ch chap sec para pp ed eds trans tel ext ref refs
    ca abt dept esp incl
  `),
  mayBeFinal: wordSet(`
    etc co corp inc ltd llc plc bros jr sr st mt ave blvd rd al a.m p.m u.s u.k e.u u.s.a u.n d.c b.c a.d
    ph.d m.d b.a m.a jan feb apr jun jul aug sep sept oct nov dec ft lb lbs oz hrs mins yr yrs univ assn est
  `),
  beforeNumber: wordSet('no nos nr n° p pp vol vols ch fig figs art sec para tel ext ref eq'),
  afterMayBeFinal: 'sentence-starter',
  titles: wordSet('mr mrs ms mx messrs dr prof rev hon gen col lt sgt capt cmdr adm gov sen rep pres'),
  openingPrepositions: wordSet('at in on by after before until till since from during around about'),
  continuations: wordSet(
    'the a an of in to and or but for with on at by from into onto that which who whose whom than as if nor about over under between through without his her its their our your my',
  ),
  sentenceStarters: wordSet(`
    a an the this that these those there then thus therefore however hence he she it i we they you
    his her its our their my your what when where who why how which whose in on at as after before
    since during for from if although though but and or so yet nor now today being did do does is
    are was were has have had can could will would should might must millions more most many some
    each every all not meanwhile also still besides moreover furthermore instead let please yes
  `),
};
