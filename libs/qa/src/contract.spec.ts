import { QA_CHECKS } from '@interlinea/shared';
import { QA_CODES } from './finding';
import { QA_MESSAGES } from './messages';

describe('the QA codes', () => {
  it('are the codes the shared contract validates', () => {
    expect([...QA_CODES]).toEqual([...QA_CHECKS]);
  });
  it('each have a message in en, ru and de, with the same keys and placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const code of QA_CODES) expect(Object.keys(QA_MESSAGES.en).some((key) => key === code || key.startsWith(`${code}.`))).toBe(true);
    for (const lang of ['ru', 'de'] as const) {
      expect(Object.keys(QA_MESSAGES[lang]).sort()).toEqual(Object.keys(QA_MESSAGES.en).sort());
      for (const [key, text] of Object.entries(QA_MESSAGES.en))
        expect({ key, p: placeholders(QA_MESSAGES[lang][key]) }).toEqual({ key, p: placeholders(text) });
    }
  });
});
