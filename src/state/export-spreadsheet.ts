import type { UserObservation } from '../model/baseline';
import type { Dataset, LoadedIndicator } from '../model/load-dataset';
import { monthText, type MonthIndex } from '../model/month';
import type { MonteCarloResult } from '../model/monte-carlo';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';
import { formatMonth, type Lang } from '../i18n/format';
import { BOM, CRLF, csvNumber, exportTable } from './export-csv';

/** What the sheet says about the scenario, besides its rates (texts already in the page language). */
export interface SheetScenario {
  /** The growth model's name as the page shows it ("Tuyến tính"). */
  modelName: string;
  horizon: MonthIndex;
  /** The data vintage's name ("Số liệu gốc 2024") and its id ("2024"). */
  vintageName: string;
  vintage: string;
  /** The imported dataset's name; null when none is applied. */
  importName: string | null;
  /** The month the answers speak from. */
  asOfMonth: MonthIndex;
  exportedAt: Date;
  /** A rate's unit as the page writes it ("điểm %/tháng"). */
  rateUnit: (indicator: LoadedIndicator) => string;
}

/** Words of the scenario block; kept here, like the table's, because spreadsheets read them, not the page. */
const WORDS = {
  vi: {
    title: 'Mục tiêu số — kịch bản',
    model: 'Mô hình tăng trưởng',
    horizon: 'Dự phóng đến',
    vintage: 'Bộ số liệu',
    imported: 'Số liệu nhập',
    none: 'không có',
    asOf: 'Kết quả tính đến',
    exported: 'Ngày xuất',
    indicator: 'Chỉ tiêu',
    rate: 'Tốc độ mỗi tháng',
    unit: 'Đơn vị',
    month: (m: MonthIndex) => `tháng ${Number(monthText(m).slice(5))}/${monthText(m).slice(0, 4)}`,
    date: (d: Date) => `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`,
  },
  en: {
    title: 'Mục tiêu số — scenario',
    model: 'Growth model',
    horizon: 'Projected to',
    vintage: 'Data vintage',
    imported: 'Imported data',
    none: 'none',
    asOf: 'Results as of',
    exported: 'Exported on',
    indicator: 'Indicator',
    rate: 'Rate per month',
    unit: 'Unit',
    month: (m: MonthIndex) => formatMonth(m, 'en'),
    date: (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  },
} as const;

/** One field of the `;` dialect: quoted (quotes doubled) only when it holds `;`, `"` or a line break. */
export function sheetField(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as Excel on a Vietnamese system reads it: decimal comma, no thousands separator.
 * @example sheetNumber(79.6) === '79,6'; sheetNumber(1 / 3) === '0,3333'
 */
export function sheetNumber(value: number): string {
  return csvNumber(value).replace('.', ',');
}

/**
 * The export for Excel set to Vietnamese (list separator `;`, decimal comma): the scenario first (model,
 * horizon, data vintage, imported data, the month answers speak from, the export date, then each
 * indicator's rate per month), a blank line, then the month × indicator table of `exportTable`.
 * UTF-8 BOM, CRLF line endings. Labels in `lang`; the dialect is the same in both languages.
 * @example exportSpreadsheet(…, 'vi', …) starts with '\uFEFFMục tiêu số — kịch bản\r\nMô hình tăng trưởng;Tuyến tính'
 */
export function exportSpreadsheet(
  dataset: Dataset,
  result: ProjectionResult,
  request: ProjectionRequest,
  userObservations: Record<string, UserObservation[]>,
  lang: Lang,
  scenario: SheetScenario,
  bands: MonteCarloResult | null = null,
): string {
  const words = WORDS[lang];
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  // A mixed line's rate is not its own (it follows its levels): only rates that move a line are listed.
  const rates = request.indicators
    .filter((input) => !input.mix && input.start !== null && byId.has(input.id))
    .map((input) => {
      const indicator = byId.get(input.id)!;
      return [indicator.name[lang], sheetNumber(input.ratePerMonth), scenario.rateUnit(indicator)];
    });
  const { header, rows } = exportTable(dataset, result, userObservations, lang, bands);
  const lines: string[][] = [
    [words.title],
    [words.model, scenario.modelName],
    [words.horizon, words.month(scenario.horizon)],
    [words.vintage, `${scenario.vintageName} (${scenario.vintage})`],
    [words.imported, scenario.importName ?? words.none],
    [words.asOf, words.month(scenario.asOfMonth)],
    [words.exported, words.date(scenario.exportedAt)],
    [],
    [words.indicator, words.rate, words.unit],
    ...rates,
    [],
    header,
    ...rows.map(([month, ...values]) => [
      month,
      ...values.map((v) => (v === undefined ? '' : sheetNumber(v))),
    ]),
  ];
  return BOM + lines.map((cells) => cells.map(sheetField).join(';')).join(CRLF) + CRLF;
}
