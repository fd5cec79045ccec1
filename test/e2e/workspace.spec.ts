// What the person is told about the workspace: recovery notices (dismissible) and the read-only state.
import { badge, row } from './desk-page';
import { expect, test } from './harness';

test('a corrupt workspace file is set aside and the person is told in a dismissible banner', async ({ desk }) => {
  const { page } = desk;
  await desk.editWorkspaceFile(() => '{ "schemaVersion": 1, "articles": [ truncated');
  await desk.open();
  const notice = page.locator('.banner-notice');
  await expect(notice).toContainText('moved aside');
  await expect(page.locator('#article-title')).toContainText('Putin');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a workspace from a newer ClaimDesk opens read-only: visible, exportable, not changeable', async ({ desk }) => {
  const { page } = desk;
  await desk.editWorkspaceFile((content) => JSON.stringify({ ...JSON.parse(content), schemaVersion: 999 }));
  await desk.open();
  await expect(page.locator('.banner-readonly')).toContainText('read-only');
  await expect(page.locator('#save-state')).toHaveText('Read-only');
  await expect(page.getByRole('button', { name: 'Import…' })).toBeDisabled();
  await page.keyboard.press('v');
  await expect(badge(row(page, 1))).toHaveText(/Pending/);
  await expect(page.locator('.toast', { hasText: 'changes cannot be saved' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export report' })).toBeEnabled();
  expect(desk.offOrigin).toEqual([]);
});
