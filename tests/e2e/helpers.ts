import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app and waits for the first projection (console errors fail every test: see fixtures.ts). */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  // Wait for the app to take over the page (the prerendered first screen shows before it answers input),
  // then for its verdicts.
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.getByText(/\d+\/\d+ mục tiêu đạt được|\d+ of \d+ targets reachable/)).toBeVisible();
}

export const DOSSIERS_VI = 'Tỉ lệ hồ sơ trực tuyến toàn trình (cả nước)';
export const SERVICES_VI = 'Tỷ lệ dịch vụ công trực tuyến (cả nước)';

export function card(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true });
}

export function verdict(page: Page, cardName: string, title: string) {
  return card(page, cardName).getByRole('listitem').filter({ hasText: title });
}

/** Opens the settings (vintage, trend window, uncertainty, saved and compared scenarios) if closed. */
export async function openSettings(page: Page): Promise<void> {
  const settings = page.locator('details.settings');
  if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
}

/** Opens the folded scenario bar (presets, growth model, horizon, reference month) if closed. */
export async function openScenario(page: Page): Promise<void> {
  const bar = page.locator('details.scenario-bar');
  if ((await bar.getAttribute('open')) === null) await bar.locator('summary').click();
}

/** Picks `month` (YYYY-MM) in a month picker the way a person does: its month list, then its year list. */
export async function pickMonth(scope: Locator | Page, group: string, month: string): Promise<void> {
  const picker = scope.getByRole('group', { name: group, exact: true });
  const [year, mm] = month.split('-');
  await picker.getByRole('combobox', { name: /^(Tháng|Month)$/ }).selectOption(String(Number(mm) - 1));
  await picker.getByRole('combobox', { name: /^(Năm|Year)$/ }).selectOption(year!);
}
