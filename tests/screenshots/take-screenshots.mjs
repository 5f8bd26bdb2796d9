// The README's screenshots, taken from a running build: `npm run build && npm run preview`, then
//   node tests/screenshots/take-screenshots.mjs [http://localhost:4173/]
// Any console or page error stops the script: a screenshot of a broken page is no screenshot.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:4173/';
// A province's own figures, beside the national ones (issue 22): its card is scrolled to.
const PROVINCE = encodeURIComponent(
  JSON.stringify({
    v: 1,
    name: 'Tỉnh Bắc Kạn',
    o: {
      dossiersFullOnline: [
        ['2024-12', 30],
        ['2025-06', 38],
      ],
    },
    t: { dossiersFullOnline: [[60, '2026-12']] },
  }),
);
const SHOTS = [
  { file: 'simulator-1280x800.png', query: '?v=3&data=2024', size: [1280, 800] },
  { file: 'simulator-390x844.png', query: '?v=3&data=2024', size: [390, 844] },
  { file: 'simulator-en-1280x800.png', query: '?v=3&data=latest-2026&h=2030-12&lang=en', size: [1280, 800] },
  {
    file: 'presenter-1280x720.png',
    query: '?v=3&data=2024&present=1&r.dossiersFullOnline=1',
    size: [1280, 720],
  },
  {
    file: 'province-1280x800.png',
    query: `?v=3&data=latest-2026&h=2030-12&imp=${PROVINCE}`,
    size: [1280, 800],
    scrollTo: { group: 'Tỉnh Bắc Kạn', card: 'Tỷ lệ hồ sơ trực tuyến toàn trình — Tỉnh Bắc Kạn' },
  },
  {
    file: 'hindsight-1280x800.png',
    query: '?v=3&data=latest-2026&h=2030-12&view=hindsight',
    size: [1280, 800],
  },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.size[0], height: shot.size[1] } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(new URL(shot.query, base).href);
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await page.locator('canvas[data-drawn]').first().waitFor({ state: 'attached' });
    if (shot.scrollTo) {
      const heading = page.getByRole('heading', { name: shot.scrollTo.group, level: 2 });
      await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const card = page.getByRole('article', { name: shot.scrollTo.card });
      await card.locator('canvas[data-drawn]').waitFor({ state: 'attached' });
      await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(1000);
    }
    await page.waitForTimeout(1500); // the bands follow the line once the page is still
    if (errors.length) throw new Error(`${shot.file}: ${errors.join('; ')}`);
    await page.screenshot({ path: new URL(shot.file, import.meta.url).pathname });
    console.log(`wrote tests/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
