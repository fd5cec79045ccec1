// Sync in the window (issue 16): connect the workspace to a local pouchdb-server from the top bar, a mark goes
// out by itself, a colleague's different mark of the same claim shows as a conflict with both marks, and keeping
// one resolves it. Screenshots go to CLAIMDESK_SHOTS when it is set.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addArticle } from '../../main/api/articles';
import { readArticleInput } from '../../main/import/article-input';
import { openReviewer } from '../sync/clients';
import { startTestServer, uniqueName, type TestServer } from '../sync/couch-server';
import { expect, test } from './harness';

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(async () => {
  await server.stop();
});

test("connect, send a mark, see and resolve a colleague's conflicting mark", async ({ desk }, testInfo) => {
  test.setTimeout(90_000);
  const shot = (name: string) => join(process.env.CLAIMDESK_SHOTS ?? testInfo.outputPath(), `${name}.png`);
  const db = uniqueName('e2e');
  const [ana, bob] = [uniqueName('ana'), uniqueName('bob')];
  await server.addUser(ana, `pw-${ana}`);
  await server.addUser(bob, `pw-${bob}`);
  await server.createDb(db, [ana, bob]);
  const { page } = desk;
  await desk.open();
  await page.getByLabel('Who is reviewing?').fill('Ana Reviewer');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const chip = page.locator('#sync-state');
  await expect(chip).toHaveText('Not synced');
  await chip.click();
  const dialog = page.getByRole('dialog', { name: 'Connect this workspace' });
  await dialog.getByLabel('Server').fill('http://couch.example.org');
  await dialog.getByLabel('Database').fill(db);
  await dialog.getByLabel('User name').fill(ana);
  await dialog.getByLabel('Password').fill(`pw-${ana}`);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText('https');
  await page.screenshot({ path: shot('sync-connect-refused') });
  await dialog.getByLabel('Server').fill(server.url);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toHaveText('Up to date', { timeout: 20_000 });

  await page.keyboard.press('v');
  let reviewId = '';
  await expect
    .poll(
      async () => {
        const all = await server.request('GET', `/${db}/_all_docs`);
        reviewId = all.rows?.map((r: { id: string }) => r.id).find((id: string) => id.startsWith('review:')) ?? '';
        return reviewId;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  await expect(chip).toHaveText('Up to date', { timeout: 20_000 });
  await page.screenshot({ path: shot('sync-up-to-date') });

  // Bob, on his own machine, marked the same claim differently before he saw Ana's mark.
  const [, articleId, claimId] = reviewId.split(':');
  const colleague = await openReviewer(server, desk.dir, bob, { article: false });
  const seed = await readFile('seeds/putin-kim-letter.txt', 'utf8');
  await addArticle(
    colleague.store,
    readArticleInput(seed, { fileName: 'putin-kim-letter.txt' }),
    { kind: 'seed' },
    new Date(),
  );
  expect(colleague.store.data.articles[0]!.id).toBe(articleId);
  colleague.articleId = articleId!;
  await colleague.mark(claimId!, 'disputed', 'the letter was not published in full');
  await colleague.sync(db);
  await colleague.close();

  const conflict = page.locator('#sync-conflict');
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(conflict).toContainText('Verified');
  await expect(conflict).toContainText('Disputed');
  await expect(conflict).toContainText(bob);
  await expect(conflict).toContainText('Ana Reviewer');
  await page.screenshot({ path: shot('sync-conflict') });

  await conflict.locator('li', { hasText: bob }).getByRole('button', { name: 'Keep this' }).click();
  await expect(conflict).toBeHidden();
  await expect(chip).toHaveText('Up to date', { timeout: 20_000 });
  await expect
    .poll(
      async () =>
        (await server.request('GET', `/${db}/${encodeURIComponent(reviewId)}?conflicts=true`))._conflicts ?? [],
      { timeout: 20_000 },
    )
    .toEqual([]);
  expect((await server.request('GET', `/${db}/${encodeURIComponent(reviewId)}`)).review.status).toBe('disputed');
  await page.screenshot({ path: shot('sync-resolved') });
});
