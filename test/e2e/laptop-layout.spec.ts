// Issue 14 point 4: the desk fits a laptop. At 1024x640, 1280x720 and 1920x1080, light and dark, the article, the
// checklist and the claim panel are side by side inside the window, nothing is cut off, and no control is
// covered. Screenshots go to CLAIMDESK_SHOTS (or the test's output folder) to be looked at.
import type { Page } from '@playwright/test';
import { expectSaved } from './desk-page';
import { expect, test } from './harness';

const SIZES = [
  [1024, 640],
  [1280, 720],
  [1920, 1080],
] as const;

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

function inside(inner: Box, outer: Box, what: string): void {
  expect(inner.x, `${what}: left edge`).toBeGreaterThanOrEqual(outer.x - 0.5);
  expect(inner.y, `${what}: top edge`).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(inner.x + inner.width, `${what}: right edge`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
  expect(inner.y + inner.height, `${what}: bottom edge`).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
}

/** Every visible button, field and menu in the element: inside the viewport, and the topmost thing at its centre. */
async function controlsReachable(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const problems: string[] = [];
    const scope = document.querySelector(rootSelector);
    if (!scope) return [`${rootSelector} missing`];
    const controls = scope.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="listbox"]');
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || c.closest('[hidden]')) continue;
      const label = (c.textContent ?? '').trim().slice(0, 20);
      const name = `${c.tagName.toLowerCase()}#${c.id || ''}.${c.className}:${label}`;
      // Controls scrolled out of their pane are reachable by scrolling it; only clipping by the window counts.
      const pane = c.closest('.pane, .top-bar, .toasts');
      const clip = pane ? pane.getBoundingClientRect() : new DOMRect(0, 0, innerWidth, innerHeight);
      if (r.bottom <= clip.top || r.top >= clip.bottom) continue;
      if (r.left < -0.5 || r.right > innerWidth + 0.5) problems.push(`${name} is cut off at the side`);
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), clip.top + 1), clip.bottom - 1);
      const top = document.elementFromPoint(x, y);
      if (top && top !== c && !c.contains(top) && !top.contains(c)) {
        problems.push(`${name} is covered by ${top.tagName.toLowerCase()}.${(top as HTMLElement).className}`);
      }
    }
    return problems;
  }, root);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const [width, height] of SIZES) {
      test(`the desk fits ${width}x${height} (${colorScheme})`, async ({ desk }, info) => {
        const { page } = desk;
        await page.setViewportSize({ width, height });
        await desk.open();
        // A reviewed claim, a note, a link and a message on screen: the busy case.
        for (const key of ['v', 'j', 'd', 'j']) await page.keyboard.press(key);
        await page.keyboard.press('n');
        await page.keyboard.type('Checked against the agency wire.');
        await page.keyboard.press('Escape');
        await page.keyboard.press('e');
        await page.keyboard.type('https://example.org/wire-copy');
        await page.keyboard.press('Enter');
        await expect(page.locator('.toast')).toHaveCount(0);
        await page.locator('#checklist').focus();
        await page.keyboard.press('Control+z');
        await expect(page.locator('.toast')).toBeVisible();
        await expectSaved(page);
        await page.mouse.move(0, 0);
        // The panel was scrolled to the evidence form; a newly selected claim starts at its top.
        await page.locator('#inspector-pane').evaluate((pane) => (pane.scrollTop = 0));

        const viewport = { x: 0, y: 0, width, height };
        const article = await box(page, '.article-pane');
        const list = await box(page, '.checklist-pane');
        const panel = await box(page, '#inspector-pane');
        for (const [b, what] of [
          [article, 'article'],
          [list, 'checklist'],
          [panel, 'claim panel'],
          [await box(page, '#top-bar'), 'top bar'],
          [await box(page, '#toasts'), 'status line'],
        ] as const)
          inside(b, viewport, what);
        // Side by side: no pane is pushed under another (below the fold).
        expect(list.x).toBeGreaterThanOrEqual(article.x + article.width - 1);
        expect(panel.x).toBeGreaterThanOrEqual(list.x + list.width - 1);
        expect(Math.abs(panel.y - list.y)).toBeLessThan(2);
        // Each pane is usable: the article shows text, the checklist at least three rows, the panel its marks.
        expect(article.width).toBeGreaterThan(280);
        const rowsBox = await box(page, '#checklist');
        expect(rowsBox.height).toBeGreaterThanOrEqual(3 * 84);
        inside(await box(page, '#inspector .mark-buttons'), panel, 'mark buttons');
        inside(await box(page, '#export-button'), viewport, 'export button');
        inside(await box(page, '#import-button'), viewport, 'import button');
        // The message sits in the status line, clear of the selected row and every control.
        const toast = await box(page, '.toast');
        const selected = await box(page, '.claim-row.is-active');
        expect(toast.y).toBeGreaterThanOrEqual(selected.y + selected.height - 0.5);
        for (const root of ['#top-bar', '#desk', '#toasts']) expect(await controlsReachable(page, root)).toEqual([]);
        // Nothing in a row runs past its edge.
        const overflow = await page.evaluate(() => {
          const out: string[] = [];
          for (const row of document.querySelectorAll<HTMLElement>('.claim-row')) {
            const r = row.getBoundingClientRect();
            if (r.bottom < 0 || r.top > innerHeight) continue;
            for (const m of row.querySelectorAll<HTMLElement>('.row-markers > span, .outlet-chip, .status-badge')) {
              if (m.hidden) continue;
              const b = m.getBoundingClientRect();
              if (b.right > r.right + 0.5 || b.bottom > r.bottom + 0.5 || m.scrollWidth > m.clientWidth + 1)
                out.push(`${row.id}: ${m.className} “${m.textContent}”`);
            }
          }
          return out;
        });
        expect(overflow).toEqual([]);
        const dir = process.env.CLAIMDESK_SHOTS ?? info.outputDir;
        await page.screenshot({ path: `${dir}/desk-${width}x${height}-${colorScheme}.png` });
      });
    }
  });
}
