import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, settledUrl, showPanels } from './helpers';

/**
 * A teacher on a 1280×720 projector, in Vietnamese: builds a sequence of scenarios for a lesson, sends the
 * link, opens it on the classroom's machine and walks it with a clicker (PageDown/PageUp); plays the
 * timeline, stops it, and asks for a QR code of a link too long for one.
 */

/** Opens a second page in the same browser, its console and page errors failing the test like the first's. */
async function freshPage(page: Page, errors: string[]): Promise<Page> {
  const fresh = await page.context().newPage();
  fresh.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console (fresh page): ${message.text()}`);
  });
  fresh.on('pageerror', (error) => errors.push(`page (fresh page): ${error.message}`));
  return fresh;
}

const stageOf = (page: Page) => {
  const stage = page.getByRole('region', { name: 'Trình chiếu' });
  return {
    stage,
    heading: stage.getByRole('heading', { level: 2 }),
    rate: stage.getByRole('textbox', { name: /Nhập tốc độ/ }),
    note: stage.getByLabel('Ghi chú cho người trình bày'),
    add: stage.getByRole('button', { name: 'Thêm kịch bản hiện tại vào trình tự' }),
    counter: stage.getByRole('complementary', { name: 'Trình tự kịch bản' }).locator('p strong'),
  };
};

interface Made {
  name: string;
  rate: string;
  note: string;
}

/** Adds steps as the teacher does: → to the next indicator where asked, a rate typed, a note, "Thêm…". */
async function buildSteps(
  page: Page,
  plan: { next?: boolean; rate: string; note: string }[],
): Promise<Made[]> {
  const { heading, rate, note, add, counter } = stageOf(page);
  const made: Made[] = [];
  for (const [n, step] of plan.entries()) {
    if (step.next) {
      await heading.click(); // off the fields, so → is the stage's
      await page.keyboard.press('ArrowRight');
    }
    await rate.fill(step.rate);
    await note.fill(step.note);
    await add.click();
    // The counter follows each step added.
    await expect(counter).toHaveText(`Bước ${n + 1}/${n + 1}`);
    made.push({ name: (await heading.textContent())!, rate: step.rate, note: step.note });
  }
  return made;
}

/** Walks the steps on `page` from the first with PageUp then PageDown, checking each step's indicator and rate. */
async function walkSteps(page: Page, made: Made[]) {
  const { stage, heading, rate, counter } = stageOf(page);
  await heading.click();
  // Back to the first step (the link opens on the step last shown); PageUp stops at the first.
  for (let n = 0; n < made.length; n++) await page.keyboard.press('PageUp');
  for (const [n, step] of made.entries()) {
    if (n > 0) await page.keyboard.press('PageDown');
    await expect(counter).toHaveText(`Bước ${n + 1}/${made.length}`);
    await expect(stage).toContainText(`Bước ${n + 1}/${made.length} ${step.note}`);
    await expect(heading).toHaveText(step.name);
    await expect(rate).toHaveValue(step.rate);
  }
}

test('the teacher builds seven steps on three indicators, reopens the link and walks it with a clicker', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, './?v=3&data=2024&present=1');
  const made = await buildSteps(page, [
    { rate: '0,5', note: 'Tốc độ chậm' },
    { rate: '1', note: 'Tốc độ hiện tại' },
    { rate: '3,23', note: 'Tốc độ cần cho 100%' },
    { next: true, rate: '1', note: 'Dịch vụ công: chậm' },
    { rate: '2', note: 'Dịch vụ công: nhanh' },
    { next: true, rate: '0,5', note: 'Chỉ tiêu thứ ba' },
    { rate: '1,5', note: 'Chỉ tiêu thứ ba: nhanh' },
  ]);
  expect(new Set(made.map((m) => m.name)).size).toBe(3);
  await expect(page).toHaveURL(/steps=/);
  const link = await settledUrl(page);
  expect(link.length).toBeLessThan(1000);

  // On the classroom's machine: the link opens with all seven steps, and the clicker walks them.
  const fresh = await freshPage(page, pageErrors);
  await fresh.setViewportSize({ width: 1280, height: 720 });
  await openApp(fresh, link);
  await expect(stageOf(fresh).counter).toHaveText('Bước 7/7'); // it opens on the last step's scenario
  await walkSteps(fresh, made);
  // Back across indicators: PageUp from step 4 (dịch vụ công) shows step 3's indicator again.
  await fresh.keyboard.press('PageUp');
  await fresh.keyboard.press('PageUp');
  await fresh.keyboard.press('PageUp');
  await fresh.keyboard.press('PageUp');
  await expect(stageOf(fresh).counter).toHaveText('Bước 3/7');
  await expect(stageOf(fresh).heading).toHaveText(made[2]!.name);
  await expect(stageOf(fresh).rate).toHaveValue('3,23');
});

test('a twenty-step sequence with notes fits in a link under 2,000 characters and reopens', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, './?v=3&data=2024&present=1');
  const plan = Array.from({ length: 20 }, (_, n) => ({
    next: n > 0 && n % 5 === 0,
    rate: `${(n % 5) + 1},5`,
    note: `Bước ${n + 1}: tốc độ ${(n % 5) + 1},5`,
  }));
  const made = await buildSteps(page, plan);
  // Twenty is the most a sequence holds: the page says so instead of adding more.
  await expect(stageOf(page).add).toBeDisabled();
  await expect(stageOf(page).stage).toContainText('Trình tự đã đủ 20 bước.');
  const link = await settledUrl(page);
  expect(link.length).toBeLessThan(2000);

  const fresh = await freshPage(page, pageErrors);
  await fresh.setViewportSize({ width: 1280, height: 720 });
  await openApp(fresh, link);
  await expect(stageOf(fresh).counter).toHaveText('Bước 20/20');
  await walkSteps(fresh, made);
});

test('playback ends in the whole chart: bands and rates needed come back; Stop and → do the same', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, './?v=3&data=2024&present=1&r.dossiersFullOnline=1');
  const { stage, heading } = stageOf(page);
  const legend = stage.getByRole('list', { name: 'Chú giải' });
  const needed = stage.getByText(/Cần ít nhất/).first();
  const month = stage.locator('output');
  const play = stage.getByRole('button', { name: '▶ Phát' });
  const stop = stage.getByRole('button', { name: '■ Dừng' });
  await expect(needed).toBeVisible();
  await expect(legend).toContainText('Khoảng 10–90%');
  await expect(stop).toBeDisabled();

  // Play to the end at 4×: while it plays, bands and rates needed step aside; at the end they are back.
  await stage.getByRole('combobox', { name: 'Tốc độ phát' }).selectOption('4');
  await play.click();
  await expect(stop).toBeEnabled();
  await expect(stage.getByText(/Cần ít nhất/)).toHaveCount(0);
  await expect(legend).not.toContainText('Khoảng 10–90%');
  await expect(play).toBeVisible({ timeout: 20_000 });
  await expect(month).toHaveText('12/2026');
  await expect(needed).toBeVisible();
  await expect(legend).toContainText('Khoảng 10–90%');
  await expect(stop).toBeDisabled();

  // Then the teacher drags the rate: the rate needed and the bands follow the new rate.
  await stage.getByRole('slider', { name: /Tốc độ tăng/ }).fill('2');
  await expect(stageOf(page).rate).toHaveValue('2');
  await expect(needed).toBeVisible();
  await expect(legend).toContainText('Khoảng 10–90%');

  // Paused mid-way, the rate slider gives the whole chart back too.
  await play.click();
  await expect(month).not.toHaveText('12/2026');
  await stage.getByRole('button', { name: /Tạm dừng/ }).click();
  await expect(stage.getByText(/Cần ít nhất/)).toHaveCount(0);
  await stage.getByRole('slider', { name: /Tốc độ tăng/ }).fill('2.5');
  // At 2.5 a month both targets are projected to be reached (42 + 2.5·6 = 57, 42 + 2.5·18 = 87): each
  // verdict's one number is then the month it is reached.
  await expect(stage.getByText(/Dự kiến đạt vào tháng/).first()).toBeVisible();
  await expect(month).toHaveText('12/2026');

  // Stop ends playback at once.
  await play.click();
  await expect(stage.getByText(/Cần ít nhất/)).toHaveCount(0);
  await stop.click();
  await expect(play).toBeVisible();
  await expect(stage.getByText(/Dự kiến đạt vào tháng/).first()).toBeVisible();
  await expect(legend).toContainText('Khoảng 10–90%');
  await expect(month).toHaveText('12/2026');

  // Paused, then →: the next indicator is shown whole, not at the paused month.
  await play.click();
  await stage.getByRole('button', { name: /Tạm dừng/ }).click();
  const first = await heading.textContent();
  await heading.click();
  await page.keyboard.press('ArrowRight');
  await expect(heading).not.toHaveText(first!);
  await expect(month).toHaveText('12/2026');
  await expect(stop).toBeDisabled();
  await expect(stage.getByRole('listitem').first()).not.toContainText('Chưa tới hạn');
});

test('a link too long for a QR code: the share panel says so and offers the saved scenarios', async ({
  page,
}) => {
  // Twenty steps with notes of a few sentences: about 5,000 characters, over what a QR code holds.
  const note = encodeURIComponent('Ghi chú dài cho người trình bày, đọc to trước lớp học'.replace(/ /g, '_'));
  const steps = Array.from({ length: 20 }, (_, n) => `${note}_${n}*r.dossiersFullOnline~${n / 10}`).join('!');
  await openApp(page, `./?v=3&data=2024&steps=${steps}`);
  expect(page.url().length).toBeGreaterThan(3000);
  await showPanels(page);
  const share = page.getByRole('region', { name: 'Chia sẻ' });
  await share.getByRole('button', { name: 'Hiện mã QR' }).click();
  await expect(share.getByRole('status').filter({ hasText: 'quá dài để tạo mã QR' })).toContainText(
    /Liên kết dài [\d.]+ ký tự, quá dài để tạo mã QR\. Vui lòng lưu kịch bản/,
  );
  await expect(share.locator('img.qr')).toHaveCount(0);
  await share.getByRole('button', { name: 'Đến mục Kịch bản đã lưu' }).click();
  await expect(page.getByRole('textbox', { name: 'Tên kịch bản' }).first()).toBeFocused();
  await share.getByRole('button', { name: 'Ẩn mã QR' }).click();
  await expect(share.getByText('quá dài để tạo mã QR')).toHaveCount(0);
});
