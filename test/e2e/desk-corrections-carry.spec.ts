// Issue 14 point 2: a merge or a split carries every review, note, evidence link and correction of its parts,
// and says what it could not carry; undoing it gives the parts their reviews back.
import { badge, expectSaved, row } from './desk-page';
import { expect, test } from './harness';

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
});

test('merging keeps the outlet set by hand, both reviews, the note and the link; undo gives them back', async ({
  desk,
}) => {
  const { page } = desk;
  // Claim 2's outlet set by hand (before the window opens, through the same handler the outlet menu calls).
  const api = desk.api();
  const article = api.store.data.articles[0]!;
  const [, second] = article.claims.filter((c) => c.kind !== 'heading');
  await api.handlers.correctClaim({
    articleId: article.id,
    correction: { type: 'outlet', claimId: second!.id, outletId: 'bbc' },
  });
  await desk.open();
  await expect(row(page, 2).locator('.outlet-chip')).toHaveClass(/is-reviewer/);
  await page.keyboard.press('v');
  await page.keyboard.press('n');
  await page.keyboard.type('First part: agency English edition checked.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  await page.keyboard.press('e');
  await page.keyboard.type('https://example.org/letter-text');
  await page.keyboard.press('Enter');
  await expect(row(page, 2).locator('.row-evidence-mark')).toHaveText('1 link');
  await page.keyboard.press('k');
  await page.keyboard.press('m');
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Claims 1 and 2 merged');
  await expect(toast).toContainText('the status verified');
  await expect(toast).toContainText('the note');
  await expect(toast).toContainText('1 evidence link');
  await expect(toast).toContainText('the outlet set by hand (BBC');
  await expect(toast).not.toContainText('Could not carry');
  // The merged claim shows what its parts carried.
  const inspector = page.locator('#inspector');
  await expect(inspector.locator('.outlet-chip')).toContainText('BBC');
  await expect(inspector.locator('.outlet-chip')).toContainText('set by you');
  await expect(badge(row(page, 1))).toHaveText(/Verified/);
  await expect(page.locator('#note-field')).toHaveValue('First part: agency English edition checked.');
  await expect(page.locator('#evidence-list')).toContainText('example.org');
  await expectSaved(page);
  await expect(page.locator('#orphans-button')).toBeHidden();
  expect(desk.api().store.data.articles[0]!.orphans ?? []).toEqual([]);
  await expectSaved(page);

  // Undo: both parts are back, each with the review.
  await page.keyboard.press('Control+z');
  await expect(toast).toContainText('Undone on claim 1: merge two claims');
  await expect(badge(row(page, 1))).toHaveText(/Verified/);
  await expect(badge(row(page, 2))).toHaveText(/Verified/);
  await expect(row(page, 2).locator('.outlet-chip')).toContainText('BBC');
  await expect(page.locator('#orphans-button')).toBeHidden();
  expect(desk.api().store.data.articles[0]!.orphans ?? []).toEqual([]);
  await expectSaved(page);
});

test('merging two claims marked differently says it could not carry the statuses', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  for (const key of ['j', 'j', 'd', 'j', 'v', 'k']) await page.keyboard.press(key);
  await expectSaved(page);
  await page.keyboard.press('m');
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Claims 3 and 4 merged');
  await expect(toast).toContainText('Could not carry: the statuses (claim 3 disputed, claim 4 verified) disagree');
  await expect(badge(row(page, 3))).toHaveText(/Pending/);
  // Both marks stay in the merged claim's history.
  await expect(page.locator('#history-list')).toContainText('Disputed');
  await expect(page.locator('#history-list')).toContainText('Verified');
});

test('splitting a reviewed claim gives both halves its review', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await page.keyboard.press('n');
  await page.keyboard.type('No source for the letter.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('x');
  const dialog = page.getByRole('dialog', { name: 'Split the claim' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toast')).toContainText('Claim 2 split in two');
  await expect(page.locator('.toast')).toContainText('the status unsourced (to both halves)');
  await expect(badge(row(page, 2))).toHaveText(/Unsourced/);
  await expect(badge(row(page, 3))).toHaveText(/Unsourced/);
  await expect(row(page, 3).locator('.row-note-mark')).toBeVisible();
  await expectSaved(page);
});
