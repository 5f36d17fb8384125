import { MAX_UPLOAD_BYTES } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

describe('uploads that cannot be imported', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager)).id;
  });
  afterAll(() => t.close());

  async function storedRows(): Promise<{ documents: number; segments: number }> {
    const [row] = await t.db.query('SELECT (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM segment)::int AS segments');
    return row;
  }

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0), 'EMPTY_FILE'],
    ['a file of blank lines', 'blank.txt', Buffer.from('\n  \n\t\n'), 'EMPTY_FILE'],
    ['a PNG renamed to .txt', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'BINARY_FILE'],
    ['Latin-1 text', 'latin1.txt', Buffer.from('Gr\xfc\xdfe aus K\xf6ln.\n', 'latin1'), 'INVALID_ENCODING'],
    ['a broken Word file', 'leaflet.docx', Buffer.from('PK\x03\x04rest'), 'INVALID_DOCX'],
    ['a spreadsheet', 'budget.xlsx', Buffer.from('PK\x03\x04rest'), 'UNSUPPORTED_FORMAT'],
  ])('rejects %s with a clear error and stores nothing', async (_what, name, bytes, reason) => {
    const res = await manager.upload(`/api/projects/${projectId}/documents`, name, bytes);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('FILE_REJECTED');
    expect(res.body.message).toContain(name);
    expect(res.body.details.reason).toBe(reason);
    expect(await storedRows()).toEqual({ documents: 0, segments: 0 });
  });

  it('names the line and column of an invalid byte', async () => {
    const res = await manager.upload(
      `/api/projects/${projectId}/documents`,
      'bad.txt',
      Buffer.concat([Buffer.from('First line.\nSecond '), Buffer.from([0xff]), Buffer.from(' line.\n')]),
    );
    expect(res.status).toBe(400);
    expect(res.body.details.position).toEqual({ line: 2, column: 8 });
  });

  it('rejects a file over the size limit with 413', async () => {
    const res = await manager.upload(`/api/projects/${projectId}/documents`, 'huge.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
    expect(await storedRows()).toEqual({ documents: 0, segments: 0 });
  });

  it('asks for the file field when none is sent', async () => {
    const res = await manager.post(`/api/projects/${projectId}/documents`).expect(422);
    expect(res.body.details).toEqual([{ field: 'file', message: expect.any(String) }]);
  });
});
