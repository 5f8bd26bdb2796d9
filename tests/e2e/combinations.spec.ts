import type { Page } from '@playwright/test';
import indicatorsJson from '../../seeds/indicators.json' with { type: 'json' };
import laterJson from '../../seeds/later-figures.json' with { type: 'json' };
import { expect, test } from './fixtures';

// Every state a user can reach, walked through its address: data vintage (the 2024 data, the latest, an
// imported province file) × view (simulator, hindsight) × language × mode (page, presenter, print, and the
// embed of each indicator of that vintage). Any console or page error fails (fixtures.ts), and each state
// must draw its charts.

const IMPORT = JSON.stringify({
  v: 1,
  name: 'Tỉnh X',
  o: { dossiersFullOnline: [['2025-06', 60]] },
  t: { dossiersFullOnline: [[80, '2025-12']] },
});
const VINTAGES = [
  { name: '2024', query: 'data=2024' },
  { name: 'latest', query: 'data=latest-2026&h=2030-12' },
  { name: 'imported', query: `data=2024&imp=${encodeURIComponent(IMPORT)}` },
];
const seedIds = indicatorsJson.indicators.map((i) => i.id);
const latestIds = [...seedIds, ...laterJson.indicators.map((i) => i.id)];

/** Waits until the page is live and at least one chart inside `scope` is drawn. */
async function drawn(page: Page, scope: string) {
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator(`${scope} canvas[data-drawn]`).first()).toBeAttached({ timeout: 15_000 });
}

for (const vintage of VINTAGES) {
  test(`${vintage.name} data: simulator and hindsight × vi/en × page, presenter and print`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const view of ['simulator', 'hindsight'] as const)
      for (const lang of ['vi', 'en'] as const) {
        const base = `./?v=3&${vintage.query}${view === 'hindsight' ? '&view=hindsight' : ''}${lang === 'en' ? '&lang=en' : ''}`;
        await page.goto(base);
        await drawn(page, 'main');
        if (view === 'simulator')
          await expect(page.locator('.overview-panel tbody tr').first()).toBeVisible();
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.print-summary table').first()).toBeAttached();
        await page.emulateMedia({ media: 'screen' });
        await page.goto(`${base}&present=1`);
        await drawn(page, '.presenter');
      }
  });

  test(`${vintage.name} data: the embed of each of its indicators`, async ({ page }) => {
    test.setTimeout(240_000);
    // The imported file's line beside the national one is an indicator of that state too.
    const ids =
      vintage.name === 'latest'
        ? latestIds
        : vintage.name === 'imported'
          ? ['dossiersFullOnlineImport', ...seedIds]
          : seedIds;
    for (const [k, id] of ids.entries()) {
      // Both languages, alternating: each indicator once, each language for half of them.
      const lang = k % 2 ? '&lang=en' : '';
      await page.goto(`./?v=3&${vintage.query}${lang}&embed=1&ind=${id}`);
      await drawn(page, '');
    }
  });
}

test('the latest figures, then hindsight, from the first screen’s buttons (the reported blank page)', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await page.getByRole('button', { name: 'Xem số liệu mới nhất' }).click();
  await page.getByRole('button', { name: 'Nhìn lại' }).click();
  await drawn(page, '.hindsight');
  await expect(page.getByText(/Chỉ có trong số liệu mới nhất/)).toBeVisible();
});
