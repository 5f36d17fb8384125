import { LanguageProfile, wordSet } from '../language-profile';

// `г.` is both «город» (before a name) and «год» (after a year); both mostly stand inside a
// sentence, so it never ends one here — the cost is a missed boundary after «… 1990 г. Потом».
export const RUSSIAN: LanguageProfile = {
  neverFinal: wordSet(`
    г гг им ул пр-т просп пер пл наб ш кв корп стр см рис табл гл ст п ч т т.е т.к т.н т.о и.о напр
    проф акад доц чл.-корр тов гр пгт пос дер обл р-н респ оз изд ред сб вып ок зам зав нач ген полк
    св ср англ нем фр лат греч букв род тыс д-р
  `),
  mayBeFinal: wordSet('т.д т.п др пр руб коп долл дол млн млрд в вв н.э у.е куб.м кв.м'),
  beforeNumber: wordSet('стр с рис табл гл ст п ч кв д №'),
  afterMayBeFinal: 'capital',
  sentenceStarters: wordSet(`
    я ты он она оно мы вы они это этот эта эти тот та те там тут здесь тогда потом затем но а и или
    однако поэтому так также кроме все всё в во на с со по к ко о об из от до за для при после перед
    когда если хотя что как где кто почему зачем сегодня вчера завтра теперь сейчас не нет да уже
    ещё еще его её ее их мой наш ваш
  `),
};
