import type { SaveTranslationRequest, SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;
const CODES: SegmentRow['codes'] = [
  { id: 1, kind: 'paired', title: 'bold' },
  { id: 2, kind: 'standalone', title: 'image: logo.png' },
];

function codedSegments(): SegmentRow[] {
  const [first, second] = fixtures.segments(2);
  return [
    { ...first, source: 'Press {1}Save{/1} now{2/}.', codes: CODES },
    { ...second, source: 'Read {1}this{/1}.', codes: [CODES[0]], translation: fixtures.translation({ text: 'Прочтите это.' }) },
  ];
}

function editorApi(rows: SegmentRow[]) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(rows.length)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, rows),
    ...Object.fromEntries(
      rows.flatMap((s) => [
        [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })],
        [
          `PUT /api/segments/${s.id}/translations/ru`,
          (call: ApiCall) => {
            const body = call.body as SaveTranslationRequest;
            return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
          },
        ],
      ]),
    ),
  });
}

const savedTexts = (calls: ApiCall[]) => calls.filter((c) => c.method === 'PUT').map((c) => (c.body as SaveTranslationRequest).text);
const chipsIn = (element: HTMLElement) =>
  within(element)
    .queryAllByTestId('code-chip')
    .map((chip) => chip.getAttribute('data-token'));

describe('inline codes in the editor', () => {
  let api: ReturnType<typeof mockApi>;
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = fakeGridLayout();
    api = editorApi(codedSegments());
  });
  afterEach(() => {
    cleanup();
    restoreLayout();
    api.restore();
    draftStore.clearAll();
  });

  it('shows the source’s codes as chips labelled 1, /1, 2 with what they stand for', async () => {
    renderApp(EDITOR_PATH);
    const row = (await screen.findAllByTestId('segment-row'))[0];
    const chips = within(row.querySelector('.segment__source') as HTMLElement).getAllByTestId('code-chip');
    expect(chips.map((c) => c.textContent)).toEqual(['1', '/1', '2']);
    expect(chips.map((c) => c.getAttribute('title'))).toEqual(['{1} bold', '{/1} end of bold', '{2/} image: logo.png']);
    expect(row.querySelector('.segment__source')).toHaveTextContent('Press 1Save/1 now2.');
  });

  it('Ctrl+, inserts the next code the translation lacks, as an atomic chip inside the editable target', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(target).toHaveFocus());

    await user.type(target, 'Нажмите ');
    await user.keyboard('{Control>},{/Control}Сохранить{Control>},{/Control} сейчас{Control>},{/Control}.');
    expect(chipsIn(target)).toEqual(['{1}', '{/1}', '{2/}']);
    expect(within(target).getByTitle('{1} bold')).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByTestId('code-issues')).not.toBeInTheDocument();

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(savedTexts(api.calls)).toEqual(['Нажмите {1}Сохранить{/1} сейчас{2/}.']));
  });

  it('Backspace right after a chip removes the whole chip', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.type(target, 'Да');
    await user.keyboard('{Control>},{/Control}');
    expect(chipsIn(target)).toEqual(['{1}']);

    await user.keyboard('{Backspace}');
    expect(chipsIn(target)).toEqual([]);
    expect(target).toHaveTextContent(/^Да$/);
    await user.keyboard('{Backspace}');
    expect(target).toHaveTextContent(/^Д$/);
  });

  it('Ctrl+Shift+1 wraps the selected text in code 1', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.type(target, 'Нажмите Сохранить');
    const text = target.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 8);
    range.setEnd(text, 17);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);

    await user.keyboard('{Control>}{Shift>}[Digit1]{/Shift}{/Control}');
    expect(chipsIn(target)).toEqual(['{1}', '{/1}']);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(savedTexts(api.calls)).toEqual(['Нажмите {1}Сохранить{/1}']));
  });

  it('lists code warnings under the active target, and marks saved translations with warnings in the grid', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.type(target, 'Нажмите');

    const issues = await screen.findAllByTestId('code-issue');
    expect(issues.map((i) => [i.dataset.kind, chipsIn(i)])).toEqual([['missing', ['{1}', '{/1}', '{2/}']]]);
    expect(issues[0]).toHaveTextContent('Missing 1/12: the source has them');

    // With {1} typed, {/1} and {2/} are still missing, and {1} is open without its close.
    await user.keyboard('{Control>},{/Control}');
    await waitFor(() =>
      expect(screen.getAllByTestId('code-issue').map((i) => [i.dataset.kind, chipsIn(i)])).toEqual([
        ['missing', ['{/1}', '{2/}']],
        ['unbalanced', ['{1}']],
      ]),
    );

    const second = screen.getAllByTestId('segment-row')[1];
    expect(within(second).getByTestId('qa-marker')).toHaveAccessibleName('2 code warnings');
    expect(within(screen.getAllByTestId('segment-row')[0]).queryByTestId('qa-marker')).not.toBeInTheDocument();
  });
});
