import { describe, expect, it } from 'vitest';
import { hindsight, hindsightCoverage, hindsightFan } from './hindsight';
import { monthIndex } from './month';
import { latestDataset, dataset2024 } from './bundled-vintages';

const seed = dataset2024();
const latest = latestDataset();
const pair = (id: string) =>
  hindsight(
    seed.indicators.find((i) => i.id === id)!,
    latest.indicators.find((i) => i.id === id)!,
    latest,
  )!;

describe('hindsight: what the mid-2024 projection promised against what was reported', () => {
  it('fibre: the 12/2023 figure rests on reading "tăng 2,6%" as points, so the seed trend is flat at 82.2%', () => {
    const result = pair('fibreHouseholds');
    expect(result.hadTrend).toBe(false);
    expect(result.ratePerMonth).toBe(0);
    expect(result.rows.map((r) => [r.projected, r.reported, r.difference])).toEqual([
      [82.2, 82.4, expect.closeTo(0.2, 9)], // reported 12/2024
      [82.2, 85.1, expect.closeTo(2.9, 9)], // 06/2025
      [82.2, 87.6, expect.closeTo(5.4, 9)], // 12/2025
    ]);
  });

  it('dossier share: the seeds had one figure, so the projection is flat at 42% and says so', () => {
    const result = pair('dossiersFullOnline');
    expect(result.hadTrend).toBe(false);
    expect(result.rows.map((r) => [r.month, r.difference])).toEqual([
      [monthIndex('2024-12'), expect.closeTo(3.8, 9)], // 45.8 − 42
      [monthIndex('2025-06'), expect.closeTo(-2.49, 9)], // 39.51 − 42
      [monthIndex('2025-10'), expect.closeTo(-2.02, 9)], // 39.98 − 42
      [monthIndex('2025-11'), expect.closeTo(9.7, 9)], // 51.7 − 42
      [monthIndex('2025-12'), expect.closeTo(-5.2, 9)], // 36.8 − 42 (an alternative figure, still compared)
    ]);
  });

  it('judges each target on its own measure, by the latest figure reported by its deadline', () => {
    const outcomesOf = (id: string) =>
      pair(id).outcomes.map((o) => [o.targetId, o.outcome, o.decidedBy?.value]);
    // The latest vintage speaks as of 2026-02: targets due by then are judged, 2030 is still ahead.
    expect(outcomesOf('servicesFullOnline')).toEqual([
      ['services80by2024', 'notMet', 55], // 12/2024: the latest services figure is "trên 55%" (7/2024)
      ['services100by2025', 'notMet', 50.4], // latest by 12/2025 is 4/2025
      ['services80by2025', 'notMet', 50.4],
      ['services90by2030', 'notYetDue', 50.4],
    ]);
    // The services targets are only drawn on the dossier line: a dossier share never scores them.
    expect(pair('dossiersFullOnline').outcomes.map((o) => o.targetId)).not.toContain('services80by2024');
    const payment = pair('paymentAccounts').outcomes[0]!;
    expect([payment.outcome, payment.decidedBy?.value]).toEqual(['met', 86.97]); // 80% by 2025: 86.97% (12/2024)
  });

  it('has nothing to say where no later figure was found', () => {
    expect(
      hindsight(
        seed.indicators.find((i) => i.id === 'smartphoneShare')!,
        latest.indicators.find((i) => i.id === 'smartphoneShare')!,
        latest,
      ),
    ).toBeNull();
  });
});

describe('hindsight with a band', () => {
  const fibreOf = (d: typeof seed) => d.indicators.find((i) => i.id === 'fibreHouseholds')!;
  // Level noise 1 pp only: every month's band is the line ± 1.2816 (10–90%) and ± 0.6745 (25–75%).
  const spread = { levelSd: 1, rateSd: 0, monthSd: 0 };
  const result = hindsight(fibreOf(seed), fibreOf(latest), latest, 'linear', 'all', spread)!;

  it.each([
    // The seeds' only counted fibre figure is 82.2% (06/2024): a flat line. 2024-12: band 80.918–83.482;
    // 82.4 reported falls inside.
    [0, 82.2 - 1.2815515655446004, 82.2 + 1.2815515655446004, true],
    // 2025-06: 85.1 is 2.9 above the line: outside
    [1, 82.2 - 1.2815515655446004, 82.2 + 1.2815515655446004, false],
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
    expect(fan.rows[2]![18]).toBeCloseTo(82.2, 9);
  });

  it('counts counted figures only: a band of ±∞ holds every one of them', () => {
    const wide = new Map(seed.indicators.map((i) => [i.id, { levelSd: 1e6, rateSd: 0, monthSd: 0 }]));
    const all = hindsightCoverage(seed, latest, wide);
    // clamped to [0, ceiling] (or [0, ∞)), so every figure is inside; 23 counted figures in latest-2026
    expect(all.inside80).toBe(all.figures);
    expect(all.figures).toBe(23); // the backtest's 23 counted figures (BENCHMARKS.md)
  });
});
