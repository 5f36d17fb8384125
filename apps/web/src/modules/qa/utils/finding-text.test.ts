import { QA_MESSAGES } from '@interlinea/qa';
import { QA_CHECKS } from '@interlinea/shared';
import { resources } from '../../../locales/resources';
import { excerptOf, visibleSpaces } from './finding-text';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)));

describe('QA messages in the web app', () => {
  it.each(['en', 'ru', 'de'] as const)('the %s qa namespace says what the API says, finding by finding', (lng) => {
    expect(Object.fromEntries(flatten(resources[lng].qa.finding as Tree))).toEqual(QA_MESSAGES[lng]);
    expect(Object.keys(resources[lng].qa.code).sort()).toEqual([...QA_CHECKS].sort());
  });
});

describe('excerptOf', () => {
  it('cuts the words around the spot and marks elided text', () => {
    const text = 'Das Paket wiegt nach Angaben des Herstellers genau 3,5 kg, ohne die Verpackung und ohne Zubehör.';
    const at = text.indexOf('3,5');
    expect(excerptOf(text, at, at + 3)).toEqual({ before: '…n des Herstellers genau ', spot: '3,5', after: ' kg, ohne die Verpackung…' });
    expect(excerptOf('kurz', 0, 0)).toBeNull();
    expect(visibleSpaces('a  b\u00A0c')).toBe('a··b⍽c');
  });
});
