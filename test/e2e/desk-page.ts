// Locators and small actions on the desk, so the specs read like a reviewer's steps.
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

export const rows = (page: Page): Locator => page.locator('.claim-row');
export const row = (page: Page, number: number): Locator => rows(page).nth(number - 1);
export const selectedRow = (page: Page): Locator => page.locator('.claim-row[aria-selected="true"]');
export const badge = (rowLocator: Locator): Locator => rowLocator.locator('.status-badge');
export const noteField = (page: Page): Locator => page.locator('#note-field');
export const progressSummary = (page: Page): Locator => page.locator('#progress-summary');

/** Waits until every change the window sent has been answered by the main side. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('#save-state')).toHaveText('All changes saved');
}

/** The claim number (1-based, headings excluded) of the selected row. */
export async function selectedNumber(page: Page): Promise<number> {
  return Number(await selectedRow(page).locator('.row-number').textContent());
}

export async function pasteArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.locator('#import-summary')).toBeVisible();
  if (title) await dialog.getByLabel('Title', { exact: true }).fill(title);
  // A pasted article is a new one unless the test says otherwise.
  await dialog.getByLabel('Save as').selectOption('');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Imports through the check step of an open import dialog (after a drop or a file dialog). */
export async function confirmImport(page: Page, options: { title?: string; replace?: string } = {}): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await expect(dialog.locator('#import-summary')).toBeVisible();
  if (options.title) await dialog.getByLabel('Title', { exact: true }).fill(options.title);
  if (options.replace !== undefined)
    await dialog.getByLabel('Save as').selectOption(options.replace === '' ? '' : { label: options.replace });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Drops files on the window the way a file manager does: a drop event whose DataTransfer holds Files. */
export async function dropFile(page: Page, name: string, content: string, type = 'text/markdown'): Promise<void> {
  await page.evaluate(
    ({ name, content, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      const target = document.querySelector('.article-scroll') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { name, content, type },
  );
}
