// Hostile input through the window's doors (issue 8): a representative payload of every corpus category goes in
// through the paste dialog (text and title), a dropped .md and .html file, the note field, an evidence link's
// title, and the report preview. A page-level trap records any script run, CSP violations are counted apart,
// Playwright's request log must stay on the app's origin, and the typed text must still be shown as text.
import { enormousPayloads, representativePayloads, REMOTE_HOST } from '../fixtures/hostile/corpus';
import { confirmImport, dropFile, expectSaved, noteField, pasteArticle } from './desk-page';
import { APP_ORIGIN, expect, test } from './harness';
import { installHostileProbe } from './hostile-probe';

const PICKED = representativePayloads([
  'script-plain',
  'script-split',
  'on-img-error',
  'on-focus-autofocus',
  'url-js-href',
  'url-data-iframe',
  'svg-foreignobject',
  'svg-onload',
  'math-mglyph-mxss',
  'css-import',
  'css-style-attr',
  'remote-img',
  'remote-meta-refresh',
  'remote-base-href',
  'md-js-link',
  'md-remote-image',
  'md-html-block',
  'proto-root',
  'uni-rlo',
  'uni-zero-width-scheme',
  'uni-lone-high',
  'ctl-crlf-mix',
]);
const HUGE = enormousPayloads(0.02).find((p) => p.id === 'huge-one-line-sentences')!;
const CATEGORIES = new Set([...PICKED.map((p) => p.category), HUGE.category]);

const ARTICLE = [
  'Minister Denies Report',
  ...PICKED.map(
    (p) =>
      `The minister said on Tuesday that ${p.id} was false ${p.payload.replace(/\r\n?|\n/g, ' ')} ` +
      `according to Reuters.`,
  ),
  HUGE.payload,
].join('\n\n');

test('every category of hostile payload stays text in every door of the window', async ({ desk }) => {
  test.setTimeout(120_000);
  expect(CATEGORIES.size).toBeGreaterThanOrEqual(11);
  const { page } = desk;
  const probe = await installHostileProbe(page);
  await desk.open();
  const answer = page.getByLabel('Who is reviewing?');
  if (await answer.isVisible().catch(() => false)) {
    await answer.fill('Ana <img src=x onerror="__hostileTrap(\'reviewer\')">');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  // Paste, with a hostile title.
  const title = `Title ${PICKED[0]!.payload} ${PICKED.find((p) => p.id === 'on-img-error')!.payload}`;
  await pasteArticle(page, title, ARTICLE);
  await expect(page.locator('#article-title')).toContainText("Title <script>__hostileTrap('script-plain')</script>");
  const body = page.locator('.article-body');
  await expect(body).toContainText("<script>__hostileTrap('script-plain')</script>");
  await expect(body).toContainText("[click me](javascript:__hostileTrap('md-js-link'))");
  await expect(body).toContainText('<meta http-equiv="refresh"');
  await expect(body).toContainText('{"__proto__":{"hostilePolluted":"yes"}}');
  await expect(
    page.locator(
      '.article-body :is(script, img, iframe, svg, math, style, link, meta, base, object, embed, ' +
        'form, input, video, audio)',
    ),
  ).toHaveCount(0);

  // The note and an evidence link's title, on the first claim.
  await page.locator('#checklist').focus();
  await page.keyboard.press('n');
  await expect(noteField(page)).toBeFocused();
  const note = PICKED.slice(0, 12)
    .map((p) => p.payload)
    .join('\n');
  await noteField(page).fill(note);
  await page.keyboard.press('Escape');
  await page.keyboard.press('d');
  await page.keyboard.press('e');
  await expect(page.locator('#evidence-url')).toBeFocused();
  await page.locator('#evidence-url').fill('https://example.com/source');
  await page
    .locator('#evidence-title')
    .fill(
      `${PICKED.find((p) => p.id === 'md-remote-image')!.payload} ` +
        `${PICKED.find((p) => p.id === 'svg-onload')!.payload}`,
    );
  await page.keyboard.press('Enter');
  await expect(page.locator('#evidence-list')).toContainText('![chart](http://attacker.invalid/md.png)');
  await expect(page.locator('#evidence-list :is(img, svg, script)')).toHaveCount(0);
  // A javascript: evidence link is refused in the window.
  await page.keyboard.press('e');
  await page.locator('#evidence-url').fill("javascript:__hostileTrap('evidence-url')");
  await page.keyboard.press('Enter');
  await expect(page.locator('#evidence-list a[href^="javascript" i]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await desk.reopen();
  await expect(noteField(page)).toHaveValue(note.replace(/\r\n?/g, '\n'));

  // Dropped .md and .html files with every picked payload.
  const md =
    `# Dropped ` +
    `${PICKED[0]!.payload}\n\n${PICKED.map((p) => `Officials said ${p.id} stands.\n\n${p.payload}`).join('\n\n')}\n`;
  await dropFile(page, 'hostile.md', md);
  await confirmImport(page, { replace: '' });
  await expect(
    page.locator(
      '.article-body :is(script, img, iframe, svg, math, style, link, meta, base, object, embed, form, input)',
    ),
  ).toHaveCount(0);
  const baseHref = PICKED.find((p) => p.id === 'remote-base-href')!.payload;
  const paragraphs = PICKED.map(
    (p) =>
      `<p>Officials said ${p.id} stands, according to Reuters, with details that run long enough to count as an ` +
      `article paragraph.</p>${p.payload}`,
  ).join('\n');
  const html =
    `<!doctype html><html><head><title>Dropped ${PICKED[0]!.payload}</title>${baseHref}</head>` +
    `<body><article>${paragraphs}</article></body></html>`;
  await dropFile(page, 'hostile.html', html, 'text/html');
  await confirmImport(page, { replace: '' });
  await expect(page.locator('.article-body')).toContainText('Officials said script-plain stands');
  await expect(
    page.locator(
      '.article-body :is(script, img, iframe, svg, math, style, link, meta, base, object, embed, form, input)',
    ),
  ).toHaveCount(0);

  // Back to the pasted article: the report preview (Markdown and HTML).
  await page.keyboard.press('l');
  // Fill the search box itself: typed letters elsewhere would be shortcuts ("i" imports).
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Title');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verification report' });
  await expect(dialog).toBeVisible();
  const preview = page.locator('.report-preview');
  await expect(preview).toContainText("__hostileTrap('script-plain')");
  for (const format of ['html', 'md', 'csv', 'json', 'claimreview']) {
    const select = dialog.getByLabel('Format', { exact: true });
    if (await select.count()) await select.selectOption(format).catch(() => undefined);
    await expect(
      preview.locator(
        ':is(script, img, iframe, object, embed, form, input, [onerror], [onload], [onmouseover], ' +
          '[onfocus], a[href^="javascript" i], a[href^="data" i])',
      ),
    ).toHaveCount(0);
  }
  await page.keyboard.press('Escape');

  await page.waitForTimeout(300); // let any deferred handler (onerror, autofocus, meta refresh) fire before counting
  expect(await probe.runs()).toEqual([]);
  expect(probe.console.filter((l) => l.includes('HOSTILE'))).toEqual([]);
  // CSP violations are attempts the policy stopped; the window should not even have made them.
  expect(await probe.cspViolations()).toEqual([]);
  expect(desk.offOrigin).toEqual([]);
  expect(probe.requests.filter((u) => !u.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  expect(probe.requests.some((u) => u.includes(REMOTE_HOST))).toBe(false);
  expect(page.url()).toBe(`${APP_ORIGIN}/index.html`);
});

test('a pasted text with a NUL byte is refused with the message, and nothing runs', async ({ desk }) => {
  const { page } = desk;
  const probe = await installHostileProbe(page);
  await desk.open();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByLabel('Article text').fill("The minister said\u0000 it <img src=x onerror=__hostileTrap('nul')>");
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('alert')).toContainText('looks like a binary file, not an article in text');
  expect(await probe.runs()).toEqual([]);
  expect(desk.offOrigin).toEqual([]);
});

// A dropped file is read in the window with File.text(), which decodes UTF-8 only: a Latin-1 file loses its
// accents to U+FFFD and a UTF-16 file (with a BOM) is refused as "binary", while the same files opened through the
// File menu are decoded by main/import/decode.ts. Expected: the drop reads the bytes as the menu does.
test('a dropped Latin-1 or UTF-16 file is read as the text it holds (as the File menu reads it)', async ({ desk }) => {
  const { page } = desk;
  await desk.open();
  await page.evaluate(() => {
    const latin1 = new Uint8Array(
      [...'Caf']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...' owners said rents rose, according to Reuters.'].map((c) => c.charCodeAt(0)),
        ),
    );
    const transfer = new DataTransfer();
    transfer.items.add(new File([latin1], 'latin1.txt', { type: 'text/plain' }));
    const target = document.querySelector('.article-scroll') ?? document.body;
    for (const kind of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await expect(dialog.locator('#import-text-preview')).toContainText('Café owners said');
});
