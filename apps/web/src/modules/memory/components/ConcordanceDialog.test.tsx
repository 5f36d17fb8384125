import type { ConcordanceHit } from '@interlinea/shared';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/create-query-client';
import { createI18n } from '../../../app/i18n';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { ConcordanceDialog } from './ConcordanceDialog';

function hit(unitId: number, source: string, target: string, sourceHits: [number, number][], targetHits: [number, number][]): ConcordanceHit {
  return {
    unitId,
    sourceLanguage: 'en',
    source,
    targetLanguage: 'ru',
    target,
    sourceHits,
    targetHits,
    origin: 'human',
    authorName: 'Boris',
    updatedAt: '2025-01-11T09:30:00.000Z',
  };
}

describe('the concordance dialog', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => {
    cleanup();
    api.restore();
  });

  it('highlights the hit ranges in source and target; ↓ then Enter inserts the chosen translation', async () => {
    api = mockApi({
      [`GET /api/projects/${fixtures.projectId}/memory/search`]: () =>
        jsonResponse(200, {
          hits: [
            hit(1, 'All power to the councils!', 'Вся власть советам!', [[17, 25]], [[11, 18]]),
            hit(2, 'The councils met on Monday.', 'Советы собрались в понедельник.', [[4, 12]], [[0, 6]]),
          ],
          truncated: false,
        }),
    });
    const onInsert = jest.fn();
    const onClose = jest.fn();
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient()} i18n={createI18n('en')}>
        <ConcordanceDialog projectId={fixtures.projectId} lang="ru" canInsert onInsert={onInsert} onClose={onClose} />
      </AppProviders>,
    );

    const input = screen.getByTestId('concordance-input');
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, 'councils');
    const hits = await screen.findAllByTestId('concordance-hit');
    expect(hits).toHaveLength(2);
    expect(
      within(hits[0])
        .getAllByTestId('concordance-mark')
        .map((m) => m.textContent),
    ).toEqual(['councils', 'советам']);
    expect(
      within(hits[1])
        .getAllByTestId('concordance-mark')
        .map((m) => m.textContent),
    ).toEqual(['councils', 'Советы']);
    expect(hits[0]).toHaveAttribute('aria-selected', 'true');
    expect(api.calls[0].path).toBe(`/api/projects/${fixtures.projectId}/memory/search?q=councils&lang=ru`);

    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByTestId('concordance-hit')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ target: 'Советы собрались в понедельник.' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('searches parts of words when the translator asks for it', async () => {
    api = mockApi({
      [`GET /api/projects/${fixtures.projectId}/memory/search`]: () =>
        jsonResponse(200, { hits: [hit(1, 'The workers’ council met.', 'Совет рабочих собрался.', [[4, 10]], [[6, 11]])], truncated: false }),
    });
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient()} i18n={createI18n('en')}>
        <ConcordanceDialog projectId={fixtures.projectId} lang="ru" canInsert onInsert={jest.fn()} onClose={jest.fn()} />
      </AppProviders>,
    );
    await user.click(screen.getByRole('checkbox', { name: /Find parts of words too/ }));
    await user.type(screen.getByTestId('concordance-input'), 'work');
    expect(await screen.findAllByTestId('concordance-hit')).toHaveLength(1);
    const searches = api.calls.filter((call) => call.path.includes('/memory/search'));
    expect(searches.at(-1)?.path).toBe(`/api/projects/${fixtures.projectId}/memory/search?q=work&lang=ru&partial=true`);
  });
});
