import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded stream of random numbers; the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1), 53 bits (pure-rand's `uniformFloat64`). */
  nextDouble(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  nextNormal(): number;
}

/** next() returns a signed 32-bit integer; this scales it into [−1, 1). */
const SIGNED_32_TO_UNIT = 2 ** -31;

/**
 * Seeded random numbers for the Monte Carlo engine, on pure-rand's xoroshiro128+ (pure-rand's own
 * recommendation: fast, period 2^128, the same sequence in Node, a worker and every browser).
 *
 * Normals use the polar form of Box–Muller (Marsaglia): two signed 32-bit draws give a point in the
 * unit disc (about 21% are rejected), and one log + one sqrt turn it into two independent normals; the
 * second is kept for the next call. No sin/cos, which makes it about 1.7× faster than the basic form here,
 * and the engine draws millions of normals per run.
 * @example createRandom(42).nextDouble() === 67108821 / 2 ** 26 + 97843945 / 2 ** 53 // ≈ 0.9999993
 */
export function createRandom(seed: number): Random {
  return new PolarRandom(xoroshiro128plus(seed));
}

/** A class (not a closure per stream) so the engine's hot loop sees one call target and can inline it. */
class PolarRandom implements Random {
  private readonly generator: ReturnType<typeof xoroshiro128plus>;
  private spare = 0;
  private hasSpare = false;

  constructor(generator: ReturnType<typeof xoroshiro128plus>) {
    this.generator = generator;
  }

  nextDouble(): number {
    return uniformFloat64(this.generator);
  }

  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let x: number;
    let y: number;
    let radius2: number;
    do {
      x = this.generator.next() * SIGNED_32_TO_UNIT;
      y = this.generator.next() * SIGNED_32_TO_UNIT;
      radius2 = x * x + y * y;
    } while (radius2 >= 1 || radius2 === 0);
    const factor = Math.sqrt((-2 * Math.log(radius2)) / radius2);
    this.spare = y * factor;
    this.hasSpare = true;
    return x * factor;
  }
}

/**
 * A 32-bit seed for one named stream of a run (FNV-1a of the key, mixed with the run's seed). Each
 * indicator draws from its own stream, so changing one indicator's spread never reshuffles another's band.
 * @example streamSeed(7, 'fibreHouseholds') === streamSeed(7, 'fibreHouseholds') // and ≠ streamSeed(8, …)
 */
export function streamSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so nearby seeds give unrelated streams.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 0;
}
