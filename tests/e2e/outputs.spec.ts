import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DOSSIERS_VI, card, openApp, openScenario, showCard, showPanels } from './helpers';

const FIBRE_VI = 'Hộ gia đình dùng Internet cáp quang băng rộng';

test('the planner exports the spreadsheet for Excel in Vietnamese and reads it back in columns', async ({
  page,
}) => {
  // Her scenario: dossiers at 1.5 points a month.
  await openApp(page, './?v=3&data=2024&r.dossiersFullOnline=1.5');
  await showPanels(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bảng tính cho Excel tiếng Việt (CSV, dấu chấm phẩy)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^muc-tieu-so-bang-tinh-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // Read as Excel set to Vietnamese reads it: `;` between columns, decimal commas.
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
  const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
  expect(value('Mô hình tăng trưởng')).toBe('Tuyến tính');
  expect(value('Dự phóng đến')).toMatch(/^tháng \d{1,2}\/\d{4}$/);
  expect(value('Bộ số liệu')).toContain('(2024)');
  expect(value('Số liệu nhập')).toBe('không có');
  expect(value('Kết quả tính đến')).toMatch(/^tháng \d{1,2}\/\d{4}$/);
  expect(value('Ngày xuất')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  expect(rows.find((row) => row[0] === DOSSIERS_VI)).toEqual([DOSSIERS_VI, '1,5', 'điểm %/tháng']);

  const start = rows.findIndex((row) => row[0] === 'Tháng');
  const header = rows[start]!;
  const cell = (month: string, column: string) =>
    rows.slice(start).find((row) => row[0] === month)![header.indexOf(column)]!;
  // Every row of the table has as many columns as its header: nothing fell into one column.
  for (const row of rows.slice(start + 1).filter((r) => r.length > 1))
    expect(row).toHaveLength(header.length);
  expect(cell('2023-12', `${FIBRE_VI} — số liệu`)).toBe('79,6');
  // 42 in 2024-06, then 1.5 a month: 42 + 6 × 1.5 = 51 in 2024-12.
  expect(cell('2024-12', `${DOSSIERS_VI} — dự phóng`)).toBe('51');
  expect(Number(cell('2024-07', `${DOSSIERS_VI} — dự phóng`).replace(',', '.'))).toBe(43.5);
});

test('the presenter embeds the chart she is looking at, and can choose another', async ({ page }) => {
  await openApp(page, './?v=3&data=2024');
  await page.getByRole('button', { name: '▶ Trình chiếu' }).click();
  const presenter = page.getByRole('region', { name: 'Trình chiếu' });
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(DOSSIERS_VI);
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(
    'Tỷ lệ dịch vụ công trực tuyến (cả nước)',
  );
  await presenter.getByRole('button', { name: 'Thoát trình chiếu' }).click();

  await showPanels(page);
  const snippet = page.getByLabel('Mã nhúng (iframe)');
  const chooser = page.getByLabel('Biểu đồ để nhúng');
  await expect(chooser).toHaveValue('servicesFullOnline');
  await expect(snippet).toHaveValue(/[?;]ind=servicesFullOnline(&amp;|")/);
  const params = async () =>
    new URL((await snippet.inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&')).searchParams;
  expect((await params()).get('embed')).toBe('1');
  await expect(snippet).toHaveValue(/title="Mục tiêu số — Tỷ lệ dịch vụ công trực tuyến \(cả nước\)"/);

  // Touching another card's slider makes it the chart looked at.
  const fibre = await showCard(page, FIBRE_VI);
  await fibre.getByRole('slider').first().focus();
  await expect(chooser).toHaveValue('fibreHouseholds');
  await expect(snippet).toHaveValue(/[?;]ind=fibreHouseholds(&amp;|")/);

  // The chooser picks any chart.
  await chooser.selectOption({ label: DOSSIERS_VI });
  await expect(snippet).toHaveValue(/[?;]ind=dossiersFullOnline(&amp;|")/);
  expect((await params()).getAll('ind')).toEqual(['dossiersFullOnline']);

  // The snippet's address opens that chart, drawn as its card draws it.
  await page.setViewportSize({ width: 400, height: 400 });
  await page.goto(`./?${(await params()).toString()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DOSSIERS_VI);
  await expect(page.locator('canvas[data-drawn]')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the presenter downloads a chart PNG with its title, scenario, data, date and legend', async ({
  page,
}) => {
  await openApp(page, './?v=3&data=2024&r.dossiersFullOnline=1.5');
  const dossiers = card(page, DOSSIERS_VI);
  const canvas = dossiers.locator('canvas[data-drawn]');
  await expect(canvas).toBeAttached();
  const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dossiers.getByRole('button', { name: `Tải ảnh PNG: ${DOSSIERS_VI}` }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(width).toBe(size.width + 2 * 16);
  // Title (36 px), four caption lines (4 × 20 px) above the chart, at least one legend row (22 px) below.
  expect(height).toBeGreaterThanOrEqual(size.height + 2 * 16 + 36 + 4 * 20 + 22);
});

test('the presenter sees at once which preset is chosen: filled, the others outlined', async ({ page }) => {
  await openApp(page);
  await openScenario(page);
  const trend = page.getByRole('button', { name: /Xu hướng/ });
  const plan = page.getByRole('button', { name: /Theo kế hoạch/ });
  const look = (button: typeof trend) =>
    button.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color].join(' '));
  await expect(trend).toHaveAttribute('aria-pressed', 'true');
  await expect(plan).toHaveAttribute('aria-pressed', 'false');
  const [chosen, other] = [await look(trend), await look(plan)];
  expect(chosen).not.toBe(other);
  expect(other).toMatch(/^rgb\(255, 255, 255\)/); // outlined: white inside
  await plan.click();
  await expect(plan).toHaveAttribute('aria-pressed', 'true');
  await expect(trend).toHaveAttribute('aria-pressed', 'false');
  expect(await look(plan)).toBe(chosen);
});
