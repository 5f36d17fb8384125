/**
 * Month names of the three languages, as a date reader needs them: English and German capitalised
 * (lower-case "may" is a verb), Russian in every case form ("ноябрь", "ноября", "ноябре").
 */
const MONTHS: readonly (readonly string[])[] = [
  ['January', 'Jan', 'Januar', 'Jänner', 'январь', 'января', 'январе', 'янв'],
  ['February', 'Feb', 'Februar', 'Feber', 'февраль', 'февраля', 'феврале', 'фев', 'февр'],
  ['March', 'Mar', 'März', 'Mär', 'Maerz', 'март', 'марта', 'марте', 'мар'],
  ['April', 'Apr', 'апрель', 'апреля', 'апреле', 'апр'],
  ['May', 'Mai', 'май', 'мая', 'мае'],
  ['June', 'Jun', 'Juni', 'июнь', 'июня', 'июне', 'июн'],
  ['July', 'Jul', 'Juli', 'июль', 'июля', 'июле', 'июл'],
  ['August', 'Aug', 'август', 'августа', 'августе', 'авг'],
  ['September', 'Sept', 'Sep', 'сентябрь', 'сентября', 'сентябре', 'сен', 'сент'],
  ['October', 'Oct', 'Oktober', 'Okt', 'октябрь', 'октября', 'октябре', 'окт'],
  ['November', 'Nov', 'ноябрь', 'ноября', 'ноябре', 'ноя', 'нояб'],
  ['December', 'Dec', 'Dezember', 'Dez', 'декабрь', 'декабря', 'декабре', 'дек'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((name) => MONTH_BY_NAME.set(name.toLowerCase(), i + 1)));

const variants = (name: string): string => {
  // Russian names are lower case in running text, capitalised at the start of a sentence.
  if (/^[а-яё]/.test(name)) return `[${name[0].toUpperCase()}${name[0]}]${name.slice(1)}`;
  return name;
};

/** A RegExp source matching one month name (longest first), with no groups. */
export const MONTH_SOURCE = `(?:${[...MONTHS.flat()]
  .sort((a, b) => b.length - a.length)
  .map(variants)
  .join('|')})(?!\\p{L})`;

/** The month number (1–12) of a name matched by MONTH_SOURCE. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}
