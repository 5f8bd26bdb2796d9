import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { dataset2024 } from '../model/bundled-vintages';
import { coveredIds, importedId, isImportedId, lineAsOf, nationalIdOf, withImported } from './with-imported';

const base = dataset2024();
const imported = {
  name: 'Tỉnh Bắc Kạn, số liệu 2025',
  observations: { dossiersFullOnline: [{ month: monthIndex('2025-06'), value: 23.5 }] },
  targets: { dossiersFullOnline: [{ value: 60, deadline: monthIndex('2026-12') }] },
};
const byId = (dataset: typeof base, id: string) => dataset.indicators.find((i) => i.id === id)!;
const figures = (indicator: (typeof base.indicators)[number]) =>
  indicator.observations.map((o) => [o.month, o.value, o.source]);

describe('withImported, beside the national figures (the default)', () => {
  const dataset = withImported(base, imported);
  const national = byId(dataset, 'dossiersFullOnline');
  const province = byId(dataset, importedId('dossiersFullOnline'));

  it('never changes the national figures', () => {
    expect(national).toBe(byId(base, 'dossiersFullOnline'));
    expect(figures(national)).toContainEqual([monthIndex('2024-06'), 42, expect.any(String)]);
  });

  it('gives the province a line of its own, named after the file, in a group shown first', () => {
    expect(figures(province)).toEqual([[monthIndex('2025-06'), 23.5, 'import']]);
    expect(province.name).toEqual({
      vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình — Tỉnh Bắc Kạn, số liệu 2025',
      en: 'Dossiers handled fully online — Tỉnh Bắc Kạn, số liệu 2025',
    });
    expect(dataset.groups[0]).toEqual({
      id: 'imported',
      name: { vi: 'Tỉnh Bắc Kạn, số liệu 2025', en: 'Tỉnh Bắc Kạn, số liệu 2025' },
    });
    expect(dataset.indicators[0]).toBe(province);
    // The national level mix, breaks and notes speak of the national figures only.
    expect(province.mix).toBeUndefined();
    expect([province.mixWeight, province.breaks, province.caveats]).toEqual([null, [], []]);
  });

  it('scores the province on the official targets and the file’s own', () => {
    const scored = province.shownTargets.filter((t) => !t.context);
    const official = national.shownTargets.filter((t) => !t.context);
    expect(scored.map((t) => [t.id, t.value, t.ownerId])).toEqual([
      ...official.map((t) => [t.id, t.value, province.id]),
      ['import0', 60, province.id],
    ]);
    expect(scored.at(-1)).toMatchObject({ deadline: monthIndex('2026-12'), source: 'import' });
    expect(dataset.sources.get('import')!.title.vi).toBe('Tỉnh Bắc Kạn, số liệu 2025');
  });

  it('leaves a file with nothing to show as the national data', () => {
    const empty = withImported(base, { name: 'Trống', observations: {}, targets: {} });
    expect(empty.indicators).toBe(base.indicators);
    expect(empty.groups).toBe(base.groups);
  });

  it.each([
    ['dossiersFullOnlineImport', true],
    ['dossiersFullOnline', false],
    ['Import', false],
  ])('isImportedId(%s) is %s', (id, expected) => expect(isImportedId(id)).toBe(expected));

  it('goes back from a file’s line to its national indicator', () => {
    expect(nationalIdOf(province.id)).toBe('dossiersFullOnline');
    expect(nationalIdOf('dossiersFullOnline')).toBe('dossiersFullOnline');
  });
});

describe('withImported, in place of the national figures (the user’s choice)', () => {
  const dataset = withImported(base, imported, 'replace');
  const dossiers = byId(dataset, 'dossiersFullOnline');

  it('replaces the national figures of a covered indicator by the province’s own', () => {
    expect(figures(dossiers)).toEqual([[monthIndex('2025-06'), 23.5, 'import']]);
    expect(dossiers.mixWeight).toBeNull(); // the national ministries/localities weight no longer applies
    expect(dataset.indicators.map((i) => i.id)).toEqual(base.indicators.map((i) => i.id));
  });

  it('adds the file’s targets beside the official ones, sourced to the file', () => {
    expect(dossiers.shownTargets.at(-1)).toMatchObject({
      value: 60,
      deadline: monthIndex('2026-12'),
      source: 'import',
      context: false,
      counts: 'dossiersFullOnline',
    });
  });

  it('leaves indicators the file does not cover untouched', () => {
    expect(byId(dataset, 'fibreHouseholds')).toBe(byId(base, 'fibreHouseholds'));
  });
});

describe('lineAsOf: the month a line’s answers speak from', () => {
  const dataset = withImported(base, imported);
  const july2024 = monthIndex('2024-07');
  it.each([
    // [line, the data's month, expected]
    [
      'the province’s line, whose newest figure is 6/2025',
      importedId('dossiersFullOnline'),
      july2024,
      '2025-06',
    ],
    ['the national line, left alone', 'dossiersFullOnline', july2024, '2024-07'],
    [
      'the province’s line, when the data’s month is later',
      importedId('dossiersFullOnline'),
      monthIndex('2025-12'),
      '2025-12',
    ],
  ])('%s', (_what, id, asOf, expected) => {
    expect(lineAsOf(byId(dataset, id), asOf)).toBe(monthIndex(expected));
  });
});

describe('coveredIds', () => {
  it('names each indicator a file carries figures or targets for, once', () => {
    expect(coveredIds(imported)).toEqual(['dossiersFullOnline']);
    expect(
      coveredIds({
        name: 'X',
        observations: { fibreHouseholds: [{ month: monthIndex('2025-06'), value: 70 }], smartphoneShare: [] },
        targets: { fibreHouseholds: [{ value: 90, deadline: monthIndex('2026-12') }] },
      }),
    ).toEqual(['fibreHouseholds']);
  });
});
