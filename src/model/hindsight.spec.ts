import { describe, expect, it } from 'vitest';
import { hindsight } from './hindsight';
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
      [monthIndex('2025-11'), expect.closeTo(9.7, 9)], // 51.7 − 42
      [monthIndex('2025-12'), expect.closeTo(-5.2, 9)], // 36.8 − 42 (an alternative figure, still compared)
    ]);
  });

  it('judges each target on its own measure, by the latest figure reported by its deadline', () => {
    const outcomesOf = (id: string) =>
      pair(id).outcomes.map((o) => [o.targetId, o.outcome, o.decidedBy?.value]);
    // Targets due by 12/2025 only (the latest vintage adds services90by2030, still ahead).
    expect(outcomesOf('servicesFullOnline').filter(([id]) => id !== 'services90by2030')).toEqual([
      ['services80by2024', 'notMet', 55], // 12/2024: the latest services figure is "trên 55%" (7/2024)
      ['services100by2025', 'notMet', 50.4], // latest by 12/2025 is 4/2025
      ['services80by2025', 'notMet', 50.4],
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
        latest.vintage,
      ),
    ).toBeNull();
  });
});
