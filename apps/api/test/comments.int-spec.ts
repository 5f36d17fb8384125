import type { Comment, Inbox, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';

describe('comment threads on segments, mentions and the inbox', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let reviewer: TestBrowser;
  let publisher: TestBrowser;
  let outsider: TestBrowser;
  let documentId: string;
  let segments: SegmentRow[];

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    const project = await createProject(manager, 'en', ['ru', 'de']);
    translator = await addMember(t, manager, project.id, 'translator', 'ru', 'tanya');
    await translator.patch('/api/auth/me', { displayName: 'Tanya Orlova' }).expect(200);
    reviewer = await addMember(t, manager, project.id, 'reviewer', 'ru', 'Roman');
    publisher = await addMember(t, manager, project.id, 'publisher', null, 'Pavel');
    const other = await createProject(manager, 'en', ['de']);
    outsider = await addMember(t, manager, other.id, 'translator', 'de', 'Olga');
    const text = 'Workers of all countries, unite!\n\nAll power to the councils.\n\nDown with capitalism!\n';
    documentId = (await manager.upload(`/api/projects/${project.id}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    segments = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body;
  });
  afterAll(() => t.close());

  const rows = async (b: TestBrowser, lang: string): Promise<SegmentRow[]> =>
    (await b.get(`/api/documents/${documentId}/segments?lang=${lang}`).expect(200)).body;
  const inbox = async (b: TestBrowser): Promise<Inbox> => (await b.get('/api/inbox').expect(200)).body;

  it('posts and lists comments on a segment, per edition or for every edition, from any member', async () => {
    const segment = segments[0];
    const ru: Comment = (await reviewer.post(`/api/segments/${segment.id}/comments`, { body: 'Is “councils” Советы here?', language: 'ru' }).expect(201)).body;
    expect(ru).toMatchObject({ segmentId: segment.id, language: 'ru', kind: 'comment', authorName: 'Roman', resolved: false, parentId: null });
    await publisher.post(`/api/segments/${segment.id}/comments`, { body: 'Keep the slogan short in every edition.' }).expect(201);
    await manager.post(`/api/segments/${segment.id}/comments`, { body: 'Im Deutschen: „Proletarier aller Länder“.', language: 'de' }).expect(201);

    const forRu: Comment[] = (await translator.get(`/api/segments/${segment.id}/comments?lang=ru`).expect(200)).body;
    expect(forRu.map((c) => c.body)).toEqual(['Is “councils” Советы here?', 'Keep the slogan short in every edition.']);
    const all: Comment[] = (await translator.get(`/api/segments/${segment.id}/comments`).expect(200)).body;
    expect(all).toHaveLength(3);

    // the count badge of the grid: open threads of this edition and of every edition
    expect((await rows(translator, 'ru'))[0].openComments).toBe(2);
    expect((await rows(manager, 'de'))[0].openComments).toBe(2);
    expect((await rows(manager, 'de'))[1].openComments).toBe(0);
  });

  it('keeps the body as written (text, not HTML) and refuses empty, overlong and foreign comments', async () => {
    const segment = segments[1];
    const html = '<img src=x onerror=alert(1)> & <b>bold</b>';
    const posted: Comment = (await translator.post(`/api/segments/${segment.id}/comments`, { body: `  ${html}  `, language: 'ru' }).expect(201)).body;
    expect(posted.body).toBe(html);

    const empty = await translator.post(`/api/segments/${segment.id}/comments`, { body: '   ' }).expect(422);
    expect(empty.body.details).toEqual([{ field: 'body', message: 'write a comment' }]);
    const long = await translator.post(`/api/segments/${segment.id}/comments`, { body: 'x'.repeat(4001) }).expect(422);
    expect(long.body.details[0].field).toBe('body');
    await translator.post(`/api/segments/${segment.id}/comments`, { body: 'Hi', language: 'fr' }).expect(422);
    const notAnEdition = await translator.post(`/api/segments/${segment.id}/comments`, { body: 'Hi', language: 'en' }).expect(422);
    expect(notAnEdition.body.details).toEqual([{ field: 'language', message: 'the project has no en edition' }]);

    await outsider.get(`/api/segments/${segment.id}/comments`).expect(403);
    await outsider.post(`/api/segments/${segment.id}/comments`, { body: 'Let me in' }).expect(403);
    await outsider.patch(`/api/comments/${posted.id}`, { resolved: true }).expect(403);
    await translator.post(`/api/segments/${segment.id}/comments`, { body: 'A reply to nothing', parentId: segments[0].id }).expect(422);
  });

  it('puts mentions and replies into the inbox of the people concerned, never the writer’s', async () => {
    const segment = segments[2];
    const question: Comment = (
      await reviewer
        .post(`/api/segments/${segment.id}/comments`, { body: '@Tanya Orlova please check, and @pavel too (cc @Roman)', language: 'ru' })
        .expect(201)
    ).body;
    expect(question.mentions.map((m) => m.displayName).sort()).toEqual(['Pavel', 'Roman', 'Tanya Orlova']);

    const tanya = await inbox(translator);
    const mention = tanya.items.find((i) => i.comment.id === question.id)!;
    expect(mention).toMatchObject({ reason: 'mention', readAt: null, documentId, segmentIndex: 2, edition: 'ru', comment: { authorName: 'Roman' } });
    expect(tanya.unread).toBeGreaterThanOrEqual(1);
    expect((await inbox(publisher)).items.map((i) => i.reason)).toEqual(['mention']);
    expect((await inbox(reviewer)).items.find((i) => i.comment.id === question.id)).toBeUndefined();

    const reply: Comment = (await translator.post(`/api/segments/${segment.id}/comments`, { body: 'Fixed, thanks.', parentId: question.id }).expect(201)).body;
    expect(reply).toMatchObject({ parentId: question.id, language: 'ru' });
    const roman = await inbox(reviewer);
    expect(roman.items[0]).toMatchObject({ reason: 'reply', comment: { body: 'Fixed, thanks.', authorName: 'Tanya Orlova' } });

    await translator.post(`/api/inbox/${mention.id}/read`).expect(204);
    const after = await inbox(translator);
    expect(after.unread).toBe(tanya.unread - 1);
    expect(after.items.find((i) => i.id === mention.id)!.readAt).not.toBeNull();
    await reviewer.post(`/api/inbox/${mention.id}/read`).expect(404);
  });

  it('resolves and reopens a thread, keeping who resolved it', async () => {
    const segment = segments[0];
    const [thread] = (await translator.get(`/api/segments/${segment.id}/comments?lang=ru`).expect(200)).body as Comment[];
    const resolved: Comment = (await translator.patch(`/api/comments/${thread.id}`, { resolved: true }).expect(200)).body;
    expect(resolved).toMatchObject({ id: thread.id, resolved: true, resolvedByName: 'Tanya Orlova' });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await rows(translator, 'ru'))[0].openComments).toBe(1);

    const reopened: Comment = (await reviewer.patch(`/api/comments/${thread.id}`, { resolved: false }).expect(200)).body;
    expect(reopened).toMatchObject({ resolved: false, resolvedAt: null, resolvedByName: null });
    expect((await rows(translator, 'ru'))[0].openComments).toBe(2);
    await reviewer.patch(`/api/comments/${thread.id}`, { resolved: 'yes' }).expect(422);
  });

  it('posts a rejection’s reason as a comment on that edition and tells the translator in the inbox', async () => {
    const segment = segments[1];
    await translator.put(`/api/segments/${segment.id}/translations/ru`, { text: 'Вся власть советам.', status: 'translated', version: 0 }).expect(200);
    await reviewer.post(`/api/segments/${segment.id}/translations/ru/review`, { decision: 'reject' }).expect(422);
    await reviewer.post(`/api/segments/${segment.id}/translations/ru/review`, { decision: 'reject', comment: 'Советам — с прописной: Советам.' }).expect(200);

    const comments: Comment[] = (await translator.get(`/api/segments/${segment.id}/comments?lang=ru`).expect(200)).body;
    expect(comments.at(-1)).toMatchObject({ kind: 'rejection', language: 'ru', body: 'Советам — с прописной: Советам.', authorName: 'Roman', resolved: false });
    const tanya = await inbox(translator);
    expect(tanya.items[0]).toMatchObject({ reason: 'rejection', comment: { kind: 'rejection', segmentId: segment.id } });
    expect((await rows(translator, 'ru'))[1].openComments).toBe(2);
  });
});
