import { expect, test } from './fixtures';
import { card, DOSSIERS_VI, openApp, verdict, showCard, showPanels } from './helpers';

test('a province imports its own figures: errors by row first, then a clean file applies and travels', async ({
  page,
  context,
}) => {
  await openApp(page);
  await showPanels(page);
  const panel = page.getByRole('region', { name: 'Nhập số liệu của tỉnh, bộ' });
  const paste = panel.getByLabel('Hoặc dán nội dung tệp');
  await paste.fill(
    [
      'indicator;month;value',
      'dossiersFullOnline;06/2025;23,5',
      'nope;2025-06;10',
      'fibreHouseholds;2025-13;70',
      'fibreHouseholds;2025-06;120',
      'dossiersFullOnline;2025-06;24',
    ].join('\n'),
  );
  await panel.getByLabel('Tên bộ số liệu').fill('Tỉnh Bắc Kạn, số liệu 2025');
  await panel.getByRole('button', { name: 'Kiểm tra và áp dụng' }).click();
  await expect(panel).toContainText('Tệp có 4 lỗi; chưa áp dụng gì:');
  await expect(panel).toContainText('Dòng 3: chỉ tiêu “nope” không có trong ứng dụng');
  await expect(panel).toContainText('Dòng 4: cột month: tháng “2025-13” không hợp lệ');
  await expect(panel).toContainText('Dòng 5: cột value: 120 vượt trần của chỉ tiêu');
  await expect(panel).toContainText('Dòng 6: trùng chỉ tiêu và tháng với một dòng trước');
  // Nothing applied: the national baseline is still on screen.
  await expect(card(page, DOSSIERS_VI)).toContainText('Điểm xuất phát: 42% (tháng 6/2024)');

  await paste.fill(
    'indicator;month;value;target_value;target_deadline\ndossiersFullOnline;06/2025;23,5;60;12/2026',
  );
  await panel.getByRole('button', { name: 'Kiểm tra và áp dụng' }).click();
  await expect(panel).toContainText('Đã áp dụng “Tỉnh Bắc Kạn, số liệu 2025”: 1 số liệu.');
  // Beside, not instead: the national figures stay, the province gets a card of its own, first.
  const PROVINCE = 'Tỷ lệ hồ sơ trực tuyến toàn trình — Tỉnh Bắc Kạn, số liệu 2025';
  await expect(card(page, DOSSIERS_VI)).toContainText('Điểm xuất phát: 42% (tháng 6/2024)');
  await expect(await showCard(page, PROVINCE)).toContainText('Điểm xuất phát: 23,5% (tháng 6/2025)');
  await expect(page.locator('article').first()).toHaveAccessibleName(PROVINCE);
  // Its chart shows the national figures beside its own.
  await expect(card(page, PROVINCE).getByRole('list', { name: 'Chú giải' })).toContainText('Số liệu cả nước');
  // The province's own target: 60% by 12/2026 from 23.5% in 06/2025 needs 36.5/18 = 2.028 → 2.03.
  await expect(verdict(page, PROVINCE, '60% đến 12/2026')).toContainText('ít nhất 2,03');
  await expect(page).toHaveURL(/imp=/);

  // The planner moves her province's rate, then chooses to show its figures in place of the national ones:
  // the rate follows her province's line.
  const slider = card(page, PROVINCE).getByRole('slider').first();
  await slider.fill('1.5');
  await expect(page).toHaveURL(/r\.dossiersFullOnlineImport=1\.5/);
  await panel.getByRole('radio', { name: 'Thay cho số liệu cả nước' }).check();
  await expect(card(page, PROVINCE)).toHaveCount(0);
  await expect(card(page, DOSSIERS_VI)).toContainText('Điểm xuất phát: 23,5% (tháng 6/2025)');
  await expect(page).toHaveURL(/impmode=replace/);
  await expect(page).toHaveURL(/r\.dossiersFullOnline=1\.5/);
  await expect(page.getByRole('note').getByText(/dùng thay số liệu cả nước/)).toBeVisible();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(card(shared, DOSSIERS_VI)).toContainText('Điểm xuất phát: 23,5% (tháng 6/2025)');
  await showPanels(shared);
  await expect(shared.getByText('Đang dùng số liệu nhập: “Tỉnh Bắc Kạn, số liệu 2025”.')).toBeVisible();
  await expect(shared.getByRole('radio', { name: 'Thay cho số liệu cả nước' })).toBeChecked();

  // Removing the file brings the national figures back, with their own rate.
  await panel.getByRole('button', { name: 'Bỏ số liệu đã nhập' }).click();
  await expect(card(page, DOSSIERS_VI)).toContainText('Điểm xuất phát: 42% (tháng 6/2024)');
  await expect(page).not.toHaveURL(/imp|r\.dossiersFullOnline/);
});
