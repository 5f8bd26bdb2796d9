import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, DOSSIERS_VI, openApp, openVerdict, showCard } from './helpers';

// One target's answer is computed once, in the model: the card, the overview, the presenter, the embed, the
// printed summary and the overview's spreadsheet must read the same status and rate needed, on both vintages.
const CASES = [
  {
    vintage: 'data=2024',
    indicator: 'servicesFullOnline',
    name: 'Tỷ lệ dịch vụ công trực tuyến (cả nước)',
    target: 'services100by2025',
    title: '100% đến 12/2025',
  },
  {
    vintage: 'data=latest-2026&h=2030-12',
    indicator: 'adultsUsingOnlineServices',
    name: 'Dân số trưởng thành sử dụng dịch vụ công trực tuyến',
    target: 'adults70by2030',
    title: '70% đến 12/2030',
  },
];

/** The rate in a text ("2,65 điểm %/tháng"), or null. */
const rateIn = (text: string) => text.match(/(\d+,\d+|\d+) điểm %\/tháng/)?.[1] ?? null;

async function cardAnswer(page: Page, name: string, title: string) {
  const item = (await showCard(page, name)).locator('li.verdict').filter({ hasText: title }).first();
  await expect(item).toBeVisible();
  // Read as a reader sees it: on screen (innerText is the rendered text, empty for a card skipped off screen).
  await item.scrollIntoViewIfNeeded();
  return { status: (await item.getAttribute('data-status'))!, key: await item.locator('.key').innerText() };
}

for (const c of CASES) {
  test(`${c.target} reads the same in card, overview, presenter, embed, print and spreadsheet (${c.vintage})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openApp(page, `./?v=3&${c.vintage}`);
    const { status, key } = await cardAnswer(page, c.name, c.title);
    const rate = rateIn(key);
    expect(rate, 'the card offers a rate needed').not.toBeNull();

    const row = page.locator(`.overview-panel tr[data-target="${c.target}"]`).first();
    await expect(row).toHaveAttribute('data-status', status);
    await expect(row).toContainText(`${rate} điểm %/tháng`);

    // The overview's spreadsheet: the same status word and rate in the target's row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bảng (CSV)' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes(c.name) && l.includes(c.title.split(' ').at(-1)!));
    const statusWord = await row.locator('td.status').innerText();
    expect(line).toContain(`;${rate};`);
    expect(line).toContain(
      statusWord
        .replace(/^[✓✗?]\s*/, '')
        .split('\n')[0]!
        .trim(),
    );

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator(`.print-summary tr[data-target="${c.target}"]`).first();
    await expect(printed).toHaveAttribute('data-status', status);
    await expect(printed).toContainText(`${rate} điểm %/tháng`);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`./?v=3&${c.vintage}&present=1&ind=${c.indicator}`);
    const staged = page
      .getByRole('region', { name: 'Trình chiếu' })
      .getByRole('listitem')
      .filter({ hasText: c.title })
      .first();
    await expect(staged).toHaveAttribute('data-status', status);
    await expect(staged).toContainText(`${rate} điểm %/tháng`);

    await page.goto(`./?v=3&${c.vintage}&embed=1&ind=${c.indicator}`);
    const embedded = page.locator('.embed li').filter({ hasText: c.title }).first();
    await expect(embedded).toHaveAttribute('data-status', status);
    await expect(embedded).toContainText(`${rate} điểm %/tháng`);
  });
}

test('a verdict reads in a second: the median verdict box is at most 180 px tall at 1280×800', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const card = await showCard(page, 'Tỷ lệ dịch vụ công trực tuyến (cả nước)');
  const heights = await card
    .locator('li.verdict')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThanOrEqual(3);
  const median = [...heights].sort((a, b) => a - b)[Math.floor(heights.length / 2)]!;
  expect(median).toBeLessThanOrEqual(180);
});

test('a province’s 60% of 6/2025 does not meet 50% by 12/2024, beside the national figures it leaves alone', async ({
  page,
}) => {
  const file = { v: 1, name: 'Tỉnh X', o: { dossiersFullOnline: [['2025-06', 60]] }, t: {} };
  await openApp(page, `./?v=3&data=2024&imp=${encodeURIComponent(JSON.stringify(file))}`);
  await expect(
    page.getByRole('note').getByText(/Số liệu nhập: Tỉnh X \(kết quả tính đến 6\/2025\), có thẻ riêng/),
  ).toBeVisible();
  const row = (indicator: string) =>
    page.locator(`.overview-panel tr[data-indicator="${indicator}"][data-target="dossiers50by2024"]`);
  // Reported after the deadline: not met, and it says when the target was reached.
  await expect(row('dossiersFullOnlineImport')).toHaveAttribute('data-status', 'unreported');
  // The national row still answers from the national figures (one in the 2024 data: no pace yet).
  await expect(row('dossiersFullOnline')).toHaveAttribute('data-status', 'paceUnknown');
  await expect(card(page, DOSSIERS_VI)).toContainText('Điểm xuất phát: 42% (tháng 6/2024)');
  const province = await showCard(page, 'Tỷ lệ hồ sơ trực tuyến toàn trình — Tỉnh X');
  const item = await openVerdict(province.locator('li.verdict').filter({ hasText: '50% đến 12/2024' }));
  await expect(item).not.toContainText('Đã đạt');
  await expect(item).toContainText('Số liệu tháng 6/2025 (60%) đã đạt mục tiêu, nhưng sau hạn.');
  await expect(item.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
});
