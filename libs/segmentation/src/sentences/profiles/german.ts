import { LanguageProfile, wordSet } from '../language-profile';

export const GERMAN: LanguageProfile = {
  neverFinal: wordSet(`
    z.b z.t z.z z.zt d.h u.u i.d.r v.a s.o s.u o.g i.a a.d bzw vgl ggf ggfs sog inkl exkl zzgl evtl ca
    dr prof med phil rer nat dipl ing hr hrn fr frl st str nr abs bd kap tel kath evang ev röm geb gest
    verh allg bspw bzgl einschl gegr insb mind urspr zit gem betr lt ziff hl
  `),
  mayBeFinal: wordSet(`
    usw usf etc u.ä o.ä u.a jh jhd jhs v.chr n.chr mio mrd tsd jan feb mär apr jun jul aug sep sept okt nov dez
  `),
  beforeNumber: wordSet('nr s abs art bd kap ziff tel fax str no'),
  afterMayBeFinal: 'sentence-starter',
  beforeNumberEndings: ['str'],
  continuations: wordSet(
    'der die das den dem des ein eine einen einem einer eines und oder aber sondern mit von zu zum zur für auf in im an am bei beim nach aus über unter vor hinter neben zwischen durch ohne gegen um dass als wie wenn weil ob sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer kein keine nicht',
  ),
  capitalisedNouns: true,
  sentenceStarters: wordSet(`
    der die das den dem des ein eine einen einem einer ich du er sie es wir ihr man mein meine sein
    seine ihre unser unsere dies diese dieser dieses dann danach daher deshalb dort da hier heute jetzt
    nun aber und oder doch denn auch auf aus bei mit nach von vor zu zum zur im in am an als wenn weil
    ob obwohl was wer wie wo warum wann welche welcher nicht kein keine alle viele einige so außerdem
    trotzdem allerdings zudem
  `),
  ordinals: {
    before: wordSet(`
      der die das dem den des am im vom zum zur beim ins ans aufs ein eine einem einen einer eines
      jeder jede jedem jeden dieser diese diesem diesen dieses sein seine seinem seinen seiner ihr ihre
      ihrem ihren ihrer unser unsere unserem unseren
    `),
    after: wordSet(`
      januar jänner februar märz april mai juni juli august september oktober november dezember
      jan feb mär apr jun jul aug sep sept okt nov dez
      jahrhundert jahrhunderts jahrtausend jahrtausends jahrestag geburtstag todestag lebensjahr
      lebensjahres mal platz rang stock stockwerk etage obergeschoss klasse auflage ausgabe kapitel band
      absatz runde spieltag liga bundesliga weltkrieg weltkrieges weltkriegs parteitag kongress sitzung
      legislaturperiode armee division sinfonie symphonie quartal halbjahr semester schuljahr advent
    `),
  },
};
