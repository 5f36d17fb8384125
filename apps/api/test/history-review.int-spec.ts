import type { JobStatus, ReplaceResult, Revision, SegmentRow, Translation } from '@interlinea/shared';
import { compileSearch, replaceAll } from '@interlinea/text-search';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { uploadLeaflet, waitFor } from './support/mt-test-app';
import type { TestBrowser } from './support/test-browser';

const LEAFLET = ['The contract is signed.', 'Sign the contract today.', 'The Contract stays in force.', 'Contracts are kept.', 'Thank you.'].join(' ');

describe('history, revert, search and replace, batch approval', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let reviewer: TestBrowser;
  let projectId: string;
  let documentId: string;
  let rows: SegmentRow[];

  const url = (segmentId: string) => `/api/segments/${segmentId}/translations/ru`;
  const grid = async () => (await translator.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body as SegmentRow[];
  const history = async (segmentId: string) => (await translator.get(`${url(segmentId)}/revisions`).expect(200)).body as Revision[];

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    reviewer = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    ({ documentId, segments: rows } = await uploadLeaflet(manager, projectId, LEAFLET, 'ru'));
    const texts = ['Договор подписан.', 'Подпишите договор сегодня.', 'Договор остаётся в силе.', 'Договоры соблюдаются.', 'Спасибо.'];
    for (const [i, text] of texts.entries()) await translator.put(url(rows[i].id), { text, status: 'translated', version: 0 }).expect(200);
  });
  afterAll(() => t?.close());

  it('gives every revision its kind, author, time, status and version; a memory pre-translation its score', async () => {
    // the same sentence in a second document is pre-translated from the memory the first one fed
    const other = await uploadLeaflet(manager, projectId, 'Thank you.', 'ru');
    const started = (await manager.post(`/api/documents/${other.documentId}/pretranslate`, { lang: 'ru', useMt: false, tmThreshold: 100 }).expect(201)).body;
    await waitFor('pre-translation', async () => {
      const job = (await manager.get(`/api/jobs/${started.jobId}`).expect(200)).body as JobStatus;
      return job.state === 'completed';
    });
    const [pretranslated] = await history(other.segments[0].id);
    expect(pretranslated).toMatchObject({ version: 1, kind: 'pretranslated', origin: 'tm', text: 'Спасибо.', status: 'draft', engine: null });
    expect(pretranslated.score).toBeGreaterThanOrEqual(100);

    // a memory match and a machine translation taken in the editor: the score and the engine are kept
    const fromMemory = await uploadLeaflet(manager, projectId, 'The contract is signed. Sign the contract today.', 'ru');
    const [tmRow, mtRow] = fromMemory.segments;
    await translator
      .put(url(tmRow.id), { text: 'Договор подписан.', status: 'translated', version: 0, origin: 'tm', suggestion: 'Договор подписан.', score: 100 })
      .expect(200);
    await translator
      .put(url(mtRow.id), {
        text: 'Подпишите договор сегодня!',
        status: 'translated',
        version: 0,
        origin: 'mt',
        suggestion: 'Подпишите договор сегодня.',
        engine: 'DeepL',
      })
      .expect(200);
    expect((await history(tmRow.id))[0]).toMatchObject({ kind: 'typed', origin: 'tm', score: 100, engine: null });
    // edited after it was taken: a person's text now, the engine still named
    expect((await history(mtRow.id))[0]).toMatchObject({ kind: 'typed', origin: 'human', score: null, engine: 'DeepL' });
    const memoryRow = (await translator.get(`/api/documents/${fromMemory.documentId}/segments?lang=ru`).expect(200)).body[0] as SegmentRow;
    expect(memoryRow.translation).toMatchObject({ origin: 'tm', score: 100 });

    await reviewer.post(`${url(rows[4].id)}/review`, { decision: 'approve', version: 1 }).expect(200);
    const revisions = await history(rows[4].id);
    expect(revisions.map((r) => [r.version, r.kind, r.status, r.authorName])).toEqual([
      [2, 'reviewed', 'approved', 'Roman'],
      [1, 'typed', 'translated', 'Tanya'],
    ]);
    expect(Date.parse(revisions[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(revisions[1].createdAt));
    const approvedRow = (await grid()).find((r) => r.id === rows[4].id)!;
    expect(approvedRow.translation).toMatchObject({ status: 'approved', reviewerName: 'Roman' });
    expect(approvedRow.translation?.reviewedAt).toBeTruthy();
  });

  it('reverts to an earlier revision as a new one, version-checked; a translator does not restore an approval', async () => {
    const segment = rows[4].id;
    const edited = (await translator.put(url(segment), { text: 'Большое спасибо.', status: 'translated', version: 2 }).expect(200)).body as Translation;
    expect(edited.version).toBe(3);

    const stale = await translator.post(`${url(segment)}/revert`, { toVersion: 2, version: 2 }).expect(409);
    expect(stale.body.details.current).toMatchObject({ version: 3, text: 'Большое спасибо.' });

    const reverted = (await translator.post(`${url(segment)}/revert`, { toVersion: 2, version: 3 }).expect(200)).body as Translation;
    // version 2 was approved, but a translator's revert asks for review again
    expect(reverted).toMatchObject({ version: 4, text: 'Спасибо.', status: 'translated', authorName: 'Tanya' });
    const [latest] = await history(segment);
    expect(latest).toMatchObject({ version: 4, kind: 'reverted', text: 'Спасибо.', comment: 'restored version 2' });

    const byReviewer = (await reviewer.post(`${url(segment)}/revert`, { toVersion: 2, version: 4 }).expect(200)).body as Translation;
    expect(byReviewer).toMatchObject({ version: 5, status: 'approved' });
    await translator.post(`${url(segment)}/revert`, { toVersion: 99, version: 5 }).expect(422);
  });

  it('replaces in the targets as one batch whose result is the preview, and undoes it as a batch', async () => {
    const before = await grid();
    const options = { wholeWord: true, matchCase: false, regex: false };
    const search = compileSearch('договор', options);
    if (!search.ok) throw new Error(search.error);
    // the preview the dialog shows, from the same library
    const preview = before
      .filter((r) => r.translation)
      .map((r) => ({ row: r, result: replaceAll(r.translation!.text, search, 'контракт') }))
      .filter((p) => p.result.spans.length > 0);
    expect(preview.map((p) => p.result.after)).toEqual(['контракт подписан.', 'Подпишите контракт сегодня.', 'контракт остаётся в силе.']);

    const body = {
      lang: 'ru',
      find: 'договор',
      replace: 'контракт',
      options,
      segmentIds: preview.map((p) => p.row.id),
      versions: preview.map((p) => p.row.translation!.version),
    };
    const done = (await translator.post(`/api/documents/${documentId}/replace`, body).expect(200)).body as ReplaceResult;
    expect(done.changed.map((c) => c.text)).toEqual(preview.map((p) => p.result.after));
    const afterReplace = await grid();
    for (const p of preview) {
      const row = afterReplace.find((r) => r.id === p.row.id)!;
      expect(row.translation).toMatchObject({ text: p.result.after, version: p.row.translation!.version + 1 });
      expect((await history(p.row.id))[0]).toMatchObject({ kind: 'replaced', authorName: 'Tanya' });
    }
    // "Договоры" is not the whole word: untouched
    expect(afterReplace.find((r) => r.id === rows[3].id)!.translation!.version).toBe(1);

    // sent again with the old versions: 409 lists every stale segment, nothing written
    const stale = await translator.post(`/api/documents/${documentId}/replace`, { ...body, find: 'контракт', replace: 'соглашение' }).expect(409);
    expect(stale.body.details.stale).toEqual(
      preview.map((p) => ({ segmentId: p.row.id, version: p.row.translation!.version + 1, submitted: p.row.translation!.version })),
    );
    expect((await grid()).map((r) => r.translation?.text)).toEqual(afterReplace.map((r) => r.translation?.text));

    // someone edits one segment after the batch: the undo is refused as a whole
    const first = preview[0].row.id;
    await translator.put(url(first), { text: 'контракт подписан!', status: 'translated', version: 2 }).expect(200);
    const refused = await translator.post(`/api/documents/${documentId}/replace/${done.batchId}/undo`).expect(409);
    expect(refused.body.details.stale).toEqual([{ segmentId: first, version: 3, submitted: 2 }]);
    await translator.put(url(first), { text: 'контракт подписан.', status: 'translated', version: 3 }).expect(200);
    await translator.post(`/api/documents/${documentId}/replace/${done.batchId}/undo`).expect(409);
  });

  it('undoes a replace batch: every segment back to its text before, each a reverted revision; once only', async () => {
    const before = await grid();
    const targets = before.filter((r) => r.translation && /контракт/i.test(r.translation.text));
    const body = {
      lang: 'ru',
      find: String.raw`контракт(\p{L}*)`,
      replace: 'соглашение$1',
      options: { wholeWord: false, matchCase: false, regex: true },
      segmentIds: targets.map((r) => r.id),
      versions: targets.map((r) => r.translation!.version),
    };
    const done = (await translator.post(`/api/documents/${documentId}/replace`, body).expect(200)).body as ReplaceResult;
    expect(done.changed.map((c) => c.text)).toContain('Подпишите соглашение сегодня.');
    const undone = (await translator.post(`/api/documents/${documentId}/replace/${done.batchId}/undo`).expect(200)).body;
    expect(undone.changed).toHaveLength(targets.length);
    const after = await grid();
    for (const row of targets) {
      const now = after.find((r) => r.id === row.id)!.translation!;
      expect(now).toMatchObject({ text: row.translation!.text, version: row.translation!.version + 2 });
      expect((await history(row.id))[0]).toMatchObject({ kind: 'reverted' });
    }
    await translator.post(`/api/documents/${documentId}/replace/${done.batchId}/undo`).expect(422);
  });

  it('answers an invalid regular expression with an error on the field, writing nothing', async () => {
    const row = (await grid())[1];
    const res = await translator
      .post(`/api/documents/${documentId}/replace`, {
        lang: 'ru',
        find: '(договор',
        replace: 'x',
        options: { regex: true },
        segmentIds: [row.id],
        versions: [row.translation!.version],
      })
      .expect(422);
    expect(res.body.details[0]).toMatchObject({ field: 'find' });
    expect(res.body.details[0].message).toMatch(/regular expression/);
  });

  it('approves a selection in one transaction: reviewers only, 409 on a stale version, nothing half-way', async () => {
    const current = await grid();
    const selection = current.filter((r) => r.translation?.status === 'translated');
    expect(selection.length).toBeGreaterThanOrEqual(3);
    const body = { lang: 'ru', segmentIds: selection.map((r) => r.id), versions: selection.map((r) => r.translation!.version) };

    await translator.post(`/api/documents/${documentId}/approve`, body).expect(403);
    const stale = await reviewer
      .post(`/api/documents/${documentId}/approve`, { ...body, versions: body.versions.map((v, i) => (i === 0 ? v - 1 : v)) })
      .expect(409);
    expect(stale.body.details.stale).toEqual([
      { segmentId: selection[0].id, version: selection[0].translation!.version, submitted: selection[0].translation!.version - 1 },
    ]);
    expect((await grid()).filter((r) => r.translation?.status === 'approved')).toHaveLength(current.filter((r) => r.translation?.status === 'approved').length);

    const approved = (await reviewer.post(`/api/documents/${documentId}/approve`, body).expect(200)).body;
    expect(approved.approved).toHaveLength(selection.length);
    const after = await grid();
    for (const row of selection) {
      expect(after.find((r) => r.id === row.id)!.translation).toMatchObject({
        status: 'approved',
        reviewerName: 'Roman',
        version: row.translation!.version + 1,
      });
      expect((await history(row.id))[0]).toMatchObject({ kind: 'batch-approved', authorName: 'Roman' });
    }
  });
});
