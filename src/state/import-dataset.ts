import Papa from 'papaparse';
import * as v from 'valibot';
import { parseDecimal, type Lang } from '../i18n/format';
import type { UserObservation } from '../model/baseline';
import type { Localized, Unit } from '../model/dataset-schema';
import { isMonthText, monthIndex, monthText, type MonthIndex } from '../model/month';

/** A province's or ministry's own figures, checked and ready to apply. */
export interface ImportedDataset {
  name: string;
  observations: Record<string, UserObservation[]>;
  targets: Record<string, { value: number; deadline: MonthIndex }[]>;
}

/** What an import is checked against: the known indicators and their ceilings. */
export interface ImportContext {
  indicators: { id: string; ceiling: number | null }[];
}

/** What is wrong with one cell of a data row. */
type CellErrorCode =
  | 'unknownIndicator'
  | 'badMonth'
  | 'notANumber'
  | 'aboveCeiling'
  | 'negative'
  /** An unquoted decimal comma in a comma-separated file ("48,5" read as 48 and 5): `value` is "48,5". */
  | 'decimalComma';
/** What is wrong with a whole row (badJson: a JSON row that is not an object). */
type RowErrorCode = 'duplicateRow' | 'targetIncomplete' | 'badJson';
/** What is wrong with the file as a whole (row 0), or its header (missingColumn, row of the header). */
type FileErrorCode = 'missingColumn' | 'emptyFile' | 'badJson' | 'tooManyRows' | 'missingName';
export type ImportErrorCode = CellErrorCode | RowErrorCode | FileErrorCode;

/**
 * One problem in an imported file. `row` is what the user sees: in a CSV the spreadsheet row (header = 1,
 * first data row = 2); in JSON the position in `rows` counted from 1; 0 for the whole file.
 */
export interface ImportError {
  row: number;
  column?: string;
  code: ImportErrorCode;
  value?: string;
}

export type ImportResult = { ok: true; dataset: ImportedDataset } | { ok: false; errors: ImportError[] };

export const MAX_IMPORT_ROWS = 5000;
export const IMPORT_COLUMNS = ['indicator', 'month', 'value', 'target_value', 'target_deadline'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['indicator', 'month', 'value'];

/** A JSON cell may be a number; a CSV cell is always text. */
type Cell = string | number;
type RawRow = { row: number; cells: Partial<Record<Column, Cell>> };

const failure = (errors: ImportError[]): ImportResult => ({ ok: false, errors });
const fileError = (code: ImportErrorCode) => failure([{ row: 0, code }]);
const isBlank = (cell: Cell | undefined) => cell === undefined || (typeof cell === 'string' && !cell.trim());
// Long pasted cells are cut so an error message stays readable.
const shown = (cell: Cell | undefined) => (cell === undefined ? '' : String(cell).trim().slice(0, 80));

/**
 * Parses and checks a pasted or uploaded CSV/JSON file completely; nothing is applied unless all is well.
 * JSON is `{ name?, rows: [...] }` or a bare array of rows; CSV has a header row (any order and case;
 * `,` `;` or tab). Months are `YYYY-MM` or `MM/YYYY`; numbers take a decimal comma or dot. Rows carrying
 * no figure (a blank line, or an unfilled template row) are skipped; a file with no figure at all is
 * 'emptyFile'; rows whose indicator starts with `#` are comments. All errors are returned, sorted by row.
 * @example parseImport('indicator;month;value\nbroadband;06/2025;82,5', 'hanoi.csv', ctx)
 *   → { ok: true, dataset: { name: 'hanoi', observations: { broadband: [{ month: 24305, value: 82.5 }] } … } }
 */
export function parseImport(
  text: string,
  fileName: string,
  context: ImportContext,
  name?: string,
): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileError('emptyFile');
  const isJson = /^\s*[[{]/.test(body) || /\.json$/i.test(fileName.trim());
  const read = isJson ? readJson(body) : readCsv(body);
  // Blank lines and unfilled template rows (an indicator and nothing else) carry nothing to import.
  // Rows whose indicator starts with `#` are comments (the template's example row).
  const rows = read.rows.filter(
    ({ cells }) =>
      !String(cells.indicator ?? '')
        .trim()
        .startsWith('#') && IMPORT_COLUMNS.slice(1).some((c) => !isBlank(cells[c])),
  );
  if (rows.length === 0) return read.errors.length > 0 ? failure(read.errors) : fileError('emptyFile');
  const datasetName = [name, read.name, fileName.trim().replace(/\.[^.]*$/, '')]
    .map((candidate) => candidate?.trim() ?? '')
    .find((candidate) => candidate !== '');
  return checkRows(rows, context, datasetName, read.errors);
}

/** Rows as read from the file, with what could not be read at all. */
type Read = { rows: RawRow[]; name?: string; errors: ImportError[] };

function readCsv(body: string): Read {
  const headerLine = body.split(/\r?\n/).find((line) => line.trim()) ?? '';
  const count = (d: string) => headerLine.split(d).length - 1;
  // Whichever separator the header uses most; Vietnamese Excel writes `;`.
  const delimiter = [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
  const records = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
  const blank = (record: string[]) => record.every((cell) => !cell.trim());
  const headerIndex = records.findIndex((record) => !blank(record));
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const row = headerIndex + 1;
  const errors = missing.map((column): ImportError => ({ row, column, code: 'missingColumn' }));
  if (errors.length > 0) return { rows: [], errors };
  const columns = IMPORT_COLUMNS.filter((column) => header.includes(column));
  const cellsOf = (record: string[]) =>
    Object.fromEntries(columns.map((c) => [c, record[header.indexOf(c)]]));
  const split = (record: string[]) => (delimiter === ',' ? splitDecimal(record, header) : null);
  const rows: RawRow[] = [];
  records.forEach((record, index) => {
    if (index < row) return;
    // A number split by its decimal comma: named on its own cell, and the row's other (misleading) errors,
    // which only follow from the shift, are not reported.
    const decimal = split(record);
    if (decimal) return void errors.push({ row: index + 1, code: 'decimalComma', ...decimal });
    rows.push({ row: index + 1, cells: cellsOf(record) });
    // More cells than columns otherwise: never guess which one is wrong; the value is the likeliest.
    if (!record.slice(header.length).some((cell) => cell.trim())) return;
    const typed = record.slice(header.indexOf('value')).join(delimiter);
    const value = shown(typed.replace(/[,;\s]+$/, ''));
    errors.push({ row: index + 1, column: 'value', code: 'notANumber', value });
  });
  return { rows, errors };
}

/**
 * In a comma-separated row, a number written with an unquoted decimal comma ("48,5") arrives as two cells,
 * "48" and "5", shifting every cell after it. Taken as such when a value column holds a whole number, the
 * next cell holds digits, and the row does not add up otherwise: more or fewer cells than the header, or a
 * target value with no deadline (the "5" pushed into `target_value`), or a month cell of 1–3 digits.
 * @example splitDecimal(['dossiersFullOnline', '2025-06', '48', '5', '', ''], IMPORT_COLUMNS)
 *   → { column: 'value', value: '48,5' }
 */
function splitDecimal(record: string[], header: string[]): { column: Column; value: string } | null {
  const cell = (column: string) => record[header.indexOf(column)]?.trim() ?? '';
  for (const column of ['value', 'target_value'] as const) {
    const at = header.indexOf(column);
    const [whole, fraction] = [record[at]?.trim() ?? '', record[at + 1]?.trim() ?? ''];
    if (at < 0 || !/^-?\d+$/.test(whole) || !/^\d+$/.test(fraction)) continue;
    const shiftedTarget = header[at + 1] === 'target_value' && !cell('target_deadline');
    // A month column after it holding 1–3 digits is no month (a year alone is a month written wrong).
    const notAMonth = ['month', 'target_deadline'].includes(header[at + 1] ?? '') && fraction.length < 4;
    if (record.length !== header.length || shiftedTarget || notAMonth)
      return { column, value: `${whole},${fraction}` };
  }
  return null;
}

/** The parsed value, or undefined when the text is not JSON (JSON itself never yields undefined). */
function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readJson(body: string): Read {
  const parsed = tryJson(body);
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) ? parsed.rows : undefined;
  if (!Array.isArray(list)) return { rows: [], errors: [{ row: 0, code: 'badJson' }] };
  if (list.length > MAX_IMPORT_ROWS) return { rows: [], errors: [{ row: 0, code: 'tooManyRows' }] };
  const name = isObject(parsed) && typeof parsed.name === 'string' ? parsed.name : undefined;
  const rows: RawRow[] = [];
  const errors: ImportError[] = [];
  list.forEach((item: unknown, index) => {
    if (!isObject(item)) return void errors.push({ row: index + 1, code: 'badJson' });
    const cells: RawRow['cells'] = {};
    for (const [key, raw] of Object.entries(item)) {
      const column = IMPORT_COLUMNS.find((c) => c === key.trim().toLowerCase());
      if (!column || raw === null || raw === undefined) continue;
      cells[column] = typeof raw === 'string' || typeof raw === 'number' ? raw : JSON.stringify(raw);
    }
    rows.push({ row: index + 1, cells });
  });
  return { rows, name, errors };
}

/** `YYYY-MM` or `MM/YYYY` (as Vietnamese users write it) → month index; null otherwise. */
function readMonth(cell: Cell | undefined): MonthIndex | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const slashed = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = slashed ? `${slashed[2]}-${slashed[1]!.padStart(2, '0')}` : text;
  return isMonthText(iso) ? monthIndex(iso) : null;
}

/** Checks every row, collecting all errors; `errors` may already hold those found while reading. */
function checkRows(
  rows: RawRow[],
  context: ImportContext,
  name: string | undefined,
  errors: ImportError[] = [],
): ImportResult {
  if (rows.length > MAX_IMPORT_ROWS) return fileError('tooManyRows');
  const ceilings = new Map(context.indicators.map((i) => [i.id, i.ceiling]));
  const observations: ImportedDataset['observations'] = {};
  const targets: ImportedDataset['targets'] = {};
  const seen = new Set<string>();
  for (const { row, cells } of rows) {
    const fail = (column: Column, code: ImportErrorCode) =>
      errors.push({ row, column, code, value: shown(cells[column]) });
    const hasObservation = !isBlank(cells.month) || !isBlank(cells.value);
    const hasTarget = !isBlank(cells.target_value) || !isBlank(cells.target_deadline);
    const id = shown(cells.indicator);
    const known = ceilings.has(id);
    if (!known) fail('indicator', 'unknownIndicator');
    const ceiling = ceilings.get(id) ?? null;
    const month = (column: 'month' | 'target_deadline') => {
      const index = readMonth(cells[column]);
      if (index === null) fail(column, 'badMonth');
      return index;
    };
    const number = (column: 'value' | 'target_value') => {
      const cell = cells[column];
      const value =
        typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : parseDecimal(cell ?? '');
      if (value === null) fail(column, 'notANumber');
      else if (value < 0) fail(column, 'negative');
      else if (ceiling !== null && value > ceiling) fail(column, 'aboveCeiling');
      else return value + 0; // + 0 turns -0 into 0
      return null;
    };
    // True from the second time a key is met: the later row is the one reported.
    const repeated = (key: string) => seen.size === seen.add(key).size;

    if (hasObservation) {
      const at = month('month');
      const value = number('value');
      if (known && at !== null && repeated(`observation:${id}:${at}`)) fail('month', 'duplicateRow');
      if (known && at !== null && value !== null) (observations[id] ??= []).push({ month: at, value });
    }
    if (hasTarget) {
      const incomplete = IMPORT_COLUMNS.slice(3).filter((column) => isBlank(cells[column]));
      for (const column of incomplete) fail(column, 'targetIncomplete');
      if (incomplete.length > 0) continue;
      const value = number('target_value');
      const deadline = month('target_deadline');
      if (known && deadline !== null && repeated(`target:${id}:${deadline}`))
        fail('target_deadline', 'duplicateRow');
      if (known && deadline !== null && value !== null) (targets[id] ??= []).push({ value, deadline });
    }
  }
  if (!name) errors.push({ row: 0, code: 'missingName' });
  if (errors.length > 0) return failure(errors.sort((a, b) => a.row - b.row));
  for (const list of Object.values(observations)) list.sort((a, b) => a.month - b.month);
  for (const list of Object.values(targets)) list.sort((a, b) => a.deadline - b.deadline);
  return { ok: true, dataset: { name: name!, observations, targets } };
}

/** What the fill-in form says about an indicator: its id, its name and its unit. */
export interface TemplateIndicator {
  id: string;
  name: Localized;
  unit: Unit;
}

/** Words of the form; kept here because a spreadsheet reads them, not the page. */
const TEMPLATE_WORDS = {
  vi: {
    name: 'tên chỉ tiêu (để tham khảo)',
    unit: 'đơn vị',
    example: 'ví dụ, không được nhập: dòng bắt đầu bằng # bị bỏ qua',
    units: {
      percent: '%',
      percentOfGdp: '% GDP',
      millionAccounts: 'triệu tài khoản',
      millionPeople: 'triệu người',
      billionUsd: 'tỷ USD',
    },
  },
  en: {
    name: 'indicator name (for reference)',
    unit: 'unit',
    example: 'example, not imported: rows starting with # are skipped',
    units: {
      percent: '%',
      percentOfGdp: '% of GDP',
      millionAccounts: 'million accounts',
      millionPeople: 'million people',
      billionUsd: 'billion USD',
    },
  },
} as const satisfies Record<Lang, { units: Record<Unit, string> } & Record<string, unknown>>;

/**
 * The downloadable fill-in form: the import columns, then each indicator's name and unit (read by people,
 * skipped on import); an example row (starting with `#`, skipped on import), then one row per indicator
 * with the figures left empty. In Vietnamese it is written as Excel set to Vietnamese reads it (`;`, decimal
 * comma), in English with `,` and a dot. UTF-8 BOM; rows left empty are skipped on import.
 * @example templateCsv([{ id: 'fibreHouseholds', name, unit: 'percent' }], 'en') ===
 *   '\uFEFFindicator,month,value,target_value,target_deadline,indicator name (for reference),unit\r\n' +
 *   '# fibreHouseholds,2025-06,82.5,100,2030-12,Households on fibre … (example, not imported: …),%\r\n' +
 *   'fibreHouseholds,,,,,Households on fibre broadband,%'
 */
export function templateCsv(indicators: readonly TemplateIndicator[], lang: Lang): string {
  const words = TEMPLATE_WORDS[lang];
  const number = (value: number) => (lang === 'vi' ? String(value).replace('.', ',') : String(value));
  const example = indicators[0];
  const data = [
    ...(example
      ? [
          [
            `# ${example.id}`,
            '2025-06',
            number(48.5),
            '80',
            '2025-12',
            `${example.name[lang]} (${words.example})`,
            words.units[example.unit],
          ],
        ]
      : []),
    ...indicators.map((i) => [i.id, '', '', '', '', i.name[lang], words.units[i.unit]]),
  ];
  const fields = [...IMPORT_COLUMNS, words.name, words.unit];
  const delimiter = lang === 'vi' ? ';' : ',';
  return '\uFEFF' + Papa.unparse({ fields, data }, { newline: '\r\n', delimiter });
}

/** Compact stored form: `[month, value]` and `[value, deadline]` pairs with months as `YYYY-MM`. */
const StoredDataset = v.object({
  v: v.literal(1),
  name: v.pipe(v.string(), v.nonEmpty()),
  o: v.record(v.string(), v.array(v.tuple([v.string(), v.number()]))),
  t: v.record(v.string(), v.array(v.tuple([v.number(), v.string()]))),
});
type StoredDataset = v.InferOutput<typeof StoredDataset>;

/**
 * The dataset as compact JSON text, for saved scenarios.
 * @example importToJson(d) === '{"v":1,"name":"hanoi","o":{"broadband":[["2025-06",82.5]]},"t":{}}'
 */
export function importToJson(dataset: ImportedDataset): string {
  const pairs = <T, P>(record: Record<string, T[]>, pair: (item: T) => P) =>
    Object.fromEntries(Object.entries(record).map(([id, list]) => [id, list.map(pair)]));
  return JSON.stringify({
    v: 1,
    name: dataset.name,
    o: pairs(dataset.observations, (o): [string, number] => [monthText(o.month), o.value]),
    t: pairs(dataset.targets, (t): [number, string] => [t.value, monthText(t.deadline)]),
  } satisfies StoredDataset);
}

/**
 * Reads a stored dataset (JSON text or the parsed value) back, running the same checks as an import
 * against today's indicators; null when anything does not fit, so a stale save is never half-applied.
 */
export function importFromJson(json: unknown, context: ImportContext): ImportedDataset | null {
  const stored = v.safeParse(StoredDataset, typeof json === 'string' ? tryJson(json) : json);
  if (!stored.success) return null;
  const { name, o, t } = stored.output;
  const rows: RawRow[] = [
    ...Object.entries(o).flatMap(([indicator, list]) =>
      list.map(([month, value]) => ({ indicator, month, value })),
    ),
    ...Object.entries(t).flatMap(([indicator, list]) =>
      list.map(([target_value, target_deadline]) => ({ indicator, target_value, target_deadline })),
    ),
  ].map((cells, index) => ({ row: index + 1, cells }));
  const result = checkRows(rows, context, name);
  return result.ok ? result.dataset : null;
}
