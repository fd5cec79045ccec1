// Issue 4 in Chromium: change a claim's outlet through the type-ahead, add a user outlet, reload and see both
// kept; the search link targets the outlet's domain; the outlets view filters the checklist. With
// CLAIMDESK_SHOTS set, it also takes screenshots of the menu, the type-ahead, the form and the view.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectSaved, pasteArticle, rows } from './desk-page';
import { expect, test } from './harness';

const SHOTS = process.env.CLAIMDESK_SHOTS;

const ARTICLE = [
  'Bridge Over the Dnipro to Reopen in May',
  '',
  'KYIV (Reuters) - Officials said the bridge would reopen in May after repairs costing 40 million hryvnias.',
  '',
  'The city council added that the piers had been reinforced, the Kyiv Bugle reported.',
  '',
  'Engineers told Interfax-Ukraine that traffic would be limited to cars for the first month.',
  '',
  'Drivers said the detour had doubled their commute.',
].join('\n');

const rowWith = (page: Page, text: string) => page.locator('.claim-row', { hasText: text });

async function selectClaim(page: Page, text: string): Promise<void> {
  await rowWith(page, text).click();
  await expect(rowWith(page, text)).toHaveAttribute('aria-selected', 'true');
  await page.locator('#checklist').focus();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`outlets (${colorScheme})`, () => {
    test.use({ colorScheme });
    test(`change an outlet by type-ahead, add a user outlet, both kept after reload (${colorScheme})`, async ({
      desk,
    }) => {
      test.skip(colorScheme === 'dark' && !SHOTS, 'the dark run only takes screenshots');
      test.setTimeout(60_000);
      const shot = async (name: string) => {
        if (!SHOTS) return;
        // Messages fade on their own; a screenshot shows the view without them.
        await desk.page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
        await desk.page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`) });
      };
      const { page } = desk;
      await desk.open();
      await page.getByLabel('Who is reviewing?').fill('Ana Reviewer');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await pasteArticle(page, 'Bridge to reopen', ARTICLE);
      await expectSaved(page);

      // The chip shows the outlet's name and kind; inherited ones say so.
      const first = rowWith(page, 'Officials said the bridge').locator('.outlet-chip');
      await expect(first.locator('.outlet-name')).toHaveText('Reuters');
      await expect(first.locator('.outlet-kind')).toHaveText('news agency');
      const drivers = rowWith(page, 'Drivers said').locator('.outlet-chip');
      await expect(drivers).toHaveClass(/is-inherited/);
      await expect(drivers.locator('.outlet-inherited')).toHaveText('inherited');

      // The search link for a claim targets its outlet's domain (site:reuters.com).
      await selectClaim(page, 'Officials said the bridge');
      await page.keyboard.press('s');
      await expect.poll(() => desk.openedUrls.length).toBe(1);
      expect(desk.openedUrls[0]).toMatch(/^https:\/\/duckduckgo\.com\/\?q=site%3Areuters\.com(%20|\+)/);

      // The outlet menu offers the links and the changes.
      await selectClaim(page, 'Drivers said');
      await page.keyboard.press('o');
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      for (const name of [
        /home page/,
        /Search the outlet/,
        /archived copy of a URL/,
        /Change the outlet/,
        /Add a new outlet/,
        /Correct this outlet/,
      ]) {
        await expect(menu.getByRole('menuitem', { name })).toBeVisible();
      }
      await page.mouse.move(0, 0);
      await shot('outlet-menu');

      // An archived copy of a given URL: http(s) only.
      await page.keyboard.press('a');
      const archive = page.getByRole('dialog', { name: 'Open an archived copy' });
      await expect(archive).toBeVisible();
      await archive.getByLabel('Web address').fill('javascript:alert(1)');
      await page.keyboard.press('Enter');
      await expect(archive.getByRole('alert')).toHaveText(/Only http and https/);
      await archive.getByLabel('Web address').fill('https://example.org/drivers');
      await page.keyboard.press('Enter');
      await expect(archive).toBeHidden();
      await expect.poll(() => desk.openedUrls.length).toBe(2);
      expect(desk.openedUrls[1]).toBe('https://web.archive.org/web/*/https://example.org/drivers');

      // Change the outlet through the type-ahead: keyboard only.
      await selectClaim(page, 'Drivers said');
      await page.keyboard.press('o');
      await expect(menu).toBeVisible();
      await page.keyboard.press('c');
      const picker = page.getByRole('dialog', { name: 'Change the claim’s outlet' });
      const combo = picker.getByRole('combobox');
      await expect(combo).toBeFocused();
      await page.keyboard.type('assoc');
      const listbox = picker.getByRole('listbox');
      await expect(listbox.getByRole('option').first()).toContainText('Associated Press');
      await expect(combo).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      const activeId = await combo.getAttribute('aria-activedescendant');
      expect(activeId).toBe(await listbox.getByRole('option').first().getAttribute('id'));
      await shot('outlet-typeahead');
      await page.keyboard.press('Enter');
      await expect(picker).toBeHidden();
      const changed = rowWith(page, 'Drivers said').locator('.outlet-chip');
      await expect(changed.locator('.outlet-name')).toHaveText('Associated Press');
      await expect(changed).toHaveClass(/is-reviewer/);
      await expect(changed.locator('.outlet-set')).toHaveText('set by you');
      await expect(rowWith(page, 'Drivers said').locator('.row-corrected')).toBeVisible();
      await expectSaved(page);

      // Add a user outlet from the menu; the article that mentions it is re-resolved at once.
      await selectClaim(page, 'The city council added');
      await page.keyboard.press('o');
      await expect(menu).toBeVisible();
      await page.keyboard.press('n');
      const form = page.getByRole('dialog', { name: 'Add an outlet' });
      await expect(form).toBeVisible();
      await form.getByLabel('Name').fill('Kyiv Bugle');
      await form.getByLabel('Web domains').fill('kyivbugle.com.ua');
      await form.getByLabel('Country').fill('UA');
      await form.getByLabel('Language').fill('uk');
      await form.getByLabel('Kind').selectOption('online');
      await form.getByLabel('Aliases').fill('The Bugle, KB');
      await shot('outlet-add');
      await form.getByRole('button', { name: 'Add outlet' }).click();
      await expect(form).toBeHidden();
      const bugle = rowWith(page, 'The city council added').locator('.outlet-chip');
      await expect(bugle.locator('.outlet-name')).toHaveText('Kyiv Bugle');
      await expect(bugle.locator('.outlet-kind')).toHaveText('online outlet');
      await expect(bugle).not.toHaveClass(/is-reviewer/); // found by re-resolution, not by a correction
      await expectSaved(page);

      // The outlets view: counts and progress; Filter sets the checklist's outlet filter.
      await selectClaim(page, 'Officials said the bridge');
      await page.keyboard.press('v');
      await expectSaved(page);
      await page.keyboard.press('Shift+O');
      const view = page.locator('#outlets-view');
      await expect(view).toBeVisible();
      const reutersRow = page.locator('#outlets-article .outlets-row[data-outlet-id="reuters"]');
      await expect(reutersRow).toBeVisible();
      await expect(reutersRow.locator('.library-pct')).toContainText('1/');
      await expect(page.locator('#outlets-workspace .outlets-row[data-outlet-id="user-kyiv-bugle"]')).toContainText(
        'yours',
      );
      await page.mouse.move(0, 0);
      await shot('outlets-view');
      await reutersRow.getByRole('button', { name: /Show the claims of Reuters/ }).click();
      await expect(page.locator('#desk')).toBeVisible();
      await expect(page.locator('#filter-outlet')).toHaveValue('reuters');
      const shown = await rows(page).count();
      expect(shown).toBeGreaterThan(0);
      for (let i = 0; i < shown; i++) await expect(rows(page).nth(i).locator('.outlet-name')).toHaveText('Reuters');

      // Reload: the changed outlet and the user outlet are kept (in the workspace file).
      await desk.reopen();
      await expect(rowWith(page, 'Drivers said').locator('.outlet-name')).toHaveText('Associated Press');
      await expect(rowWith(page, 'The city council added').locator('.outlet-name')).toHaveText('Kyiv Bugle');
      await selectClaim(page, 'Engineers told');
      await page.keyboard.press('o');
      await expect(page.getByRole('menu')).toBeVisible();
      await page.keyboard.press('c');
      await expect(page.getByRole('dialog', { name: 'Change the claim’s outlet' }).getByRole('combobox')).toBeFocused();
      await page.keyboard.type('bugle');
      const again = page
        .getByRole('dialog', { name: 'Change the claim’s outlet' })
        .getByRole('listbox')
        .getByRole('option')
        .first();
      await expect(again).toContainText('Kyiv Bugle');
      await expect(again).toContainText('yours');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(desk.offOrigin).toEqual([]);
    });
  });
}
