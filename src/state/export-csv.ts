import { countedPoints, type UserObservation } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import { monthText, type MonthIndex } from '../model/month';
import { seriesOf } from '../model/project-scenario';
import type { MonteCarloResult } from '../model/monte-carlo';
import { bandOf } from '../model/monte-carlo-quantiles';
import type { ProjectionResult } from '../model/projection-types';
import type { TargetAnswer } from '../model/target-answer';
import type { Lang } from '../i18n/format';
import type { ScenarioSnapshot } from './build-request';

/** Header words of the CSV; kept here because the file is read by spreadsheets, not by the page. */
const HEADERS = {
  vi: {
    month: 'Tháng',
    projection: 'dự phóng',
    observed: 'số liệu',
    band: ['dải 10%', 'dải 25%', 'dải 50%', 'dải 75%', 'dải 90%'],
  },
  en: {
    month: 'Month',
    projection: 'projection',
    observed: 'observed',
    band: ['band 10%', 'band 25%', 'band 50%', 'band 75%', 'band 90%'],
  },
} as const;

/** Byte-order mark: without it Excel opens UTF-8 as a legacy code page and mangles Vietnamese. */
export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** One field as RFC 4180 wants it: quoted (quotes doubled) only when it holds `,`, `"` or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number for machines: dot decimal, at most 4 decimals, no thousands separator, whatever the language.
 * @example csvNumber(79.6) === '79.6'; csvNumber(1 / 3) === '0.3333'
 */
export function csvNumber(value: number): string {
  const rounded = Number(value.toFixed(4));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

interface Column {
  startMonth: MonthIndex;
  projection: Float64Array;
  observed: Map<MonthIndex, number>;
  band: { startMonth: MonthIndex; rows: Float64Array[] } | null;
}

/** The month × indicator table before it is written: month texts, then numbers (undefined: no value). */
export interface ExportTable {
  header: string[];
  rows: [string, ...(number | undefined)[]][];
}

/**
 * The scenario as a month × indicator table: `Tháng`/`Month`, then for every indicator with a series its
 * projection and its counted observations (seeded, later and the user's; alternative figures left out).
 * With `bands`, each indicator that has one also gets its band's five rows (`band 10%` … `band 90%`,
 * `dải 10%` … in Vietnamese). Rows run from the earliest observation to the last projected month.
 */
export function exportTable(
  dataset: Dataset,
  result: ProjectionResult,
  userObservations: Record<string, UserObservation[]>,
  lang: Lang,
  bands: MonteCarloResult | null = null,
): ExportTable {
  const words = HEADERS[lang];
  const header: string[] = [words.month];
  const columns: Column[] = [];
  for (const indicator of dataset.indicators) {
    const series = seriesOf(result, indicator.id);
    if (!series || series.values.length === 0) continue;
    const points = countedPoints(indicator.observations, userObservations[indicator.id]);
    const band = bandOf(bands, indicator.id);
    columns.push({
      startMonth: series.startMonth,
      projection: series.values,
      observed: new Map(points.map((p) => [p.month, p.value])),
      band,
    });
    const name = indicator.name[lang];
    header.push(`${name} — ${words.projection}`, `${name} — ${words.observed}`);
    if (band) header.push(...words.band.map((label) => `${name} — ${label}`));
  }

  const rows: ExportTable['rows'] = [];
  if (columns.length > 0) {
    const first = Math.min(...columns.flatMap((c) => [c.startMonth, ...c.observed.keys()]));
    const last = Math.max(...columns.map((c) => c.startMonth + c.projection.length - 1));
    for (let month = first; month <= last; month++) {
      const cells: ExportTable['rows'][number] = [monthText(month)];
      for (const column of columns) {
        cells.push(column.projection[month - column.startMonth], column.observed.get(month));
        const band = column.band;
        if (band) for (const row of band.rows) cells.push(row[month - band.startMonth]);
      }
      rows.push(cells);
    }
  }
  return { header, rows };
}

/**
 * The table as a standard CSV for machines: `,` between fields, dot decimals, UTF-8 BOM, CRLF line endings.
 * @example exportCsv(dataset, result, {}, 'en') starts with '\uFEFFMonth,Dossiers … — projection,…'
 */
export function exportCsv(
  dataset: Dataset,
  result: ProjectionResult,
  userObservations: Record<string, UserObservation[]>,
  lang: Lang,
  bands: MonteCarloResult | null = null,
): string {
  const { header, rows } = exportTable(dataset, result, userObservations, lang, bands);
  const lines = [
    header.map(csvField).join(','),
    ...rows.map(([month, ...values]) =>
      [month, ...values.map((v) => (v === undefined ? '' : csvNumber(v)))].join(','),
    ),
  ];
  return BOM + lines.join(CRLF) + CRLF;
}

/** What a saved scenario file holds; `query` is the same text the share link carries. */
/** A target's answer in the scenario file: the model's answer with its months written out. */
export interface ExportedAnswer {
  indicator: string;
  target: string;
  targetValue: number;
  deadline: string;
  status: TargetAnswer['status'];
  rateNeeded: number | null;
  rateFrom: string | null;
  reachedMonth: string | null;
  reported: { month: string; value: number; source: string } | null;
  progress: string | null;
  probability: number | null;
}

/** The answers as plain data for the scenario file. */
export function exportedAnswers(answers: readonly TargetAnswer[]): ExportedAnswer[] {
  return answers.map((a) => ({
    indicator: a.indicatorId,
    target: a.targetId,
    targetValue: a.targetValue,
    deadline: monthText(a.deadline),
    status: a.status,
    rateNeeded: a.rateNeeded?.ratePerMonth ?? null,
    rateFrom: a.rateNeeded ? monthText(a.rateNeeded.fromMonth) : null,
    reachedMonth: a.reachedMonth === null ? null : monthText(a.reachedMonth),
    reported: a.reported ? { ...a.reported, month: monthText(a.reported.month) } : null,
    progress: a.progress?.category ?? null,
    probability: a.probability?.probability ?? null,
  }));
}

export interface ScenarioFile {
  format: 'muc-tieu-so/scenario';
  version: 1;
  appVersion: string;
  vintage: string;
  query: string;
  snapshot: ScenarioSnapshot;
  /** Each target's answer as the page shows it (model/target-answer.ts); months as YYYY-MM. */
  answers?: ExportedAnswer[];
  /** The band per indicator and month, when uncertainty was on: labels in both languages, then rows. */
  bands?: {
    labels: { vi: readonly string[]; en: readonly string[] };
    byIndicator: Record<
      string,
      { startMonth: string; p10: number[]; p25: number[]; p50: number[]; p75: number[]; p90: number[] }
    >;
  };
  exportedAt?: string;
}

/** The bands of a run as the JSON file carries them (numbers as csvNumber rounds them). */
function bandsJson(bands: MonteCarloResult): NonNullable<ScenarioFile['bands']> {
  const byIndicator: NonNullable<ScenarioFile['bands']>['byIndicator'] = {};
  for (const slot of bands.layout) {
    const band = bandOf(bands, slot.id);
    if (!band) continue;
    const [p10, p25, p50, p75, p90] = band.rows.map((row) => Array.from(row, (v) => Number(csvNumber(v))));
    byIndicator[slot.id] = {
      startMonth: monthText(band.startMonth),
      p10: p10!,
      p25: p25!,
      p50: p50!,
      p75: p75!,
      p90: p90!,
    };
  }
  return { labels: { vi: HEADERS.vi.band, en: HEADERS.en.band }, byIndicator };
}

/**
 * The scenario as pretty JSON for download, with the band per indicator and month when `bands` is given.
 * `exportedAt` defaults to now; pass a date for a fixed stamp or null to leave it out (tests).
 */
export function exportScenarioJson(
  urlQuery: string,
  snapshot: ScenarioSnapshot,
  datasetVintage: string,
  appVersion: string,
  exportedAt: Date | null = new Date(),
  bands: MonteCarloResult | null = null,
  answers: readonly TargetAnswer[] = [],
): string {
  const file: ScenarioFile = {
    format: 'muc-tieu-so/scenario',
    version: 1,
    appVersion,
    vintage: datasetVintage,
    query: urlQuery,
    snapshot,
    ...(answers.length ? { answers: exportedAnswers(answers) } : {}),
    ...(bands ? { bands: bandsJson(bands) } : {}),
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
