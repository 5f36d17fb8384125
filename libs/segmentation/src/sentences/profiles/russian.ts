import { LanguageProfile, wordSet } from '../language-profile';

// `г.` is both «город» (before a name) and «год» (after a year): after a year it may end a sentence
// ("в 1992 г. Он…"), before a name it never does ("в г. Москве"). `пр.` is «прочее» only after «и».
export const RUSSIAN: LanguageProfile = {
  neverFinal: wordSet(`
    им ул пр-т просп пер пл наб ш кв корп стр см рис табл гл ст п ч т т.е т.к т.н т.о и.о напр
    проф акад доц чл.-корр тов гр пгт пос дер обл р-н респ оз изд ред сб вып ок зам зав нач ген полк
    св ср англ нем фр лат греч букв род д-р
  `),
  mayBeFinal: wordSet('т.д т.п др руб тыс коп долл дол млн млрд в вв н.э у.е куб.м кв.м'),
  beforeNumber: wordSet('стр с рис табл гл ст п ч кв д №'),
  afterMayBeFinal: 'capital',
  afterNumber: wordSet('г гг'),
  finalAfter: new Map([['пр', wordSet('и')]]),
  continuations: wordSet(
    'и а но или в во на с со по к ко о об обо из от до за для при без через над под про между что чтобы как который которая которое которые его её их не ни же ли',
  ),
  sentenceStarters: wordSet(`
    я ты он она оно мы вы они это этот эта эти тот та те там тут здесь тогда потом затем но а и или
    однако поэтому так также кроме все всё в во на с со по к ко о об из от до за для при после перед
    когда если хотя что как где кто почему зачем сегодня вчера завтра теперь сейчас не нет да уже
    ещё еще его её ее их мой наш ваш
  `),
};
