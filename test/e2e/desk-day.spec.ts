// Issue 5's reviewer's day in Chromium: import by paste, file (.md and .html) and URL (a local server), review
// with the keyboard only, bulk-mark, undo, correct a speaker, split a claim, filter, re-import an edited version
// (reviews re-attached, one orphan listed), the outlet menu, the help overlay and the library.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badge, confirmImport, dropFile, expectSaved, noteField, pasteArticle, rows, selectedRow } from './desk-page';
import { expect, test } from './harness';

const STORM = [
  'Storm Closes Ports Along the Coast',
  '',
  'The harbour master said on Tuesday that 12 ships were stuck offshore.',
  '',
  'The coast guard reported record waves of nine metres, according to Reuters.',
  '',
  'The mayor promised a full inquiry into the cause of the flooding.',
  '',
  'Fishermen said they had never seen anything like it.',
  '',
  'Insurers estimated the damage at 40 million euros, the industry association said.',
].join('\n');

const GRAIN_MD = [
  '# Grain Exports Rise Through Black Sea Corridor',
  '',
  'Ukraine shipped 4.2 million tonnes of grain in August, according to Reuters.',
  '',
  '- Officials said the corridor would stay open through the winter.',
].join('\n');

const PORT_HTML = `<!doctype html><html><head><title>Rail Strike Halts Freight - The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"><meta name="author" content="Mira Holt">
<meta property="article:published_time" content="2026-03-14"><link rel="canonical" href="https://ledger.example/rail-strike">
<script>window.__pwned = 'page script'</script></head><body>
<nav>Home · World · Business · Subscribe</nav><div class="ad-slot">Advertisement: cheap flights</div>
<article><h1>Rail Strike Halts Freight</h1>
<p>The union said on Monday that 30,000 workers had walked out across the network, halting most freight trains.</p>
<p>The transport minister told parliament the strike would cost the economy 200 million pounds a day.</p>
<p>Rail operators said passenger services would run on a reduced timetable until Friday at the earliest.</p></article>
<footer>© The Daily Ledger</footer></body></html>`;

async function startServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/news/rail-strike') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PORT_HTML);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/rail-strike`, server };
}

test.afterEach(async ({ desk }) => {
  expect(desk.offOrigin, 'no request may leave the app origin').toEqual([]);
  expect(await desk.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('a whole day at the desk', async ({ desk }) => {
  test.setTimeout(90_000);
  const { page } = desk;
  const { url, server } = await startServer();
  try {
    await desk.open();

    // The reviewer's name is asked once, and kept.
    await page.getByLabel('Who is reviewing?').fill('Ana Reviewer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('.banner-ask')).toHaveCount(0);

    // ---- Import: paste, .md (dropped), .html (File menu), URL (local server) ----
    await pasteArticle(page, 'Storm closes ports', STORM);
    await expect(page.locator('#article-title')).toHaveText('Storm closes ports');

    await dropFile(page, 'grain.md', GRAIN_MD);
    await confirmImport(page, { replace: '' });
    await expect(page.locator('.article-body')).toContainText('4.2 million tonnes');

    desk.nextArticleFile = { name: 'rail-strike.html', content: PORT_HTML };
    await desk.menu('import-file');
    const dialog = page.getByRole('dialog', { name: 'Import an article' });
    await expect(dialog.getByLabel('Publisher')).toHaveValue('The Daily Ledger');
    await expect(dialog.getByLabel('Author')).toHaveValue('Mira Holt');
    await expect(dialog.locator('#import-text-preview')).not.toContainText('Subscribe');
    await expect(dialog.locator('#import-text-preview')).not.toContainText('cheap flights');
    await dialog.getByLabel('Title', { exact: true }).fill('Rail strike (saved page)');
    await confirmImport(page, { replace: '' });
    await expect(page.locator('#article-meta')).toContainText('The Daily Ledger');

    await page.keyboard.press('i');
    await dialog.getByRole('tab', { name: 'From a web address' }).click();
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(url);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('alert')).toContainText('private or local address');
    await dialog.getByLabel('Allow private network addresses').check();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.locator('#import-summary')).toContainText(`Fetched from ${url}`);
    await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Rail Strike Halts Freight');
    await expect(dialog.getByLabel('Date')).toHaveValue('2026-03-14');
    await expect(dialog.getByLabel('URL')).toHaveValue('https://ledger.example/rail-strike');
    await dialog.getByLabel('Title', { exact: true }).fill('Rail strike halts freight (web)');
    await confirmImport(page, { replace: '' });
    await expect(page.locator('#article-title')).toHaveText('Rail strike halts freight (web)');

    // ---- Back to the storm article through the library, keyboard only ----
    await page.keyboard.press('l');
    await expect(page.locator('#library-list').getByRole('row')).toHaveCount(5);
    await page.keyboard.type('storm');
    await expect(page.locator('#library-list').getByRole('row')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#article-title')).toHaveText('Storm closes ports');
    const total = await rows(page).count();
    expect(total).toBe(5);

    // ---- Review with the keyboard only ----
    await page.keyboard.press('v'); // 1 harbour master
    await page.keyboard.press('j');
    await page.keyboard.press('d'); // 2 coast guard
    await page.keyboard.press('n');
    await expect(noteField(page)).toBeFocused();
    await page.keyboard.type('Reuters said seven metres, not nine.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await expect(page.locator('#evidence-url')).toBeFocused();
    await page.keyboard.type('https://wire.example/storm-waves');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Reuters wire copy');
    await page.keyboard.press('Enter');
    await expect(page.locator('#evidence-list')).toContainText('Reuters wire copy');
    await page.locator('#checklist').focus();
    await page.keyboard.press(']'); // next pending: 3 mayor
    await page.keyboard.press('u');
    await page.keyboard.press('n');
    await page.keyboard.type('No inquiry announced by the council.');
    await page.keyboard.press('Escape');
    await expect(badge(rows(page).nth(0))).toHaveText(/Verified/);
    await expect(badge(rows(page).nth(1))).toHaveText(/Disputed/);
    await expect(badge(rows(page).nth(2))).toHaveText(/Unsourced/);
    await expect(page.locator('#progress-summary')).toHaveText(`3 / ${total} reviewed`);

    // The outlet menu and the outlet search open links in the system browser, on the outlet's domain.
    await page.keyboard.press('k');
    await page.keyboard.press('o');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /Search the outlet/ })).toContainText('site:reuters.com');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await page.keyboard.press('s');
    await expect.poll(() => desk.openedUrls.length).toBe(1);
    expect(desk.openedUrls[0]).toMatch(/^https:\/\/duckduckgo\.com\/\?q=site%3Areuters\.com/);

    // ---- Bulk mark, undo, redo ----
    await page.keyboard.press('j'); // 3
    await page.keyboard.press('j'); // 4
    await page.keyboard.press('Shift+J'); // 4-5
    await expect(page.locator('#multi-count')).toHaveText('2 claims selected');
    await page.keyboard.press('v');
    await expect(badge(rows(page).nth(3))).toHaveText(/Verified/);
    await expect(badge(rows(page).nth(4))).toHaveText(/Verified/);
    await expectSaved(page); // the bulk mark is saved (and on the undo stack) before it is undone
    await page.keyboard.press('Control+z');
    await expect(badge(rows(page).nth(3))).toHaveText(/Pending/);
    await expect(badge(rows(page).nth(4))).toHaveText(/Pending/);
    await page.keyboard.press('Control+Shift+z');
    await expect(badge(rows(page).nth(4))).toHaveText(/Verified/);
    await page.keyboard.press('Control+z');
    await expect(badge(rows(page).nth(4))).toHaveText(/Pending/);
    await page.keyboard.press('Escape');
    await expect(page.locator('#multi-count')).toBeHidden();
    await expectSaved(page);

    // ---- Correct a speaker (R) and split a claim (X) ----
    await page.keyboard.press('Home');
    await page.keyboard.press('r');
    const speaker = page.getByRole('dialog', { name: 'Edit the speaker' });
    await expect(speaker).toBeVisible();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Harbour master Tom Reed');
    await page.keyboard.press('Enter');
    await expect(rows(page).nth(0).locator('.speaker-name')).toHaveText('Harbour master Tom Reed');
    await expect(rows(page).nth(0).locator('.row-corrected')).toBeVisible();
    await expect(badge(rows(page).nth(0))).toHaveText(/Verified/);

    await page.keyboard.press('j');
    await expect(page.locator('#inspector-claim')).toHaveText(
      'The coast guard reported record waves of nine metres, according to Reuters.',
    );
    await page.keyboard.press('x');
    const split = page.getByRole('dialog', { name: 'Split the claim' });
    await expect(split.locator('.split-position')).toContainText('according to Reuters');
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(total + 1);
    await expect(rows(page).nth(1).locator('.row-text')).toHaveText(
      'The coast guard reported record waves of nine metres,',
    );
    await expect(rows(page).nth(2).locator('.row-text')).toHaveText('according to Reuters.');
    // The review went with the larger half.
    await expect(badge(rows(page).nth(1))).toHaveText(/Disputed/);
    await expectSaved(page);

    // ---- Filter (/), status filter, clear ----
    await page.keyboard.press('/');
    await expect(page.locator('#filter-text')).toBeFocused();
    await page.keyboard.type('harbour');
    await page.keyboard.press('Enter');
    await expect(page.locator('#filter-shown')).toHaveText(`1 of ${total + 1} claims shown`);
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('.filter-status[data-status="unsourced"]').click();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText('The mayor promised');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows(page)).toHaveCount(total + 1);

    // ---- Re-import an edited version: reviews re-attach, one orphan listed ----
    const edited = STORM.replace('12 ships were stuck offshore', '14 ships were stuck offshore').replace(
      'The mayor promised a full inquiry into the cause of the flooding.',
      'The council will meet on Friday to discuss repairs.',
    );
    await page.keyboard.press('i');
    await page.getByLabel('Article text').fill(`UPDATED 14:00\n\n${edited}`);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByLabel('Save as')).toHaveValue(/.+/);
    await expect(dialog.getByLabel('Save as').locator('option:checked')).toHaveText('Storm closes ports');
    await dialog.getByLabel('Title', { exact: true }).fill('Storm closes ports');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.toast', { hasText: 'New version of' })).toContainText('re-attached');
    await expect(page.locator('.article-body')).toContainText('14 ships were stuck offshore');
    await expect(badge(page.locator('.claim-row', { hasText: '14 ships' }))).toHaveText(/Verified/);
    await expect(page.locator('.claim-row', { hasText: '14 ships' }).locator('.speaker-name')).toHaveText(
      'Harbour master Tom Reed',
    );
    await expect(badge(page.locator('.claim-row', { hasText: 'record waves' }))).toHaveText(/Disputed/);
    await page.getByRole('button', { name: '⚠ 1 orphaned review' }).click();
    const orphans = page.getByRole('dialog', { name: 'Orphaned reviews' });
    await expect(orphans.locator('.orphan-item')).toHaveCount(1);
    await expect(orphans).toContainText('The mayor promised a full inquiry');
    await expect(orphans).toContainText('No inquiry announced by the council.');
    await page.keyboard.press('Escape');

    // ---- History shows who and when ----
    await page.locator('.claim-row', { hasText: 'record waves' }).click();
    await page.locator('details.history > summary').click();
    await expect(page.locator('#history-list')).toContainText('Ana Reviewer');
    await expect(page.locator('#history-list')).toContainText('Pending → Disputed');

    // ---- Help overlay ----
    await page.locator('#checklist').focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');

    // ---- Library: rename (F2), delete (Delete) and undo (Ctrl+Z) ----
    await page.keyboard.press('l');
    const library = page.locator('#library-list');
    await library.getByRole('row', { name: /^Grain Exports/ }).focus();
    await page.keyboard.press('F2');
    await page.getByRole('dialog', { name: 'Rename the article' }).getByLabel('Title').fill('Grain corridor');
    await page.keyboard.press('Enter');
    await expect(library.getByRole('row', { name: /^Grain corridor/ })).toBeVisible();
    await library.getByRole('row', { name: /^Grain corridor/ }).focus();
    await page.keyboard.press('Delete');
    await expect(library.getByRole('row')).toHaveCount(4);
    await page.keyboard.press('Control+z');
    await expect(library.getByRole('row')).toHaveCount(5);
    await expect(library.getByRole('row', { name: /^Grain corridor/ })).toBeVisible();

    // Everything is on disk: reopen and find the marks.
    await desk.reopen();
    await page.keyboard.press('l');
    await expect(page.locator('#library-totals')).toContainText('/ ');
    // 3: the split claim's review went to both halves (issue 14).
    await expect(page.locator('#library-list').getByRole('row', { name: /^Storm closes ports, 3 of/ })).toBeVisible();
    expect(selectedRow).toBeTruthy();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
