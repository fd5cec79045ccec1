// Issue 13 in Chromium: a claim whose outlet is named in an outlet's frame but in no registry ("the Harbour Gazette
// newspaper") shows a chip that reads "not registered"; in the outlet menu its first item (R, or o then Enter)
// adds it to the workspace's outlets through saveUserOutlet, and the claim is then linked to the added outlet.
// The stored claim gets its outlet from core/outlets/frames (what the extractor calls) over the imported text.
// With CLAIMDESK_SHOTS set, it also takes screenshots of the chip, the menu and the form.
import { join } from 'node:path';
import { findOutletFrames, unregisteredClaimOutlet } from '../../main/core/outlets/frames';
import { defaultOutletResolver } from '../../main/core/outlets/resolver';
import type { Claim } from '../../main/core/types';
import { expectSaved, pasteArticle } from './desk-page';
import { expect, test } from './harness';

const SHOTS = process.env.CLAIMDESK_SHOTS;

const ARTICLE = [
  'Port Authority Lost Two Million Dollars, Audit Finds',
  '',
  'The Harbour Gazette newspaper reported that the port authority had lost two million dollars last year.',
  '',
  'Auditors said the losses came from unpaid berth fees.',
].join('\n');

/** The workspace file with every claim's unregistered outlet filled in from its text's outlet frames. */
function withFramedOutlets(content: string): string {
  const data = JSON.parse(content) as { articles: { text: string; claims: Claim[] }[] };
  const resolver = defaultOutletResolver();
  for (const article of data.articles)
    for (const claim of article.claims) {
      if (claim.outlet) continue;
      const frame = findOutletFrames(article.text, claim.start, claim.end, { resolver })[0];
      if (frame) claim.outlet = unregisteredClaimOutlet(frame, true);
    }
  return JSON.stringify(data);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`unregistered outlet (${colorScheme})`, () => {
    test.use({ colorScheme });
    test(`a "not registered" chip and one menu item that adds the outlet (${colorScheme})`, async ({ desk }) => {
      test.skip(colorScheme === 'dark' && !SHOTS, 'the dark run only takes screenshots');
      test.setTimeout(60_000);
      const { page } = desk;
      const shot = async (name: string) => {
        if (!SHOTS) return;
        await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
        await page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`) });
      };
      await desk.open();
      await page.getByLabel('Who is reviewing?').fill('Ana Reviewer');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await pasteArticle(page, 'Port losses', ARTICLE);
      await expectSaved(page);

      await desk.editWorkspaceFile(withFramedOutlets);
      await desk.open();
      const row = page.locator('.claim-row', { hasText: 'The Harbour Gazette newspaper reported' });
      await row.click();
      await expect(row).toHaveAttribute('aria-selected', 'true');
      const chip = row.locator('.outlet-chip');
      await expect(chip).toHaveClass(/is-unregistered/);
      await expect(chip.locator('.outlet-name')).toHaveText('Harbour Gazette');
      await expect(chip.locator('.outlet-unregistered')).toHaveText('not registered');
      // Claims without an outlet frame are left alone.
      await expect(
        page.locator('.claim-row', { hasText: 'Auditors said' }).locator('.outlet-unregistered'),
      ).toHaveCount(0);
      await shot('unregistered-chip');

      await page.locator('#checklist').focus();
      await page.keyboard.press('o');
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      const add = menu.getByRole('menuitem', { name: /Add “Harbour Gazette” to your outlets/ });
      await expect(add).toBeFocused();
      await expect(menu.locator('.menu-heading')).toContainText('not registered');
      await page.mouse.move(0, 0);
      await shot('unregistered-menu');
      await page.keyboard.press('Enter');

      const form = page.getByRole('dialog', { name: 'Add an outlet' });
      await expect(form).toBeVisible();
      await expect(form.getByLabel('Name')).toHaveValue('Harbour Gazette');
      await expect(form.getByLabel('Country')).toBeFocused();
      await page.keyboard.type('GB');
      await form.getByLabel('Language').fill('en');
      await form.getByLabel('Kind').selectOption('newspaper');
      await shot('unregistered-form');
      await page.keyboard.press('Enter');
      await expect(form).toBeHidden();
      await expectSaved(page);

      // The outlet is the workspace's now; the claim links to it and no longer reads "not registered".
      const saved = desk.api().store.data.userOutlets ?? [];
      expect(saved.map((o) => o.name)).toEqual(['Harbour Gazette']);
      const linked = page
        .locator('.claim-row', { hasText: 'The Harbour Gazette newspaper reported' })
        .locator('.outlet-chip');
      await expect(linked.locator('.outlet-name')).toHaveText('Harbour Gazette');
      await expect(linked.locator('.outlet-unregistered')).toHaveCount(0);
      await expect(linked.locator('.outlet-kind')).toHaveText('newspaper');
      await shot('unregistered-added');
    });
  });
}
