import type { SegmentRow, SoftLock } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { EventStreamClient, type ReceivedEvent } from './support/event-stream-client';

const LIVE = { LIVE_KEEPALIVE_SECONDS: '0.5', SOFT_LOCK_IDLE_SECONDS: '1.5', PRESENCE_TIMEOUT_SECONDS: '5' };

describe('working together live: the document event stream, presence and soft locks', () => {
  let first: TestApp;
  let second: TestApp;
  let manager: TestBrowser;
  let anna: TestBrowser;
  let boris: TestBrowser;
  let annaOnSecond: TestBrowser;
  let outsider: TestBrowser;
  let documentId: string;
  let segments: SegmentRow[];
  const streams: EventStreamClient[] = [];

  const open = async (app: TestApp, browser: TestBrowser, query = '', headers: Record<string, string> = {}) => {
    const stream = await EventStreamClient.open(app, browser, `/api/documents/${documentId}/events${query}`, headers);
    streams.push(stream);
    return stream;
  };
  const saved = (segmentId: string, version: number) => (e: ReceivedEvent) =>
    e.data.type === 'saved' && e.data.segmentId === segmentId && e.data.version === version;

  beforeAll(async () => {
    first = await createTestApp(LIVE);
    // a second API process on the same database
    second = await createTestApp(LIVE, first.database);
    await first.app.listen(0, '127.0.0.1');
    await second.app.listen(0, '127.0.0.1');
    manager = await setUpAdmin(first);
    const project = await createProject(manager, 'en', ['ru', 'de']);
    anna = await addMember(first, manager, project.id, 'translator', 'ru', 'anna');
    await anna.patch('/api/auth/me', { displayName: 'Anna Petrova' }).expect(200);
    boris = await addMember(first, manager, project.id, 'translator', 'ru', 'Boris');
    const other = await createProject(manager, 'en', ['de']);
    outsider = await addMember(first, manager, other.id, 'translator', 'de', 'Olga');
    // Anna's session works in the second process too (it lives in the database)
    annaOnSecond = second.browser();
    (annaOnSecond.agent as unknown as { jar: unknown }).jar = (anna.agent as unknown as { jar: unknown }).jar;
    annaOnSecond.csrfToken = anna.csrfToken;
    const text = 'Workers of all countries, unite!\n\nAll power to the councils.\n\nDown with capitalism!\n';
    documentId = (await manager.upload(`/api/projects/${project.id}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    segments = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body;
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await second.close();
    await first.close();
  });

  it('delivers a save made through one API process to a stream of another, with its text, version and author', async () => {
    const stream = await open(second, anna);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    const hello = await stream.next((e) => e.type === 'hello');
    expect(hello.data).toMatchObject({ type: 'hello', present: [expect.objectContaining({ name: 'Anna Petrova', initials: 'AP' })], locks: [] });

    const started = Date.now();
    await boris
      .put(`/api/segments/${segments[0].id}/translations/ru`, { text: 'Пролетарии всех стран, соединяйтесь!', status: 'translated', version: 0 })
      .expect(200);
    const event = await stream.next(saved(segments[0].id, 1), 2000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event.id).toBe(event.data.id);
    expect(event.data).toMatchObject({
      type: 'saved',
      language: 'ru',
      version: 1,
      text: 'Пролетарии всех стран, соединяйтесь!',
      status: 'translated',
      kind: 'typed',
      authorName: 'Boris',
    });
    // keep-alive comments keep proxies from closing the stream
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(stream.comments).toBeGreaterThan(0);
  });

  it('carries comments and approvals too', async () => {
    const stream = await open(first, anna);
    await stream.next((e) => e.type === 'hello');
    await manager.post(`/api/segments/${segments[1].id}/comments`, { body: 'Советы, not совет.', language: 'ru' }).expect(201);
    const comment = await stream.next((e) => e.data.type === 'comment' && e.data.segmentId === segments[1].id);
    expect(comment.data).toMatchObject({ action: 'posted', language: 'ru', parentId: null, authorName: 'Anna Admin' });
    await manager.post(`/api/segments/${segments[0].id}/translations/ru/review`, { decision: 'approve', version: 1 }).expect(200);
    const approval = await stream.next(saved(segments[0].id, 2));
    expect(approval.data).toMatchObject({ status: 'approved', previousStatus: 'translated', kind: 'reviewed' });
  });

  it('resumes after Last-Event-ID (or ?lastEventId=) with exactly what was missed', async () => {
    // a resume also replays the 2 seconds before its id (a slower transaction may commit after a later id; clients skip ids they have)
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const stream = await open(second, boris);
    const hello = await stream.next((e) => e.type === 'hello');
    const resumeFrom = hello.id!;
    stream.close();
    await anna.put(`/api/segments/${segments[2].id}/translations/ru`, { text: 'Долой капитализм!', status: 'draft', version: 0 }).expect(200);
    await anna.put(`/api/segments/${segments[2].id}/translations/ru`, { text: 'Долой капитал!', status: 'translated', version: 1 }).expect(200);

    const resumed = await open(first, boris, '', { 'last-event-id': resumeFrom });
    const replayed = [await resumed.next(saved(segments[2].id, 1)), await resumed.next(saved(segments[2].id, 2))];
    expect(replayed.map((e) => (e.data.type === 'saved' ? e.data.text : ''))).toEqual(['Долой капитализм!', 'Долой капитал!']);
    expect(Number(replayed[0].id)).toBeGreaterThan(Number(resumeFrom));
    // nothing from before the resume point is sent again
    expect(
      resumed.events.filter(
        (e) => e.id && Number(e.id) <= Number(resumeFrom) && e.type === 'saved' && e.data.type === 'saved' && e.data.segmentId === segments[0].id,
      ),
    ).toEqual([]);

    const byQuery = await open(second, boris, `?lastEventId=${resumeFrom}`);
    await byQuery.next(saved(segments[2].id, 2));
  });

  it('shows who is on which segment, and forgets a tab when its stream closes', async () => {
    const watcher = await open(first, anna, '?clientId=anna-watching-tab');
    await watcher.next((e) => e.type === 'hello');
    const borisTab = await open(second, boris, '?clientId=boris-tab-0001');
    await borisTab.next((e) => e.type === 'hello');
    await boris.put(`/api/documents/${documentId}/presence`, { segmentId: segments[1].id, language: 'ru', clientId: 'boris-tab-0001' }).expect(200);
    const onSegment = await watcher.next(
      (e) => e.data.type === 'presence' && e.data.present.some((p) => p.clientId === 'boris-tab-0001' && p.segmentId === segments[1].id),
    );
    expect(onSegment.data.type === 'presence' && onSegment.data.present.find((p) => p.clientId === 'boris-tab-0001')).toMatchObject({
      name: 'Boris',
      initials: 'B',
      language: 'ru',
    });
    const count = watcher.events.length;
    borisTab.close();
    await watcher.next(
      (e, i = watcher.events.indexOf(e)) => i >= count && e.data.type === 'presence' && !e.data.present.some((p) => p.clientId === 'boris-tab-0001'),
    );
  });

  it('takes soft locks, refuses them to others unless forced, and never refuses a save', async () => {
    const segmentId = segments[1].id;
    const watcher = await open(second, manager);
    await watcher.next((e) => e.type === 'hello');
    const mine: SoftLock = (await anna.post(`/api/segments/${segmentId}/lock`, { lang: 'ru', clientId: 'anna-tab-0001' }).expect(200)).body;
    expect(mine).toMatchObject({ segmentId, language: 'ru', name: 'Anna Petrova', clientId: 'anna-tab-0001' });
    await watcher.next((e) => e.data.type === 'lock' && e.data.segmentId === segmentId && e.data.lock?.name === 'Anna Petrova');

    const refused = await boris.post(`/api/segments/${segmentId}/lock`, { lang: 'ru', clientId: 'boris-tab-0002' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'SEGMENT_LOCKED', details: { lock: { name: 'Anna Petrova', segmentId } } });
    // a soft lock: Boris's save is accepted all the same
    await boris.put(`/api/segments/${segmentId}/translations/ru`, { text: 'Вся власть Советам.', status: 'draft', version: 0 }).expect(200);

    const taken: SoftLock = (await boris.post(`/api/segments/${segmentId}/lock`, { lang: 'ru', force: true, clientId: 'boris-tab-0002' }).expect(200)).body;
    expect(taken.name).toBe('Boris');
    const takeOver = await watcher.next((e) => e.data.type === 'lock' && e.data.reason === 'taken-over');
    expect(takeOver.data).toMatchObject({ lock: { name: 'Boris' } });
    await boris.delete(`/api/segments/${segmentId}/lock?lang=ru&clientId=boris-tab-0002`).expect(204);
    await watcher.next((e) => e.data.type === 'lock' && e.data.reason === 'released' && e.data.segmentId === segmentId && e.data.lock === null);
    expect((await anna.get(`/api/documents/${documentId}/presence`).expect(200)).body.locks).toEqual([]);
  });

  it('moves a tab’s lock when it types elsewhere, announcing the lock exactly as answered, and renews it silently', async () => {
    const [fromId, toId] = [segments[0].id, segments[2].id];
    const watcher = await open(second, manager);
    await watcher.next((e) => e.type === 'hello');
    const here: SoftLock = (await boris.post(`/api/segments/${fromId}/lock`, { lang: 'ru', clientId: 'boris-moving-tab' }).expect(200)).body;
    const announced = await watcher.next((e) => e.data.type === 'lock' && e.data.segmentId === fromId && e.data.reason === 'taken');
    expect(announced.data).toMatchObject({ language: 'ru', lock: here });
    expect((announced.data as { lock: SoftLock }).lock).toEqual(here);

    const there: SoftLock = (await boris.post(`/api/segments/${toId}/lock`, { lang: 'ru', clientId: 'boris-moving-tab' }).expect(200)).body;
    const taken = await watcher.next((e) => e.data.type === 'lock' && e.data.segmentId === toId && e.data.reason === 'taken');
    const released = await watcher.next((e) => e.data.type === 'lock' && e.data.segmentId === fromId && e.data.reason === 'released');
    expect((taken.data as { lock: SoftLock }).lock).toEqual(there);
    expect(released.data).toMatchObject({ lock: null });
    expect(BigInt(taken.id!)).toBeLessThan(BigInt(released.id!));

    // typing on in the same place renews the lock: same lock, nothing announced
    const before = watcher.events.length;
    const renewed: SoftLock = (await boris.post(`/api/segments/${toId}/lock`, { lang: 'ru', clientId: 'boris-moving-tab' }).expect(200)).body;
    expect(renewed).toEqual(there);
    const rows: SegmentRow[] = (await anna.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body;
    const version = rows.find((r) => r.id === toId)?.translation?.version ?? 0;
    await anna.put(`/api/segments/${toId}/translations/ru`, { text: 'Долой капитализм!', status: 'draft', version }).expect(200);
    await watcher.next((e) => e.data.type === 'saved' && e.data.segmentId === toId);
    expect(watcher.events.slice(before).filter((e) => e.data.type === 'lock')).toEqual([]);
    expect((await anna.get(`/api/documents/${documentId}/presence`).expect(200)).body.locks).toEqual([there]);
    await boris.delete(`/api/segments/${toId}/lock?lang=ru&clientId=boris-moving-tab`).expect(204);
  });

  it('ends a lock left idle, and a tab’s locks when its stream closes', async () => {
    const watcher = await open(first, manager);
    await watcher.next((e) => e.type === 'hello');
    await anna.post(`/api/segments/${segments[2].id}/lock`, { lang: 'ru' }).expect(200);
    const expired = await watcher.next((e) => e.data.type === 'lock' && e.data.reason === 'expired' && e.data.segmentId === segments[2].id, 6000);
    expect(expired.data).toMatchObject({ lock: null });
    // after expiry anyone takes it without forcing
    await boris.post(`/api/segments/${segments[2].id}/lock`, { lang: 'ru' }).expect(200);
    await boris.delete(`/api/segments/${segments[2].id}/lock?lang=ru`).expect(204);

    const tab = await open(second, annaOnSecond, '?clientId=anna-closing-tab');
    await tab.next((e) => e.type === 'hello');
    await anna.post(`/api/segments/${segments[0].id}/lock`, { lang: 'ru', clientId: 'anna-closing-tab' }).expect(200);
    tab.close();
    await watcher.next((e) => e.data.type === 'lock' && e.data.reason === 'disconnected' && e.data.segmentId === segments[0].id);
  });

  it('opens a document’s stream only to people who may read the document', async () => {
    const stranger = await open(first, outsider);
    expect(stranger.status).toBe(403);
    const missing = await EventStreamClient.open(first, anna, `/api/documents/00000000-0000-4000-8000-000000000000/events`);
    expect(missing.status).toBe(404);
    missing.close();
    await outsider.put(`/api/documents/${documentId}/presence`, { segmentId: null }).expect(403);
    await outsider.post(`/api/segments/${segments[0].id}/lock`, { lang: 'ru' }).expect(403);
    await anna.post(`/api/segments/${segments[0].id}/lock`, { lang: 'de' }).expect(403);
    await anna.post(`/api/segments/${segments[0].id}/lock`, { lang: 'xx' }).expect(422);
  });
});
