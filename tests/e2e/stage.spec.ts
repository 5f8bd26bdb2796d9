import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { openApp } from './helpers';

const seriousViolations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);

test('presenter mode: large type, keyboard steps, a sequence that travels in the link', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('button', { name: '▶ Trình chiếu' }).click();
  const presenter = page.getByRole('region', { name: 'Trình chiếu' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(
    'Tỉ lệ hồ sơ trực tuyến toàn trình (cả nước)',
  );
  const fontSize = await presenter.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(
    'Tỷ lệ dịch vụ công trực tuyến (cả nước)',
  );
  // A focused slider keeps its arrow keys: the indicator does not change.
  const slider = presenter.getByRole('slider', { name: /Tốc độ tăng/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(
    'Tỷ lệ dịch vụ công trực tuyến (cả nước)',
  );
  await expect(presenter.getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('0,01');
  await slider.blur();
  await page.keyboard.press('ArrowLeft');

  // Build a two-step sequence and walk it with PageDown/PageUp, as a presentation clicker does.
  await presenter.getByLabel('Ghi chú cho người trình bày').fill('Xu hướng hiện tại');
  await presenter.getByRole('button', { name: 'Thêm kịch bản hiện tại vào trình tự' }).click();
  await presenter.getByRole('textbox', { name: /Nhập tốc độ/ }).fill('3,23');
  await presenter.getByLabel('Ghi chú cho người trình bày').fill('Tốc độ cần cho 100%');
  await presenter.getByRole('button', { name: 'Thêm kịch bản hiện tại vào trình tự' }).click();
  await presenter.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('PageUp');
  await expect(presenter).toContainText('Bước 1/2 Xu hướng hiện tại');
  await expect(presenter.getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('0');
  await page.keyboard.press('PageDown');
  await expect(presenter).toContainText('Bước 2/2 Tốc độ cần cho 100%');
  await expect(presenter.getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('3,23');
  await expect(page).toHaveURL(/present=1/);
  await expect(page).toHaveURL(/seq=/);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Phím tắt khi trình chiếu' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('presenter-1280x720.png') });

  // The link reopens the presenter with the same sequence.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await expect(again.getByRole('region', { name: 'Trình chiếu' })).toContainText('Bước 1/2');
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
});

test('timeline playback runs to the horizon and verdicts flip as deadlines pass', async ({ page }) => {
  await openApp(page, './?v=2&data=seed-2024&present=1&ind=servicesFullOnline&r.servicesFullOnline=2.65');
  const presenter = page.getByRole('region', { name: 'Trình chiếu' });
  await presenter.getByRole('slider', { name: 'Tháng', exact: true }).fill(String(2024 * 12 + 11)); // scrub to 12/2024
  await expect(presenter.locator('output')).toHaveText('12/2024');
  const target = presenter.getByRole('listitem').filter({ hasText: '100% trước 12/2025' });
  await expect(target).toContainText('Chưa tới hạn');
  await presenter.getByRole('combobox', { name: 'Tốc độ phát' }).selectOption('4');
  await presenter.getByRole('button', { name: '▶ Phát' }).click();
  await expect(presenter.locator('output')).toHaveText('12/2026', { timeout: 15_000 });
  await expect(target).toContainText('Đạt');
  await expect(presenter.getByRole('button', { name: '▶ Phát' })).toBeVisible();
});

test('embed view fits 600×400 with the chart, verdicts and a link to the full app', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?v=2&data=seed-2024&embed=1&ind=servicesFullOnline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỷ lệ dịch vụ công trực tuyến (cả nước)');
  await expect(page.getByRole('button', { name: /Trình chiếu/ })).toHaveCount(0);
  await expect(page.locator('canvas')).toHaveCount(1);
  const link = page.getByRole('link', { name: /Mở đầy đủ/ });
  await expect(link).toHaveAttribute('href', /\?v=2&data=seed-2024&ind=servicesFullOnline$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('embed-600x400.png') });
});

test('the share panel offers an iframe snippet of the embed view', async ({ page }) => {
  await openApp(page);
  const snippet = await page.getByLabel('Mã nhúng (iframe)').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/\?v=2&amp;data=seed-2024&amp;embed=1&amp;ind=dossiersFullOnline" width="600" height="400"/,
  );
});

test('print: a one-page A4 summary with charts, verdicts, sources and the link', async ({ page }, info) => {
  await openApp(page, './?v=2&data=seed-2024&r.dossiersFullOnline=3.23');
  // The QR code is drawn a moment after the link settles: wait for it, not for a guessed time.
  await expect(page.locator('.print-summary img.qr')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('figure img')).toHaveCount(2);
  await expect(summary).toContainText('Tốc độ đã chỉnh');
  await expect(summary).toContainText('001 · Phiên họp trực tuyến toàn quốc');
  const path = info.outputPath('summary.pdf');
  await page.pdf({ path, format: 'A4', printBackground: true });
  const pdf = await readFile(path, 'latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
});
