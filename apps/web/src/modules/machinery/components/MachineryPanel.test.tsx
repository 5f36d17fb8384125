import type { Match, MachineTranslationSuggestion, SaveTranslationRequest, SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { draftStore } from '../../editor/utils/draft-store';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { suggestionProvenance } from '../utils/suggestion-provenance';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;
const MT_STATUS = `GET /api/projects/${fixtures.projectId}/machine-translation/status`;

function match(overrides: Partial<Match>): Match {
  return {
    score: 100,
    source: 'Source sentence number 1.',
    target: 'Исходное предложение номер 1.',
    origin: 'human',
    authorName: 'Boris',
    updatedAt: '2025-01-11T09:30:00.000Z',
    band: '100',
    penalty: 0,
    diff: [{ op: 'equal', text: 'Source sentence number 1.' }],
    numbersReplaced: false,
    ...overrides,
  };
}

function mt(text: string, overrides: Partial<MachineTranslationSuggestion> = {}): MachineTranslationSuggestion {
  return {
    engine: 'DeepL',
    text,
    cached: false,
    translatedFrom: { kind: 'source', language: 'en', text: 'Source sentence number 1.' },
    formality: 'default',
    glossaryApplied: true,
    ...overrides,
  };
}

interface Machinery {
  matches: Match[];
  mt?: MachineTranslationSuggestion | { status: number; code: string } | 'never';
}

/** The editor's API with machinery per segment; `mtEnabled: false` switches DeepL off. */
function editorApi(rows: SegmentRow[], machinery: Record<number, Machinery>, mtEnabled = true) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(rows.length)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, rows),
    [MT_STATUS]: () =>
      jsonResponse(
        200,
        mtEnabled
          ? { enabled: true, engine: 'DeepL' }
          : { enabled: false, engine: 'DeepL', reason: 'DEEPL_AUTH_KEY is not set: set DEEPL_AUTH_KEY and restart.' },
      ),
    ...Object.fromEntries(
      rows.flatMap((s, i) => {
        const helpers = machinery[i] ?? { matches: [] };
        return [
          [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: helpers.matches, mt: null })],
          [
            `GET /api/segments/${s.id}/machine-translation`,
            () => {
              const answer = helpers.mt;
              if (answer === 'never') return new Promise<Response>(() => undefined);
              if (!answer) return jsonResponse(503, { code: 'MT_UNAVAILABLE', message: 'down' });
              if ('status' in answer) return jsonResponse(answer.status, { code: answer.code, message: 'DeepL says no' });
              return jsonResponse(200, answer);
            },
          ],
          [`GET /api/segments/${s.id}/glossary`, () => jsonResponse(200, { terms: [], warnings: [] })],
          [
            `PUT /api/segments/${s.id}/translations/ru`,
            (call: ApiCall) => {
              const body = call.body as SaveTranslationRequest;
              return jsonResponse(
                200,
                fixtures.translation({ text: body.text, status: body.status, version: body.version + 1, origin: body.origin ?? 'human' }),
              );
            },
          ],
        ];
      }),
    ),
  });
}

const saves = (calls: ApiCall[]) => calls.filter((c) => c.method === 'PUT').map((c) => c.body as SaveTranslationRequest);

describe('the machinery panel', () => {
  let api: ReturnType<typeof mockApi>;
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = fakeGridLayout();
  });
  afterEach(() => {
    cleanup();
    restoreLayout();
    api.restore();
    draftStore.clearAll();
    suggestionProvenance.clearAll();
    window.sessionStorage.clear();
  });

  it('merges memory matches and MT into one list, best first, with score badges and the source diff', async () => {
    // all translated: the editor opens at the first segment, and nothing is filled in
    const rows = fixtures.segments(3).map((r) => ({ ...r, translation: fixtures.translation({ text: 'Уже переведено.' }) }));
    api = editorApi(rows, {
      0: {
        matches: [
          match({ score: 76, band: '75-84', target: 'Слабое совпадение.', origin: 'tmx', penalty: 1 }),
          match({
            score: 97,
            band: '95-99',
            target: 'Исходное предложение номер 7.',
            numbersReplaced: true,
            diff: [
              { op: 'equal', text: 'Source sentence ' },
              { op: 'delete', text: 'no. ' },
              { op: 'insert', text: 'number ' },
              { op: 'equal', text: '1.' },
            ],
          }),
        ],
        mt: mt('[RU] Source sentence number 1.'),
      },
    });
    renderApp(EDITOR_PATH);

    const panel = await screen.findByTestId('machinery-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('machinery-item')).toHaveLength(3));
    const items = within(panel).getAllByTestId('machinery-item');
    expect(items.map((i) => [i.getAttribute('data-kind'), i.getAttribute('data-score')])).toEqual([
      ['tm', '97'],
      ['mt', null],
      ['tm', '76'],
    ]);
    expect(within(items[0]).getByTestId('score-badge')).toHaveTextContent('97%');
    expect(within(items[0]).getByTestId('score-badge')).toHaveClass('score-badge--high');
    expect(within(items[2]).getByTestId('score-badge')).toHaveClass('score-badge--low');
    expect(within(items[0]).getByTestId('numbers-replaced')).toHaveTextContent('numbers replaced');
    const diff = within(items[0]).getByTestId('match-diff');
    expect(diff.querySelector('ins')).toHaveTextContent('number');
    expect(diff.querySelector('del')).toHaveTextContent('no.');
    expect(items[0]).toHaveTextContent('Boris');
    expect(items[1]).toHaveTextContent('MT');
    expect(items[1]).toHaveTextContent('DeepL');
    expect(within(items[1]).getByTestId('mt-translated-from')).toHaveTextContent('from the source (English)');
    expect(within(items[1]).getByTestId('mt-glossary-applied')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Imported TMX');
    expect(items.map((i) => within(i).getByText(/^Ctrl\+\d$/).textContent)).toEqual(['Ctrl+1', 'Ctrl+2', 'Ctrl+3']);
  });

  it('Ctrl+2 inserts the second suggestion; confirming saves it with origin "mt" and the suggestion', async () => {
    api = editorApi(fixtures.segments(3), {
      0: { matches: [match({ score: 80, band: '75-84', target: 'Нечёткое совпадение.' })], mt: mt('[RU] Машинный перевод.') },
    });
    const { user } = renderApp(EDITOR_PATH);

    const input = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(screen.getAllByTestId('machinery-item')).toHaveLength(2));
    expect(screen.getAllByTestId('machinery-item')[0]).toHaveAttribute('data-kind', 'mt');
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('{Control>}2{/Control}');
    expect(input).toHaveTextContent(/^Нечёткое совпадение\.$/);
    await user.keyboard('{Control>}1{/Control}');
    expect(input).toHaveTextContent(/^\[RU\] Машинный перевод\.$/);
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(saves(api.calls)).toHaveLength(1));
    expect(saves(api.calls)[0]).toEqual({
      text: '[RU] Машинный перевод.',
      status: 'translated',
      version: 0,
      origin: 'mt',
      suggestion: '[RU] Машинный перевод.',
      engine: 'DeepL',
    });
  });

  it('fills an empty segment from a 100 % match when it is opened, marked "from memory"', async () => {
    api = editorApi(fixtures.segments(3), { 0: { matches: [match({ score: 101, band: '101', target: 'Точное совпадение.' })], mt: mt('[RU] x') } });
    const { user } = renderApp(EDITOR_PATH);

    const input = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(input).toHaveTextContent(/^Точное совпадение\.$/));
    expect(screen.getByTestId('prefilled-from-memory')).toHaveTextContent('From memory (101 %)');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(saves(api.calls)).toHaveLength(1));
    expect(saves(api.calls)[0]).toMatchObject({ text: 'Точное совпадение.', status: 'translated', origin: 'tm', suggestion: 'Точное совпадение.', score: 101 });
  });

  it('says once, quietly, that MT is off and how to turn it on; no MT request is made', async () => {
    api = editorApi(fixtures.segments(3), { 0: { matches: [] } }, false);
    const { user } = renderApp(EDITOR_PATH);

    const note = await screen.findByTestId('mt-off');
    expect(note).toHaveTextContent('Machine translation is off.');
    expect(note).toHaveTextContent('set DEEPL_AUTH_KEY and restart');
    expect(note).not.toHaveAttribute('role', 'alert');
    await user.click(within(note).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByTestId('mt-off')).not.toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await screen.findByRole('textbox', { name: 'Translation of segment 2' });
    expect(screen.queryByTestId('mt-off')).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.path.includes('/machine-translation?'))).toBe(false);
  });

  it('explains an MT failure (quota) and keeps the memory matches and the editor working', async () => {
    api = editorApi(fixtures.segments(3), {
      0: { matches: [match({ score: 90, band: '85-94', target: 'Совпадение.' })], mt: { status: 503, code: 'MT_QUOTA_EXCEEDED' } },
    });
    const { user } = renderApp(EDITOR_PATH);

    expect(await screen.findByTestId('mt-error')).toHaveTextContent("DeepL's character quota is used up");
    expect(screen.getAllByTestId('machinery-item')).toHaveLength(1);
    const input = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(input).toHaveFocus());
    await user.keyboard('{Control>}1{/Control}');
    expect(input).toHaveTextContent(/^Совпадение\.$/);
  });

  it('aborts the MT request of a segment the translator has left', async () => {
    api = editorApi(fixtures.segments(3), { 0: { matches: [], mt: 'never' }, 1: { matches: [], mt: mt('[RU] второй') } });
    const signals: { path: string; signal: AbortSignal | null | undefined }[] = [];
    const mocked = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      signals.push({ path: String(input), signal: init?.signal });
      return mocked(input, init);
    }) as typeof fetch;
    const { user } = renderApp(EDITOR_PATH);

    await waitFor(() => expect(signals.some((s) => s.path.includes(`${fixtures.segments(1)[0].id}/machine-translation`))).toBe(true));
    const first = signals.find((s) => s.path.includes(`${fixtures.segments(1)[0].id}/machine-translation`))!;
    expect(first.signal?.aborted).toBe(false);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(screen.getAllByTestId('machinery-item')[0]).toHaveTextContent('[RU] второй'));
    expect(first.signal?.aborted).toBe(true);
  });
});
