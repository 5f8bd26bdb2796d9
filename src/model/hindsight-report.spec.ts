import { describe, expect, it } from 'vitest';
import { leaveOneOutSpreads } from './backtest';
import { hindsightCoverage } from './hindsight';
import { cachedHindsightReport, hindsightReport } from './hindsight-report';
import { monthIndex } from './month';
import { latestDataset, dataset2024 } from './bundled-vintages';

const seed = dataset2024();
const latest = latestDataset();
const horizon = monthIndex('2030-12');
const lateOnly = latest.indicators
  .filter((i) => !seed.indicators.some((s) => s.id === i.id))
  .map((i) => i.id);

describe('hindsightReport', () => {
  it('says which indicators the 2024 data lacks instead of failing on them', () => {
    expect(lateOnly.length).toBeGreaterThan(0);
    const report = hindsightReport(seed, latest, [...lateOnly, 'fibreHouseholds'], horizon);
    expect(report.items.filter((i) => i.kind === 'lacking').map((i) => i.indicator.id)).toEqual(lateOnly);
    const fibre = report.items.find((i) => i.indicator.id === 'fibreHouseholds')!;
    expect(fibre.kind).toBe('compared');
    // Fibre: 82.2% in 06/2024 on the 2024 trend, drawn from that month to the horizon.
    if (fibre.kind === 'compared') {
      expect(fibre.projection.startMonth).toBe(monthIndex('2024-06'));
      expect(fibre.projection.values.length).toBe(horizon - monthIndex('2024-06') + 1);
    }
  });

  it('holds the backtest’s own coverage count (the same figures, the same leave-one-out bands)', () => {
    const ids = latest.indicators.map((i) => i.id);
    const report = hindsightReport(seed, latest, ids, horizon);
    expect(report.coverage).toEqual(hindsightCoverage(seed, latest, leaveOneOutSpreads(seed, latest)));
    // Pinned to the counts BENCHMARKS.md states for the backtest, not to "more than ten".
    expect([report.coverage.inside80, report.coverage.inside50, report.coverage.figures]).toEqual(
      BACKTEST_COUNTS,
    );
  });

  it('is computed once per pair of vintages', () => {
    const ids = ['fibreHouseholds'];
    expect(cachedHindsightReport(seed, latest, ids, horizon)).toBe(
      cachedHindsightReport(seed, latest, ids, horizon),
    );
  });
});

/** inside 10–90%, inside 25–75%, counted figures: as `npm run backtest` reports them (BENCHMARKS.md). */
const BACKTEST_COUNTS = [21, 16, 23];
