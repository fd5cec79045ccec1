// Issue 2's reviewer's day on the seeded sample: open, mark with the keyboard, note, reopen, export.
import { readFile } from 'node:fs/promises';
import { badge, expectSaved, noteField, progressSummary, row, rows, selectedNumber, selectedRow } from './desk-page';
import { expect, test } from './harness';

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
});

test('opens on the seeded sample article with every claim highlighted and listed', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await expect(page.locator('#article-title')).toContainText('Putin');
  await expect(page.locator('.article-headline')).toContainText('Vladimir Putin Tells Kim Jong Un');
  // Boilerplate lines are shown, but as skipped lines, not claims.
  await expect(page.locator('.skipped-line', { hasText: 'Read Also:' })).toBeVisible();
  await expect(page.locator('.claim', { hasText: 'Read Also' })).toHaveCount(0);
  const count = await rows(page).count();
  expect(count).toBeGreaterThan(10);
  // One highlight per claim: every row's claim is in the article.
  const highlighted = await page
    .locator('.claim')
    .evaluateAll((spans) => new Set(spans.map((s) => (s as HTMLElement).dataset.claimId)).size);
  expect(highlighted).toBe(count);
  await expect(progressSummary(page)).toHaveText(`0 / ${count} reviewed`);
  await expect(selectedNumber(page)).resolves.toBe(1);
  // The KCNA claim links to its outlet, as stated (not inherited).
  const kcna = page.locator('.claim-row', { hasText: "North Korea's KCNA news agency" }).locator('.outlet-chip');
  await expect(kcna).toHaveAttribute('title', /kcna\.kp/);
  await expect(kcna).toHaveClass(/is-stated/);
});

test('marks three claims with the keyboard and keeps them and a note after reopening', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const total = await rows(page).count();
  await page.keyboard.press('v');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('u');
  // Optimistic: the row, the highlight and the progress change at once.
  await expect(badge(row(page, 1))).toHaveText(/Verified/);
  await expect(badge(row(page, 2))).toHaveText(/Disputed/);
  await expect(badge(row(page, 3))).toHaveText(/Unsourced/);
  await expect(
    page.locator(`.claim[data-claim-id="${await row(page, 2).getAttribute('data-claim-id')}"]`).first(),
  ).toHaveAttribute('data-status', 'disputed');
  await expect(progressSummary(page)).toHaveText(`3 / ${total} reviewed`);
  await expect(page.locator('#progress .status-count[data-status="verified"] .count-value')).toHaveText('1');

  // Typing in the note does not trigger shortcuts; Escape returns to the list.
  await page.keyboard.press('n');
  await expect(noteField(page)).toBeFocused();
  await page.keyboard.type('Checked against the wire copy: no such quote');
  await expect(badge(row(page, 3))).toHaveText(/Unsourced/);
  await page.keyboard.press('Escape');
  await expect(noteField(page)).not.toBeFocused();
  await expect(row(page, 3).locator('.row-note-mark')).toBeVisible();
  // k moves back, j forward again: the list has the keys back.
  await page.keyboard.press('k');
  await expect(selectedNumber(page)).resolves.toBe(2);
  await expectSaved(page);

  await desk.reopen();
  await expect(badge(row(page, 1))).toHaveText(/Verified/);
  await expect(badge(row(page, 2))).toHaveText(/Disputed/);
  await expect(badge(row(page, 3))).toHaveText(/Unsourced/);
  await expect(badge(row(page, 4))).toHaveText(/Pending/);
  await expect(progressSummary(page)).toHaveText(`3 / ${total} reviewed`);
  await row(page, 3).click();
  await expect(noteField(page)).toHaveValue('Checked against the wire copy: no such quote');
});

test('buttons mark the selected claim and a click in the article selects a claim', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const fourth = await row(page, 4).getAttribute('data-claim-id');
  await page.locator(`.claim[data-claim-id="${fourth}"]`).first().click();
  await expect(selectedRow(page)).toHaveAttribute('data-claim-id', fourth ?? '');
  await expect(page.locator(`.claim[data-claim-id="${fourth}"]`).first()).toHaveClass(/is-selected/);
  const inspector = page.locator('#inspector');
  await inspector.getByRole('button', { name: /Disputed/ }).click();
  await expect(badge(row(page, 4))).toHaveText(/Disputed/);
  await expect(inspector.getByRole('button', { name: /Disputed/ })).toHaveAttribute('aria-pressed', 'true');
  await inspector.getByRole('button', { name: /Pending/ }).click();
  await expect(badge(row(page, 4))).toHaveText(/Pending/);
  await expectSaved(page);
});

test('exports the Markdown report with the statuses and the note', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('v');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await page.keyboard.press('n');
  await page.keyboard.type('Wire copy says otherwise');
  // No Escape: the export must still include a note that is waiting for its debounce.
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verification report' });
  await expect(dialog).toBeVisible();
  const preview = dialog.locator('.report-preview');
  await expect(preview).toContainText('Verified');
  await expect(preview).toContainText('Wire copy says otherwise');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.locator('#report-saved')).toContainText('Saved to ');
  expect(desk.reportPaths).toHaveLength(1);
  const savedPath = desk.reportPaths[0] as string;
  await expect(dialog.locator('#report-saved')).toContainText(savedPath);
  const markdown = await readFile(savedPath, 'utf8');
  expect(markdown).toMatch(/### 1\.[^\n]*Verified/);
  expect(markdown).toMatch(/### 2\.[^\n]*Disputed/);
  expect(markdown).toMatch(/### 3\.[^\n]*Unsourced/);
  expect(markdown).toContain('Wire copy says otherwise');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the File menu opens the report preview', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await desk.menu('export-report');
  await expect(page.getByRole('dialog', { name: 'Verification report' })).toBeVisible();
});
