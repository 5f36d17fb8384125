import type { Comment, Member, PostCommentRequest } from '@interlinea/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/create-query-client';
import { createI18n } from '../../../app/i18n';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { CommentsPanel } from './CommentsPanel';

const segmentId = '00000000-0000-4000-8000-000000000007';
const roman = { userId: '55555555-5555-4555-8555-555555555555', email: 'roman@example.org', displayName: 'Roman Reviewer' };
const tanya = { userId: '66666666-6666-4666-8666-666666666666', email: 'tanya@example.org', displayName: 'Tanya Orlova' };
const members: Member[] = [
  { membershipId: 'aaaaaaaa-0000-4000-8000-000000000001', ...roman, role: 'reviewer', language: 'ru' },
  { membershipId: 'aaaaaaaa-0000-4000-8000-000000000002', ...tanya, role: 'translator', language: 'ru' },
];

let counter = 0;
function comment(overrides: Partial<Comment>): Comment {
  counter += 1;
  return {
    id: `cccccccc-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    segmentId,
    language: 'ru',
    parentId: null,
    kind: 'comment',
    body: 'A comment',
    authorId: roman.userId,
    authorName: roman.displayName,
    mentions: [],
    createdAt: '2025-01-11T09:30:00.000Z',
    resolved: false,
    resolvedAt: null,
    resolvedByName: null,
    ...overrides,
  };
}

function renderPanel(existing: Comment[], language: 'en' | 'ru' = 'en') {
  const onOpenCount = jest.fn();
  const posted: ApiCall[] = [];
  const api = mockApi({
    [`GET /api/segments/${segmentId}/comments`]: () => jsonResponse(200, existing),
    [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, members),
    [`POST /api/segments/${segmentId}/comments`]: (call) => {
      posted.push(call);
      const body = call.body as PostCommentRequest;
      if (body.body.includes('boom'))
        return jsonResponse(422, { code: 'VALIDATION_FAILED', message: 'x', details: [{ field: 'body', message: 'too long for us' }] });
      const mentions = body.body.includes('@Tanya Orlova') ? [{ userId: tanya.userId, displayName: tanya.displayName }] : [];
      return jsonResponse(201, comment({ body: body.body, language: body.language ?? null, parentId: body.parentId ?? null, mentions, authorName: 'Me' }));
    },
    'PATCH /api/comments/:id': () => jsonResponse(500, {}),
  });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={createQueryClient()} i18n={createI18n(language)}>
      <CommentsPanel segmentId={segmentId} projectId={fixtures.projectId} lang="ru" version={1} onOpenCount={onOpenCount} />
    </AppProviders>,
  );
  return { api, user, onOpenCount, posted };
}

describe('CommentsPanel', () => {
  let api: ReturnType<typeof mockApi> | undefined;
  afterEach(() => api?.restore());

  it('shows the threads as text (markup stays visible), open ones first, with replies under their comment', async () => {
    const first = comment({ body: 'Resolved question', resolved: true, resolvedByName: 'Tanya Orlova', resolvedAt: '2025-01-12T09:30:00.000Z' });
    const open = comment({ body: '<b>not bold</b> and <script>alert(1)</script>', kind: 'rejection' });
    const reply = comment({ body: 'I see', parentId: open.id, authorName: 'Tanya Orlova' });
    ({ api } = renderPanel([first, open, reply]));

    const threads = await screen.findAllByTestId('comment-thread');
    expect(threads).toHaveLength(2);
    expect(threads[0]).toHaveTextContent('<b>not bold</b> and <script>alert(1)</script>');
    expect(threads[0].querySelector('b, script')).toBeNull();
    expect(within(threads[0]).getByText('Rejection')).toBeInTheDocument();
    expect(within(threads[0]).getAllByTestId('comment')[1]).toHaveTextContent('Tanya Orlova');
    expect(threads[1]).toHaveAttribute('data-resolved', 'true');
    expect(within(threads[1]).getByTestId('resolved-note')).toHaveTextContent('Resolved by Tanya Orlova');
    expect(screen.getByRole('heading', { name: /Comments · 1 open/ })).toBeInTheDocument();
  });

  it('suggests members after @, posts about this edition with Ctrl+Enter and updates the open count', async () => {
    let user;
    let onOpenCount: jest.Mock;
    let posted: ApiCall[];
    ({ api, user, onOpenCount, posted } = renderPanel([]));
    expect(await screen.findByText('No comments on this segment yet.')).toBeInTheDocument();

    const box = screen.getByRole('combobox', { name: 'New comment' });
    await user.type(box, 'Please check, @ta');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Tanya Orlova tanya@example.org']);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Please check, @Tanya Orlova ');
    await user.type(box, 'the numbers{Control>}{Enter}{/Control}');

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({ body: 'Please check, @Tanya Orlova the numbers', language: 'ru' });
    const thread = await screen.findByTestId('comment-thread');
    expect(within(thread).getByText('@Tanya Orlova').tagName).toBe('STRONG');
    expect(box).toHaveValue('');
    expect(onOpenCount).toHaveBeenLastCalledWith(segmentId, 1);
  });

  it('names the problem at the field: empty before sending, too long from the server', async () => {
    let user;
    let posted: ApiCall[];
    ({ api, user, posted } = renderPanel([], 'ru'));
    const box = await screen.findByRole('combobox', { name: 'Новый комментарий' });
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Обязательное поле');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toHaveLength(0);

    await user.type(box, 'boom');
    await user.click(screen.getByRole('button', { name: 'Отправить' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('too long for us');
    expect(box).toHaveValue('boom');
  });

  it('posts about every edition when asked, and resolves a thread', async () => {
    const open = comment({ body: 'Numbers differ' });
    let user;
    let onOpenCount: jest.Mock;
    let posted: ApiCall[];
    ({ api, user, onOpenCount, posted } = renderPanel([open]));
    api.restore();
    const calls: ApiCall[] = [];
    api = mockApi({
      [`GET /api/segments/${segmentId}/comments`]: () => jsonResponse(200, [open]),
      [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, members),
      [`POST /api/segments/${segmentId}/comments`]: (call) => {
        posted.push(call);
        return jsonResponse(201, comment({ body: (call.body as PostCommentRequest).body, language: null }));
      },
      [`PATCH /api/comments/${open.id}`]: (call) => {
        calls.push(call);
        return jsonResponse(200, { ...open, resolved: true, resolvedByName: 'Me', resolvedAt: '2025-01-12T09:30:00.000Z' });
      },
    });
    await screen.findByTestId('comment-thread');
    await user.click(screen.getByTestId('comment-every-edition'));
    await user.type(screen.getByRole('combobox', { name: 'New comment' }), 'Same in German');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({ body: 'Same in German' });
    expect(await screen.findByText('All editions')).toBeInTheDocument();

    await user.click(screen.getAllByTestId('comment-resolve')[0]);
    await waitFor(() => expect(calls[0]?.body).toEqual({ resolved: true }));
    expect(await screen.findByTestId('comment-reopen')).toBeInTheDocument();
    expect(onOpenCount).toHaveBeenLastCalledWith(segmentId, 1);
  });
});
