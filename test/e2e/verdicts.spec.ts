// Issue 14 in the real renderer: the profile asked on first start and changed in Settings signs every change;
// a published verdict with its explanation and the claim as checked, exported in ClaimReview; a claim checked
// before is shown in the claim panel, opened with G and its review copied with C. With CLAIMDESK_SHOTS set it
// saves screenshots of the prompt, Settings, the verdict section and the matches section.
import { join } from 'node:path';
import { expect, test } from './harness';
import { expectSaved, pasteArticle, rows, selectedRow } from './desk-page';

const SHOTS = process.env.CLAIMDESK_SHOTS;

const HARBOUR = [
  'Port Minister Mara Quint said that the harbour toll doubled in two years.',
  '',
  'The weather on the island stayed mild all week, the coast office said.',
].join('\n');

const AGAIN = [
  'Mara Quint said on Monday that the toll at the harbour has doubled over the last two years for shippers.',
  '',
  'Ferry crossings to the northern islands fell by a third in the winter, operators reported.',
].join('\n');

async function shot(page: import('@playwright/test').Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin).toEqual([]);
});

test('the profile is asked on first start, changed in Settings, and signs each change', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const ask = page.locator('#profile-ask');
  await expect(ask).toBeVisible();
  await shot(page, 'profile-ask');
  await page.getByLabel('Who is reviewing?').fill('Ana Ruiz');
  await ask.getByLabel('Organisation').fill('Desk Verify');
  await ask.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ask).toHaveCount(0);
  await page.locator('#checklist').focus();
  await page.keyboard.press('v');
  await expectSaved(page);
  await expect(page.locator('#reviewed-by')).toContainText('by Ana Ruiz');

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByLabel('Your name')).toHaveValue('Ana Ruiz');
  await settings.getByLabel('Your name').fill('Ben Okafor');
  await settings.getByLabel('Organisation’s site').fill('https://deskverify.example/');
  await settings.getByLabel('Organisation’s logo').fill('ftp://nope');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.locator('#settings-problem')).toContainText('logo must be an http or https address');
  await settings.getByLabel('Organisation’s logo').fill('https://deskverify.example/logo.png');
  await settings.getByLabel('Ratings, best first, one a line').fill('Correct\nPartly correct\nWrong\nCannot tell');
  await settings.getByLabel('Worst rating').selectOption('Wrong');
  await shot(page, 'settings');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expectSaved(page);
  await expect(page.locator('#reviewed-by')).toContainText('by Ben Okafor');
  await expect(page.locator('#verdict-rating option')).toHaveText([
    'No verdict',
    'Correct',
    'Partly correct',
    'Wrong',
    'Cannot tell',
  ]);
  // The name is the person's, not the workspace's.
  await desk.reopen();
  await expect(page.locator('#profile-ask')).toHaveCount(0);
  expect(desk.api().store.data.settings.reviewerName).toBe('');
});

test('a published verdict with its explanation and the claim as checked goes into ClaimReview', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await pasteArticle(page, 'Harbour toll', HARBOUR);
  await page.locator('#checklist').focus();
  await expect(selectedRow(page)).toContainText('harbour toll doubled');
  await expect(page.locator('#claim-wording')).toHaveValue('The harbour toll doubled in two years');
  await page.keyboard.press('Shift+R');
  await expect(page.locator('#verdict-rating')).toBeFocused();
  // The rating's key is its own: no status filter came on with it (Shift+V is "verified only").
  await expect(page.locator('.filter-status[aria-pressed="true"]')).toHaveCount(0);
  await page.locator('#verdict-rating').selectOption('Misleading');
  await expect(page.locator('#verdict-status')).toHaveText('Published as Misleading: 2 on a scale from 1 to 4.');
  await page.keyboard.press('Tab');
  await expect(page.locator('#verdict-explanation')).toBeFocused();
  await page.keyboard.type('Customs data show a rise of half, not a doubling.');
  await page.keyboard.press('Tab');
  await expect(page.locator('#claim-wording')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(', Quint said');
  await page.keyboard.press('Escape');
  await expect(page.locator('#checklist')).toBeFocused();
  await expect(page.locator('#claim-wording-reset')).toBeVisible();
  // Typing in those fields ran no command: still one claim, still pending.
  await expect(rows(page)).toHaveCount(2);
  await expect(selectedRow(page).locator('.status-badge')).toHaveAttribute('data-status', 'pending');
  await page.keyboard.press('d');
  await expectSaved(page);
  await shot(page, 'verdict-section');

  const articleId = desk.api().store.data.articles.at(-1)!.id;
  const report = await desk.api().handlers.renderReport({
    articleId,
    format: 'claimreview',
    options: { reportUrl: 'https://deskverify.example/checks/harbour' },
  });
  const [review] = JSON.parse(report.text!);
  expect(review.claimReviewed).toBe('The harbour toll doubled in two years, Quint said');
  expect(review.reviewRating).toEqual({
    '@type': 'Rating',
    ratingValue: 2,
    bestRating: 4,
    worstRating: 1,
    alternateName: 'Misleading',
    ratingExplanation: 'Customs data show a rise of half, not a doubling.',
  });
  expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Mara Quint' });
  expect(review.url).toBe('https://deskverify.example/checks/harbour#claim-1');
  const history = page.locator('#history-list');
  await expect(history).toContainText('Misleading');
});

test('a claim checked before shows its review; G opens it and C copies it', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.getByLabel('Who is reviewing?').fill('Ana Ruiz');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await pasteArticle(page, 'Harbour toll', HARBOUR);
  await page.locator('#checklist').focus();
  await page.keyboard.press('d');
  await page.keyboard.press('n');
  await page.keyboard.type('Customs: +50%.');
  await page.keyboard.press('Escape');
  await page.locator('#verdict-rating').selectOption('False');
  await expectSaved(page);

  await pasteArticle(page, 'Toll again', AGAIN);
  await page.locator('#checklist').focus();
  const section = page.locator('#matches-section');
  await expect(section).toBeVisible();
  await expect(section).toContainText('Disputed');
  await expect(section).toContainText('False');
  await expect(section).toContainText('Note: Customs: +50%.');
  await expect(section).toContainText('Harbour toll');
  await expect(section).toContainText('Ana Ruiz');
  await shot(page, 'matches-section');
  await page.keyboard.press('j');
  await expect(section).toBeHidden();
  await page.keyboard.press('k');
  await expect(section).toBeVisible();

  await page.keyboard.press('c');
  await expectSaved(page);
  await expect(selectedRow(page).locator('.status-badge')).toHaveAttribute('data-status', 'disputed');
  const copied = /^Customs: \+50%\.\nChecked before: “Harbour toll”, Ana Ruiz/;
  await expect(page.locator('#note-field')).toHaveValue(copied);
  await expect(page.locator('#verdict-rating')).toHaveValue('False');
  await page.keyboard.press('g');
  await expect(page.locator('#article-title')).toHaveText('Harbour toll');
  await expect(selectedRow(page)).toContainText('harbour toll doubled in two years');
});

test('reports: the compact layout from the export dialog, and stated and inherited outlets counted apart', async ({
  desk,
}) => {
  const { page } = desk;
  await desk.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await page.locator('#checklist').focus();
  for (const key of ['v', 'j', 'd', 'j', 'u']) await page.keyboard.press(key);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verification report' });
  await dialog.getByLabel('Format', { exact: true }).selectOption('html');
  await dialog.getByLabel('Layout').selectOption('compact');
  const preview = dialog.locator('.report-preview');
  await expect(preview.locator('table').filter({ hasText: 'Inherited' })).toContainText('Stated');
  await expect(preview).toHaveClass(/compact/);
  await preview.locator('section.claim').first().scrollIntoViewIfNeeded();
  await shot(page, 'export-compact');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.locator('#report-saved')).toContainText('.html');
  const { readFile } = await import('node:fs/promises');
  const html = await readFile(desk.reportPaths.at(-1) as string, 'utf8');
  expect(html).toContain('<main class="report compact">');
  // A page of its own (about:blank): the app window's CSP would hold back the report's inline styles.
  const own = await page.context().newPage();
  await own.route('**/*', (route) => route.abort());
  await own.setContent(html);
  await shot(own, 'report-compact');
  const cards = own.locator('section.claim');
  expect(await cards.count()).toBe(21);
  // A claim in a few lines: the longest card (a three-line sentence with its note) holds at most seven.
  const heights = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  const line = await cards.first().evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
  expect(Math.max(...heights)).toBeLessThan(7 * line + 12);
  const chart = own.locator('svg.status-chart');
  const box = await chart.boundingBox();
  const texts = await chart
    .locator('text.chart-count')
    .evaluateAll((els) => els.map((e) => (e as SVGTextElement).getBBox()).map((b) => b.x + b.width));
  const viewWidth = await chart.evaluate((e) => (e as SVGSVGElement).viewBox.baseVal.width);
  expect(box).not.toBeNull();
  for (const right of texts) expect(right).toBeLessThanOrEqual(viewWidth);
});

test('a claim checked in a recent workspace is shown, and says where it is', async ({ desk }) => {
  const { page } = desk;
  const { openAppApi } = await import('../../main/api/app-api');
  const archivePath = join(desk.dir, 'archive-2025.json');
  const archive = await openAppApi({
    workspacePath: archivePath,
    trustedOrigins: [],
    dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
  });
  const { addArticleText } = await import('../helpers/app-api');
  const summary = await addArticleText(archive.handlers, HARBOUR, 'Harbour toll (2025)');
  const claimId = (await archive.handlers.getArticle({ articleId: summary.id })).claims[0]!.id;
  await archive.handlers.setReview({ articleId: summary.id, claimId, status: 'verified', note: 'Port ledger.' });
  await archive.close();
  desk.recent = [archivePath];

  await desk.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await pasteArticle(page, 'Toll again', AGAIN);
  await page.locator('#checklist').focus();
  const section = page.locator('#matches-section');
  await expect(section).toContainText('Harbour toll (2025) · in archive-2025.json');
  await expect(section).toContainText('Verified');
  await expect(section).toContainText('Note: Port ledger.');
  await page.keyboard.press('g');
  await expect(page.locator('.toast').last()).toContainText('in the workspace archive-2025.json');
  await expect(page.locator('#article-title')).toHaveText('Toll again');
});
