// Issue 14 points 5, 6, 7 and 8: messages that never cover a control, rows whose markers stay inside, the keys
// that were missing, and what a screen reader hears.
import type { Page } from '@playwright/test';
import { badge, expectSaved, pasteArticle, row, rows, selectedNumber } from './desk-page';
import { expect, test } from './harness';

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
});

const STORY = [
  'Harbour Storm Closes the Port',
  '',
  'Read Also: Ten storms that changed the coast',
  '',
  'The harbour master said on Tuesday that 12 ships were stuck offshore, according to the Coastal Gazette.',
  '',
  'Fishermen said they had never seen waves of nine metres before.',
].join('\n');

async function boxesOverlap(page: Page, a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([page.locator(a).first().boundingBox(), page.locator(b).first().boundingBox()]);
  if (!x || !y) throw new Error(`${a} or ${b} not on screen`);
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test('messages: one at a time, clear of every control and the selected row, gone on the next key', async ({ desk }) => {
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 720 });
  await desk.open();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toast')).toHaveText(/Nothing to undo/);
  await page.keyboard.press('a');
  await expect(page.locator('.toast')).toHaveCount(1);
  await expect(page.locator('.toast')).toHaveText(/Select some text in the article first/);
  for (const control of ['#export-button', '#inspector .mark-buttons', '.claim-row.is-active', '#note-field'])
    expect(await boxesOverlap(page, '.toast', control), control).toBe(false);
  await page.keyboard.press('j');
  await expect(page.locator('.toast')).toHaveCount(0);
  await expect(selectedNumber(page)).resolves.toBe(2);
});

test('an undo names the claim it changed and scrolls back to it', async ({ desk }) => {
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 720 });
  await desk.open();
  const total = await rows(page).count();
  await page.keyboard.press('End');
  await page.keyboard.press('d');
  await expectSaved(page);
  await page.keyboard.press('Home');
  await expect(selectedNumber(page)).resolves.toBe(1);
  await expect(row(page, total)).not.toBeInViewport();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toast')).toHaveText(new RegExp(`Undone on claim ${total}: mark disputed`));
  await expect(selectedNumber(page)).resolves.toBe(total);
  await expect(row(page, total)).toBeInViewport();
  await expect(badge(row(page, total))).toHaveText(/Pending/);
  const id = await row(page, total).getAttribute('data-claim-id');
  await expect(page.locator(`.claim[data-claim-id="${id}"]`).first()).toBeInViewport();
});

test('Ctrl+Z right after adding a link takes back the link, not the mark before it', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('d');
  await page.keyboard.press('e');
  await page.keyboard.type('https://example.org/quick');
  await page.keyboard.press('Enter');
  // No wait for the save: the key comes at once, as a fast reviewer's would.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toast')).toHaveText(/Undone on claim 1: add evidence link/);
  await expect(badge(row(page, 1))).toHaveText(/Disputed/);
  await expect(row(page, 1).locator('.row-evidence-mark')).toBeHidden();
  await expectSaved(page);
});

test('row markers and outlet chips stay inside the row, cut at a word when they must be', async ({ desk }) => {
  const { page } = desk;
  await page.setViewportSize({ width: 1024, height: 640 });
  await desk.open();
  // Claim 2 names North Korea's long-named agency; give it a note and two links as well.
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  await page.keyboard.type('Letter checked.');
  await page.keyboard.press('Escape');
  for (const url of ['https://example.org/a', 'https://example.org/b']) {
    await page.keyboard.press('e');
    await page.keyboard.type(url);
    await page.keyboard.press('Enter');
  }
  await expectSaved(page);
  const second = row(page, 2);
  await expect(second.locator('.row-evidence-mark')).toHaveText('2 links');
  const rowBox = (await second.boundingBox())!;
  for (const part of ['.row-note-mark', '.row-evidence-mark', '.outlet-chip', '.status-badge']) {
    const marker = second.locator(part);
    await expect(marker, part).toBeVisible();
    const b = (await marker.boundingBox())!;
    expect(b.x + b.width, `${part} right edge`).toBeLessThanOrEqual(rowBox.x + rowBox.width);
    expect(b.y + b.height, `${part} bottom edge`).toBeLessThanOrEqual(rowBox.y + rowBox.height);
    const clipped = await marker.evaluate((m) => m.scrollWidth > m.clientWidth + 1);
    expect(clipped, `${part} is not clipped`).toBe(false);
  }
  // A long outlet name is cut at a word, with an ellipsis, and the whole name in its title.
  const name = await second.locator('.outlet-name').textContent();
  expect(name).toMatch(/^Korean Central News…$/);
  await expect(second.locator('.outlet-chip')).toHaveAttribute('title', /^Korean Central News Agency/);
  // The speaker shows whole words only: its box ends at a word.
  const speaker = second.locator('.row-speaker');
  expect(await speaker.evaluate((s) => s.scrollWidth <= s.clientWidth + 1)).toBe(true);
  // A check-worthy claim shows its marker inside the row as well.
  const worthy = page.locator('.claim-row:has(.checkworthy)').first();
  const wb = (await worthy.boundingBox())!;
  const mb = (await worthy.locator('.checkworthy').boundingBox())!;
  expect(mb.x + mb.width).toBeLessThanOrEqual(wb.x + wb.width);
});

test('the article text takes the focus: a claim is added from a keyboard selection', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await pasteArticle(page, 'Harbour storm', STORY);
  await expect(rows(page)).toHaveCount(2);
  await page.keyboard.press('t');
  const body = page.locator('.article-body');
  await expect(body).toBeFocused();
  await expect(body).toHaveAttribute('aria-readonly', 'true');
  // Typing does not change the article.
  const before = await body.textContent();
  await page.keyboard.type('xyz');
  expect(await body.textContent()).toBe(before);
  // From the first claim's start, up a line to the skipped "Read Also" line, and select it to its end.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await expect(page.locator('#add-claim-button')).toBeVisible();
  await page.keyboard.press('a');
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, 1)).toContainText('Ten storms that changed the coast');
  await expect(page.locator('#checklist')).toBeFocused();
  // Tab reaches the article too, and Escape goes back to the list.
  await page.keyboard.press('t');
  await expect(body).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#checklist')).toBeFocused();
  await expect(body).toHaveAttribute('contenteditable', 'false');
});

test('the split dialog shows its caret and keeps the claim’s text', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('x');
  const area = page.locator('#split-text');
  await expect(area).toBeFocused();
  await expect(area).not.toHaveAttribute('readonly', /.*/);
  await expect(area).toHaveAttribute('aria-readonly', 'true');
  const value = await area.inputValue();
  const start = await area.evaluate((a: HTMLTextAreaElement) => a.selectionStart);
  await page.keyboard.press('ArrowRight');
  expect(await area.evaluate((a: HTMLTextAreaElement) => a.selectionStart)).toBe(start + 1);
  await page.keyboard.type('zz');
  await page.keyboard.press('Backspace');
  await expect(area).toHaveValue(value);
  expect(await area.evaluate((a) => getComputedStyle(a).caretColor)).not.toBe('transparent');
  await page.keyboard.press('Escape');
});

test('the filters have keys', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const total = await rows(page).count();
  await page.keyboard.press('d');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expectSaved(page);
  await page.keyboard.press('Shift+D');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('#filter-shown')).toHaveText(`2 of ${total} claims shown`);
  await page.keyboard.press('Shift+D');
  await expect(rows(page)).toHaveCount(total);
  await page.keyboard.press('Shift+W');
  await expect(page.locator('#filter-worth')).toHaveValue('0.6');
  const worthy = await rows(page).count();
  expect(worthy).toBeLessThan(total);
  await page.keyboard.press('Shift+P');
  await page.keyboard.press('Shift+C');
  await expect(rows(page)).toHaveCount(total);
  await page.keyboard.press('f');
  await expect(page.locator('#filter-kind')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#checklist')).toBeFocused();
});

test('the option to move on to the next pending claim after a mark, kept after a reload', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  await expect(selectedNumber(page)).resolves.toBe(2);
  await page.keyboard.press('Shift+N');
  await expect(page.locator('#next-after-mark')).toBeChecked();
  await page.keyboard.press('k');
  await page.keyboard.press('d');
  // Claim 2 is marked: the next pending one is 3. One key a claim.
  await expect(selectedNumber(page)).resolves.toBe(3);
  await page.keyboard.press('u');
  await expect(selectedNumber(page)).resolves.toBe(4);
  await expect(badge(row(page, 1))).toHaveText(/Disputed/);
  await expect(badge(row(page, 3))).toHaveText(/Unsourced/);
  await expectSaved(page);
  await desk.reopen();
  await expect(page.locator('#next-after-mark')).toBeChecked();
  await page.locator('#next-after-mark').click();
  await page.locator('#checklist').focus();
  await page.keyboard.press('v');
  await expect(selectedNumber(page)).resolves.toBe(1);
});

test('the speaker dialog suggests the names found in the article', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: 'Edit the speaker' });
  await expect(dialog).toBeVisible();
  const input = dialog.locator('#prompt-input');
  await expect(input).toHaveAttribute('list', 'prompt-suggestions');
  const names = await dialog
    .locator('#prompt-suggestions option')
    .evaluateAll((o) => o.map((x) => x.getAttribute('value')));
  expect(names).toContain('Kim Jong Un');
  expect(names).toContain('Vladimir Putin');
  await expect(dialog.locator('#prompt-suggestions-hint')).toContainText('Kim Jong Un');
  await page.keyboard.press('Escape');
});

test('screen readers: a mark is announced once, through the one live region; the save state is quiet', async ({
  desk,
}) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  const announcer = page.locator('#announcer');
  await expect(announcer).toHaveText(/^Claim 2 marked disputed\u200b?$/);
  await expectSaved(page);
  // One polite live region on the desk: no toast, counter, filter line or save state is live.
  const live = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-live], [role="status"], [role="log"]')]
      .filter((n) => !n.closest('[hidden]'))
      .map((n) => n.id || n.className),
  );
  expect(live).toEqual(['announcer']);
  await expect(page.locator('#save-state')).not.toHaveAttribute('role', /.*/);
  // Shift+J marks two: one announcement for both.
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('v');
  await expect(announcer).toHaveText(/^2 claims marked verified\u200b?$/);
  // The report preview is not a live region.
  await page.getByRole('button', { name: 'Export report' }).click();
  const preview = page.locator('.report-preview');
  await expect(preview).toBeVisible();
  await expect(preview).not.toHaveAttribute('aria-live', /.*/);
  await page.keyboard.press('Escape');
  // A save that fails is announced.
  await desk.api().close();
  await page.locator('#checklist').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('u');
  await expect(announcer).toHaveText(/not saved/);
});
