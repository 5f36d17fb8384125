import * as path from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER } from '@interlinea/shared';
import type { Page } from 'playwright-core';

export const SAMPLE = path.resolve(__dirname, '../../../../../shared/samples/rabochaya-vlast-1992.txt');
export const SCREENSHOTS = path.resolve(__dirname, '../../../../screenshots');

/** The one-time setup form: the first admin, signed in afterwards. */
export async function setUpAdmin(page: Page, url: string, name = 'Anna Admin', email = 'anna@example.org'): Promise<void> {
  await page.goto(url);
  await page.waitForURL('**/setup');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create administrator account' }).click();
  await page.getByRole('button', { name: 'New project' }).waitFor();
}

/** Creates a project through the form; answers its page URL. */
export async function createProject(page: Page, name: string, source: string, targets: string[]): Promise<string> {
  await page
    .getByRole('link', { name: 'Projects' })
    .first()
    .click()
    .catch(() => undefined);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Source language').selectOption(source);
  for (const target of targets) await page.getByRole('checkbox', { name: target, exact: true }).check();
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL('**/projects/*');
  await page.getByRole('heading', { name }).waitFor();
  return page.url();
}

/** Uploads a file on the project page and waits for its row. */
export async function uploadDocument(page: Page, file: string): Promise<void> {
  await page.getByTestId('upload-input').setInputFiles(file);
  await page.getByTestId('upload-result').waitFor();
  await page.getByTestId('document-row').first().waitFor();
}

/** Gives the signed-in manager a role on the project page (grant form). */
export async function grantMyself(page: Page, role: string, language: string, person = 'Anna Admin (anna@example.org)'): Promise<void> {
  const grant = page.getByTestId('grant-form');
  const roles = page.getByTestId('member-role');
  await roles.first().waitFor();
  const before = await roles.count();
  await grant.getByLabel('Person').selectOption({ label: person });
  await grant.getByLabel('Role').selectOption(role);
  await grant.getByLabel('Language').selectOption(language);
  await grant.getByRole('button', { name: 'Give role' }).click();
  await roles.nth(before).waitFor();
}

/** A call to the API with the browser's session (cookie + CSRF header), for setup and for checks. */
export async function api<T>(page: Page, baseUrl: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', apiPath: string, body?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === CSRF_COOKIE)?.value;
  const response = await page.request.fetch(`${baseUrl}${apiPath}`, {
    method,
    data: body,
    headers: csrf ? { [CSRF_HEADER]: decodeURIComponent(csrf) } : {},
  });
  if (!response.ok()) throw new Error(`${method} ${apiPath}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** The source text of the active segment row. */
export async function activeSource(page: Page): Promise<string> {
  const row = page.locator('[data-testid="segment-row"][data-active="true"]');
  await row.waitFor();
  return (await row.locator('.segment__source').textContent()) ?? '';
}

/** Moves down with Alt+↓ until the active segment's source contains `text`. */
export async function goToSegment(page: Page, text: string, maxSteps = 60): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    if ((await activeSource(page)).includes(text)) return;
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(50);
  }
  throw new Error(`no segment with "${text}"`);
}

/** Screenshots of one screen in the three interface languages, back to English afterwards. */
export async function screenshotInEachLanguage(page: Page, name: string, target?: () => Promise<void>): Promise<void> {
  for (const language of ['EN', 'RU', 'DE']) {
    await page.getByTestId('ui-language-switcher').getByRole('button', { name: language }).click();
    await page.waitForTimeout(300);
    await target?.();
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${language.toLowerCase()}.png`) });
  }
  await page.getByTestId('ui-language-switcher').getByRole('button', { name: 'EN' }).click();
  await page.waitForTimeout(200);
}
