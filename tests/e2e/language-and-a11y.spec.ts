import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import indicatorsJson from '../../seeds/indicators.json' with { type: 'json' };
import { en } from '../../src/i18n/strings-en';
import { vi } from '../../src/i18n/strings-vi';
import {
  card,
  openApp,
  openScenario,
  openVerdict,
  pickMonth,
  verdict,
  showAllCards,
  showPanels,
} from './helpers';

/** Fixed Vietnamese strings (no placeholders) absent from their English counterpart (the brand name stays). */
const viOnly = (Object.keys(vi) as (keyof typeof vi)[])
  .filter((key) => !vi[key].includes('{') && !en[key].includes(vi[key]) && vi[key].length >= 4)
  .map((key) => vi[key]);
const viDataNames = indicatorsJson.indicators.map((i) => i.name.vi);

test('the English toggle changes every visible string, numbers and dates included', async ({ page }) => {
  await openApp(page);
  // Every card and panel built, so all their text is checked.
  await showAllCards(page);
  await showPanels(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const services = 'Online public services rate (national)';
  await expect(verdict(page, services, '100% by Dec 2025')).toContainText(
    'Needs at least 2.65 pp/month from Jul 2024', // 45/17 = 2.647, rounded up
  );
  // Open every disclosure so hidden text is checked too.
  for (const summary of await page.locator('summary').all()) await summary.click();
  // The brand name "Mục tiêu số" stays in both languages.
  const text = (await page.locator('body').innerText()).replaceAll(vi.appTitle, '');
  const leftovers = [...viOnly, ...viDataNames].filter((s) => text.includes(s));
  expect(leftovers).toEqual([]);
  await expect(card(page, 'Households on fibre broadband')).toContainText('Starting point: 82.2% (Jun 2024)');
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(card(page, 'Hộ gia đình dùng Internet cáp quang băng rộng')).toContainText(
    'Điểm xuất phát: 82,2% (tháng 6/2024)',
  );
});

test('month pickers speak the page language and move "today"', async ({ page }) => {
  await openApp(page);
  await openScenario(page);
  const reference = page.getByRole('group', { name: 'Kết quả tính đến tháng' });
  const months = reference.getByRole('combobox', { name: 'Tháng', exact: true });
  // Names from Intl in the page language, whatever the browser's own language.
  await expect(months.getByRole('option').nth(11)).toHaveText(/^tháng 12$/i);
  await pickMonth(page, 'Kết quả tính đến tháng', '2025-06');
  await expect(page).toHaveURL(/2025-06/);
  // With today at 6/2025, the 12/2024 target's deadline has passed and the 12/2025 one has not.
  const services80 = await openVerdict(
    verdict(page, 'Tỷ lệ dịch vụ công trực tuyến (cả nước)', '80% đến 12/2024'),
  );
  await expect(services80).toContainText('Hạn tháng 12/2024 đã qua');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const en = page.getByRole('group', { name: 'Results as of' });
  await expect(en.getByRole('combobox', { name: 'Month', exact: true })).toHaveValue('5');
  await expect(
    en.getByRole('combobox', { name: 'Month', exact: true }).getByRole('option').nth(11),
  ).toHaveText('December');
  await expect(en.getByRole('combobox', { name: 'Year', exact: true })).toHaveValue('2025');
});

for (const lang of ['vi', 'en'] as const) {
  test(`axe finds no serious or critical violation (${lang})`, async ({ page }) => {
    // The whole page with its overview table: axe takes a while on a busy 2-core machine.
    test.setTimeout(90_000);
    await openApp(page);
    if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
  });
}

// Lighthouse's mobile audit runs axe's target-size rule (WCAG 2.2, 2.5.8): every link and button at
// least 24 × 24 px, or far enough from its neighbours that 24-px circles around them do not overlap.
// Checked on first load, as Lighthouse does: cards far below are still skipped (content-visibility), so
// their content must not spill over the next card's. 412 × 823 is Lighthouse's phone (Moto G Power).
for (const viewport of [
  { width: 390, height: 844 },
  { width: 412, height: 823 },
]) {
  test(`every link and button is a 24-px target at ${viewport.width}×${viewport.height} (axe target-size)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const tooSmall = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    );
    expect(tooSmall).toEqual([]);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`screenshot at ${viewport.width}×${viewport.height} with nothing wider than the screen`, async ({
    page,
  }, info) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`page-${viewport.width}x${viewport.height}.png`) });
    await page.screenshot({
      path: info.outputPath(`page-${viewport.width}x${viewport.height}-full.png`),
      fullPage: true,
    });
  });
}
