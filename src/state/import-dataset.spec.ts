import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import {
  importFromJson,
  importToJson,
  MAX_IMPORT_ROWS,
  parseImport,
  templateCsv,
  type ImportedDataset,
  type ImportResult,
} from './import-dataset';

const context = {
  indicators: [
    { id: 'dossiersFullOnline', ceiling: 100 },
    { id: 'fibreHouseholds', ceiling: 100 },
    { id: 'eidAccountsIssued', ceiling: null },
  ],
};
const m = monthIndex;
const obs = (month: string, value: number) => ({ month: m(month), value });
const target = (value: number, deadline: string) => ({ value, deadline: m(deadline) });
const datasetOf = (result: ImportResult): ImportedDataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
};
const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors);

describe('parseImport: valid files', () => {
  it.each<[string, string, string, Partial<ImportedDataset>]>([
    [
      'CSV with `,`, a quoted decimal comma, months out of order (sorted on reading)',
      'indicator,month,value\n' +
        'dossiersFullOnline,2025-06,55\n' +
        'dossiersFullOnline,2024-12,48.5\n' +
        'eidAccountsIssued,2025-03,"87,2"\n',
      'hanoi.csv',
      {
        name: 'hanoi',
        observations: {
          dossiersFullOnline: [obs('2024-12', 48.5), obs('2025-06', 55)],
          eidAccountsIssued: [obs('2025-03', 87.2)],
        },
      },
    ],
    [
      'CSV with `;`, decimal commas, MM/YYYY, shuffled upper-case header, a target-only row',
      'Month;INDICATOR;Value;Target_Value;Target_Deadline\r\n' +
        '06/2025;fibreHouseholds;82,5;;\r\n' +
        ';fibreHouseholds;;90;12/2026\r\n' +
        '9/2025;eidAccountsIssued;101,3;;\r\n',
      'da-nang.csv',
      {
        name: 'da-nang',
        observations: { fibreHouseholds: [obs('2025-06', 82.5)], eidAccountsIssued: [obs('2025-09', 101.3)] },
        targets: { fibreHouseholds: [target(90, '2026-12')] },
      },
    ],
    [
      'CSV with tabs, a UTF-8 BOM, blank lines and an extra column',
      '\uFEFFindicator\tmonth\tvalue\tghi chú\n\nfibreHouseholds\t2025-01\t80\tBáo cáo Sở TT&TT\n\n',
      'hue.tsv',
      { name: 'hue', observations: { fibreHouseholds: [obs('2025-01', 80)] } },
    ],
    [
      'JSON bare array, numbers as strings and numbers',
      '[{"indicator":"fibreHouseholds","month":"2025-06","value":"82,5"},' +
        '{"indicator":"fibreHouseholds","target_value":95,"target_deadline":"2030-12"}]',
      'quang-ninh.json',
      {
        name: 'quang-ninh',
        observations: { fibreHouseholds: [obs('2025-06', 82.5)] },
        targets: { fibreHouseholds: [target(95, '2030-12')] },
      },
    ],
    [
      'JSON object with a name (file name ignored)',
      '{"name":"Bộ Công an","rows":[{"indicator":"eidAccountsIssued","month":"2025-06","value":90.1}]}',
      'export.txt',
      { name: 'Bộ Công an', observations: { eidAccountsIssued: [obs('2025-06', 90.1)] } },
    ],
  ])('%s', (_label, text, fileName, expected) => {
    expect(datasetOf(parseImport(text, fileName, context))).toEqual({
      observations: {},
      targets: {},
      ...expected,
    });
  });

  it('takes the name argument before the JSON name and the file name', () => {
    const text = '{"name":"in file","rows":[{"indicator":"fibreHouseholds","month":"2025-06","value":1}]}';
    expect(datasetOf(parseImport(text, 'file.json', context, 'Tỉnh Lào Cai')).name).toBe('Tỉnh Lào Cai');
  });
});

const header = 'indicator,month,value,target_value,target_deadline\n';
const ok = 'fibreHouseholds,2025-01,80,,\n';

describe('parseImport: each error on its row', () => {
  // [code, row, column, text, the cell as reported]
  it.each<[string, number, string, string, string?]>([
    ['unknownIndicator', 3, 'indicator', header + ok + 'broadband,2025-01,80,,', 'broadband'],
    ['badMonth', 2, 'month', header + 'fibreHouseholds,2025-13,80,,', '2025-13'],
    ['badMonth', 2, 'month', header + 'fibreHouseholds,13/2025,80,,', '13/2025'],
    ['badMonth', 2, 'month', header + 'fibreHouseholds,,80,,', ''],
    ['badMonth', 2, 'target_deadline', header + 'fibreHouseholds,,,90,2030', '2030'],
    ['notANumber', 3, 'value', header + ok + 'fibreHouseholds,2025-02,tám mươi,,', 'tám mươi'],
    ['notANumber', 2, 'value', header + 'fibreHouseholds,2025-01,,,', ''],
    // An unquoted decimal comma splits the value: named on its cell, never read as 82 (nor 5 as a target).
    ['decimalComma', 2, 'value', 'indicator,month,value\nfibreHouseholds,2025-01,82,5', '82,5'],
    ['decimalComma', 2, 'value', header + 'fibreHouseholds,2025-01,48,5', '48,5'],
    ['decimalComma', 2, 'value', header + 'fibreHouseholds,2025-01,48,5,', '48,5'],
    ['decimalComma', 2, 'value', header + 'fibreHouseholds,2025-01,48,5,,', '48,5'],
    ['decimalComma', 2, 'target_value', header + 'fibreHouseholds,,,80,5,2030-12', '80,5'],
    ['decimalComma', 2, 'target_value', header + 'fibreHouseholds,,,80,5', '80,5'],
    // JSON rows count from 1 (no header row).
    ['notANumber', 1, 'value', '[{"indicator":"fibreHouseholds","month":"2025-01","value":true}]', 'true'],
    ['aboveCeiling', 2, 'value', header + 'fibreHouseholds,2025-01,"100,1",,', '100,1'],
    ['aboveCeiling', 2, 'target_value', header + 'fibreHouseholds,,,120,2030-12', '120'],
    ['negative', 2, 'value', header + 'eidAccountsIssued,2025-01,-3,,', '-3'],
    ['duplicateRow', 3, 'month', header + ok + ok, '2025-01'],
    ['duplicateRow', 3, 'month', header + ok + 'fibreHouseholds,01/2025,81,,', '01/2025'],
    ['duplicateRow', 3, 'target_deadline', header + 'fibreHouseholds,,,90,2030-12\n'.repeat(2), '2030-12'],
    ['targetIncomplete', 2, 'target_deadline', header + 'fibreHouseholds,,,90,', ''],
    ['targetIncomplete', 3, 'target_value', header + ok + 'fibreHouseholds,,,,2030-12', ''],
    ['missingColumn', 1, 'value', 'indicator,month\nfibreHouseholds,2025-01'],
  ])('%s on row %i, column %s', (code, row, column, text, value) => {
    const expected = value === undefined ? { row, column, code } : { row, column, code, value };
    expect(errorsOf(parseImport(text, 'data.csv', context))).toEqual([expected]);
  });

  it('reports a JSON row that is not an object as badJson on that row, with the other rows checked', () => {
    const text = '[7, {"indicator":"broadband","month":"2025-01","value":80}]';
    expect(errorsOf(parseImport(text, 'a.json', context))).toEqual([
      { row: 1, code: 'badJson' },
      { row: 2, column: 'indicator', code: 'unknownIndicator', value: 'broadband' },
    ]);
  });

  it.each([
    ['emptyFile', 'nothing', '', 'a.csv'],
    ['emptyFile', 'a BOM and blank lines', '\uFEFF \n\t\n', 'a.csv'],
    ['emptyFile', 'a header only', header, 'a.csv'],
    ['emptyFile', 'no JSON rows', '{"rows":[]}', 'a.json'],
    ['badJson', 'rows not a list', '{"rows": 5}', 'a.json'],
    ['badJson', 'CSV in a .json file', 'indicator,month,value', 'a.json'],
    ['badJson', 'cut-off JSON', '{"rows": [', 'a.txt'],
    ['missingName', 'no name at all', header + ok, '.csv'],
    ['tooManyRows', 'one CSV row too many', header + ok.repeat(MAX_IMPORT_ROWS + 1), 'a.csv'],
    ['tooManyRows', 'one JSON row too many', JSON.stringify(Array(MAX_IMPORT_ROWS + 1).fill({})), 'a.json'],
  ])('%s for the whole file: %s', (code, _label, text, fileName) => {
    expect(errorsOf(parseImport(text, fileName, context))).toEqual([{ row: 0, code }]);
  });

  it('accepts exactly the maximum number of rows', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `eidAccountsIssued,,,${i},2030-01`);
    // Same deadline on every row, so each row after the first is a duplicate: all are still read.
    const errors = errorsOf(parseImport(header + rows.join('\n'), 'a.csv', context));
    expect(errors).toHaveLength(MAX_IMPORT_ROWS - 1);
  });

  it('reports every error, sorted by row, several on one row', () => {
    const text =
      'indicator;month;value;target_value;target_deadline\n' +
      'fibreHouseholds;2025-01;80;;\n' + // row 2: fine
      'broadband;2025-02;x;;\n' + // row 3: unknown indicator and not a number
      'fibreHouseholds;2025-01;81;;\n' + // row 4: duplicate of row 2
      'fibreHouseholds;;;90;\n'; // row 5: target without a deadline
    expect(errorsOf(parseImport(text, 'a.csv', context)).map((e) => [e.row, e.code])).toEqual([
      [3, 'unknownIndicator'],
      [3, 'notANumber'],
      [4, 'duplicateRow'],
      [5, 'targetIncomplete'],
    ]);
  });

  it('lists every missing column on the header row', () => {
    expect(errorsOf(parseImport('indicator\nfibreHouseholds', 'a.csv', context))).toEqual([
      { row: 1, column: 'month', code: 'missingColumn' },
      { row: 1, column: 'value', code: 'missingColumn' },
    ]);
  });

  it('never throws on random text', () => {
    const pieces = fc.constantFrom(...',;\t\n"{[]}'.split(''), 'indicator', 'month', 'value');
    const texts = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 }))).map((parts) => parts.join('')),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(texts, fc.constantFrom('a.csv', 'a.json', ''), (text, fileName) => {
        expect(typeof parseImport(text, fileName, context).ok).toBe('boolean');
      }),
    );
  });
});

describe('templateCsv', () => {
  const indicators = [
    { id: 'dossiersFullOnline', name: { vi: 'Hồ sơ trực tuyến', en: 'Dossiers online' }, unit: 'percent' },
    { id: 'fibreHouseholds', name: { vi: 'Cáp quang; hộ', en: 'Fibre, households' }, unit: 'percent' },
    {
      id: 'eidAccountsIssued',
      name: { vi: 'Tài khoản định danh', en: 'eID accounts' },
      unit: 'millionAccounts',
    },
  ] as const;
  const vi = templateCsv(indicators, 'vi');
  const en = templateCsv(indicators, 'en');

  it('in Vietnamese: `;` and a decimal comma, names and units, an example row, one empty row per indicator', () => {
    expect(vi).toBe(
      '\uFEFFindicator;month;value;target_value;target_deadline;tên chỉ tiêu (để tham khảo);đơn vị\r\n' +
        '# dossiersFullOnline;2025-06;48,5;80;2025-12;Hồ sơ trực tuyến (ví dụ, không được nhập: dòng bắt đầu bằng # bị bỏ qua);%\r\n' +
        'dossiersFullOnline;;;;;Hồ sơ trực tuyến;%\r\n' +
        'fibreHouseholds;;;;;"Cáp quang; hộ";%\r\n' +
        'eidAccountsIssued;;;;;Tài khoản định danh;triệu tài khoản',
    );
  });

  it('in English: `,` and a dot', () => {
    expect(en.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFindicator,month,value,target_value,target_deadline,indicator name (for reference),unit',
      '# dossiersFullOnline,2025-06,48.5,80,2025-12,"Dossiers online (example, not imported: rows starting with # are skipped)",%',
    ]);
    expect(en).toContain('\r\nfibreHouseholds,,,,,"Fibre, households",%\r\n');
  });

  it.each([
    ['vi', vi, 'fibreHouseholds;;;;;', 'fibreHouseholds;2025-06;82,5;;;'],
    ['en', en, 'fibreHouseholds,,,,,', 'fibreHouseholds,2025-06,"82,5",,,'],
  ])(
    '%s parses back: unfilled it is empty (the example skipped), with one row filled it is that row',
    (_, template, row, filled) => {
      expect(errorsOf(parseImport(template, 'mau.csv', context))).toEqual([{ row: 0, code: 'emptyFile' }]);
      expect(datasetOf(parseImport(template.replace(row, filled), 'mau.csv', context))).toEqual({
        name: 'mau',
        observations: { fibreHouseholds: [obs('2025-06', 82.5)] },
        targets: {},
      });
    },
  );
});

describe('importToJson / importFromJson', () => {
  const dataset: ImportedDataset = {
    name: 'Hà Nội',
    observations: { fibreHouseholds: [obs('2025-06', 82.5)] },
    targets: { eidAccountsIssued: [target(120, '2030-12')] },
  };

  it('is compact and round-trips from text or a parsed value', () => {
    const json = importToJson(dataset);
    expect(json).toBe(
      '{"v":1,"name":"Hà Nội","o":{"fibreHouseholds":[["2025-06",82.5]]},"t":{"eidAccountsIssued":[[120,"2030-12"]]}}',
    );
    expect(importFromJson(json, context)).toEqual(dataset);
    expect(importFromJson(JSON.parse(json), context)).toEqual(dataset);
  });

  it.each([
    ['not JSON', '{"v":1'],
    ['another version', { v: 2, name: 'x', o: {}, t: {} }],
    ['no name', { v: 1, name: '', o: {}, t: {} }],
    ['an indicator no longer known', { v: 1, name: 'x', o: { broadband: [['2025-01', 1]] }, t: {} }],
    ['a value above the ceiling', { v: 1, name: 'x', o: { fibreHouseholds: [['2025-01', 101]] }, t: {} }],
    ['a bad month', { v: 1, name: 'x', o: {}, t: { fibreHouseholds: [[90, '2030-13']] } }],
  ])('gives null for %s', (_label, stored) => {
    expect(importFromJson(stored, context)).toBeNull();
  });

  it('round-trips any valid dataset (property)', () => {
    const value = fc.double({ min: 0, max: 100, noNaN: true });
    // 1–5 distinct months in order, each made into an item with a random value.
    const list = <T>(item: (month: number, value: number) => T) =>
      fc
        .uniqueArray(fc.integer({ min: m('1990-01'), max: m('2090-12') }), { minLength: 1, maxLength: 5 })
        .chain((months) =>
          fc.tuple(...months.sort((a, b) => a - b).map((at) => value.map((x) => item(at, x)))),
        );
    const byId = <T>(items: fc.Arbitrary<T[]>) =>
      fc.record({ fibreHouseholds: items, eidAccountsIssued: items }, { requiredKeys: [] });
    const arbitrary = fc.record({
      name: fc.string({ minLength: 1 }),
      observations: byId(list((month, x) => ({ month, value: x }))),
      targets: byId(list((deadline, x) => ({ value: x, deadline }))),
    });
    fc.assert(
      fc.property(arbitrary, (d) => {
        expect(importFromJson(importToJson(d), context)).toEqual(d);
      }),
    );
  });
});
