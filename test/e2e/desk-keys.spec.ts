// Issue 14 point 1: typing never runs commands. A URL and a note typed in each state (one claim selected, several
// selected, a filter applied or open, a dialog open) change nothing but the field typed in.
import type { Page } from '@playwright/test';
import { expectSaved, row, rows } from './desk-page';
import { expect, test } from './harness';

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
});

// Every letter a desk shortcut uses is in these, and / and ? too.
const URL = 'https://example.org/hide/search-vdu/?q=merge+split&x=l#outlets';
const NOTE = 'Asked the desk: v d u p h s x m r o l i a / ? [ ] < > j k';

/** What a stray shortcut could change: statuses, hidden lines, the filter and search, the view, dialogs. */
async function deskState(page: Page) {
  return page.evaluate(() => ({
    statuses: [...document.querySelectorAll<HTMLElement>('.claim-row')].map((r) => r.dataset.status),
    rows: document.querySelectorAll('.claim-row').length,
    hidden: document.querySelectorAll('.skipped-line').length,
    filterText: (document.getElementById('filter-text') as HTMLInputElement).value,
    pressed: [...document.querySelectorAll('.filter-status[aria-pressed="true"]')].map((b) => b.textContent),
    selects: [...document.querySelectorAll<HTMLSelectElement>('.filter-select')].map((s) => s.value),
    shown: document.getElementById('filter-shown')?.textContent,
    view: {
      desk: !(document.getElementById('desk') as HTMLElement).hidden,
      library: !(document.getElementById('library-root') as HTMLElement).hidden,
    },
    dialogs: document.querySelectorAll('dialog[open]').length,
    menus: document.querySelectorAll('[role="menu"]').length,
  }));
}

test('one claim selected: the evidence form and the note own every key typed', async ({ desk }) => {
  const { page } = desk;
  // The smallest laptop: the form must still come into view with the focus.
  await page.setViewportSize({ width: 1024, height: 640 });
  await desk.open();
  await page.keyboard.press('v');
  await page.keyboard.press('j');
  const before = await deskState(page);
  await page.keyboard.press('e');
  const url = page.locator('#evidence-url');
  await expect(url).toBeFocused();
  await expect(url).toBeInViewport();
  await page.keyboard.type(URL);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Wire copy, hide and seek');
  await page.keyboard.press('Enter');
  await expect(row(page, 2).locator('.row-evidence-mark')).toHaveText('1 link');
  await page.keyboard.press('n');
  await expect(page.locator('#note-field')).toBeFocused();
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Escape');
  await expect(page.locator('#note-field')).toHaveValue(NOTE);
  await expectSaved(page);
  expect(await deskState(page)).toEqual(before);
  expect(desk.openedUrls).toEqual([]);
});

test('several claims selected: E and N add a link and a note to each; R says why it applies to one', async ({
  desk,
}) => {
  const { page } = desk;
  await page.setViewportSize({ width: 1024, height: 640 });
  await desk.open();
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await expect(page.locator('#multi-count')).toHaveText('3 claims selected');
  const before = await deskState(page);
  await page.keyboard.press('e');
  const url = page.locator('#multi-evidence-url');
  await expect(url).toBeFocused();
  await expect(url).toBeInViewport();
  await page.keyboard.type(URL);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Agency copy');
  await page.keyboard.press('Enter');
  for (const n of [1, 2, 3]) await expect(row(page, n).locator('.row-evidence-mark')).toHaveText('1 link');
  await expect(row(page, 4).locator('.row-evidence-mark')).toBeHidden();
  await expect(page.locator('.toast')).toContainText('Link added to 3 claims');
  await page.keyboard.press('n');
  const note = page.locator('#multi-note');
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Control+Enter');
  for (const n of [1, 2, 3]) await expect(row(page, n).locator('.row-note-mark')).toBeVisible();
  await expect(page.locator('#multi-count')).toHaveText('3 claims selected');
  await expectSaved(page);
  expect(await deskState(page)).toEqual(before);
  // The speaker is one claim's: the key says so in words instead of acting on one of three.
  await page.keyboard.press('r');
  await expect(page.locator('.toast')).toContainText('applies to one claim at a time');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.locator('#multi-one-at-a-time')).toContainText('Esc to keep only the active claim');
  // One undo takes the note back from all three.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toast')).toContainText('Undone on claims 1, 2 and 3: add a note to 3 claims');
  for (const n of [1, 2, 3]) await expect(row(page, n).locator('.row-note-mark')).toBeHidden();
  // Each claim keeps the link and got the note on its own.
  await page.keyboard.press('Escape');
  await expect(page.locator('#evidence-list')).toContainText('Agency copy');
});

test('a filter applied or open: typed text stays in the field', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.keyboard.press('Shift+P');
  await expect(page.locator('.filter-status[data-status="pending"]')).toHaveAttribute('aria-pressed', 'true');
  const before = await deskState(page);
  await page.keyboard.press('e');
  await page.keyboard.type(URL);
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Escape');
  await expectSaved(page);
  expect(await deskState(page)).toEqual(before);
  // The text filter open: what is typed is the filter, and nothing else happens.
  await page.keyboard.press('/');
  await expect(page.locator('#filter-text')).toBeFocused();
  await page.keyboard.type('vdu hs');
  await expect(page.locator('#filter-text')).toHaveValue('vdu hs');
  const typed = await deskState(page);
  expect(typed.statuses.every((s) => s === 'pending')).toBe(true);
  expect(typed.hidden).toBe(before.hidden);
  // The filter menus (F) own their keys too.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+C');
  await page.keyboard.press('f');
  await expect(page.locator('#filter-kind')).toBeFocused();
  const cleared = await deskState(page);
  await page.keyboard.type('hsv');
  await page.keyboard.press('Escape');
  const after = await deskState(page);
  expect({ ...after, selects: cleared.selects }).toEqual(cleared);
});

test('a dialog open: the speaker dialog and the help take every key', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const before = await deskState(page);
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: 'Edit the speaker' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(URL);
  await expect(dialog.locator('#prompt-input')).toHaveValue(URL);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.type('vdhsxm/');
  await page.keyboard.press('Escape');
  await expectSaved(page);
  expect(await deskState(page)).toEqual(before);
  expect(await rows(page).count()).toBe(before.rows);
});
