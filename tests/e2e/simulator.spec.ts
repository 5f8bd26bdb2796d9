import { expect, test } from './fixtures';
import {
  DOSSIERS_VI,
  SERVICES_VI,
  card,
  openApp,
  openScenario,
  openVerdict,
  pickMonth,
  verdict,
  showAllCards,
  showCard,
} from './helpers';

test('loads in Vietnamese with every indicator and no console error', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Mục tiêu số' })).toBeVisible();
  // 21 indicators in the seeds; the two levels of the dossier share live inside its card. Cards off the
  // first screen are built as they near it.
  await showAllCards(page);
  await expect(page.getByRole('article')).toHaveCount(19);
  await expect(page.locator('canvas')).toHaveCount(19);
});

test('a fresh load answers forward from the month of its data, with the rate each target needs', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('note').filter({ hasText: 'Kết quả tính đến 7/2024' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xem số liệu mới nhất' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hôm nay' })).toBeVisible();
  // Every seed deadline (12/2024, 12/2025) lies ahead of 7/2024: none reads as passed.
  await expect(page.getByText(/Hạn tháng .* đã qua/)).toHaveCount(0);
  await expect(verdict(page, SERVICES_VI, '100% đến 12/2025')).toContainText(
    'Cần ít nhất 2,65 điểm %/tháng từ tháng 7/2024',
  );
  // The dossier line carries the dossier target and scores it; the services targets are context only.
  await expect(verdict(page, DOSSIERS_VI, '50% đến 12/2024')).toContainText('ít nhất 1,34');
  await expect(verdict(page, DOSSIERS_VI, '80% đến 12/2024').last()).toContainText('Tham khảo');
});

test('dragging the dossier slider changes the verdict for the dossier target, 50% by 12/2024', async ({
  page,
}) => {
  await openApp(page);
  const target = await openVerdict(verdict(page, DOSSIERS_VI, '50% đến 12/2024'));
  // One figure, no pace: the trend scenario claims nothing, and the answer is the rate needed.
  await expect(target).toContainText('Chưa rõ xu hướng');
  await expect(target).not.toContainText('chưa đạt');
  // (50 − 42) / 6 = 1.333 → 1.34, counted from the dossier share's own figure of 6/2024.
  await expect(target).toContainText('Cần ít nhất 1,34 điểm %/tháng từ tháng 6/2024');
  const slider = page.getByLabel(`Tốc độ tăng: ${DOSSIERS_VI}`);
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('textbox', { name: new RegExp(`Nhập tốc độ: ${escape(DOSSIERS_VI)}`) }),
  ).toHaveValue('0,05');
  await slider.fill('3');
  await expect(target).toContainText('dự kiến đạt 50% vào tháng 9/2024'); // 42 + 3t ≥ 50 → t = 2.67 → 3 months after 6/2024
});

test('a chart moved by its slider looks as a fresh page draws the same scenario, bands included', async ({
  page,
  context,
}) => {
  // A slider step redraws only the moved lines over bitmaps of the rest; its band arrives the same way.
  // Whatever the path, the picture must be the one a chart drawn from scratch shows.
  await openApp(page);
  const slider = page.getByLabel(`Tốc độ tăng: ${DOSSIERS_VI}`);
  for (const value of ['0.6', '1.3', '2.4']) await slider.fill(value);
  await expect(page).toHaveURL(/r\.dossiersFullOnline=2\.4/);
  const fresh = await context.newPage();
  await openApp(fresh, page.url());
  const pixels = (on: typeof page) =>
    card(on, DOSSIERS_VI)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => (canvas.dataset['drawn'] ? canvas.toDataURL() : null));
  // Both pages settle (first draw, then the band). Lines drawn onto a layer and then copied round their
  // edges' colours by a few units (out of 255) against lines drawn in place; a missing or misplaced line,
  // band, label or tick differs by far more.
  await expect
    .poll(
      async () => {
        const [moved, drawn] = await Promise.all([pixels(page), pixels(fresh)]);
        return moved && drawn ? fresh.evaluate(largestChannelDifference, [moved, drawn]) : 255;
      },
      { timeout: 20_000 },
    )
    .toBeLessThanOrEqual(8);
  await fresh.close();
});

/** In a page: the largest difference of one channel between two same-sized images, as seen on white (255 if sizes differ). */
async function largestChannelDifference([a, b]: string[]): Promise<number> {
  const load = (src: string) =>
    new Promise<HTMLImageElement>((resolve) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.src = src;
    });
  const [first, second] = await Promise.all([load(a!), load(b!)]);
  if (first.width !== second.width || first.height !== second.height) return 255;
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [first.width, first.height];
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const read = (image: HTMLImageElement) => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const [x, y] = [read(first), read(second)];
  let largest = 0;
  // As seen on the page's white: each colour weighed by its opacity (a faint pixel's colour barely shows).
  const seen = (d: Uint8ClampedArray, i: number) => 255 - ((255 - d[i]!) * d[i - (i % 4) + 3]!) / 255;
  for (let i = 0; i < x.length; i++) {
    const alpha = i % 4 === 3;
    largest = Math.max(largest, Math.abs(alpha ? x[i]! - y[i]! : seen(x, i) - seen(y, i)));
  }
  return largest;
}

test('typing the shown required rate flips 100% full-online services by 12/2025 to reached', async ({
  page,
}) => {
  await openApp(page);
  const target = await openVerdict(verdict(page, SERVICES_VI, '100% đến 12/2025'));
  await expect(target).toContainText('Chưa rõ xu hướng');
  // Scored on the services line: from 55% at 7/2024, 45/17 = 2.647 pp/month, shown rounded up to 2,65.
  await expect(target).toContainText('ít nhất 2,65 điểm %/tháng từ tháng 7/2024');
  const typed = card(page, SERVICES_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  await typed.fill('2,65');
  await expect(target).toContainText('✓ Dự kiến đạt');
  await expect(target).toContainText('dự kiến đạt 100% đúng hạn, tháng 12/2025');
});

test('"Apply required rate" sets the slider and reaches the target', async ({ page }) => {
  await openApp(page);
  const target = verdict(page, SERVICES_VI, '80% đến 12/2025');
  await target.getByRole('button', { name: /Áp dụng mức cần thiết/ }).click();
  await expect(target).toContainText('✓ Dự kiến đạt');
  // 25/17 = 1.4706 → 1.48
  await expect(card(page, SERVICES_VI).getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('1,48');
});

test('bad typed rates get a message in place and keep the last valid scenario', async ({ page }) => {
  await openApp(page);
  const typed = card(page, DOSSIERS_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  const target = verdict(page, DOSSIERS_VI, '50% đến 12/2024');
  await typed.fill('3');
  await expect(target).toContainText('✓ Dự kiến đạt');
  await typed.fill('abc');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('“abc” không phải là số');
  await typed.fill('');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('Vui lòng nhập một số.');
  await typed.fill('50');
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toContainText('Ngoài khoảng cho phép');
  await expect(target).toContainText('✓ Dự kiến đạt');
  await typed.fill('2.5'); // a dot works as well as a comma
  await expect(card(page, DOSSIERS_VI).getByRole('alert')).toHaveCount(0);
  await expect(target).toContainText('✓ Dự kiến đạt'); // 42 + 2.5·6 = 57
});

test('presets: "On plan" moves every slider with a target, "Trend" puts them back', async ({ page }) => {
  await openApp(page);
  const services = card(page, SERVICES_VI).getByRole('textbox', { name: /Nhập tốc độ/ });
  await openScenario(page);
  await page.getByRole('button', { name: 'Theo kế hoạch' }).click();
  await expect(services).toHaveValue('5'); // 80% by 12/2024 from 55% at 7/2024: 25/5
  await expect(page.getByRole('button', { name: 'Theo kế hoạch' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Xu hướng' }).click();
  await expect(services).toHaveValue('0');
});

test('an added observation re-bases the projection and can be removed', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, SERVICES_VI);
  await dossiers.getByText('Số liệu đã công bố').click();
  const form = dossiers.getByRole('form', { name: /Thêm số liệu mới/ });
  await form.getByLabel('Giá trị').fill('120');
  await pickMonth(form, 'Tháng', '2025-06');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(form.getByRole('alert')).toContainText('vượt trần 100');
  await form.getByLabel('Giá trị').fill('60');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(dossiers).toContainText('Điểm xuất phát: 60% (tháng 6/2025)');
  // From 60% at 6/2025, 100% by 12/2025 needs 40/6 = 6.667 → 6.67
  await expect(verdict(page, SERVICES_VI, '100% đến 12/2025')).toContainText('ít nhất 6,67');
  await dossiers.getByRole('button', { name: 'Xóa số liệu tháng 6/2025' }).click();
  await expect(dossiers).toContainText('Điểm xuất phát: 55% (tháng 7/2024)');
});

test('adults using online services starts from PAPI 2023, says how its definition differs, and is scored', async ({
  page,
}) => {
  await openApp(page);
  const name = 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến';
  const adults = await showCard(page, name);
  await expect(adults).toContainText('Điểm xuất phát: 8,3% (tháng 10/2023)');
  await expect(adults.locator('.definition-note')).toContainText('PAPI');
  await expect(adults.locator('canvas')).toHaveCount(1);
  await expect(adults.getByRole('slider')).toHaveCount(1);
  // 40% by 12/2024: (40 − 8.3) / 14 = 2.264 → 2.27; 50% by 12/2025: 41.7 / 26 = 1.604 → 1.61.
  await expect(verdict(page, name, '40% đến 12/2024')).toContainText(
    'ít nhất 2,27 điểm %/tháng từ tháng 10/2023',
  );
  await expect(verdict(page, name, '50% đến 12/2025')).toContainText(
    'ít nhất 1,61 điểm %/tháng từ tháng 10/2023',
  );
  // PAPI 2020–2023 trend: Σdx·dy / Σdx² = 80.94 / 720 = 0.112 pp/month, 7% of the 1.604 needed.
  await expect(verdict(page, name, '50% đến 12/2025')).toContainText(
    'bằng 7% tốc độ cần thiết: Gần như chưa tiến triển',
  );
  // A newer figure of one's own still re-bases it.
  await adults.locator('summary').filter({ hasText: 'Số liệu đã công bố' }).click();
  const form = adults.getByRole('form', { name: /Thêm số liệu mới/ });
  await form.getByLabel('Giá trị').fill('30');
  await pickMonth(form, 'Tháng', '2024-12');
  await form.getByRole('button', { name: 'Thêm' }).click();
  await expect(verdict(page, name, '50% đến 12/2025')).toContainText('ít nhất 1,67'); // (50 − 30) / 12
});

test('the latest figures answer forward from their own month, with the targets that run to 2030', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Xem số liệu mới nhất' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Kết quả tính đến 2/2026' })).toBeVisible();
  const name = 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến';
  await expect(await showCard(page, name)).toContainText('Điểm xuất phát: 13,8% (tháng 10/2024)');
  // 70% by 12/2030 from 13.8% (10/2024): 56.2 / 74 = 0.7595 → 0.76 pp/month.
  await expect(verdict(page, name, '70% đến 12/2030').first()).toContainText('ít nhất 0,76');
  await expect(verdict(page, SERVICES_VI, '90% đến 12/2030')).toContainText('Cần ít nhất');
  await openScenario(page);
  await expect(page.getByRole('combobox', { name: 'Dự phóng đến' })).toHaveValue(String(2030 * 12 + 11));
});

test('every number opens its source: document, date and exact quote', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await dossiers.getByText('Số liệu đã công bố').click();
  await dossiers.getByRole('button', { name: `Nguồn của ${DOSSIERS_VI}: 42% (6/2024)` }).click();
  await expect(dossiers).toContainText(
    '«tỉ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ thủ tục hành chính) cả nước đạt 42%»',
  );
  await expect(dossiers).toContainText('001_8843b81c2f55e9ba.txt');
  await verdict(page, DOSSIERS_VI, '100% đến 12/2025')
    .getByRole('button', { name: /Nguồn của 100%/ })
    .click();
  await expect(dossiers).toContainText(
    '«Phấn đấu đến năm 2025, 100% dịch vụ công trực tuyến được thực hiện toàn trình»',
  );
  // Drawn on the dossier line for context only, labelled with what it counts, and never scored there.
  // One line per context target, one shared explanation for them all.
  const context = dossiers.locator('li.context');
  await expect(context).toContainText('Tham khảo');
  await expect(context).toContainText(
    'Mục tiêu tính theo số dịch vụ công được cung cấp trực tuyến toàn trình; đường này tính theo số hồ sơ xử lý trực tuyến toàn trình (cả nước)',
  );
  await expect(context).not.toContainText('Cần ít nhất');
});

test('split by level: two sliders drive the national line and the weight is stated', async ({ page }) => {
  await openApp(page);
  const dossiers = card(page, DOSSIERS_VI);
  await dossiers.getByLabel('Tách theo cấp (bộ, ngành và địa phương)').check();
  await expect(dossiers).toContainText('Cả nước = 0,568 × bộ, ngành + 0,432 × địa phương');
  await expect(dossiers.getByRole('slider')).toHaveCount(2);
  // 50% by 12/2024: the mix 0.568·(61 + 6r) + 0.432·(17 + 6r) = 42 + 6r reaches 50 at r = 1.333 → 1.34.
  await expect(verdict(page, DOSSIERS_VI, '50% đến 12/2024')).toContainText('Cả hai cấp cần ít nhất 1,34');
});

function escape(text: string) {
  return text.replace(/[()]/g, '\\$&');
}
