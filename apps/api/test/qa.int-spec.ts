import type { ExportOverride, QaIgnore, QaReportFinding, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

describe('QA of an edition: report, ignores, settings and the export gate', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let otherTranslator: TestBrowser;
  let publisher: TestBrowser;
  let projectId: string;
  let documentId: string;
  let segments: SegmentRow[];

  const report = async (accept = 'en'): Promise<QaReportFinding[]> =>
    (await publisher.get(`/api/documents/${documentId}/qa?lang=de`).set('Accept-Language', accept).expect(200)).body;
  const codesOf = (findings: QaReportFinding[], segment: SegmentRow) =>
    findings
      .filter((f) => f.segmentId === segment.id)
      .map((f) => f.code)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['de', 'ru'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'de', 'Theo');
    otherTranslator = await addMember(t, manager, projectId, 'translator', 'ru', 'Rita');
    publisher = await addMember(t, manager, projectId, 'publisher', null, 'Paul');
    await manager
      .post(`/api/projects/${projectId}/glossary`, {
        sourceLanguage: 'en',
        targetLanguage: 'de',
        sourceTerm: 'edition',
        targetTerm: 'Ausgabe',
        forbidden: ['Edition'],
      })
      .expect(201);
    const text = 'The package weighs 2.5 kg.\n\nOpen the new edition.\n\nSave your work now.\n\nNot translated yet.\n';
    documentId = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    segments = (await translator.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
    const targets = ['Das Paket wiegt 3,5\u00A0kg.', 'Öffnen Sie die neue Edition.', 'Save your work now.'];
    for (const [i, text] of targets.entries()) {
      await translator.put(`/api/segments/${segments[i].id}/translations/de`, { text, status: 'translated', version: 0 }).expect(200);
    }
  });
  afterAll(() => t.close());

  it('reports each translated segment’s findings, with severity, position and a message in the reader’s language', async () => {
    const findings = await report();
    expect(codesOf(findings, segments[0])).toEqual(['NUMBER_MISMATCH']);
    expect(codesOf(findings, segments[1])).toEqual(['TERM_FORBIDDEN', 'TERM_MISSING']);
    expect(codesOf(findings, segments[2])).toEqual(['UNTRANSLATED']);
    expect(codesOf(findings, segments[3])).toEqual([]);
    const number = findings.find((f) => f.code === 'NUMBER_MISMATCH')!;
    expect(number).toMatchObject({ segmentId: segments[0].id, severity: 'error', ignored: false, message: 'The number 2.5 of the source is 3,5 here.' });
    expect('Das Paket wiegt 3,5\u00A0kg.'.slice(number.start, number.end)).toBe('3,5');
    expect(findings.find((f) => f.code === 'TERM_FORBIDDEN')).toMatchObject({ severity: 'error' });
    expect(findings.find((f) => f.code === 'UNTRANSLATED')).toMatchObject({ severity: 'warning' });

    expect((await report('ru-RU,ru;q=0.9')).find((f) => f.code === 'NUMBER_MISMATCH')!.message).toBe('Число 2.5 из оригинала здесь стало 3,5.');
    expect((await report('de')).find((f) => f.code === 'NUMBER_MISMATCH')!.message).toBe('Aus der Zahl 2.5 des Ausgangstexts ist hier 3,5 geworden.');
    await publisher.get(`/api/documents/${documentId}/qa?lang=fr`).expect(422);
    const stranger = await setUpStranger();
    await stranger.get(`/api/documents/${documentId}/qa?lang=de`).expect(403);
  });

  it('flags the same source translated two ways across the project’s documents', async () => {
    const other = (await manager.upload(`/api/projects/${projectId}/documents`, 'other.txt', 'Save your work now.\n').expect(201)).body.id;
    const [row] = (await translator.get(`/api/documents/${other}/segments?lang=de`).expect(200)).body as SegmentRow[];
    await translator.put(`/api/segments/${row.id}/translations/de`, { text: 'Speichern Sie jetzt Ihre Arbeit.', status: 'translated', version: 0 }).expect(200);
    const findings = (await publisher.get(`/api/documents/${other}/qa?lang=de`).expect(200)).body as QaReportFinding[];
    expect(findings.find((f) => f.code === 'INCONSISTENT')).toMatchObject({ severity: 'warning', params: { other: 'Save your work now.' } });
  });

  it('lets the edition’s translator ignore a finding for one segment (who and when kept) and take it back', async () => {
    const body = { language: 'de', code: 'NUMBER_MISMATCH' };
    await otherTranslator.post(`/api/segments/${segments[0].id}/qa-ignores`, body).expect(403);
    await publisher.post(`/api/segments/${segments[0].id}/qa-ignores`, body).expect(403);
    await translator.post(`/api/segments/${segments[0].id}/qa-ignores`, { language: 'de', code: 'NOT_A_CHECK' }).expect(422);
    const ignore = (await translator.post(`/api/segments/${segments[0].id}/qa-ignores`, body).expect(201)).body as QaIgnore;
    expect(ignore).toMatchObject({ segmentId: segments[0].id, language: 'de', code: 'NUMBER_MISMATCH', ignoredBy: 'Theo' });
    expect(Date.now() - Date.parse(ignore.ignoredAt)).toBeLessThan(60_000);
    expect((await report()).find((f) => f.code === 'NUMBER_MISMATCH')).toMatchObject({ ignored: true, ignoredBy: 'Theo' });

    await translator.delete(`/api/segments/${segments[0].id}/qa-ignores?language=de&code=NUMBER_MISMATCH`).expect(204);
    expect((await report()).find((f) => f.code === 'NUMBER_MISMATCH')).toMatchObject({ ignored: false, ignoredBy: null });

    // The same with the fields as a body, as for POST.
    await translator.post(`/api/segments/${segments[0].id}/qa-ignores`, body).expect(201);
    await translator.delete(`/api/segments/${segments[0].id}/qa-ignores`).send({ language: 'de' }).expect(422);
    await translator.delete(`/api/segments/${segments[0].id}/qa-ignores`).send(body).expect(204);
    expect((await report()).find((f) => f.code === 'NUMBER_MISMATCH')).toMatchObject({ ignored: false });
  });

  it('switches checks off per project (managers only)', async () => {
    await translator.put(`/api/projects/${projectId}/qa-settings`, { disabled: ['NUMBER_MISMATCH'] }).expect(403);
    await manager.put(`/api/projects/${projectId}/qa-settings`, { disabled: ['SPELLING'] }).expect(422);
    const saved = (await manager.put(`/api/projects/${projectId}/qa-settings`, { disabled: ['NUMBER_MISMATCH'] }).expect(200)).body;
    expect(saved.disabled).toEqual(['NUMBER_MISMATCH']);
    expect(saved.checks).toMatchObject({ NUMBER_MISMATCH: false, TYPOGRAPHY: true });
    expect((await translator.get(`/api/projects/${projectId}/qa-settings`).expect(200)).body.disabled).toEqual(['NUMBER_MISMATCH']);
    expect((await report()).some((f) => f.code === 'NUMBER_MISMATCH')).toBe(false);
    const patched = (await manager.patch(`/api/projects/${projectId}/qa-settings`, { checks: { NUMBER_MISMATCH: true, LENGTH: false } }).expect(200)).body;
    expect(patched.disabled).toEqual(['LENGTH']);
    expect((await report()).some((f) => f.code === 'NUMBER_MISMATCH')).toBe(true);
    await manager.put(`/api/projects/${projectId}/qa-settings`, { disabled: [] }).expect(200);
  });

  it('refuses to export an edition with open QA errors unless overridden, and records the override', async () => {
    const refused = await publisher.get(`/api/documents/${documentId}/export?lang=de`).expect(409);
    expect(refused.body).toMatchObject({ code: 'QA_ERRORS', details: { errors: 2, segments: 2 } });
    expect((await publisher.get(`/api/documents/${documentId}/export-overrides`).expect(200)).body).toEqual([]);

    const exported = await publisher.get(`/api/documents/${documentId}/export?lang=de&overrideQa=true`).expect(200);
    expect(exported.text).toContain('Das Paket wiegt 3,5');
    const overrides = (await publisher.get(`/api/documents/${documentId}/export-overrides`).expect(200)).body as ExportOverride[];
    expect(overrides).toEqual([{ language: 'de', userName: 'Paul', errors: 2, createdAt: expect.any(String) }]);

    // Switched off or ignored, an error no longer holds the edition back.
    await manager.put(`/api/projects/${projectId}/qa-settings`, { disabled: ['TERM_FORBIDDEN'] }).expect(200);
    expect((await publisher.get(`/api/documents/${documentId}/export?lang=de`).expect(409)).body.details).toEqual({ errors: 1, segments: 1 });
    await translator.post(`/api/segments/${segments[0].id}/qa-ignores`, { language: 'de', code: 'NUMBER_MISMATCH' }).expect(201);
    await publisher.get(`/api/documents/${documentId}/export?lang=de`).expect(200);
    expect((await publisher.get(`/api/documents/${documentId}/export-overrides`).expect(200)).body).toHaveLength(1);
    // The Russian edition, untranslated, has no error.
    await publisher.get(`/api/documents/${documentId}/export?lang=ru`).expect(200);
  });

  async function setUpStranger(): Promise<TestBrowser> {
    const otherManager = await addMember(t, manager, (await createProject(manager)).id, 'manager', null, 'Stranger');
    return otherManager;
  }
});
