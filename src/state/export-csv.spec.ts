import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/load-dataset';
import { monthIndex } from '../model/month';
import { runMonteCarlo } from '../model/monte-carlo';
import { projectScenario } from '../model/project-scenario';
import type { TargetAnswer } from '../model/target-answer';
import { seed, seedDefaults, snapshotWith } from './spec-fixtures';
import { buildRequest, type ScenarioSnapshot } from './build-request';
import { csvField, csvNumber, exportCsv, exportScenarioJson } from './export-csv';

const dataset = seed;
const defaults = seedDefaults;
const snapshot = snapshotWith;
const csvOf = (data: Dataset, s: ScenarioSnapshot, lang: 'vi' | 'en') =>
  exportCsv(data, projectScenario(buildRequest(data, s, defaults)), s.userObservations, lang);
/** The CSV read back by a real parser, so quoting is checked the way a spreadsheet would read it. */
const table = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
const cell = (rows: string[][], month: string, column: string) =>
  rows.find((row) => row[0] === month)![rows[0]!.indexOf(column)];

describe('exportCsv on the seeded page', () => {
  const vi = csvOf(dataset, snapshot(), 'vi');
  const en = csvOf(dataset, snapshot(), 'en');

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(vi.startsWith('\uFEFFTháng,')).toBe(true);
    expect(en.startsWith('\uFEFFMonth,')).toBe(true);
    expect(vi.endsWith('\r\n')).toBe(true);
    expect(vi.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('names the columns in the chosen language, quoting the one with a comma', () => {
    expect(vi.split('\r\n')[0]).toMatch(
      /^\uFEFFTháng,Tỷ lệ hồ sơ trực tuyến toàn trình \(cả nước\) — dự phóng,Tỷ lệ hồ sơ trực tuyến toàn trình \(cả nước\) — số liệu,"Tỷ lệ hồ sơ trực tuyến toàn trình — bộ, ngành — dự phóng","Tỷ lệ hồ sơ trực tuyến toàn trình — bộ, ngành — số liệu",/,
    );
    expect(en.split('\r\n')[0]).toMatch(
      /^\uFEFFMonth,Dossiers handled fully online \(national\) — projection,Dossiers handled fully online \(national\) — observed,Dossiers handled fully online — ministries — projection,/,
    );
  });

  it('has one column pair per indicator with a series (none for indicators without a baseline)', () => {
    const header = table(en)[0]!;
    // 21 indicators, 2 without a figure (tagged dossiers, paperwork cut): 1 + 2·19 columns.
    expect(header).toHaveLength(39);
    expect(header).not.toContain('Dossiers tagged with personal ID — projection');
  });

  it('runs from the earliest observation (PAPI 2020, 2020-10) to the horizon (2026-12): 75 rows', () => {
    const rows = table(en);
    expect(rows[1]![0]).toBe('2020-10');
    expect(rows.at(-1)![0]).toBe('2026-12');
    expect(rows).toHaveLength(1 + 75);
  });

  it('writes the dossier share of 2024-06 as projection 42 and observed 42', () => {
    const rows = table(vi);
    expect(cell(rows, '2024-06', 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — dự phóng')).toBe('42');
    expect(cell(rows, '2024-06', 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — số liệu')).toBe('42');
    // Flat by default (one observation): still 42 later, with no observation.
    expect(cell(rows, '2025-06', 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — dự phóng')).toBe('42');
    expect(cell(rows, '2025-06', 'Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước) — số liệu')).toBe('');
  });

  it('writes fibre 2023-12 as observed 79.6 (dot even in vi) before its projection starts', () => {
    const rows = table(vi);
    expect(cell(rows, '2023-12', 'Hộ gia đình dùng Internet cáp quang băng rộng — số liệu')).toBe('79.6');
    expect(cell(rows, '2023-12', 'Hộ gia đình dùng Internet cáp quang băng rộng — dự phóng')).toBe('');
    // 79.6 rests on an assumption, so no default trend: flat from 82.2 in 2024-06.
    expect(cell(rows, '2024-09', 'Hộ gia đình dùng Internet cáp quang băng rộng — dự phóng')).toBe('82.2');
  });

  it('leaves out alternative figures and adds the user’s own', () => {
    const s = snapshot({
      userObservations: { essentialServicesOnPortal: [{ month: monthIndex('2025-03'), value: 70 }] },
    });
    const rows = table(csvOf(dataset, s, 'en'));
    const observed = 'Essential public services on the national portal — observed';
    // 2024-06 has 56.58 counted and 81.13 marked alternative.
    expect(cell(rows, '2024-06', observed)).toBe('56.58');
    expect(cell(rows, '2025-03', observed)).toBe('70');
    expect(cell(rows, '2025-03', 'Essential public services on the national portal — projection')).toBe('70');
  });
});

describe('exportCsv quoting (RFC 4180)', () => {
  const fibre = dataset.indicators.find((i) => i.id === 'fibreHouseholds')!;
  const fake: Dataset = {
    ...dataset,
    indicators: [{ ...fibre, name: { vi: 'Cáp quang, "hộ"', en: 'Fibre,\nhouseholds' } }],
  };

  it.each([
    ['vi', '\uFEFFTháng,"Cáp quang, ""hộ"" — dự phóng","Cáp quang, ""hộ"" — số liệu"\r\n'],
    ['en', '\uFEFFMonth,"Fibre,\nhouseholds — projection","Fibre,\nhouseholds — observed"\r\n'],
  ] as const)('quotes and doubles quotes in %s', (lang, header) => {
    const csv = csvOf(fake, snapshot(), lang);
    expect(csv.startsWith(header)).toBe(true);
    expect(csv).toContain('\r\n2023-12,,79.6\r\n2024-01,,\r\n');
    expect(table(csv)[0]![1]).toBe(
      `${fake.indicators[0]!.name[lang]} — ${lang === 'vi' ? 'dự phóng' : 'projection'}`,
    );
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
  ])('csvField(%j) → %j', (text, field) => expect(csvField(text)).toBe(field));

  it.each([
    [79.6, '79.6'],
    [1 / 3, '0.3333'],
    [100, '100'],
    [-0.00001, '0'],
    [12345.67891, '12345.6789'],
  ])('csvNumber(%d) → %s', (value, text) => expect(csvNumber(value)).toBe(text));
});

describe('exportScenarioJson', () => {
  const s = snapshot({ rateOverrides: { dossiersFullOnline: 3.23 } });

  it('carries each target’s answer as the page shows it, months written out', () => {
    const answer = {
      indicatorId: 'servicesFullOnline',
      targetId: 'services100by2025',
      targetValue: 100,
      deadline: monthIndex('2025-12'),
      status: 'paceUnknown',
      rateNeeded: { ratePerMonth: 2.65, fromMonth: monthIndex('2024-07') },
      reachedMonth: null,
      reported: null,
      progress: { ratio: null, category: 'noPace' },
      probability: null,
    } as unknown as TargetAnswer;
    const file = JSON.parse(exportScenarioJson('', s, 'v', '0.1.0', null, null, [answer]));
    expect(file.answers).toEqual([
      {
        indicator: 'servicesFullOnline',
        target: 'services100by2025',
        targetValue: 100,
        deadline: '2025-12',
        status: 'paceUnknown',
        rateNeeded: 2.65,
        rateFrom: '2024-07',
        reachedMonth: null,
        reported: null,
        progress: 'noPace',
        probability: null,
      },
    ]);
  });

  it('writes a versioned, pretty file with the share query', () => {
    const json = exportScenarioJson('?v=1&r.dossiersFullOnline=3.23', s, '2024-mid', '0.1.0', null);
    expect(json.startsWith('{\n  "format": "muc-tieu-so/scenario",\n  "version": 1,\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({
      format: 'muc-tieu-so/scenario',
      version: 1,
      appVersion: '0.1.0',
      vintage: '2024-mid',
      query: '?v=1&r.dossiersFullOnline=3.23',
      snapshot: s,
    });
  });

  it('stamps the export time when given', () => {
    const json = exportScenarioJson('', s, 'v', '0.1.0', new Date(Date.UTC(2025, 0, 2, 3, 4, 5)));
    expect(JSON.parse(json).exportedAt).toBe('2025-01-02T03:04:05.000Z');
  });
});

describe('exports with the band', () => {
  // Fibre with level noise 1 pp only: its band is exact, p10/p90 = line ∓ 1.2816, p25/p75 = line ∓ 0.6745.
  const s = snapshot();
  const request = buildRequest(dataset, s, defaults);
  const bands = runMonteCarlo(request, {
    paths: 10,
    seed: 1,
    sigmaById: {},
    levelSdById: { fibreHouseholds: 1 },
    ids: ['fibreHouseholds'],
  })!;
  const result = projectScenario(request);

  it.each([
    ['vi', 'Tỉ lệ hộ gia đình dùng cáp quang', 'dải'],
    ['en', 'Households on fibre broadband', 'band'],
  ] as const)('%s: five band columns named %s … %s 10%% … 90%%', (lang, _n, word) => {
    const rows = table(exportCsv(dataset, result, {}, lang, bands));
    const name = dataset.indicators.find((i) => i.id === 'fibreHouseholds')!.name[lang];
    const columns = [10, 25, 50, 75, 90].map((q) => `${name} — ${word} ${q}%`);
    for (const column of columns) expect(rows[0]).toContain(column);
    // 2024-06, the start: 82.2 ∓ 1.2816 → 80.9184 and 83.4816; the median is the line, 82.2.
    expect(columns.map((c) => cell(rows, '2024-06', c))).toEqual([
      '80.9184',
      '81.5255',
      '82.2',
      '82.8745',
      '83.4816',
    ]);
    // Before the start, no band.
    expect(cell(rows, '2023-12', columns[0]!)).toBe('');
  });

  it('adds no band columns when uncertainty is off', () => {
    expect(table(exportCsv(dataset, result, {}, 'en'))[0]!.some((c) => c.includes(' — band '))).toBe(false);
  });

  it('puts the band per month in the JSON file, with the column names of both languages', () => {
    const file = JSON.parse(exportScenarioJson('', s, 'v', '0.1.0', null, bands));
    expect(file.bands.labels.vi).toEqual(['dải 10%', 'dải 25%', 'dải 50%', 'dải 75%', 'dải 90%']);
    expect(file.bands.labels.en[4]).toBe('band 90%');
    const fibre = file.bands.byIndicator.fibreHouseholds;
    expect(fibre.startMonth).toBe('2024-06');
    expect([fibre.p10[0], fibre.p50[0], fibre.p90[0]]).toEqual([80.9184, 82.2, 83.4816]);
  });
});
