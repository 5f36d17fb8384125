import type {
  CorrectionPreview,
  CorrectionResult,
  DocumentSummary,
  Errata,
  ExportOverride,
  Provenance,
  Publication,
  PublicationDiff,
  Revision,
  SegmentRow,
  Translation,
} from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

/**
 * Three editions of one Russian leaflet: English from the Russian source, German from the English
 * (the pivot). Decision tested here: a change of the pivot makes only its followers outdated; a
 * correction of the source makes every edition made before it outdated, whether it was made from
 * the source or through a pivot (German learns of a Russian erratum without waiting for English).
 */
const LEAFLET = ['Забастовка начинается в понедельник.', 'Собрание профсоюза в девять часов.', 'Возьмите членский билет.', 'Спасибо за поддержку.'];
const ENGLISH = ['The strike begins on Monday.', 'The union meeting is at nine.', 'Bring your membership card.', 'Thank you for your support.'];
const GERMAN = [
  'Der Streik beginnt am Montag.',
  'Die Gewerkschaftsversammlung ist um neun.',
  'Bringen Sie Ihren Mitgliedsausweis mit.',
  'Danke für Ihre Unterstützung.',
];

describe('editions: provenance, outdated translations, corrections of the original, publications', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let english: TestBrowser;
  let german: TestBrowser;
  let projectId: string;

  const url = (segmentId: string, lang: string) => `/api/segments/${segmentId}/translations/${lang}`;
  const grid = async (documentId: string, lang: string) =>
    (await manager.get(`/api/documents/${documentId}/segments?lang=${lang}`).expect(200)).body as SegmentRow[];
  const upload = async (text: string, name = 'leaflet.txt') => {
    const res = await manager.upload(`/api/projects/${projectId}/documents`, name, text).expect(201);
    return { documentId: res.body.id as string, rows: await grid(res.body.id, 'en') };
  };
  const translateAll = async (documentId: string, rows: SegmentRow[]) => {
    for (const [i, row] of rows.entries()) {
      await english.put(url(row.id, 'en'), { text: ENGLISH[i], status: 'translated', version: 0 }).expect(200);
      await german.put(url(row.id, 'de'), { text: GERMAN[i], status: 'translated', version: 0, fromLanguage: 'en' }).expect(200);
    }
    return documentId;
  };

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'ru', ['en', 'de'])).id;
    english = await addMember(t, manager, projectId, 'translator', 'en', 'Emma');
    german = await addMember(t, manager, projectId, 'translator', 'de', 'Dieter');
  });
  afterAll(() => t?.close());

  it('records what each translation was made from: the source at its version, or the pivot at its version', async () => {
    const { documentId, rows } = await upload(LEAFLET.join(' '));
    const [first, second] = rows;
    expect(first.sourceVersion).toBe(1);
    const en = (await english.put(url(first.id, 'en'), { text: ENGLISH[0], status: 'draft', version: 0 }).expect(200)).body as Translation;
    expect(en).toMatchObject({ fromLanguage: 'ru', fromVersion: 1 });
    await english.put(url(first.id, 'en'), { text: ENGLISH[0], status: 'translated', version: 1 }).expect(200);

    // German from the English pivot, at the English version (2)
    const de = (await german.put(url(first.id, 'de'), { text: GERMAN[0], status: 'translated', version: 0, fromLanguage: 'en' }).expect(200))
      .body as Translation;
    expect(de).toMatchObject({ fromLanguage: 'en', fromVersion: 2 });
    const [row] = await grid(documentId, 'de');
    expect(row.translation).toMatchObject({ fromLanguage: 'en', fromVersion: 2 });
    expect(row.outdated).toBe(false);
    const [revision] = (await german.get(`${url(first.id, 'de')}/revisions`).expect(200)).body as Revision[];
    expect(revision).toMatchObject({ fromLanguage: 'en', fromVersion: 2 });

    // an origin that is not the source or another edition, or a pivot with nothing to work from: 400 on the field
    const itself = await german.put(url(second.id, 'de'), { text: GERMAN[1], status: 'draft', version: 0, fromLanguage: 'de' }).expect(400);
    expect(itself.body).toMatchObject({ code: 'ORIGIN_INVALID', details: [{ field: 'fromLanguage' }] });
    const empty = await german
      .put(url(second.id, 'de'), { text: GERMAN[1], status: 'draft', version: 0, fromLanguage: 'en' })
      .set('Accept-Language', 'de')
      .expect(400);
    expect(empty.body.message).toContain('fromLanguage');
    expect(empty.body.message).toContain('keine Übersetzung');
    // nothing was stored
    expect((await grid(documentId, 'de'))[1].translation).toBeNull();
  });

  it('flags German outdated when its English pivot changes, shows what changed, and records the confirmation', async () => {
    const { documentId, rows } = await upload(LEAFLET.join(' '));
    await translateAll(documentId, rows);
    const segment = rows[1].id;

    // approving the English (a status change, same text) leaves German as it is
    await manager.post(`${url(segment, 'en')}/review`, { decision: 'approve' }).expect(200);
    expect((await grid(documentId, 'de'))[1].outdated).toBe(false);

    const enNow = (await grid(documentId, 'en'))[1].translation!;
    await english.put(url(segment, 'en'), { text: 'The union meeting is at ten.', status: 'translated', version: enNow.version }).expect(200);
    const de = await grid(documentId, 'de');
    expect(de.map((r) => r.outdated)).toEqual([false, true, false, false]);
    expect((await grid(documentId, 'en')).every((r) => !r.outdated)).toBe(true);

    const provenance = (await german.get(`${url(segment, 'de')}/provenance`).expect(200)).body as Provenance;
    expect(provenance).toMatchObject({ fromLanguage: 'en', fromSource: false, outdated: true });
    expect(provenance.changes).toHaveLength(1);
    expect(provenance.changes[0]).toMatchObject({
      kind: 'pivot',
      language: 'en',
      before: 'The union meeting is at nine.',
      after: 'The union meeting is at ten.',
    });
    expect(provenance.changes[0].diff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'nine' },
        { op: 'insert', text: 'ten' },
      ]),
    );
    const progress = ((await manager.get(`/api/documents/${documentId}`).expect(200)).body as DocumentSummary).progress;
    expect(progress.find((p) => p.language === 'de')?.outdated).toBe(1);
    expect(progress.find((p) => p.language === 'en')?.outdated).toBe(0);

    // confirming needs the current version and the right to edit German
    const version = de[1].translation!.version;
    await english.post(`${url(segment, 'de')}/confirm-outdated`, { version }).expect(403);
    await german.post(`${url(segment, 'de')}/confirm-outdated`, { version: version + 5 }).expect(409);
    const confirmed = (await german.post(`${url(segment, 'de')}/confirm-outdated`, { version }).expect(200)).body as Translation;
    expect(confirmed).toMatchObject({ text: GERMAN[1], version: version + 1, fromLanguage: 'en' });
    expect((await grid(documentId, 'de'))[1].outdated).toBe(false);
    const [revision] = (await german.get(`${url(segment, 'de')}/revisions`).expect(200)).body as Revision[];
    expect(revision).toMatchObject({ kind: 'outdated-confirmed', text: GERMAN[1] });
    const again = await german.post(`${url(segment, 'de')}/confirm-outdated`, { version: version + 1 }).expect(409);
    expect(again.body.code).toBe('NOT_OUTDATED');
  });

  it('corrects a source segment over its version: every edition made before is outdated, a stale version gets 409', async () => {
    const { documentId, rows } = await upload(LEAFLET.join(' '));
    await translateAll(documentId, rows);
    const segment = rows[2].id;
    await english.patch(`/api/segments/${segment}/source`, { text: 'Возьмите паспорт.', version: 1 }).expect(403);
    const corrected = (await manager.patch(`/api/segments/${segment}/source`, { text: 'Возьмите с собой членский билет.', version: 1 }).expect(200)).body;
    expect(corrected).toMatchObject({ sourceVersion: 2, outdatedIn: ['en', 'de'] });

    const stale = await manager.patch(`/api/segments/${segment}/source`, { text: 'Возьмите паспорт.', version: 1 }).expect(409);
    expect(stale.body.details).toEqual({
      current: { text: 'Возьмите с собой членский билет.', version: 2 },
      submitted: { text: 'Возьмите паспорт.', version: 1 },
    });
    const codes = await manager.patch(`/api/segments/${segment}/source`, { text: 'Возьмите {1}паспорт{/1}.', version: 2 }).expect(422);
    expect(codes.body.details[0].field).toBe('text');

    const en = await grid(documentId, 'en');
    expect(en[2]).toMatchObject({ sourceVersion: 2, outdated: true, source: 'Возьмите с собой членский билет.' });
    expect(en.filter((r) => r.outdated)).toHaveLength(1);
    expect((await grid(documentId, 'de')).map((r) => r.outdated)).toEqual([false, false, true, false]);

    const provenance = (await german.get(`${url(segment, 'de')}/provenance`).expect(200)).body as Provenance;
    expect(provenance.changes).toEqual([
      expect.objectContaining({ kind: 'source', language: 'ru', before: 'Возьмите членский билет.', fromVersion: 1, currentVersion: 2 }),
    ]);

    // the English edited in answer: English is current again; German (made from the old English) stays outdated
    await english
      .put(url(segment, 'en'), { text: 'Bring your membership card with you.', status: 'translated', version: en[2].translation!.version })
      .expect(200);
    expect((await grid(documentId, 'en'))[2].outdated).toBe(false);
    const deAfter = (await german.get(`${url(segment, 'de')}/provenance`).expect(200)).body as Provenance;
    expect(deAfter.changes.map((c) => c.kind)).toEqual(['pivot', 'source']);
  });

  it('imports a corrected original: previews the pairs, keeps every translation, flags the changed ones in every edition', async () => {
    const paragraphs = LEAFLET.map((s) => s).join('\n\n');
    const { documentId, rows } = await upload(paragraphs, 'flyer.txt');
    await translateAll(documentId, rows);
    const correctedText = [LEAFLET[0], 'Собрание профсоюза в десять часов.', 'Кофе и чай для всех.', LEAFLET[3]].join('\n\n');

    await english.upload(`/api/documents/${documentId}/corrections/preview`, 'flyer.txt', correctedText).expect(403);
    const preview = (await manager.upload(`/api/documents/${documentId}/corrections/preview`, 'flyer.txt', correctedText).expect(200))
      .body as CorrectionPreview;
    expect(preview).toMatchObject({ unchanged: 2, changed: 1, new: 1, removed: 1 });
    expect(preview.pairs.find((p) => p.kind === 'changed')).toMatchObject({
      segmentId: rows[1].id,
      before: LEAFLET[1],
      after: 'Собрание профсоюза в десять часов.',
    });
    expect(preview.pairs.find((p) => p.kind === 'removed')).toMatchObject({ segmentId: rows[2].id });
    // the preview changed nothing
    expect((await grid(documentId, 'en')).map((r) => r.source)).toEqual(LEAFLET);

    const applied = (await manager.post(`/api/documents/${documentId}/corrections`, { previewId: preview.previewId }).expect(200)).body as CorrectionResult;
    expect(applied).toMatchObject({ unchanged: 2, changed: 1, new: 1, removed: 1, segmentCount: 4 });
    expect(applied.outdated).toEqual([
      { language: 'en', count: 1 },
      { language: 'de', count: 1 },
    ]);
    const en = await grid(documentId, 'en');
    expect(en.map((r) => r.source)).toEqual(['Забастовка начинается в понедельник.', 'Собрание профсоюза в десять часов.', 'Кофе и чай для всех.', LEAFLET[3]]);
    expect(en.map((r) => r.translation?.text ?? null)).toEqual([ENGLISH[0], ENGLISH[1], null, ENGLISH[3]]);
    expect(en.map((r) => r.outdated)).toEqual([false, true, false, false]);
    expect(en[1].id).toBe(rows[1].id);
    expect((await grid(documentId, 'de')).map((r) => r.outdated)).toEqual([false, true, false, false]);

    const again = await manager.post(`/api/documents/${documentId}/corrections`, { previewId: preview.previewId }).expect(409);
    expect(again.body.code).toBe('CORRECTION_INVALID');
    // a file of another format is refused, and nothing changes
    await manager.upload(`/api/documents/${documentId}/corrections/preview`, 'flyer.html', '<p>Привет, мир.</p>').expect(422);
    // the export follows the corrected original
    const exported = await manager.get(`/api/documents/${documentId}/export?lang=en`).expect(200);
    expect(exported.text).toBe([ENGLISH[0], ENGLISH[1], 'Кофе и чай для всех.', ENGLISH[3]].join('\n\n'));
  });

  it('publishes immutable editions: byte-identical downloads after later edits, diffs, and the errata after a correction', async () => {
    const { documentId, rows } = await upload(LEAFLET.join('\n\n'), 'appeal.txt');
    await translateAll(documentId, rows);
    await english.post(`/api/documents/${documentId}/publications`, { lang: 'en' }).expect(403);
    const first = (await manager.post(`/api/documents/${documentId}/publications`, { lang: 'en' }).expect(201)).body as Publication;
    expect(first).toMatchObject({ number: 1, language: 'en', segmentCount: 4, translatedCount: 4, authorName: 'Anna Admin' });
    expect(first.formats).toEqual(['txt', 'xliff12', 'xliff20']);
    const download = async (id: string, format?: string) =>
      (
        await manager
          .get(`/api/publications/${id}/export${format ? `?format=${format}` : ''}`)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          })
          .expect(200)
      ).body as Buffer;
    const txt = await download(first.id);
    const xliff = await download(first.id, 'xliff12');
    expect(txt.toString('utf8')).toBe(ENGLISH.join('\n\n'));

    // later: a new English text, a corrected source; the first publication stays as it was, byte for byte
    const en = await grid(documentId, 'en');
    await english.put(url(rows[0].id, 'en'), { text: 'The strike starts on Monday.', status: 'translated', version: en[0].translation!.version }).expect(200);
    await manager.patch(`/api/segments/${rows[3].id}/source`, { text: 'Спасибо за вашу поддержку.', version: 1 }).expect(200);
    expect((await download(first.id)).equals(txt)).toBe(true);
    expect((await download(first.id, 'xliff12')).equals(xliff)).toBe(true);
    await manager.get(`/api/publications/${first.id}/export?format=docx`).expect(422);

    // the errata of the English edition: what changed since its last publication
    const errata = (await german.get(`/api/documents/${documentId}/errata?lang=en`).expect(200)).body as Errata;
    expect(errata.publication?.number).toBe(1);
    expect(errata.changes.map((c) => [c.segmentId, c.change])).toEqual([
      [rows[0].id, 'changed'],
      [rows[3].id, 'changed'],
    ]);
    expect(errata.changes[0]).toMatchObject({ textBefore: ENGLISH[0], textAfter: 'The strike starts on Monday.', outdated: false });
    expect(errata.changes[1]).toMatchObject({ sourceBefore: LEAFLET[3], sourceAfter: 'Спасибо за вашу поддержку.', textAfter: ENGLISH[3], outdated: true });

    const second = (await manager.post(`/api/documents/${documentId}/publications`, { lang: 'en' }).expect(201)).body as Publication;
    expect(second.number).toBe(2);
    const diff = (await manager.get(`/api/publications/${first.id}/diff?against=${second.id}`).expect(200)).body as PublicationDiff;
    expect(diff.to?.number).toBe(2);
    expect(diff.changes.map((c) => c.segmentId)).toEqual([rows[0].id, rows[3].id]);
    const sinceSecond = (await manager.get(`/api/documents/${documentId}/errata?lang=en`).expect(200)).body as Errata;
    expect(sinceSecond).toMatchObject({ publication: { number: 2 }, changes: [] });
    const list = (await german.get(`/api/documents/${documentId}/publications?lang=en`).expect(200)).body as Publication[];
    expect(list.map((p) => p.number)).toEqual([2, 1]);
    // German has never been published: no errata
    expect((await manager.get(`/api/documents/${documentId}/errata?lang=de`).expect(200)).body).toMatchObject({ publication: null, changes: [] });
  });
  it('refuses to publish an edition with open QA errors unless the manager overrides it, and records the override', async () => {
    const { documentId, rows } = await upload(['Собрание в 9 часов.', 'Взносы: 25 рублей.'].join('\n\n'), 'meeting.txt');
    await english.put(url(rows[0].id, 'en'), { text: 'The meeting is at 9.', status: 'translated', version: 0 }).expect(200);
    await english.put(url(rows[1].id, 'en'), { text: 'Dues: 52 roubles.', status: 'translated', version: 0 }).expect(200);
    const refused = await manager.post(`/api/documents/${documentId}/publications`, { lang: 'en' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'QA_ERRORS', details: { errors: 1, segments: 1 } });
    expect((await manager.get(`/api/documents/${documentId}/publications?lang=en`).expect(200)).body).toEqual([]);
    const published = (await manager.post(`/api/documents/${documentId}/publications`, { lang: 'en', overrideQa: true }).expect(201)).body as Publication;
    expect(published.number).toBe(1);
    const overrides = (await manager.get(`/api/documents/${documentId}/export-overrides`).expect(200)).body as ExportOverride[];
    expect(overrides).toEqual([expect.objectContaining({ language: 'en', errors: 1, userName: 'Anna Admin' })]);
    // fixed: it publishes without the override
    await english.put(url(rows[1].id, 'en'), { text: 'Dues: 25 roubles.', status: 'translated', version: 1 }).expect(200);
    expect((await manager.post(`/api/documents/${documentId}/publications`, { lang: 'en' }).expect(201)).body.number).toBe(2);
  });
});
