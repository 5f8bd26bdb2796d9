import { countedPoints, type UserObservation } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import { monthText, type MonthIndex } from '../model/month';
import { seriesOf } from '../model/project-scenario';
import type { ProjectionResult } from '../model/projection-types';
import type { Lang } from '../i18n/format';
import type { ScenarioSnapshot } from './build-request';

/** Header words of the CSV; kept here because the file is read by spreadsheets, not by the page. */
const HEADERS = {
  vi: { month: 'Tháng', projection: 'dự báo', observed: 'số liệu' },
  en: { month: 'Month', projection: 'projection', observed: 'observed' },
} as const;

/** Byte-order mark: without it Excel opens UTF-8 as a legacy code page and mangles Vietnamese. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

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
}

/**
 * The scenario as a month × indicator table: `Tháng`/`Month`, then for every indicator with a series its
 * projection and its counted observations (seeded, later and the user's; alternative figures left out).
 * Rows run from the earliest observation to the last projected month. UTF-8 BOM, CRLF line endings.
 * @example exportCsv(dataset, result, {}, 'en') starts with '\uFEFFMonth,Dossiers … — projection,…'
 */
export function exportCsv(
  dataset: Dataset,
  result: ProjectionResult,
  userObservations: Record<string, UserObservation[]>,
  lang: Lang,
): string {
  const words = HEADERS[lang];
  const header: string[] = [words.month];
  const columns: Column[] = [];
  for (const indicator of dataset.indicators) {
    const series = seriesOf(result, indicator.id);
    if (!series || series.values.length === 0) continue;
    const points = countedPoints(indicator.observations, userObservations[indicator.id]);
    columns.push({
      startMonth: series.startMonth,
      projection: series.values,
      observed: new Map(points.map((p) => [p.month, p.value])),
    });
    const name = indicator.name[lang];
    header.push(`${name} — ${words.projection}`, `${name} — ${words.observed}`);
  }

  const lines = [header.map(csvField).join(',')];
  if (columns.length > 0) {
    const first = Math.min(...columns.flatMap((c) => [c.startMonth, ...c.observed.keys()]));
    const last = Math.max(...columns.map((c) => c.startMonth + c.projection.length - 1));
    for (let month = first; month <= last; month++) {
      const cells = [monthText(month)];
      for (const column of columns) {
        const projected = column.projection[month - column.startMonth];
        const observed = column.observed.get(month);
        cells.push(
          projected === undefined ? '' : csvNumber(projected),
          observed === undefined ? '' : csvNumber(observed),
        );
      }
      lines.push(cells.join(','));
    }
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** What a saved scenario file holds; `query` is the same text the share link carries. */
export interface ScenarioFile {
  format: 'muc-tieu-so/scenario';
  version: 1;
  appVersion: string;
  vintage: string;
  query: string;
  snapshot: ScenarioSnapshot;
  exportedAt?: string;
}

/**
 * The scenario as pretty JSON for download. `exportedAt` defaults to now; pass a date for a fixed stamp or
 * null to leave it out (tests).
 */
export function exportScenarioJson(
  urlQuery: string,
  snapshot: ScenarioSnapshot,
  datasetVintage: string,
  appVersion: string,
  exportedAt: Date | null = new Date(),
): string {
  const file: ScenarioFile = {
    format: 'muc-tieu-so/scenario',
    version: 1,
    appVersion,
    vintage: datasetVintage,
    query: urlQuery,
    snapshot,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
