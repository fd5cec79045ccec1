// Issue 11: a big page is read in a worker while the dialog shows how far it has got; Cancel stops it and
// nothing is kept. Screenshots: test-results/import-progress*.png.
import { expect, test } from './harness';

function bigPage(paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++)
    parts.push(`<p>Paragraph ${i}: the minister said on Tuesday that 12 schools would reopen, officials said.</p>`);
  return (
    `<!doctype html><html><head><title>Schools ` +
    `reopen</title></head><body><article>${parts.join('')}</article></body></html>`
  );
}

test('a big pasted page shows a progress bar, and Cancel stops the import with nothing kept', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  const before = desk.api().store.data.articles.length;
  await desk.menu('import-paste');
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByLabel('Article text').fill(bigPage(30_000));
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const bar = dialog.locator('#import-progress-bar');
  await expect(bar).toBeVisible({ timeout: 30_000 });
  // The worker reports its stages: the bar moves past the start before the person cancels.
  await expect(dialog.locator('#import-progress-stage')).toHaveText(/^(Reading|Cleaning|Finding|Collecting).*…$/, {
    timeout: 30_000,
  });
  expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('import-progress.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The import was cancelled; nothing was saved.', {
    timeout: 30_000,
  });
  await expect(bar).toBeHidden();
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-progress-cancelled.png') });
  expect(desk.api().store.data.articles.length).toBe(before);
  // The dialog still works: a short text previews as before.
  await dialog.getByLabel('Article text').fill('The mayor said on Tuesday that the bridge would open in May.');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('#import-summary')).toContainText('claims found', { timeout: 30_000 });
});
