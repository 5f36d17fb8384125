import { zipSync } from 'fflate';
import { CSRF_HEADER } from '@interlinea/shared';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A signed-in HTTP client of the built workbench (the first admin, through the setup form's API). */
async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@example.org', password: 'correct horse battery', displayName: 'Anna' }),
  });
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken };
}

function docx(body: string): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': utf8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': utf8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

/**
 * Files built to exhaust a parser, uploaded to the built workbench: each is refused with its real reason
 * (4xx, a stable code) and nothing is stored; a file that keeps a parser busy is cut off at the time limit
 * in its worker thread while other requests are answered at once.
 */
describe('hostile files', () => {
  let server: WorkbenchServer;
  let session: { cookie: string; csrf: string };
  let projectId: string;

  beforeAll(async () => {
    server = await startWorkbench({ env: { PARSE_TIMEOUT_MS: '3000' } });
    session = await signIn(server.url);
    const project = await fetch(`${server.url}/api/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, [CSRF_HEADER]: session.csrf },
      body: JSON.stringify({ name: 'Hostile', sourceLanguage: 'en', targetLanguages: ['ru'] }),
    });
    projectId = ((await project.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const upload = async (name: string, bytes: Uint8Array, route = `/api/projects/${projectId}/documents`) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)]), name);
    const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf }, body: form });
    return { status: response.status, body: (await response.json()) as { code: string; message: string; details?: { reason?: string } } };
  };
  const documentCount = async () =>
    ((await (await fetch(`${server.url}/api/projects/${projectId}/documents`, { headers: { cookie: session.cookie } })).json()) as unknown[]).length;

  let list = '';
  for (let level = 0; level < 2000; level++) list += `${'  '.repeat(level)}- level ${level}\n`;
  it.each(
    [
      ['deep.html', utf8('<html><body>' + '<div>'.repeat(10000) + 'Deep.' + '</div>'.repeat(10000) + '</body></html>'), 'NESTING_TOO_DEEP'],
      ['list.md', utf8(list), 'NESTING_TOO_DEEP'],
      ['quotes.md', utf8('> '.repeat(5000) + 'Quoted.\n'), 'NESTING_TOO_DEEP'],
      [
        'deep.xlf',
        utf8(
          '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="ru" datatype="plaintext" original="x"><body><trans-unit id="1"><source>' +
            '<g id="1">'.repeat(5000) +
            'x' +
            '</g>'.repeat(5000) +
            '</source></trans-unit></body></file></xliff>',
        ),
        'NESTING_TOO_DEEP',
      ],
      [
        'sdt.docx',
        docx('<w:sdt><w:sdtContent>'.repeat(5000) + '<w:p><w:r><w:t>x</w:t></w:r></w:p>' + '</w:sdtContent></w:sdt>'.repeat(5000)),
        'NESTING_TOO_DEEP',
      ],
      ['bomb.docx', zipSync({ 'word/document.xml': new Uint8Array(90 * 1024 * 1024) }, { level: 1 }), 'ARCHIVE_TOO_LARGE'],
    ].map(([name, bytes, reason]) => ({ name: name as string, bytes: bytes as Uint8Array, reason: reason as string })),
  )('refuses $name with 400 $reason and stores nothing', async ({ name, bytes, reason }) => {
    const before = await documentCount();
    const refused = await upload(name, bytes);
    expect(refused.status).toBe(400);
    expect(refused.body.details?.reason).toBe(reason);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a TBX glossary nested 20,000 deep with NESTING_TOO_DEEP', async () => {
    const tbx =
      '<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>' +
      '<hi>'.repeat(20000) +
      'x' +
      '</hi>'.repeat(20000) +
      '</term></tig></langSet></termEntry></body></text></martif>';
    const form = new FormData();
    form.append('file', new Blob([utf8(tbx)]), 'deep.tbx');
    form.append('sourceLanguage', 'en');
    form.append('targetLanguage', 'ru');
    const response = await fetch(`${server.url}/api/projects/${projectId}/glossary/import`, {
      method: 'POST',
      headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { details: { reason: string } }).details.reason).toBe('NESTING_TOO_DEEP');
  });

  it('cuts off a file that keeps its parser busy, while other requests are answered at once', async () => {
    // 60 blocks nested 500 deep: under the nesting limit, but minutes of work for an HTML parser
    const slow = '<html><body>' + ('<div>'.repeat(500) + 'Deep but allowed.' + '</div>'.repeat(500)).repeat(60) + '</body></html>';
    const latencies: number[] = [];
    let uploading = true;
    const probe = (async () => {
      while (uploading) {
        const started = Date.now();
        await fetch(`${server.url}/api/health`);
        latencies.push(Date.now() - started);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const started = Date.now();
    const refused = await upload('slow.html', utf8(slow));
    const took = Date.now() - started;
    uploading = false;
    await probe;
    expect(refused.status).toBe(400);
    expect(refused.body.details?.reason).toBe('PARSE_TIMEOUT');
    expect(took).toBeLessThan(10000);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(500);
    // and the next upload is parsed by a fresh worker
    expect((await upload('after.txt', utf8('Still working.\n'))).status).toBe(201);
  });
});
