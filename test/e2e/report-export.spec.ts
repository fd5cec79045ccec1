// The export dialog (issue 7) in Chromium over the real API: choose a format and options, see the preview,
// save with the format's extension. The report's HTML also renders here as a file of its own, loading nothing.
import { readFile } from 'node:fs/promises';
import { expectSaved, pasteArticle } from './desk-page';
import { expect, test } from './harness';

test('export dialog: formats, options, preview and save with the right extension', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('v');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verification report' });
  const preview = dialog.locator('.report-preview');
  await expect(preview.locator('svg.status-chart')).toBeVisible();
  await expect(preview.locator('.status-badge.status-verified').first()).toHaveText('✔ Verified');

  await dialog.getByLabel('Include pending claims').uncheck();
  await expect(dialog.locator('#export-hint')).toContainText('2 of');
  await expect(preview.locator('section.claim')).toHaveCount(2);

  await dialog.getByLabel('Format', { exact: true }).selectOption('csv');
  await expect(preview.locator('pre')).toContainText('article_id,article_title');
  await dialog.getByLabel('Format', { exact: true }).selectOption('claimreview');
  await expect(preview.locator('pre')).toContainText('"@type": "ClaimReview"');
  await expect(dialog.locator('.export-warnings')).toContainText('report URL');
  await dialog.getByLabel('Where the report will be published').fill('https://desk.example/r');
  await expect(preview.locator('pre')).toContainText('https://desk.example/r#claim-1');

  await dialog.getByLabel('Format', { exact: true }).selectOption('html');
  await expect(preview.locator('svg.status-chart')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.locator('#report-saved')).toContainText('.html');
  const html = await readFile(desk.reportPaths.at(-1) as string, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('class="status-badge status-disputed"');
  expect(desk.offOrigin).toEqual([]);

  // The saved file, opened on its own, loads nothing and runs nothing.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(html);
  await expect(page.locator('h1')).toContainText('Verification report');
  expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);

  // The choice is remembered for the next export.
  await desk.open();
  await page.getByRole('button', { name: 'Export report' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Verification report' }).getByLabel('Format', { exact: true }),
  ).toHaveValue('html');
});

test('the library exports one report for several articles', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('v');
  await pasteArticle(
    page,
    'Harbour Strike Ends',
    'Union leaders said on Friday that dock workers would return on Monday.\n\nThe port ' +
      'authority said 40 ships were waiting.',
  );
  await page.locator('#checklist').focus();
  await page.keyboard.press('d');
  await expectSaved(page);
  await page.keyboard.press('l');
  await page.locator('#library-export').click();
  const dialog = page.getByRole('dialog', { name: 'Verification report' });
  const preview = dialog.locator('.report-preview');
  await expect(preview).toContainText('Vladimir Putin Tells Kim Jong Un');
  await expect(preview).toContainText('Harbour Strike Ends');
  await dialog.getByLabel('Format', { exact: true }).selectOption('md');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.locator('#report-saved')).toContainText('.md');
  const md = await readFile(desk.reportPaths.at(-1) as string, 'utf8');
  expect(md).toContain('Harbour Strike Ends');
  expect(md).toContain('Vladimir Putin Tells Kim Jong Un');
  expect(md).toMatch(/Verified/);
  expect(md).toMatch(/Disputed/);
});
