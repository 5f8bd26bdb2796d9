import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../model/month';
import { buildDatasets } from './build-datasets';
import { COLORS } from './chart-colors';
import { legendItems } from './legend-items';
import type { ChartInputs } from './chart-inputs';
import { chartInputs, seedIndicator } from './spec-inputs';

const JUNE_2024 = monthIndex('2024-06');
const slice = (values: number[]) => ({ startMonth: JUNE_2024, values: Float64Array.from(values) });
// The services card without its 48% alternative figure (a dataset of its own, last case): the order of the rest is the subject.
const services = seedIndicator();
const counted = { ...services, observations: services.observations.filter((o) => !o.alternative) };
const inputs = (over: Partial<ChartInputs> = {}) => chartInputs({ indicator: counted, ...over });

describe('buildDatasets', () => {
  it.each([
    ['observations only', {}, ['observed', 'projection']],
    [
      'with a figure the user added',
      { userObservations: [{ month: JUNE_2024 + 3, value: 50 }] },
      ['observed', 'user', 'projection'],
    ],
    [
      'with a trend line',
      { trendLine: { from: JUNE_2024 - 6, to: JUNE_2024, startValue: 30, endValue: 42 } },
      ['observed', 'trend', 'projection'],
    ],
    ['with a reference', { reference: slice([42, 43]) }, ['observed', 'reference', 'projection']],
    [
      'on an imported file’s card, with the national figures beside',
      { national: [{ month: JUNE_2024, value: 42 }] },
      ['observed', 'national', 'projection'],
    ],
    [
      'with both levels',
      { levels: { ministries: slice([50]), localities: slice([40]) } },
      ['observed', 'projection', 'ministries', 'localities'],
    ],
    // The band: lower edge (no label), p90 filled to it, lower edge, p75 filled to it.
    [
      'with a band',
      { fan: { startMonth: JUNE_2024, rows: [1, 2, 3, 4, 5].map((v) => Float64Array.of(v)) } },
      ['observed', '', 'band 90', '', 'band 50', 'projection'],
    ],
    // Bands on but not computed yet: the same datasets, empty, so their arrival only moves data.
    [
      'with a band pending',
      { fan: 'pending' as const },
      ['observed', '', 'band 90', '', 'band 50', 'projection'],
    ],
    [
      'with a break after every figure',
      { breakMonth: monthIndex('2030-01') },
      ['observed', 'before break', 'projection'],
    ],
  ])('%s → %j', (_, over, expected) => {
    expect(buildDatasets(inputs(over)).map((d) => d.label)).toEqual(expected);
  });

  it('draws an alternative figure as a dataset of its own, after the observed ones', () => {
    expect(buildDatasets(chartInputs()).map((d) => d.label)).toEqual([
      'observed',
      'alternative',
      'projection',
    ]);
  });

  it('draws the national figures as rings: hollow, told apart from the filled figures without colour', () => {
    const national = buildDatasets(inputs({ national: [{ month: JUNE_2024, value: 42 }] }))[1]!;
    expect(national).toMatchObject({ showLine: false, pointStyle: 'circle', backgroundColor: '#ffffff' });
    expect(national.data).toEqual([{ x: JUNE_2024, y: 42 }]);
    expect(legendItems([national])).toEqual([{ label: 'national', color: COLORS.national, kind: 'ring' }]);
  });

  it('puts the projection on the month grid', () => {
    const projection = buildDatasets(inputs({ projection: slice([42, 45]) })).at(-1)!;
    expect(projection.data).toEqual([
      { x: JUNE_2024, y: 42 },
      { x: JUNE_2024 + 1, y: 45 },
    ]);
  });

  it('the band rows are p10 → p90 and p25 → p75', () => {
    const rows = [10, 25, 50, 75, 90].map((v) => Float64Array.of(v));
    const sets = buildDatasets(inputs({ fan: { startMonth: JUNE_2024, rows } }));
    expect(sets.slice(1, 5).map((d) => [d.data[0]!.y, d.fill ?? null])).toEqual([
      [10, null],
      [90, '-1'],
      [25, null],
      [75, '-1'],
    ]);
  });

  it('a pending band has no points yet', () => {
    const sets = buildDatasets(inputs({ fan: 'pending' }));
    expect(sets.slice(1, 5).map((d) => d.data.length)).toEqual([0, 0, 0, 0]);
  });

  it('a series array seen before gives the very same points; a new array or start month, new points', () => {
    const rows = [10, 25, 50, 75, 90].map((v) => Float64Array.of(v, v + 1));
    const projection = slice([42, 45]);
    const first = buildDatasets(inputs({ projection, fan: { startMonth: JUNE_2024, rows } }));
    // A slider step: the projection is a new array, the band rows are the same ones.
    const next = buildDatasets(inputs({ projection: slice([42, 46]), fan: { startMonth: JUNE_2024, rows } }));
    expect(next.slice(1, 5).map((d, i) => d.data === first[i + 1]!.data)).toEqual([true, true, true, true]);
    expect(next.at(-1)!.data).not.toBe(first.at(-1)!.data);
    expect(next.at(-1)!.data[1]).toEqual({ x: JUNE_2024 + 1, y: 46 });
    const moved = buildDatasets(inputs({ projection, fan: { startMonth: JUNE_2024 + 1, rows } }));
    expect(moved[1]!.data).toEqual([
      { x: JUNE_2024 + 1, y: 10 },
      { x: JUNE_2024 + 2, y: 11 },
    ]);
  });
});
