import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import {
  DOSSIERS_VI,
  card,
  openApp,
  openScenario,
  openSettings,
  verdict,
  showPanels,
  SUMMARY,
} from './helpers';

const typed = (page: import('@playwright/test').Page) =>
  card(page, DOSSIERS_VI).getByRole('textbox', { name: /Nhập tốc độ/ });

test('saved scenarios survive a reload, reopen, rename and delete', async ({ page }) => {
  await openApp(page);
  await typed(page).fill('3');
  await openSettings(page);
  await page.getByLabel('Tên kịch bản').fill('Kế hoạch nhanh');
  await page.getByRole('button', { name: 'Lưu kịch bản hiện tại' }).click();
  await expect(page.getByText('Đã lưu “Kế hoạch nhanh”.')).toBeVisible();
  await page.reload();
  await expect(page.getByText(SUMMARY)).toBeVisible();
  await openScenario(page);
  await page.getByRole('button', { name: 'Xu hướng' }).click();
  await expect(typed(page)).toHaveValue('0');
  await openSettings(page);
  await page.getByRole('button', { name: 'Mở: Kế hoạch nhanh' }).click();
  await expect(typed(page)).toHaveValue('3');
  await page.getByRole('button', { name: 'Đổi tên: Kế hoạch nhanh' }).click();
  await page
    .getByRole('textbox', { name: /Tên mới|Tên kịch bản/ })
    .last()
    .fill('Kế hoạch A');
  await page.getByRole('button', { name: 'Lưu tên mới: Kế hoạch nhanh' }).click();
  await expect(page.getByRole('button', { name: 'Mở: Kế hoạch A' })).toBeVisible();
  await page.getByRole('button', { name: 'Xóa: Kế hoạch A' }).click();
  await page.getByRole('button', { name: 'Xác nhận xóa: Kế hoạch A' }).click();
  await expect(page.getByText('Chưa có kịch bản nào được lưu trong trình duyệt này.')).toBeVisible();
});

test('full or damaged storage gets a clear message and the scenario on screen stays', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('muc-tieu-so.saved-scenarios', '{ not json');
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'muc-tieu-so.saved-scenarios') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await openApp(page);
  await openSettings(page);
  await expect(page.getByText(/Dữ liệu đã lưu bị hỏng/)).toBeVisible();
  await typed(page).fill('2,5');
  await page.getByLabel('Tên kịch bản').fill('Thử');
  await page.getByRole('button', { name: 'Lưu kịch bản hiện tại' }).click();
  await expect(page.getByText(/Bộ nhớ trình duyệt đã đầy/)).toBeVisible();
  await expect(typed(page)).toHaveValue('2,5');
});

test('compare with the trend: dashed reference, a table per target, and a "what changed" summary', async ({
  page,
}) => {
  await openApp(page);
  await typed(page).fill('3,23');
  await openSettings(page);
  await page.getByLabel('So sánh với').selectOption({ label: 'Xu hướng (mặc định)' });
  await expect(page).toHaveURL(/vs=trend/);
  await showPanels(page);
  const table = page.getByRole('table', { name: /Tham chiếu: Xu hướng/ });
  const row = table.getByRole('row', {
    name: /Tỷ lệ hồ sơ trực tuyến toàn trình \(cả nước\): 50% đến 12\/2024/,
  });
  // The trend has no pace for one figure: the compared scenario claims nothing.
  await expect(row).toContainText('Chưa rõ xu hướng');
  await expect(row).toContainText('Dự kiến đạt · 9/2024'); // 42 + 3.23t ≥ 50 → t = 3 months after 6/2024
  await page.locator('summary').filter({ hasText: 'Những gì thay đổi so với Xu hướng' }).click();
  const summary = page.getByRole('textbox', { name: /Những gì thay đổi so với Xu hướng/ });
  await expect(summary).toHaveValue(/0 điểm %\/tháng → 3,23 điểm %\/tháng/);
  await expect(summary).toHaveValue(
    /50% đến 12\/2024 — tỷ lệ hồ sơ trực tuyến toàn trình \(cả nước\): chưa rõ xu hướng → dự kiến đạt/,
  );
});

test('export: CSV with a BOM for Excel, scenario JSON with its link, PNG of all charts', async ({ page }) => {
  await openApp(page);
  await typed(page).fill('3');
  await showPanels(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải dữ liệu CSV' }).click(),
  ]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Tháng,Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — dự phóng');
  expect(text).toMatch(/\r\n2024-12,60,/); // 42 + 3·6
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải kịch bản JSON' }).click(),
  ]);
  const scenario = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(scenario.query).toContain('r.dossiersFullOnline=3');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải ảnh PNG tất cả biểu đồ' }).click(),
  ]);
  const bytes = await readFile((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000);
  // One chart's own PNG, named by its title without marks.
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải ảnh PNG: Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)' }).click(),
  ]);
  expect(one.suggestedFilename()).toBe('ty-le-ho-so-truc-tuyen-toan-trinh-ca-nuoc.png');
  expect((await readFile((await one.path())!)).subarray(1, 4).toString()).toBe('PNG');
});

test('uncertainty: probability per target, the same link gives the same numbers', async ({
  page,
  context,
}) => {
  await openApp(page, './?v=3&data=2024&r.dossiersFullOnline=1.34&unc=medium&rseed=7');
  const target = verdict(page, DOSSIERS_VI, '50% đến 12/2024');
  const probability = target.getByText(/Xác suất đạt đúng hạn: \d+%/);
  // Bands follow once the page is still, from a worker of their own: allow a busy machine its time.
  await expect(probability).toBeVisible({ timeout: 15_000 });
  const first = await probability.textContent();
  await target.getByText('Chi tiết').click();
  await expect(target).toContainText('Ứng dụng mô phỏng 1.000 đường đi');
  const again = await context.newPage();
  await again.goto(page.url());
  await expect(verdict(again, DOSSIERS_VI, '50% đến 12/2024').getByText(/Xác suất đạt đúng hạn/)).toHaveText(
    first!,
    { timeout: 15_000 },
  );
  // Off: no probability.
  await openSettings(page);
  await page.getByRole('radio', { name: 'Tắt' }).check();
  await expect(probability).toHaveCount(0);
});

test('uncertainty: estimated from data by default, and the card says what it rests on', async ({ page }) => {
  // A rate of one's own (the data give the dossier share no pace, and a band needs a line to spread around).
  await openApp(page, './?v=3&data=2024&r.dossiersFullOnline=1');
  await openSettings(page);
  await expect(page.getByRole('radio', { name: 'Ước lượng từ số liệu' })).toBeChecked();
  await expect(page.getByText(/^Ước lượng từ số liệu\. Độ nhiễu của mức: từ \d+ cặp số liệu/)).toBeVisible();
  const target = verdict(page, DOSSIERS_VI, '50% đến 12/2024');
  await expect(target.getByText(/Xác suất đạt đúng hạn: \d+%/)).toBeVisible();
  await target.getByText('Chi tiết').click();
  await expect(target).toContainText(/Dải ước lượng từ số liệu: \d+ số liệu của chính chỉ tiêu này/);
});
