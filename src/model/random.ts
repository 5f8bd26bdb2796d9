import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ZIGGURAT, ZIGGURAT_R } from './ziggurat';

/** A seeded stream of random numbers; the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1), 53 bits (pure-rand's `uniformFloat64`). */
  nextDouble(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  nextNormal(): number;
}

/**
 * Seeded random numbers for the Monte Carlo engine, on pure-rand's xoroshiro128+ (pure-rand's own
 * recommendation: fast, period 2^128, the same sequence in Node, a worker and every browser).
 *
 * Normals use Marsaglia and Tsang's ziggurat on the same stream: one 32-bit draw, a table look-up, a
 * multiply and a compare for about 98.8% of normals; the rest take the wedge or tail test with a few more
 * draws. The layer comes from bits 3–9 of the draw, clear of xoroshiro128+'s weak lowest bits. It is about
 * three times cheaper than the polar Box–Muller it replaced (one log and one sqrt per two normals, 21% of
 * pairs rejected), and the engine draws millions of normals per run. random.spec.ts checks it against the
 * normal distribution (Kolmogorov–Smirnov, moments, tails, lag-1 correlation).
 * @example createRandom(42).nextDouble() === 67108821 / 2 ** 26 + 97843945 / 2 ** 53 // ≈ 0.9999993
 */
export function createRandom(seed: number): Random {
  return new ZigguratRandom(xoroshiro128plus(seed));
}

const { limit, width, height } = ZIGGURAT;
/** 2^-32: an unsigned 32-bit draw to (0, 1), offset by half a step so it is never 0 (log of it is taken). */
const UNSIGNED_32_TO_UNIT = 2 ** -32;

/** A class (not a closure per stream) so the engine's hot loop sees one call target and can inline it. */
class ZigguratRandom implements Random {
  private readonly generator: ReturnType<typeof xoroshiro128plus>;

  constructor(generator: ReturnType<typeof xoroshiro128plus>) {
    this.generator = generator;
  }

  nextDouble(): number {
    return uniformFloat64(this.generator);
  }

  nextNormal(): number {
    const draw = this.generator.next();
    const layer = (draw >>> 3) & 127;
    if ((draw < 0 ? -draw : draw) < limit[layer]!) return draw * width[layer]!;
    return this.slowNormal(draw, layer);
  }

  private open01(): number {
    return ((this.generator.next() >>> 0) + 0.5) * UNSIGNED_32_TO_UNIT;
  }

  /** The wedges beside each layer and the tail beyond R (Marsaglia's method for the tail). */
  private slowNormal(draw: number, layer: number): number {
    for (;;) {
      const x = draw * width[layer]!;
      if (layer === 0) {
        let tail: number;
        let y: number;
        do {
          tail = -Math.log(this.open01()) / ZIGGURAT_R;
          y = -Math.log(this.open01());
        } while (y + y < tail * tail);
        return draw > 0 ? ZIGGURAT_R + tail : -ZIGGURAT_R - tail;
      }
      const below = height[layer]!;
      if (below + this.open01() * (height[layer - 1]! - below) < Math.exp(-0.5 * x * x)) return x;
      draw = this.generator.next();
      layer = (draw >>> 3) & 127;
      if ((draw < 0 ? -draw : draw) < limit[layer]!) return draw * width[layer]!;
    }
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
