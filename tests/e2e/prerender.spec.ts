import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DOSSIERS_VI, card, openApp, showAllCards, showPanels, SUMMARY } from './helpers';

/**
 * The page's elements as lines (tag, sorted attributes, live properties, text), to compare two renderings.
 * Ids made by `$props.id()` differ by design between server ("s1") and client ("c1"), so they are numbered
 * in order of appearance; a prerendered `<option selected>` attribute is the server's way to say the value.
 */
function canonicalDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const ids = new Map<string, string>();
    const id = (value: string) =>
      value.replace(/\b[sc](\d+)\b/g, (whole) => {
        if (!ids.has(whole)) ids.set(whole, `id${ids.size}`);
        return ids.get(whole)!;
      });
    const walk = (node: Node, depth: number) => {
      const pad = ' '.repeat(depth);
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.nodeValue!.replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${pad}"${text}"`);
        return;
      }
      if (!(node instanceof HTMLElement)) return;
      // A canvas's attributes are Chart.js's (built as it nears the screen), not the page's.
      const attributes = [...node.attributes]
        .filter((a) => node.tagName !== 'CANVAS' && !(a.name === 'selected' && node.tagName === 'OPTION'))
        .map((a) => `${a.name}=${id(a.value)}`)
        .sort();
      const live: string[] = [];
      if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement)
        live.push(`value:${node.value}`);
      if (node instanceof HTMLInputElement) live.push(`checked:${node.checked}`);
      if ('disabled' in node) live.push(`disabled:${String(node.disabled)}`);
      if (node instanceof HTMLDetailsElement) live.push(`open:${node.open}`);
      lines.push(`${pad}${node.tagName} ${attributes.join(' ')} ${live.join(' ')}`);
      for (const child of node.childNodes) walk(child, depth + 1);
    };
    walk(document.querySelector('main')!, 0);
    return lines;
  });
}

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  // The policy must also let the prerendered page's few style attributes through (by hash): a blocked one
  // is a console error, which fails the test (fixtures.ts).
  test('the first screen is in the page itself: readable, with its verdicts, before any script runs', async ({
    page,
  }) => {
    await page.goto('./');
    const headline = card(page, DOSSIERS_VI);
    await expect(headline).toBeVisible();
    await expect(headline).toContainText('Điểm xuất phát: 42% (tháng 6/2024)');
    await expect(headline).toContainText('Chưa rõ xu hướng 50% đến 12/2024');
    await expect(headline).toContainText('Cần ít nhất 1,34 điểm %/tháng từ tháng 6/2024');
    await expect(page.getByText(SUMMARY)).toBeVisible();
    await expect(headline.getByRole('slider')).toBeVisible();
    // The chart's box is laid out already (the chart fills it in later), so nothing below it moves.
    const box = await headline.locator('.chart').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(150);
  });
});

test('hydrating the prerendered page gives the same page as drawing it afresh', async ({ page }) => {
  // A query (here only the link version) makes the app draw the page afresh instead of hydrating it.
  const settled = async (path: string) => {
    await openApp(page, path);
    // Every card and panel built (they are built as they near the screen).
    await showAllCards(page);
    await showPanels(page);
    for (const panel of ['import', 'export', 'share']) {
      await expect(page.locator(`section.tool-panel.${panel}`)).toBeAttached();
    }
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          // Every card mounted and the bands in: nothing left to change on its own.
          const done = () =>
            !document.querySelector('.card-placeholder') && !document.body.innerText.includes('Đang tính');
          const poll = () => (done() ? resolve() : requestAnimationFrame(poll));
          poll();
        }),
    );
    return canonicalDom(page);
  };
  const hydrated = await settled('./');
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
  // The app writes the default view's link into the address bar; reloading it is still the default view.
  await expect(page).toHaveURL(/\?v=3&data=2024$/);
  await page.reload();
  await expect(page.locator('#app[data-live]')).toHaveAttribute('data-prerendered', '');
  const fresh = await settled('./?v=2');
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  expect(hydrated.length).toBeGreaterThan(500);
  expect(hydrated).toEqual(fresh);
});

test('a share link never shows the prerendered default scenario, even before the app starts', async ({
  page,
}) => {
  // Hold the app's script back, to look at the page as it is before it runs.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const link = './?v=3&data=2024&r.dossiersFullOnline=3.23';
  await page.goto(link, { waitUntil: 'commit' });
  await expect(page.locator('#app[data-prerendered]')).toBeAttached();
  await expect(page.locator('html')).toHaveClass(/not-prerendered/);
  await expect(page.locator('#app')).toBeHidden();
  release();
  // Then the link's own scenario is drawn and shown.
  await expect(page.locator('#app[data-live]')).toBeVisible();
  await expect(card(page, DOSSIERS_VI).getByRole('slider')).toHaveValue('3.23');
});
