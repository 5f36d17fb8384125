import type { Language, ProjectSummary, Role, SessionResponse } from '@interlinea/shared';
import type { TestApp } from './test-app';
import type { TestBrowser } from './test-browser';

export const PASSWORD = 'correct horse battery';
let counter = 0;

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@example.org`;
}

/** Creates the first admin through the one-time setup form and returns their browser. */
export async function setUpAdmin(t: TestApp, email = uniqueEmail('admin')): Promise<TestBrowser> {
  const browser = t.browser();
  const res = await browser.agent.post('/api/auth/setup').send({ email, password: PASSWORD, displayName: 'Anna Admin' }).expect(201);
  browser.remember(res.body as SessionResponse);
  return browser;
}

export async function createProject(manager: TestBrowser, source: Language = 'en', targets: Language[] = ['ru', 'de']): Promise<ProjectSummary> {
  const res = await manager.post('/api/projects', { name: `Leaflet ${++counter}`, sourceLanguage: source, targetLanguages: targets }).expect(201);
  return res.body as ProjectSummary;
}

/** Invites someone with a role and has them accept in their own browser. */
export async function addMember(
  t: TestApp,
  manager: TestBrowser,
  projectId: string,
  role: Role,
  language: Language | null = null,
  name: string = role,
): Promise<TestBrowser> {
  const email = uniqueEmail(name);
  const invitation = await manager.post(`/api/projects/${projectId}/invitations`, { email, role, language }).expect(201);
  const browser = t.browser();
  const accepted = await browser.agent.post(`/api/invitations/${invitation.body.token}/accept`).send({ displayName: name, password: PASSWORD }).expect(201);
  browser.remember(accepted.body as SessionResponse);
  return browser;
}
