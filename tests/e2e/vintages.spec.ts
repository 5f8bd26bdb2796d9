import { expect, test } from './fixtures';
import { card, DOSSIERS_VI, openApp, openSettings, openVerdict, verdict, showCard } from './helpers';

test('switching to the latest vintage re-bases on the newest figures and changes verdicts', async ({
  page,
}, info) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await openSettings(page);
  await expect(page.getByRole('radio', { name: 'Số liệu gốc 2024' })).toBeChecked();
  await expect(page.getByText(/chưa có số liệu cho: .*điện thoại thông minh/i)).toBeVisible();
  const target = await openVerdict(verdict(page, DOSSIERS_VI, '50% đến 12/2024'));
  await expect(target).toContainText('ít nhất 1,34 điểm %/tháng từ tháng 6/2024'); // (50 − 42) / 6, forward from mid-2024
  await expect(page.getByRole('note').filter({ hasText: 'Kết quả tính đến 7/2024' })).toBeVisible();

  await page.getByRole('radio', { name: 'Số liệu mới nhất' }).check();
  await expect(dossiers).toContainText('Điểm xuất phát: 51,7% (tháng 11/2025)');
  // The latest vintage speaks from its own month (2/2026): the 2024 target is judged by what was reported.
  await expect(page.getByRole('note').filter({ hasText: 'Kết quả tính đến 2/2026' })).toBeVisible();
  await openVerdict(target);
  await expect(target).toContainText('Hạn tháng 12/2024 đã qua');
  await expect(target).toContainText('✗ Chưa đạt');
  await expect(target.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
  await expect(target).toContainText('45,8%');
  await expect(dossiers).toContainText('Chuỗi số liệu thay đổi từ tháng 7/2025');

  // Fibre: 79.6 (12/2023), 82.2, 82.4, 85.1, 87.6 every 6 months, no break → least squares over all five:
  // months −12…12 around the mean, Σdx·dy = 113.4, Σdx² = 360 → 0.315 pp/month (floating point may show 0,31).
  const fibre = await showCard(page, 'Hộ gia đình dùng Internet cáp quang băng rộng');
  await expect(fibre).toContainText('Điểm xuất phát: 87,6% (tháng 12/2025)');
  await expect(fibre.getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue(/^0,3[12]$/);
  await fibre.getByText('Số liệu đã công bố').click();
  await fibre.getByRole('button', { name: /Nguồn của 87,6% \(12\/2025\)/ }).click();
  await expect(fibre).toContainText('«Tỷ lệ hộ gia đình sử dụng cáp quang đạt 87,6% năm 2025.»');
  await expect(fibre.getByRole('link', { name: /vneconomy\.vn/ })).toBeVisible();
  await dossiers.screenshot({ path: info.outputPath('dossiers-latest.png') });
});

test('hindsight: the mid-2024 projection against what was reported, one click away', async ({
  page,
}, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Nhìn lại', exact: true }).click();
  const dossiers = page.getByRole('article', { name: DOSSIERS_VI });
  await expect(dossiers).toContainText('Số liệu 2024 chỉ có một điểm nên đường dự phóng đi ngang.');
  const row = dossiers.getByRole('row', { name: /12\/2024/ });
  await expect(row).toContainText('42%'); // flat projection from 42% (6/2024)
  await expect(row).toContainText('45,8%'); // reported for 2024
  await expect(row).toContainText('+3,8 điểm %');
  // Each target on its own measure: the dossier target by the dossier figure reported by its deadline.
  await expect(dossiers.getByRole('listitem').filter({ hasText: '50% đến 12/2024' })).toContainText(
    'Chưa đạt — theo số liệu tháng 12/2024: 45,8%',
  );
  await expect(dossiers.getByRole('listitem').filter({ hasText: '100% đến 12/2025' })).toHaveCount(0);
  const fibre = page.getByRole('article', { name: 'Hộ gia đình dùng Internet cáp quang băng rộng' });
  // The seeds' only stated fibre figure is 82.2% (79.6% rests on reading "tăng 2,6%" as points), so the
  // projection is flat: 82.2% promised for 12/2025, 87.6% reported.
  await expect(fibre.getByRole('row', { name: /12\/2025/ })).toContainText('82,2%');
  await expect(fibre.getByRole('row', { name: /12\/2025/ })).toContainText('+5,4 điểm %');
  // The seed-era bands, each estimated without its own indicator, scored against what was reported since.
  await expect(page.getByText(/^\d+ trên \d+ số liệu công bố sau rơi vào khoảng 10–90%/)).toBeVisible();
  await expect(fibre.getByRole('columnheader', { name: 'Trong dải 10–90%' })).toBeVisible();
  await expect(fibre.getByRole('row', { name: /12\/2025/ })).toContainText(/[✓✗]/);
  await page.screenshot({ path: info.outputPath('hindsight.png'), fullPage: false });
});
