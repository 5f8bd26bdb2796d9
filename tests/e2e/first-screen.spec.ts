import { expect, test } from './fixtures';
import { card, DOSSIERS_VI, openApp, openScenario, openSettings, showAllCards } from './helpers';

// The page answers at a glance: the overview of every scored target opens the simulator, the mission's two
// examples first, every row within the first two screens of a laptop. The headline card follows: its
// chart, slider and rate needed fit one screen together, on a laptop and on a phone.
for (const size of [
  { width: 1280, height: 800, need: '.verdict .key' },
  { width: 390, height: 844, need: '.next-need' },
]) {
  test(`at ${size.width}×${size.height} the overview answers first, then the headline chart, its slider and the rate needed`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size);
    await openApp(page);
    const within = async (
      what: string,
      box: { y: number; height: number } | null,
      top: number,
      bottom: number,
    ) => {
      expect(box, what).not.toBeNull();
      expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(top);
      expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(bottom);
    };
    const overview = page.getByRole('region', { name: 'Tổng quan các mục tiêu' });
    // 100% of services fully online by 12/2025, from 55% (7/2024): 45 / 17 = 2.647 → 2,65, on the first screen.
    const first = overview.getByRole('row').filter({ hasText: '100% đến 12/2025' }).first();
    await expect(first).toContainText('2,65 điểm %/tháng');
    await expect(first).toContainText('Chưa rõ xu hướng');
    await within('first overview row', await first.boundingBox(), 0, size.height);
    if (size.width >= 1000) {
      const rows = overview.locator('tbody tr:not(.group)');
      expect(await rows.count()).toBeGreaterThanOrEqual(18);
      await within('last overview row', await rows.last().boundingBox(), 0, 2 * size.height);
    }
    const headline = card(page, DOSSIERS_VI);
    await headline
      .getByRole('heading')
      .first()
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    const chart = headline.getByRole('img').first();
    await within('chart', await chart.boundingBox(), 0, size.height);
    // Beside its controls (a laptop) the chart takes the height the screen leaves; above them (a phone) it
    // stays short enough for the slider and the need to show too.
    expect((await chart.boundingBox())!.height).toBeGreaterThanOrEqual(size.width >= 1000 ? 240 : 150);
    await within('slider', await headline.getByRole('slider').first().boundingBox(), 0, size.height);
    const typed = headline.getByRole('textbox', { name: /Nhập tốc độ/ });
    await within('typed rate', await typed.boundingBox(), 0, size.height);
    const required = headline.locator(size.need).first();
    await expect(required).toContainText(/ít nhất 1,34 điểm %\/tháng từ (tháng )?6\/2024/);
    await within('rate needed', await required.boundingBox(), 0, size.height);
    const apply = required.getByRole('button', { name: /Áp dụng mức cần thiết/ });
    await within('apply button', await apply.boundingBox(), 0, size.height);
    // Either apply button sets the need: 42 + 1.34·6 = 50.04 reaches 50% by 12/2024.
    await apply.click();
    await expect(typed).toHaveValue('1,34');
    // Nothing runs off the side of the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
      0,
    );
    // Nor off the side of the headline card: it hides its overflow, so a control past its edge (the reset
    // button) would be cut off unseen.
    expect(await headline.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`first-screen-${size.width}x${size.height}.png`) });
  });
}

// The rate inputs have a fixed size (so a drag lays out and paints each input alone): the typed value must
// still show whole, in the page's type and in the presenter's larger type, and the slider sits level with it.
test('the typed rate shows its whole text and the slider is level with it, in the page and the presenter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const [where, url] of [
    ['page', './'],
    ['presenter', './?v=1&data=seed-2024&present=1&vs=trend&r.dossiersFullOnline=1'],
  ] as const) {
    await openApp(page, url);
    const root =
      where === 'page' ? card(page, DOSSIERS_VI) : page.getByRole('region', { name: 'Trình chiếu' });
    const typed = root.getByRole('textbox', { name: /Nhập tốc độ/ });
    await typed.fill('-12,34');
    const shown = await typed.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      return {
        clipped: input.scrollHeight > input.clientHeight || input.scrollWidth > input.clientWidth,
        line: parseFloat(style.lineHeight),
        inner: input.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
      };
    });
    expect(shown.clipped, where).toBe(false);
    expect(shown.inner, `${where}: room for a whole line of text`).toBeGreaterThanOrEqual(shown.line - 0.5);
    const middle = (box: { y: number; height: number } | null) => box!.y + box!.height / 2;
    const slider = root.getByRole('slider').first();
    const offset = middle(await slider.boundingBox()) - middle(await typed.boundingBox());
    expect(Math.abs(offset), `${where}: slider level with the typed rate`).toBeLessThanOrEqual(2);
  }
});

test('every card keeps its chart right under its header, even beside a taller card', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await showAllCards(page);
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('article.card')].map((card) => {
      // From the header's last line (the header box itself may be stretched) to the chart.
      const header = card.querySelector('header')!.lastElementChild!.getBoundingClientRect();
      const chart = card.querySelector('.chart')!.getBoundingClientRect();
      return { card: card.getAttribute('aria-labelledby'), gap: Math.round(chart.top - header.bottom) };
    }),
  );
  expect(gaps.length).toBeGreaterThan(10);
  // The card's own spacing (0.75rem) and nothing else: a card stretched to the height of its row's taller
  // neighbour once shared the extra height among its rows, 250 px of it under the header.
  for (const { card, gap } of gaps) expect(gap, card!).toBeLessThanOrEqual(24);
});

test('hindsight cards keep their lines together beside a taller card', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByRole('button', { name: 'Nhìn lại' }).click();
  const cards = page.locator('.hindsight article');
  await expect(cards.first()).toBeVisible();
  // The space between one line of a card and the next: the card's gap (0.6rem), a margin at most.
  const gaps = await cards.evaluateAll((all) =>
    all.map((card) => {
      const boxes = [...card.children].map((child) => child.getBoundingClientRect());
      const widest = Math.max(...boxes.slice(1).map((box, i) => box.top - boxes[i]!.bottom));
      return { card: card.querySelector('h3')?.textContent, gap: Math.round(widest) };
    }),
  );
  expect(gaps.length).toBeGreaterThan(1);
  for (const { card, gap } of gaps) expect(gap, card!).toBeLessThanOrEqual(16);
});

test('with one bar open, the other folded bar keeps its one-line summary', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const line = async (selector: string) => (await page.locator(selector).boundingBox())!.height;
  const folded = await line('details.settings > summary');
  await openScenario(page);
  // The open bar takes a row of its own; the folded one was squeezed into a narrow column, three lines tall.
  expect(await line('details.settings > summary')).toBeLessThanOrEqual(folded + 1);
  await page.locator('details.scenario-bar > summary').click();
  const scenarioFolded = await line('details.scenario-bar > summary');
  await openSettings(page);
  expect(await line('details.scenario-bar > summary')).toBeLessThanOrEqual(scenarioFolded + 1);
});

for (const lang of ['vi', 'en'] as const) {
  test(`nothing runs off the side of a phone (${lang}), in the simulator and in hindsight`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, lang === 'en' ? './?v=3&data=2024&lang=en' : './');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    // The English title is longer: the header's buttons go under it rather than off the screen.
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The overview's phone columns (target, rate needed, status) fit: the status is never scrolled away.
    const table = page.locator('.overview-panel .scroll');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: lang === 'en' ? 'Hindsight' : 'Nhìn lại' }).click();
    await expect(page.locator('.hindsight article').first()).toBeVisible();
    // A hindsight table wider than the phone scrolls sideways in its own box.
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
}
