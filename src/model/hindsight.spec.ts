import { describe, expect, it } from 'vitest';
import { hindsight, hindsightCoverage, hindsightFan } from './hindsight';
import { monthIndex } from './month';
import { latestDataset, seedDataset } from './seed-dataset';

const seed = seedDataset();
const latest = latestDataset();
const pair = (id: string) =>
  hindsight(
    seed.indicators.find((i) => i.id === id)!,
    latest.indicators.find((i) => i.id === id)!,
    latest.vintage,
  )!;

describe('hindsight: what the mid-2024 projection promised against what was reported', () => {
  it('fibre: 82.2% + 2.6/6 pp/month promised 84.8 / 87.4 / 90.0; reported 82.4 / 85.1 / 87.6', () => {
    const result = pair('fibreHouseholds');
    expect(result.ratePerMonth).toBeCloseTo(2.6 / 6, 9);
    expect(result.rows.map((r) => [r.projected, r.reported, r.difference])).toEqual([
      [expect.closeTo(84.8, 9), 82.4, expect.closeTo(-2.4, 9)], // 82.2 + 0.4333·6
      [expect.closeTo(87.4, 9), 85.1, expect.closeTo(-2.3, 9)], // 82.2 + 0.4333·12
      [expect.closeTo(90.0, 9), 87.6, expect.closeTo(-2.4, 9)], // 82.2 + 0.4333·18
    ]);
  });

  it('dossier share: the seeds had one figure, so the projection is flat at 42% and says so', () => {
    const result = pair('dossiersFullOnline');
    expect(result.hadTrend).toBe(false);
    expect(result.rows.map((r) => [r.month, r.difference])).toEqual([
      [monthIndex('2024-12'), expect.closeTo(3.8, 9)], // 45.8 − 42
      [monthIndex('2025-06'), expect.closeTo(-2.49, 9)], // 39.51 − 42
      [monthIndex('2025-10'), expect.closeTo(-2.02, 9)], // 39.98 − 42
    ]);
  });

  it('judges each target by the latest figure reported by its deadline', () => {
    const outcomes = pair('dossiersFullOnline').outcomes.map((o) => [
      o.targetId,
      o.outcome,
      o.decidedBy?.value,
    ]);
    expect(outcomes).toEqual([
      ['services80by2024', 'notMet', 45.8], // 12/2024
      ['services100by2025', 'notMet', 39.98], // latest by 12/2025 is 10/2025
      ['services80by2025', 'notMet', 39.98],
    ]);
    const payment = pair('paymentAccounts').outcomes[0]!;
    expect([payment.outcome, payment.decidedBy?.value]).toEqual(['met', 86.97]); // 80% by 2025: 86.97% (12/2024)
  });

  it('has nothing to say where no later figure was found', () => {
    expect(
      hindsight(
        seed.indicators.find((i) => i.id === 'smartphoneShare')!,
        latest.indicators.find((i) => i.id === 'smartphoneShare')!,
        latest.vintage,
      ),
    ).toBeNull();
  });
});

describe('hindsight with a band', () => {
  const fibreOf = (d: typeof seed) => d.indicators.find((i) => i.id === 'fibreHouseholds')!;
  // Level noise 1 pp only: every month's band is the line ± 1.2816 (10–90%) and ± 0.6745 (25–75%).
  const spread = { levelSd: 1, rateSd: 0, monthSd: 0 };
  const result = hindsight(fibreOf(seed), fibreOf(latest), latest.vintage, 'linear', 'all', spread)!;

  it.each([
    // 2024-12: line 84.8, band 83.518–86.082; reported 82.4 falls below it
    [0, 84.8 - 1.2815515655446004, 84.8 + 1.2815515655446004, false],
    // 2025-06: line 87.4; 85.1 is 2.3 below: outside too
    [1, 87.4 - 1.2815515655446004, 87.4 + 1.2815515655446004, false],
  ])('row %d: band %d–%d, inside %s', (row, low, high, inside) => {
    const r = result.rows[row]!;
    expect(r.band![0]).toBeCloseTo(low, 9);
    expect(r.band![4]).toBeCloseTo(high, 9);
    expect(r.inside80).toBe(inside);
    expect(r.kind).toBe('counted');
  });

  it('draws the same band month by month from the start (hindsightFan)', () => {
    const fan = hindsightFan(result, spread, 100, monthIndex('2025-12'));
    expect(fan.startMonth).toBe(monthIndex('2024-06'));
    expect(fan.rows[4]![6]).toBeCloseTo(result.rows[0]!.band![4]!, 9);
    expect(fan.rows[2]![18]).toBeCloseTo(90, 9);
  });

  it('counts counted figures only: a band of ±∞ holds every one of them', () => {
    const wide = new Map(seed.indicators.map((i) => [i.id, { levelSd: 1e6, rateSd: 0, monthSd: 0 }]));
    const all = hindsightCoverage(seed, latest, wide);
    // clamped to [0, ceiling] (or [0, ∞)), so every figure is inside; 19 counted figures in latest-2026
    expect(all.inside80).toBe(all.figures);
    expect(all.figures).toBeGreaterThan(10);
  });
});
