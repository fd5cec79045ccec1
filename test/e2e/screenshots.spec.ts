// Screenshots for looking at the UI (not assertions): runs only when CLAIMDESK_SHOTS names a folder, e.g.
//   CLAIMDESK_SHOTS=/tmp/shots npx playwright test -c test/e2e/playwright.config.ts screenshots
import { join } from 'node:path';
import { confirmImport, expectSaved, pasteArticle } from './desk-page';
import { expect, test } from './harness';

const SHOTS = process.env.CLAIMDESK_SHOTS;

const SECOND = [
  'Seoul Says Talks With Pyongyang Have Stalled',
  '',
  "SEOUL (Reuters) - South Korea's unification minister said on Monday that talks with the " +
    'North had stalled, according to Yonhap.',
  '',
  'The ministry added that no date had been set for a new round, and that 12 proposals were still unanswered.',
  '',
  'Analysts said the freeze was the longest since 2019.',
].join('\n');

const PAGE = `<html><head><title>Grain Exports Rise - Kyiv Independent</title>
<meta property="og:site_name" content="The Kyiv Independent">
<meta name="author" content="Olena Hrytsenko"><meta property="article:published_time" content="2026-08-31">
<link rel="canonical" href="https://kyivindependent.com/grain-exports-rise"></head><body><nav>Home News</nav>
<article><h1>Grain Exports Rise Through Black Sea Corridor</h1>
<p>Ukraine shipped 4.2 million tonnes of grain in August, the highest monthly total since the corridor opened,
according to Reuters.</p>
<p>The agriculture ministry said the corridor would stay open through the winter, despite attacks on port
infrastructure in Odesa.</p>
<p>Insurers said premiums for ships calling at Ukrainian ports had fallen by a third since June.</p>
</article></body></html>`;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`screenshots (${colorScheme})`, async ({ desk }) => {
      test.skip(!SHOTS, 'set CLAIMDESK_SHOTS to a folder to take screenshots');
      test.setTimeout(60_000);
      const shot = (name: string) => join(SHOTS as string, `${name}-${colorScheme}.png`);
      const { page } = desk;
      await desk.open();
      await page.getByLabel('Who is reviewing?').fill('Ana Reviewer');
      await page.getByRole('button', { name: 'Save', exact: true }).click();

      await pasteArticle(page, 'Seoul says talks with Pyongyang stalled', SECOND);
      for (const key of ['v', 'j', 'u']) await page.keyboard.press(key);
      desk.nextArticleFile = { name: 'grain-exports.html', content: PAGE };
      await desk.menu('import-file');
      await expect(page.locator('#import-summary')).toBeVisible();
      await page.screenshot({ path: shot('import-check') });
      await confirmImport(page, { replace: '' });
      for (const key of ['v', 'j', 'd']) await page.keyboard.press(key);
      await expectSaved(page);

      await page.keyboard.press('l');
      await page
        .locator('#library-list')
        .getByRole('button', { name: /^Vladimir Putin/ })
        .click();
      await page.locator('#checklist').focus();
      for (const key of ['v', 'j', 'd', 'j', 'u', 'j', 'j', 'v', 'j', 'j', 'Shift+J', 'Shift+J'])
        await page.keyboard.press(key);
      await page.keyboard.press('v');
      await page.keyboard.press('Escape');
      for (let i = 0; i < 7; i += 1) await page.keyboard.press('k');
      await page.keyboard.press('n');
      await page.keyboard.type('Quote matches the KCNA English edition of 15 August; letter text checked.');
      await page.keyboard.press('Escape');
      await page.keyboard.press('e');
      await page.keyboard.type('https://kcnawatch.org/newstream/1692000000-kcna-letter/');
      await page.keyboard.press('Tab');
      await page.keyboard.type('KCNA Watch: the letter as published');
      await page.keyboard.press('Tab');
      await page.keyboard.type(
        'https://web.archive.org/web/2023/https://kcnawatch.org/newstream/1692000000-kcna-letter/',
      );
      await page.keyboard.press('Enter');
      await page.locator('#checklist').focus();
      await page.locator('details.history > summary').click();
      await page.locator('#checklist').focus();
      await expectSaved(page);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: shot('desk') });

      await page.keyboard.press('o');
      await expect(page.getByRole('menu')).toBeVisible();
      await page.screenshot({ path: shot('outlet-menu') });
      await page.keyboard.press('Escape');

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await page.screenshot({ path: shot('help') });
      await page.keyboard.press('Escape');

      await page.keyboard.press('l');
      await expect(page.locator('#library-list').getByRole('row')).toHaveCount(3);
      await page.screenshot({ path: shot('library') });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Export report' }).click();
      await expect(page.locator('.report-preview')).toBeVisible();
      await page.screenshot({ path: shot('report') });
      await page.keyboard.press('Escape');
    });
  });
}

// Issue 14's views at a laptop's size: several claims selected (note and link for all), the article caret, the
// split caret, the speaker's suggestions and a merge message.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme, laptop`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 720 } });
    test(`issue 14 views (${colorScheme})`, async ({ desk }) => {
      test.skip(!SHOTS, 'set CLAIMDESK_SHOTS to a folder to take screenshots');
      const shot = (name: string) => join(SHOTS as string, `${name}-${colorScheme}.png`);
      const { page } = desk;
      await desk.open();
      await page.keyboard.press('Shift+J');
      await page.keyboard.press('Shift+J');
      await page.keyboard.press('n');
      await page.keyboard.type('Both checked against the agency wire.');
      await page.screenshot({ path: shot('multi-note') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('e');
      await page.keyboard.type('https://example.org/wire');
      await page.screenshot({ path: shot('multi-evidence') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      await page.keyboard.press('t');
      await page.keyboard.press('Shift+End');
      await page.screenshot({ path: shot('article-caret') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('x');
      await page.screenshot({ path: shot('split-caret') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('r');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('K');
      await page.screenshot({ path: shot('speaker-suggestions') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('v');
      await page.keyboard.press('j');
      await page.keyboard.press('d');
      await page.keyboard.press('k');
      await page.keyboard.press('m');
      await expect(page.locator('.toast')).toContainText('merged');
      await page.screenshot({ path: shot('merge-message') });
    });
  });
}
