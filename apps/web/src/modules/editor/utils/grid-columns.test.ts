import { MAX_PREFERENCE_PROJECTS } from '@interlinea/shared';
import { gridEditions, stepColumn, withGridEditions, withSecondEdition } from './grid-columns';

describe('which editions the grid shows', () => {
  const project = ['en', 'de'] as const;

  it('shows the page’s edition alone until the translator chooses another', () => {
    expect(gridEditions('en', project, null)).toEqual(['en']);
    expect(gridEditions('en', project, [])).toEqual(['en']);
  });

  it('keeps the remembered order when it holds the page’s edition', () => {
    expect(gridEditions('en', project, ['en', 'de'])).toEqual(['en', 'de']);
    expect(gridEditions('de', project, ['en', 'de'])).toEqual(['en', 'de']);
    expect(gridEditions('en', project, ['de', 'en'])).toEqual(['de', 'en']);
  });

  it('puts the page’s edition first, with the remembered other one beside it, when the choice was made elsewhere', () => {
    expect(gridEditions('de', ['ru', 'en', 'de'] as never, ['en', 'ru'])).toEqual(['de', 'en']);
  });

  it('drops editions the project no longer has, and duplicates', () => {
    expect(gridEditions('en', ['en'], ['en', 'de'])).toEqual(['en']);
    expect(gridEditions('en', project, ['de', 'de', 'en'])).toEqual(['de', 'en']);
  });

  it('remembers a second edition on the side it stood on, and none', () => {
    expect(withSecondEdition(['en'], 'en', 'de')).toEqual(['en', 'de']);
    expect(withSecondEdition(['de', 'en'], 'en', 'de')).toEqual(['de', 'en']);
    expect(withSecondEdition(['en', 'de'], 'en', null)).toEqual(['en']);
    expect(withSecondEdition(['en', 'de'], 'en', 'en')).toEqual(['en']);
  });
});

describe('Alt+← / Alt+→ between edition columns', () => {
  it('moves one column and stops at either end', () => {
    expect(stepColumn(['en', 'de'], 'en', 1)).toBe('de');
    expect(stepColumn(['en', 'de'], 'de', 1)).toBe('de');
    expect(stepColumn(['en', 'de'], 'de', -1)).toBe('en');
    expect(stepColumn(['en', 'de'], 'en', -1)).toBe('en');
    expect(stepColumn(['en'], 'en', 1)).toBe('en');
  });

  it('lands in the first column when the cursor’s edition is no longer shown', () => {
    expect(stepColumn(['en', 'de'], 'ru', 1)).toBe('en');
  });
});

describe('remembering the choice in the person’s preferences', () => {
  const project = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  it('sets one project’s editions and keeps the others', () => {
    const before = { gridEditions: { [project(1)]: ['en' as const], [project(2)]: ['de' as const, 'en' as const] } };
    expect(withGridEditions(before, project(1), ['en', 'de']).gridEditions).toEqual({ [project(2)]: ['de', 'en'], [project(1)]: ['en', 'de'] });
    expect(withGridEditions(undefined, project(3), ['ru']).gridEditions).toEqual({ [project(3)]: ['ru'] });
  });

  it('drops the project chosen longest ago when the list is full', () => {
    const full = { gridEditions: Object.fromEntries(Array.from({ length: MAX_PREFERENCE_PROJECTS }, (_, i) => [project(i), ['en' as const]])) };
    const next = withGridEditions(full, project(MAX_PREFERENCE_PROJECTS), ['de']).gridEditions;
    expect(Object.keys(next)).toHaveLength(MAX_PREFERENCE_PROJECTS);
    expect(next[project(0)]).toBeUndefined();
    expect(next[project(MAX_PREFERENCE_PROJECTS)]).toEqual(['de']);
  });
});
