import { expect, test } from '@playwright/test';
import { card, DOSSIERS_VI, openApp, pickMonth, SERVICES_VI, verdict } from './helpers';

test('loads in Vietnamese with every indicator and no console error', async ({ page }) => {
  const errors = await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Mục tiêu số' })).toBeVisible();
  // 21 indicators in the seeds; the two levels of the dossier share live inside its card.
  await expect(page.getByRole('article')).toHaveCount(19);
  await expect(page.locator('canvas')).toHaveCount(19);
  expect(errors).toEqual([]);
});

test('dragging the dossier slider changes the verdict for 80% by 12/2025', async ({ page }) => {
  await openApp(page);
  const target = verdict(page, DOSSIERS_VI, '80% trước 12/2025');
  await expect(target).toContainText('Không đạt');
  await expect(target).toContainText('Mức cần thiết: ít nhất 2,12 điểm %/tháng'); // 38/18 = 2.111 → 2.12
  const slider = page.getByLabel(`Tốc độ tăng: ${DOSSIERS_VI}`);
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('textbox', { name: new RegExp(`Nhập tốc độ: ${escape(DOSSIERS_VI)}`) }),
  ).toHaveValue('0,05');
  await slider.fill('3');
  await expect(target).toContainText('Đạt 80% vào 07/2025'); // 42 + 3t ≥ 80 → t = 12.67 → 13 months after 06/2024
});

test('typing the shown required rate flips 100% by 12/2025 to reached', async ({ page }) => {
  await openApp(page);
  const target = verdict(page, DOSSIERS_VI, '100% trước 12/2025');
  await expect(target).toContainText('Không đạt');
  // 58/18 = 3.2222 pp/month, shown rounded up to 3,23.
  await expect(target).toContainText('ít nhất 3,23 điểm %/tháng');
  const typed = card(page, DOSSIERS_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  await typed.fill('3,23');
  await expect(target).toContainText('✓ Đạt');
  await expect(target).toContainText('Đạt 100% đúng hạn 12/2025');
});

test('"Apply required rate" sets the slider and reaches the target', async ({ page }) => {
  await openApp(page);
  const target = verdict(page, SERVICES_VI, '80% trước 12/2025');
  await target.getByRole('button', { name: /Áp dụng mức cần thiết/ }).click();
  await expect(target).toContainText('✓ Đạt');
  // 25/17 = 1.4706 → 1.48
  await expect(card(page, SERVICES_VI).getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('1,48');
});

test('bad typed rates get a message in place and keep the last valid scenario', async ({ page }) => {
  await openApp(page);
  const typed = card(page, DOSSIERS_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  const target = verdict(page, DOSSIERS_VI, '80% trước 12/2025');
  await typed.fill('3');
  await expect(target).toContainText('✓ Đạt');
  await typed.fill('abc');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('“abc” không phải là số');
  await typed.fill('');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('Hãy nhập một số.');
  await typed.fill('50');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('Ngoài khoảng cho phép');
  await expect(target).toContainText('✓ Đạt');
  await typed.fill('2.5'); // a dot works as well as a comma
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toHaveCount(0);
  await expect(target).toContainText('✓ Đạt'); // 42 + 2.5·18 = 87
});

test('presets: "On plan" moves every slider with a target, "Trend" puts them back', async ({ page }) => {
  await openApp(page);
  const services = card(page, SERVICES_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  await page.getByRole('button', { name: 'Theo kế hoạch' }).click();
  await expect(services).toHaveValue('5'); // 80% by 12/2024 from 55% at 07/2024: 25/5
  await expect(page.getByRole('button', { name: 'Theo kế hoạch' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Xu hướng' }).click();
  await expect(services).toHaveValue('0');
});

test('an added observation re-bases the projection and can be removed', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await dossiers.getByText('Số liệu đã công bố').click();
  const form = dossiers.getByRole('form', { name: /Thêm số liệu mới/ });
  await form.getByLabel('Giá trị').fill('120');
  await pickMonth(form, 'Tháng', '2025-06');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(form.getByRole('alert')).toContainText('vượt trần 100');
  await form.getByLabel('Giá trị').fill('60');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(dossiers).toContainText('Điểm xuất phát: 60% (06/2025)');
  // From 60% at 06/2025, 100% by 12/2025 needs 40/6 = 6.667 → 6.67
  await expect(verdict(page, DOSSIERS_VI, '100% trước 12/2025')).toContainText('ít nhất 6,67');
  await dossiers.getByRole('button', { name: 'Xóa số liệu 06/2025' }).click();
  await expect(dossiers).toContainText('Điểm xuất phát: 42% (06/2024)');
});

test('adults using online services asks for a baseline instead of inventing one', async ({ page }) => {
  await openApp(page);
  const adults = card(page, 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến');
  await expect(
    verdict(page, 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến', '40% trước 12/2024'),
  ).toContainText('Chưa có số liệu');
  const form = adults.getByRole('form', { name: /Thêm số liệu mới/ });
  await pickMonth(form, 'Tháng', '2024-12');
  await form.getByLabel('Giá trị').fill('30');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(
    verdict(page, 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến', '50% trước 12/2025'),
  ).toContainText(
    'ít nhất 1,67', // (50 − 30) / 12
  );
});

test('every number opens its source: document, date and exact quote', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await dossiers.getByText('Số liệu đã công bố').click();
  await dossiers.getByRole('button', { name: `Nguồn của ${DOSSIERS_VI}: 42% (06/2024)` }).click();
  await expect(dossiers).toContainText(
    '«tỉ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ thủ tục hành chính) cả nước đạt 42%»',
  );
  await expect(dossiers).toContainText('001_8843b81c2f55e9ba.txt');
  await verdict(page, DOSSIERS_VI, '100% trước 12/2025')
    .getByRole('button', { name: /Nguồn của 100%/ })
    .click();
  await expect(dossiers).toContainText(
    '«Phấn đấu đến năm 2025, 100% dịch vụ công trực tuyến được thực hiện toàn trình»',
  );
  await expect(dossiers).toContainText('Mục tiêu đếm DỊCH VỤ; đường này đếm HỒ SƠ.');
});

test('split by level: two sliders drive the national line and the weight is stated', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await dossiers.getByLabel('Tách theo cấp (bộ, ngành và địa phương)').check();
  await expect(dossiers).toContainText('Cả nước = 0,568 × bộ, ngành + 0,432 × địa phương');
  await expect(dossiers.getByRole('slider')).toHaveCount(2);
  // 100% by 12/2025 needs localities to climb 83 points in 18 months: 4.611 → 4.62 at both levels.
  await expect(verdict(page, DOSSIERS_VI, '100% trước 12/2025')).toContainText(
    'Mức cần thiết (cả hai cấp): ít nhất 4,62',
  );
});

function escape(text: string) {
  return text.replace(/[()]/g, '\\$&');
}
