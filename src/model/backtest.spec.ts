import { describe, expect, it } from 'vitest';
import { coverage, familyOf, laterFigures, scoreFigures } from './backtest';
import { monthIndex } from './month';
import { latestDataset, dataset2024 } from './bundled-vintages';

const seed = dataset2024();
const latest = latestDataset();
const figures = laterFigures(seed, latest);
const find = (id: string, month: string, value: number) =>
  figures.find((f) => f.indicatorId === id && f.month === monthIndex(month) && f.value === value);

describe('laterFigures', () => {
  it.each([
    // same measure as the seed start (82.2% in 2024-06), no break since
    ['fibreHouseholds', '2024-12', 82.4, 'counted'],
    // break 2024-12 (the signature count changed) lies after the seed start 2024-07
    ['digitalSignatureAdults', '2024-12', 25, 'behindBreak'],
    ['digitalSignatureAdults', '2025-06', 28.42, 'alternative'],
    // the national dossier share: break 2025-01 (full-year vs monthly figures) comes before 2025-06
    ['dossiersFullOnline', '2024-12', 45.8, 'counted'],
    ['dossiersFullOnline', '2025-06', 39.51, 'behindBreak'],
  ])('%s %s = %d is %s', (id, month, value, kind) => {
    expect(find(id, month, value)?.kind).toBe(kind);
  });

  it('takes figures only of indicators the seed could project (a seed start)', () => {
    const projectable = new Set(seed.indicators.filter((i) => i.observations.length).map((i) => i.id));
    expect(figures.every((f) => projectable.has(f.indicatorId))).toBe(true);
  });

  it('takes every later figure of a projectable indicator, none of the seed’s', () => {
    const projectable = new Set(seed.indicators.filter((i) => i.observations.length).map((i) => i.id));
    const later = latest.indicators.flatMap((i) =>
      projectable.has(i.id) ? i.observations.filter((o) => o.vintage === latest.vintage) : [],
    );
    expect(figures).toHaveLength(later.length);
  });
});

describe('familyOf', () => {
  it.each([
    [
      'dossiersFullOnlineMinistries',
      ['dossiersFullOnlineMinistries', 'dossiersFullOnline', 'dossiersFullOnlineLocalities'],
    ],
    ['fibreHouseholds', ['fibreHouseholds']],
  ])('%s → %o', (id, family) => {
    expect([...familyOf(latest, id)].sort()).toEqual([...family].sort());
  });
});

describe('scoreFigures and coverage', () => {
  // One indicator from month 10, two months of band: month 11 is 80 | 82 | 84 | 86 | 88.
  const result = {
    layout: [{ id: 'x', startMonth: 10, offset: 0, length: 2 }],
    bands: Float64Array.from([0, 80, 0, 82, 0, 84, 0, 86, 0, 88]),
    probabilities: [],
  };
  const at = (month: number, value: number) => ({ indicatorId: 'x', month, value, kind: 'counted' as const });

  it.each([
    [87, true, false],
    [84, true, true],
    [88, true, false], // edges count as inside
    [79.9, false, false],
  ])('%d at month 11: inside 10–90 %s, inside 25–75 %s', (value, inside80, inside50) => {
    expect(scoreFigures([at(11, value)], result)[0]).toMatchObject({ inside80, inside50 });
  });

  it('drops figures outside the band’s months and counts the rest', () => {
    const scored = scoreFigures([at(9, 84), at(11, 84), at(11, 87), at(12, 84)], result);
    expect(coverage(scored)).toEqual({ figures: 2, inside80: 2, inside50: 1 });
  });
});
