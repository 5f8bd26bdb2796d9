import { expect, type Locator, type Page } from '@playwright/test';

/** The summary's count of the targets still ahead, in either language (or that none is left). */
export const SUMMARY =
  /\d+\/\d+ mục tiêu còn hạn|\d+\/\d+ targets still ahead|Không còn mục tiêu|No target left/;

/** Opens the app and waits for the first projection (console errors fail every test: see fixtures.ts). */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  // Wait for the app to take over the page (the prerendered first screen shows before it answers input),
  // then for its verdicts.
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator('.summary .count').getByText(SUMMARY)).toBeVisible();
}

export const DOSSIERS_VI = 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)';
export const SERVICES_VI = 'Tỷ lệ dịch vụ công trực tuyến (cả nước)';

/**
 * Scrolls to a card so the page builds it (cards off the first screen are built as they near it) and
 * returns it.
 */
export async function showCard(page: Page, name: string): Promise<Locator> {
  const placeholder = page
    .locator('.card-placeholder')
    .filter({ has: page.getByText(name, { exact: true }) });
  // The placeholder may be replaced by its card while the page scrolls: then there is nothing left to do.
  if (await placeholder.count())
    await placeholder
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
  await expect(card(page, name)).toBeAttached();
  return card(page, name);
}

/** Scrolls through the page until every card is built. */
export async function showAllCards(page: Page): Promise<void> {
  const placeholders = page.locator('.card-placeholder');
  for (let left = await placeholders.count(); left > 0; left = await placeholders.count()) {
    // In the page, in one step: the placeholder is replaced by its card as soon as it nears the screen.
    await page.evaluate(() => document.querySelector('.card-placeholder')?.scrollIntoView());
    await expect(placeholders).not.toHaveCount(left);
  }
}

/** Scrolls to the panels under the cards (import, export, share) so the page builds them. */
export async function showPanels(page: Page): Promise<void> {
  const ahead = page.locator('.panels-ahead');
  if (await ahead.count()) await ahead.scrollIntoViewIfNeeded();
  await expect(page.locator('section.tool-panel.share')).toBeAttached();
}

export function card(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true });
}

export function verdict(page: Page, cardName: string, title: string) {
  return card(page, cardName).getByRole('listitem').filter({ hasText: title });
}

/**
 * Opens a verdict's details if closed (their sentences are written only when opened, as a reader sees them)
 * and returns the verdict: text checks, also negative ones, then read what an opened verdict shows.
 */
export async function openVerdict(target: Locator): Promise<Locator> {
  const details = target.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  return target;
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

/** The address bar once it holds still: the page writes it a moment after the last change. */
export async function settledUrl(page: Page): Promise<string> {
  await expect
    .poll(async () => {
      const before = page.url();
      await page.waitForTimeout(400);
      return before === page.url();
    })
    .toBe(true);
  return page.url();
}
