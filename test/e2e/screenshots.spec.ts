// Screenshots for looking at the UI (not assertions): runs only when CLAIMDESK_SHOTS names a folder, e.g.
//   CLAIMDESK_SHOTS=/tmp/shots npx playwright test -c test/e2e/playwright.config.ts screenshots
import { join } from 'node:path';
import { expectSaved } from './desk-page';
import { expect, test } from './harness';

const SHOTS = process.env.CLAIMDESK_SHOTS;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`screenshots (${colorScheme})`, async ({ desk }) => {
      test.skip(!SHOTS, 'set CLAIMDESK_SHOTS to a folder to take screenshots');
      const shot = (name: string) => join(SHOTS as string, `${name}-${colorScheme}.png`);
      const { page } = desk;
      await desk.open();
      for (const key of ['v', 'j', 'd', 'j', 'u', 'j', 'j', 'v', 'j', 'j']) await page.keyboard.press(key);
      await page.keyboard.press('n');
      await page.keyboard.type('Quote matches the KCNA English edition of 15 August; letter text checked.');
      await page.keyboard.press('Escape');
      // Back to claim 2, whose source and cue the article pane marks.
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('k');
      await expectSaved(page);
      await page.screenshot({ path: shot('desk') });

      await page.getByRole('button', { name: 'Export report' }).click();
      await expect(page.locator('.report-preview')).toBeVisible();
      await page.getByRole('button', { name: 'Save…' }).click();
      await expect(page.locator('#report-saved')).toBeVisible();
      await page.screenshot({ path: shot('report') });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import an article' });
      await dialog.getByLabel('Title').fill('Seoul says talks with Pyongyang stalled');
      await dialog.getByLabel('Article text').fill(
        "Seoul Says Talks Stalled\n\nSouth Korea's unification minister said on Monday that talks with the North had stalled, according to Yonhap.\n\nThe ministry added that no date had been set for a new round.",
      );
      await page.screenshot({ path: shot('paste-dialog') });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
      await page.screenshot({ path: shot('imported') });
    });
  });
}
