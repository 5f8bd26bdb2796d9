import { expect, test } from './fixtures';
import { DOSSIERS_VI, card, openApp, openScenario, openVerdict, verdict, showPanels } from './helpers';

test('the address bar carries the scenario and reopens it exactly, without adding history entries', async ({
  page,
  context,
}) => {
  await openApp(page);
  expect(new URL(page.url()).search).toBe('?v=3&data=2024');
  const entries = await page.evaluate(() => history.length);
  await card(page, DOSSIERS_VI)
    .getByRole('textbox', { name: /Nhập tốc độ/ })
    .fill('3,5');
  await openScenario(page);
  await page.getByRole('radio', { name: 'Tăng trưởng chữ S (logistic)' }).check();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/r\.dossiersFullOnline=3\.5/);
  await expect(page).toHaveURL(/m=logistic/);
  await expect(page).toHaveURL(/lang=en/);
  expect(await page.evaluate(() => history.length)).toBe(entries); // replaceState, never pushState
  const target = verdict(page, 'Dossiers handled fully online (national)', '50% by Dec 2024');
  const verdictText = (await target.textContent())!.replace(/\s+/g, ' ').trim();

  const reopened = await context.newPage();
  await reopened.goto(page.url());
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'en');
  await openScenario(reopened);
  await expect(reopened.getByRole('radio', { name: 'S-shaped growth (logistic)' })).toBeChecked();
  await expect(
    card(reopened, 'Dossiers handled fully online (national)').getByRole('textbox', { name: /Type a rate/ }),
  ).toHaveValue('3.5');
  await expect(verdict(reopened, 'Dossiers handled fully online (national)', '50% by Dec 2024')).toHaveText(
    verdictText,
  );
  expect(reopened.url()).toBe(page.url());
});

test('a tampered link is read safely: bad parts are listed, rates clamped, nothing injected', async ({
  page,
}) => {
  await openApp(
    page,
    './?v=2&r.dossiersFullOnline=99&bogus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx&o.nope=2025-01:5',
  );
  const notice = page.getByRole('status').filter({ hasText: 'Một phần của liên kết không dùng được' });
  await expect(notice).toContainText('r.dossiersFullOnline: ngoài khoảng cho phép');
  await expect(notice).toContainText('bogus: tham số lạ');
  await expect(notice).toContainText('lang: giá trị sai');
  await expect(notice).toContainText('o.nope: chỉ tiêu không tồn tại');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(card(page, DOSSIERS_VI).getByRole('textbox', { name: /Nhập tốc độ/ })).toHaveValue('10');
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(notice).toHaveCount(0);
  // The address is rewritten to the state actually on screen.
  expect(new URL(page.url()).search).toBe('?v=3&data=2024&r.dossiersFullOnline=10');
});

test('a v1 link keeps its meaning: without a reference month it spoke from the calendar month', async ({
  page,
}) => {
  // v1 verdicts spoke from "today"; the link is migrated to asof=today rather than to the data's month.
  await openApp(page, './?v=1&data=seed-2024');
  await expect(page).toHaveURL(/\?v=3&data=2024&asof=today$/);
  await expect(page.getByRole('note').filter({ hasText: 'Kết quả tính đến hôm nay' })).toBeVisible();
  const target = await openVerdict(verdict(page, DOSSIERS_VI, '50% đến 12/2024'));
  await expect(target).toContainText('Hạn tháng 12/2024 đã qua');
  // The default link speaks from the data's own month, forward.
  await page.getByRole('button', { name: 'Về tháng của số liệu' }).click();
  await expect(page).toHaveURL(/\?v=3&data=2024$/);
  await openVerdict(target);
  await expect(target).toContainText('chưa thể nói mục tiêu có đạt hay không');
  await expect(target).not.toContainText('đã qua');
});

test('a v2 link, steps and all, opens the same scenario and is rewritten in v3 words', async ({ page }) => {
  // Version 2 said ref= for the as-of month, seed= for the random seed and seed-2024 for the 2024 data.
  const steps = 'A*ind~dossiersFullOnline*r~1!B*data~latest-2026*ref~today*seed~9';
  await openApp(page, `./?v=2&data=seed-2024&ref=2025-12&seed=7&present=1&steps=${steps}`);
  await expect(page).toHaveURL(
    /\?v=3&data=2024&asof=2025-12&rseed=7&present=1&steps=A\*ind~dossiersFullOnline\*r~1!B\*data~latest-2026\*asof~today\*rseed~9$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Một phần của liên kết' })).toHaveCount(0);
});

test('copy link confirms, and the QR code of the link is drawn locally', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, './?v=3&data=2024&h=2030-12');
  await showPanels(page);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByText('Đã sao chép liên kết.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: 'Hiện mã QR' }).click();
  const qr = page.getByRole('img', { name: 'Mã QR của liên kết kịch bản' });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(300);
});
