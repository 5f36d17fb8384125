import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startWorkbench, type WorkbenchServer } from './support/workbench-server';
import { createProject, grantMyself, SAMPLE, setUpAdmin, uploadDocument } from './support/workbench-steps';

/**
 * Every response carries the security headers, and the web app works under its strict
 * Content-Security-Policy: a walk through the main pages meets no CSP violation.
 */
describe('security headers', () => {
  let server: WorkbenchServer;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startWorkbench();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['/', '/projects', '/api/health', '/api/auth/me', '/api/no-such-route'])('are sent on %s', async (route) => {
    const response = await fetch(`${server.url}${route}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets the web app run without a single CSP violation', async () => {
    await setUpAdmin(page, server.url);
    await createProject(page, 'Headers', 'en', ['Russian']);
    await uploadDocument(page, SAMPLE);
    await grantMyself(page, 'translator', 'ru');
    await page.locator('[data-testid="open-editor"][data-language="ru"]').first().click();
    const target = page.getByTestId('target-input');
    await target.waitFor();
    await target.click();
    await page.keyboard.type('Рабочая власть');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('segment-row').nth(1).waitFor();
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .info').first().waitFor();
    expect(violations).toEqual([]);
  });
});
