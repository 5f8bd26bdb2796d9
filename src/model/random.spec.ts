import fc from 'fast-check';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { createRandom, streamSeed } from './random';

describe('createRandom: xoroshiro128+ from pure-rand', () => {
  // pure-rand's own reference test (test/unit/generator/XoroShiro.spec.ts) gives the first 32-bit outputs
  // for seed 42: 4294967253, 3587504873, 4286635183, 3511956468. uniformFloat64 keeps the low 26 bits of
  // the first output and the low 27 bits of the second: (a & 0x3ffffff)/2^26 + (b & 0x7ffffff)/2^53.
  // 4294967253 = 0xffffffd5 → 0x3ffffd5 = 67108821;  3587504873 & 0x7ffffff = 97843945;
  // 4286635183 & 0x3ffffff = 58776751;               3511956468 & 0x7ffffff = 22295540.
  it.each([
    [0, 67108821, 97843945],
    [1, 58776751, 22295540],
  ])('double #%d of seed 42 is %d/2^26 + %d/2^53', (index, high, low) => {
    const random = createRandom(42);
    for (let i = 0; i < index; i++) random.nextDouble();
    expect(random.nextDouble()).toBe(high / 2 ** 26 + low / 2 ** 53);
  });

  it('gives the same doubles as pure-rand used directly', () => {
    const generator = xoroshiro128plus(2024);
    const random = createRandom(2024);
    for (let i = 0; i < 100; i++) expect(random.nextDouble()).toBe(uniformFloat64(generator));
  });

  it('gives the same sequence for the same seed, and doubles in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const [a, b] = [createRandom(seed), createRandom(seed)];
        for (let i = 0; i < 20; i++) {
          const double = a.nextDouble();
          if (double !== b.nextDouble() || double < 0 || double >= 1) return false;
          if (!Object.is(a.nextNormal(), b.nextNormal())) return false;
        }
        return true;
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    const [a, b] = [createRandom(1), createRandom(2)];
    const draws = (random: typeof a) => Array.from({ length: 5 }, () => random.nextDouble());
    expect(draws(a)).not.toEqual(draws(b));
  });
});

/** Normal CDF via erfc (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7: far below the KS bound). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

describe('nextNormal: ziggurat against the normal distribution', () => {
  const n = 200_000;
  const random = createRandom(7);
  const draws = Float64Array.from({ length: n }, () => random.nextNormal());
  const mean = draws.reduce((sum, z) => sum + z, 0) / n;
  const sd = Math.sqrt(draws.reduce((sum, z) => sum + (z - mean) ** 2, 0) / (n - 1));

  it('has mean 0 within 4 standard errors (4 · 1/√200000 = 0.0089)', () => {
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('has standard deviation 1 within 1% (the sample sd has sd 1/√(2n) = 0.0016, so 1% is 6 of those)', () => {
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
  });

  it('has kurtosis 3 within 0.05 (the sample kurtosis has sd √(24/n) = 0.011)', () => {
    const fourth = draws.reduce((sum, z) => sum + (z - mean) ** 4, 0) / n;
    expect(Math.abs(fourth / sd ** 4 - 3)).toBeLessThan(0.05);
  });

  it('puts 5% of draws beyond ±1.96 and 0.27% beyond ±3 (bounds: 4 binomial sd)', () => {
    const share = (cut: number) => draws.filter((z) => Math.abs(z) > cut).length / n;
    expect(Math.abs(share(1.959964) - 0.05)).toBeLessThan(4 * Math.sqrt((0.05 * 0.95) / n));
    expect(Math.abs(share(3) - 0.0027)).toBeLessThan(4 * Math.sqrt((0.0027 * 0.9973) / n));
  });

  it('passes Kolmogorov–Smirnov: sup |F_n − Φ| under 1.95/√n = 0.0044 (the 0.1% critical value)', () => {
    const sorted = Float64Array.from(draws).sort();
    let distance = 0;
    for (let i = 0; i < n; i++) {
      const cdf = normalCdf(sorted[i]!);
      distance = Math.max(distance, Math.abs(cdf - i / n), Math.abs((i + 1) / n - cdf));
    }
    expect(distance).toBeLessThan(1.95 / Math.sqrt(n));
  });

  it('draws the tail beyond the ziggurat’s base (R = 3.44) on both sides', () => {
    expect(draws.some((z) => z > 3.5) && draws.some((z) => z < -3.5)).toBe(true);
  });

  it('has no lag-1 correlation (|r| < 4/√n = 0.0089)', () => {
    let sum = 0;
    for (let i = 1; i < n; i++) sum += (draws[i]! - mean) * (draws[i - 1]! - mean);
    expect(Math.abs(sum / (n - 1) / sd ** 2)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('is the same sequence from the same seed', () => {
    const again = createRandom(7);
    expect(Array.from({ length: 1000 }, () => again.nextNormal())).toEqual(
      Array.from(draws.subarray(0, 1000)),
    );
  });
});

describe('streamSeed', () => {
  it.each([
    [7, 'fibreHouseholds', 7, 'smartphoneShare'],
    [7, 'fibreHouseholds', 8, 'fibreHouseholds'],
    [0, 'a', 0, 'b'],
  ])('(%d, %s) differs from (%d, %s)', (seedA, keyA, seedB, keyB) => {
    expect(streamSeed(seedA, keyA)).not.toBe(streamSeed(seedB, keyB));
  });

  it('is a deterministic 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), (seed, key) => {
        const value = streamSeed(seed, key);
        return value === streamSeed(seed, key) && value === (value | 0);
      }),
    );
  });
});
