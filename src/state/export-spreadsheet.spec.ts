import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { projectScenario } from '../model/project-scenario';
import { buildRequest } from './build-request';
import { exportSpreadsheet, sheetField, sheetNumber, type SheetScenario } from './export-spreadsheet';
import { seed, seedDefaults, snapshotWith } from './spec-fixtures';

const scenario: SheetScenario = {
  modelName: 'Tuyến tính',
  horizon: monthIndex('2026-12'),
  vintageName: 'Số liệu gốc',
  vintage: seed.vintage,
  importName: 'Tỉnh X',
  asOfMonth: monthIndex('2024-07'),
  exportedAt: new Date(2026, 11, 6, 10, 0),
  rateUnit: () => 'điểm %/tháng',
};
const snapshot = snapshotWith({ rateOverrides: { dossiersFullOnline: 1.5, fibreHouseholds: 0.25 } });
const request = buildRequest(seed, snapshot, seedDefaults);
const sheetOf = (lang: 'vi' | 'en') =>
  exportSpreadsheet(seed, projectScenario(request), request, {}, lang, scenario);

/** The file read back as Excel set to Vietnamese reads it: `;` between fields, decimal commas. */
const read = (text: string) => Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
const decimal = (cell: string) => Number(cell.replace(',', '.'));

describe('exportSpreadsheet (Excel on a Vietnamese system)', () => {
  const text = sheetOf('vi');
  const rows = read(text);

  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(text.startsWith('\uFEFFMục tiêu số — kịch bản\r\nMô hình tăng trưởng;Tuyến tính\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // No field is written with a decimal point: every number has a decimal comma.
    expect(text).not.toMatch(/;\d+\.\d/);
  });

  it('carries the scenario: model, horizon, vintage, imported data, as-of month, export date', () => {
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(value('Mô hình tăng trưởng')).toBe('Tuyến tính');
    expect(value('Dự phóng đến')).toBe('tháng 12/2026');
    expect(value('Bộ số liệu')).toBe(`Số liệu gốc (${seed.vintage})`);
    expect(value('Số liệu nhập')).toBe('Tỉnh X');
    expect(value('Kết quả tính đến')).toBe('tháng 7/2024');
    expect(value('Ngày xuất')).toBe('6/12/2026');
  });

  it('lists each indicator’s rate per month with a decimal comma', () => {
    const rate = (id: string) =>
      rows.find((row) => row[0] === seed.indicators.find((i) => i.id === id)!.name.vi);
    expect(rate('dossiersFullOnline')).toEqual([
      'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)',
      '1,5',
      'điểm %/tháng',
    ]);
    expect(rate('fibreHouseholds')?.[1]).toBe('0,25');
  });

  it('has the month × indicator table after the scenario, numbers with decimal commas', () => {
    const start = rows.findIndex((row) => row[0] === 'Tháng');
    const header = rows[start]!;
    // 1 month column + 2 per indicator with a series (19 of 21), as in the standard CSV.
    expect(header).toHaveLength(39);
    const cell = (month: string, column: string) =>
      rows.slice(start).find((row) => row[0] === month)![header.indexOf(column)]!;
    const fibre = 'Hộ gia đình dùng Internet cáp quang băng rộng';
    expect(cell('2023-12', `${fibre} — số liệu`)).toBe('79,6');
    expect(decimal(cell('2023-12', `${fibre} — số liệu`))).toBe(79.6);
    // From 82.2 in 2024-06 at 0.25 a month (linear): 82.2 + 3 × 0.25 = 82.95 in 2024-09.
    expect(decimal(cell('2024-09', `${fibre} — dự phóng`))).toBeCloseTo(82.95, 4);
    // Dossiers from 42 in 2024-06 at 1.5 a month: 42 + 12 × 1.5 = 60 in 2025-06.
    const dossiers = 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — dự phóng';
    expect(decimal(cell('2025-06', dossiers))).toBe(60);
  });

  it('says “none” when no data is imported, and labels in English', () => {
    const en = read(
      exportSpreadsheet(seed, projectScenario(request), request, {}, 'en', { ...scenario, importName: null }),
    );
    expect(en.find((row) => row[0] === 'Imported data')?.[1]).toBe('none');
    expect(en.find((row) => row[0] === 'Projected to')?.[1]).toBe('Dec 2026');
    expect(en.find((row) => row[0] === 'Exported on')?.[1]).toBe('2026-12-06');
    expect(en.some((row) => row[0] === 'Month')).toBe(true);
  });

  it.each([
    [79.6, '79,6'],
    [1 / 3, '0,3333'],
    [100, '100'],
    [12345.67891, '12345,6789'],
  ])('sheetNumber(%d) → %s', (value, text) => expect(sheetNumber(value)).toBe(text));

  it.each([
    ['a,b', 'a,b'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('sheetField(%j) → %j', (text, field) => expect(sheetField(text)).toBe(field));
});
