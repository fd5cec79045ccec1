// Hostile text stays text (ARCHITECTURE.md §7): a script in a pasted article, a note or a title never runs, is shown as
// the person typed it, and no request leaves the app's origin.
import { readFile } from 'node:fs/promises';
import { expectSaved, noteField, pasteArticle } from './desk-page';
import { APP_ORIGIN, expect, test } from './harness';

const PAYLOAD =
  '<script>window.__pwned = "script"</script><img src="https://tracker.example/pixel.png" onerror="window.__pwned = \'img\'">';

const HOSTILE_ARTICLE = [
  `Minister Denies Report ${PAYLOAD}`,
  '',
  `The minister said on Tuesday that the report was false ${PAYLOAD}, according to Reuters.`,
  '',
  'Officials said the figures would be published <b onmouseover="window.__pwned = \'b\'">next week</b>.',
].join('\n');

test('a script in a pasted article, its title or a note does not run and is shown as text', async ({ desk }) => {
  const { page } = desk;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await desk.open();
  await pasteArticle(page, `Title ${PAYLOAD}`, HOSTILE_ARTICLE);

  await expect(page.locator('.article-body')).toContainText('<script>window.__pwned = "script"</script>');
  await expect(page.locator('#article-title')).toContainText('Title <script>');
  // Nothing from the text became markup.
  await expect(
    page.locator('.article-body script, .article-body img, .article-body b, .checklist script, .checklist img'),
  ).toHaveCount(0);
  await expect(page.locator('.checklist')).toContainText('<script>window.__pwned = "script"</script>');
  await expect(page.locator('.article-body')).toContainText('<b onmouseover=');

  await page.keyboard.press('n');
  await page.keyboard.type(`Note ${PAYLOAD}`);
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await desk.reopen();
  await expect(noteField(page)).toHaveValue(`Note ${PAYLOAD}`);

  // The report preview (sanitised twice) shows the note as text too.
  await page.getByRole('button', { name: 'Export report' }).click();
  const preview = page.locator('.report-preview');
  await expect(preview).toContainText('window.__pwned');
  await expect(preview.locator('script, [onerror], [onmouseover]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save…' }).click();
  await expect(page.locator('#report-saved')).toBeVisible();
  const markdown = await readFile(desk.reportPaths[0] as string, 'utf8');
  // The Markdown keeps the note's words but escapes its markup.
  expect(markdown).toMatch(/Note \\?<script\\?>/);
  expect(markdown).not.toContain('<script>');

  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(desk.offOrigin).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
});

test('the window is served with the CSP, and inline script is refused by it', async ({ desk }) => {
  const { page } = desk;
  const response = await page.goto(`${APP_ORIGIN}/index.html`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  // The page carries the same policy in a meta tag (less frame-ancestors, which browsers ignore in meta tags).
  const metaPolicy = csp
    .split(/;\s*/)
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaPolicy);
  await page.locator('body[data-ready="true"]').waitFor();
  // Even markup that reaches the DOM cannot run inline code or load remote images.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.innerHTML = '<img src="x" onerror="window.__pwned = 1"><img src="https://tracker.example/p.png">';
    document.body.appendChild(host);
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 2';
    document.body.appendChild(script);
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('img-src'))).toBe(true);
  expect(desk.offOrigin).toEqual([]);
});

test('a request from another origin is refused by the API', async ({ desk }) => {
  const result = await desk.api().dispatch('getWorkspace', {}, 'https://evil.example/page.html');
  expect(result.ok).toBe(false);
});
