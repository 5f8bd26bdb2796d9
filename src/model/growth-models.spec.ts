import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROWTH_MODELS, projectInto, valueAt } from './growth-models';

describe('valueAt', () => {
  it.each([
    // model, start, rate, months, ceiling, expected (worked out by hand)
    ['linear', 42, 3, 6, 100, 60], // 42 + 3·6
    ['linear', 42, 10, 18, 100, 100], // 42 + 180 capped at 100
    ['linear', 10, -2, 8, 100, 0], // 10 − 16 floored at 0
    ['compound', 42, 4.2, 1, 100, 46.2], // 42 · 1.1
    ['compound', 42, 4.2, 2, 100, 50.82], // 42 · 1.1²
    ['logistic', 50, 5, 1, 100, 55], // first month moves exactly by the rate
    ['logistic', 75.7, 1, 3, null, 78.7], // no ceiling → linear: 75.7 + 3
    ['linear', 75.7, 1.5, 4, null, 81.7], // counts have no cap
  ] as const)(
    '%s from %d at %d/month after %d months (cap %s) = %d',
    (model, start, rate, months, ceiling, expected) => {
      expect(valueAt(model, start, rate, months, ceiling)).toBeCloseTo(expected, 9);
    },
  );

  it('logistic from 50 toward 100 with a first-month step of 5: v(2) = 100 / (1 + q²), q = 45/55', () => {
    // A = (100 − 50)/50 = 1; q = (100/55 − 1)/1 = 0.818181…; v(2) = 100 / (1 + 0.669421) = 59.9010
    expect(valueAt('logistic', 50, 5, 2, 100)).toBeCloseTo(59.901, 3);
  });

  it('projectInto fills month 0 with the start value', () => {
    const out = projectInto(new Float64Array(4), 'linear', 79.6, 0.5, 100);
    expect(Array.from(out)).toEqual([79.6, 80.1, 80.6, 81.1].map((x) => expect.closeTo(x, 9)));
  });
});

describe('properties of every model', () => {
  const model = fc.constantFrom(...GROWTH_MODELS);
  const start = fc.double({ min: 0.5, max: 99.5, noNaN: true });
  const rate = fc.double({ min: -5, max: 15, noNaN: true });
  const months = fc.integer({ min: 0, max: 120 });

  it('never leaves [0, ceiling]', () => {
    fc.assert(
      fc.property(model, start, rate, months, (m, s, r, t) => {
        const value = valueAt(m, s, r, t, 100);
        return value >= 0 && value <= 100;
      }),
    );
  });

  it('is monotone in the rate', () => {
    fc.assert(
      fc.property(model, start, rate, rate, months, (m, s, r1, r2, t) => {
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return valueAt(m, s, low, t, 100) <= valueAt(m, s, high, t, 100) + 1e-9;
      }),
    );
  });

  it('moves by exactly the rate in the first month when no bound is hit', () => {
    fc.assert(
      fc.property(
        model,
        fc.double({ min: 10, max: 80, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (m, s, r) => {
          return Math.abs(valueAt(m, s, r, 1, 100) - (s + r)) < 1e-9;
        },
      ),
    );
  });
});
