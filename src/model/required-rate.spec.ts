import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROWTH_MODELS, valueAt } from './growth-models';
import { reachableTarget, requiredRate } from './required-rate';

function rateOf(result: ReturnType<typeof requiredRate>): number {
  if (result.kind !== 'rate') throw new Error(`expected a rate, got ${result.kind}`);
  return result.ratePerMonth;
}

describe('required monthly rate, linear (pp/month)', () => {
  it.each([
    // Dossier share: 42% at 2024-06.
    ['100% by 2025-12 (18 months)', 42, 100, 18, 3.2222], // 58 / 18
    ['80% by 2024-12 (6 months)', 42, 80, 6, 6.3333], // 38 / 6
    ['80% by 2025-12 (18 months)', 42, 80, 18, 2.1111], // 38 / 18
    // Services rate: 55% at 2024-07.
    ['services 80% by 2024-12 (5 months)', 55, 80, 5, 5], // 25 / 5
    ['services 100% by 2025-12 (17 months)', 55, 100, 17, 2.6471], // 45 / 17
    ['services 80% by 2025-12 (17 months)', 55, 80, 17, 1.4706], // 25 / 17
  ])('%s from %d%% needs %d-%d → %d', (_label, start, target, months, expected) => {
    expect(rateOf(requiredRate('linear', start, target, months, 100))).toBeCloseTo(expected, 4);
  });
});

describe('required monthly rate, compound and logistic', () => {
  it('compound: doubling 42 → 84 in 18 months needs 42·(2^(1/18) − 1) = 1.6489 in the first month', () => {
    expect(rateOf(requiredRate('compound', 42, 84, 18, 100))).toBeCloseTo(1.64887, 4);
  });

  it('logistic: 50 → 90 of 100 in 10 months needs q = (1/9)^(1/10), first step 100/(1+q) − 50 = 5.4710', () => {
    expect(rateOf(requiredRate('logistic', 50, 90, 10, 100))).toBeCloseTo(5.471, 3);
  });

  it('logistic toward a 100% target aims at 99.95 (the curve never touches its ceiling)', () => {
    expect(reachableTarget('logistic', 42, 100, 100)).toBe(99.95);
    const rate = rateOf(requiredRate('logistic', 42, 100, 18, 100));
    expect(valueAt('logistic', 42, rate, 18, 100)).toBeCloseTo(99.95, 9);
  });
});

describe('when no rate can do it', () => {
  it.each([
    ['target above the ceiling', 42, 120, 18, { kind: 'impossible', reason: 'aboveCeiling' }],
    ['deadline not after the baseline', 42, 80, 0, { kind: 'impossible', reason: 'deadlineNotAfterStart' }],
    ['deadline before the baseline', 42, 80, -6, { kind: 'impossible', reason: 'deadlineNotAfterStart' }],
    ['already at the target', 87.08, 80, 17, { kind: 'alreadyMet' }],
  ])('%s', (_label, start, target, months, expected) => {
    expect(requiredRate('linear', start, target, months, 100)).toEqual(expected);
  });
});

describe('property: applying the required rate reaches the target at the deadline', () => {
  it('within 1e-9 for every model', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROWTH_MODELS),
        fc.double({ min: 1, max: 95, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        (model, start, target, months) => {
          fc.pre(target > start + 0.1);
          const rate = rateOf(requiredRate(model, start, target, months, 100));
          const goal = reachableTarget(model, start, target, 100);
          return Math.abs(valueAt(model, start, rate, months, 100) - goal) < 1e-9;
        },
      ),
    );
  });
});
