// Importing another article: paste, the File menu's open dialog, and dropping a .md file on the window.
import { confirmImport, dropFile, pasteArticle, rows } from './desk-page';
import { expect, test } from './harness';

const PASTED = [
  'Seoul Says Talks With Pyongyang Have Stalled',
  '',
  "South Korea's unification minister said on Monday that talks with the North had stalled, according to Yonhap.",
  '',
  'The ministry added that no date had been set for a new round.',
].join('\n');

const DROPPED = [
  '# Grain Exports Rise Through Black Sea Corridor',
  '',
  'Ukraine shipped 4.2 million tonnes of grain in August, according to Reuters.',
  '',
  'Officials said the corridor would stay open through the winter.',
].join('\n');

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
});

test('imports a pasted article, opens it, and the library leads back to the sample', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await pasteArticle(page, 'Seoul says talks stalled', PASTED);
  await expect(page.locator('.article-body')).toContainText('unification minister');
  await expect(page.locator('.claim', { hasText: 'unification minister' })).toHaveCount(1);
  await expect(rows(page)).not.toHaveCount(0);
  await expect(page.locator('#article-title')).toHaveText('Seoul says talks stalled');
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.locator('#library-list');
  await expect(library.getByRole('row')).toHaveCount(2);
  await library.getByRole('button', { name: /^Vladimir Putin/ }).click();
  await expect(page.locator('.article-body')).toContainText('Vladimir Putin');
});

test('the paste dialog is modal: focus stays inside, Escape closes it, an empty text is refused', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await desk.menu('import-paste');
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByLabel('Article text')).toBeFocused();
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  }
  // Shortcut keys type into the field rather than marking claims.
  await dialog.getByLabel('Article text').focus();
  await page.keyboard.type('v');
  await expect(dialog.getByLabel('Article text')).toHaveValue('v');
  await dialog.getByLabel('Article text').fill('');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste the article text first.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.status-badge').first()).toHaveText(/Pending/);
});

test('imports a .md file dropped on the window', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await dropFile(page, 'grain-corridor.md', DROPPED);
  // The dropped file opens on the check step, its Markdown headline as the title.
  await expect(
    page.getByRole('dialog', { name: 'Import an article' }).getByLabel('Title', { exact: true }),
  ).toHaveValue('Grain Exports Rise Through Black Sea Corridor');
  await confirmImport(page);
  await expect(page.locator('.article-body')).toContainText('4.2 million tonnes');
  await expect(page.locator('.claim', { hasText: 'million tonnes of grain' })).toHaveCount(1);
  await expect(page.locator('#article-title')).toHaveText('Grain Exports Rise Through Black Sea Corridor');
});

test('refuses a dropped file of another kind with a message', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await dropFile(page, 'photo.png', 'not really a png', 'image/png');
  await expect(page.getByRole('alert').filter({ hasText: 'photo.png' })).toContainText('imports .txt, .md and .html');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the File menu imports a file through the open dialog', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  desk.nextArticleFile = { name: 'grain-corridor.txt', content: DROPPED.replace('# ', '') };
  await desk.menu('import-file');
  await confirmImport(page);
  await expect(page.locator('.article-body')).toContainText('4.2 million tonnes');
});
