import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from './support/test-app';
import { PASSWORD, createProject, setUpAdmin, uniqueEmail } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Password checks are throttled by account and address together, with growing delays: an attacker
 * cannot lock an owner out, and forged X-Forwarded-For headers count only from configured proxies.
 */
describe('password throttling', () => {
  let t: TestApp;
  let admin: TestBrowser;
  let projectId: string;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback' });
    admin = await setUpAdmin(t);
    projectId = (await createProject(admin)).id;
  });
  afterAll(() => t.close());

  /** A member with an account (invited and accepted) who signs in from `home`. */
  async function owner(home: string): Promise<string> {
    const email = uniqueEmail('owner');
    const invitation = await admin.post(`/api/projects/${projectId}/invitations`, { email, role: 'publisher' }).expect(201);
    await t.browser().agent.post(`/api/invitations/${invitation.body.token}/accept`).send({ displayName: 'Owner', password: PASSWORD }).expect(201);
    await login(email, PASSWORD, home).expect(200);
    return email;
  }
  const login = (email: string, password: string, from: string) =>
    t.browser().agent.post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('makes one address wait longer and longer after three wrong passwords for an account', async () => {
    const email = await owner('10.0.0.1');
    for (let i = 0; i < 3; i++) await login(email, `guess-${i}`, '198.51.100.7').expect(401);
    const first = await login(email, 'guess-3', '198.51.100.7').expect(429);
    expect(first.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(first.headers['retry-after']).toBe(String(first.body.details.retryAfterSeconds));
    await sleep(first.body.details.retryAfterSeconds * 1000 + 50);
    await login(email, 'guess-4', '198.51.100.7').expect(401);
    const second = await login(email, 'guess-5', '198.51.100.7').expect(429);
    expect(second.body.details.retryAfterSeconds).toBeGreaterThan(first.body.details.retryAfterSeconds);
  });

  it('never locks the owner out: their usual address and a new one both still get in', async () => {
    const email = await owner('10.0.0.2');
    for (let i = 0; i < 3; i++) await login(email, `guess-${i}`, '203.0.113.9').expect(401);
    await login(email, 'guess-x', '203.0.113.9').expect(429);
    await login(email, PASSWORD, '10.0.0.2').expect(200);
    await login(email, PASSWORD, '192.0.2.55').expect(200);
  });

  it('slows unknown addresses by at most 30 s when many addresses attack one account, and not the owner', async () => {
    const email = await owner('10.0.0.3');
    for (let i = 0; i < 10; i++) await login(email, `guess-${i}`, `203.0.113.${100 + i}`).expect(401);
    const slowed = await login(email, PASSWORD, '192.0.2.77').expect(429);
    expect(slowed.body.details.retryAfterSeconds).toBeLessThanOrEqual(30);
    await login(email, PASSWORD, '10.0.0.3').expect(200);
  });

  it('makes an address that fails on many accounts wait out the window', async () => {
    for (let i = 0; i < 30; i++) await login(uniqueEmail('nobody'), 'guess', '198.51.100.200').expect(401);
    const blocked = await login(uniqueEmail('nobody'), 'guess', '198.51.100.200').expect(429);
    expect(blocked.body.details.retryAfterSeconds).toBeGreaterThan(60);
    await login(uniqueEmail('nobody'), 'guess', '198.51.100.201').expect(401);
  });

  it('throttles the password check of an invitation for an existing account the same way', async () => {
    const email = await owner('10.0.0.4');
    const invitation = await admin.post(`/api/projects/${projectId}/invitations`, { email, role: 'reviewer', language: 'de' }).expect(201);
    const accept = (password: string) =>
      t.browser().agent.post(`/api/invitations/${invitation.body.token}/accept`).set('X-Forwarded-For', '198.51.100.50').send({ password });
    for (let i = 0; i < 3; i++) await accept(`wrong-guess-${i}`).expect(401);
    expect((await accept(PASSWORD).expect(429)).body.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('stores invitation links only as hashes, and shows the link only when it is made', async () => {
    const invitation = await admin.post(`/api/projects/${projectId}/invitations`, { email: uniqueEmail('new'), role: 'publisher' }).expect(201);
    const token: string = invitation.body.token;
    const [row] = await t.db.query(`SELECT token_hash FROM invitation WHERE id = $1`, [invitation.body.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await t.db.query(`SELECT * FROM invitation`))).not.toContain(token);
    const listed = (await admin.get(`/api/projects/${projectId}/invitations`).expect(200)).body;
    expect(listed.find((i: { id: string }) => i.id === invitation.body.id).token).toBeUndefined();
    await t.browser().get(`/api/invitations/${token}`).expect(200);
  });
});

describe('forwarded addresses without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are not believed: a new X-Forwarded-For per try does not dodge the throttle', async () => {
    const admin = await setUpAdmin(t);
    const email = (await admin.get('/api/auth/me').expect(200)).body.email;
    for (let i = 0; i < 3; i++) {
      await t.browser().agent.post('/api/auth/login').set('X-Forwarded-For', `198.51.100.${i}`).send({ email, password: 'guess' }).expect(401);
    }
    await t.browser().agent.post('/api/auth/login').set('X-Forwarded-For', '198.51.100.99').send({ email, password: 'guess' }).expect(429);
  });
});
