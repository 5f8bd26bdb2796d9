import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashValues } from './hash-values';

const SEED = 2166136261;

describe('hashValues', () => {
  it.each([
    [[], SEED], // nothing hashed: the seed itself
    [[1, 2], hashValues(SEED, Float64Array.of(1, 2))], // arrays and typed arrays agree
  ])('%j → %d', (values, expected) => {
    expect(hashValues(SEED, values)).toBe(expected);
  });
  it.each([
    [
      [1, 2],
      [2, 1],
    ],
    [[0], [-0]], // different bits
    [[42], [42.000000001]],
  ])('%j and %j differ', (a, b) => {
    expect(hashValues(SEED, a)).not.toBe(hashValues(SEED, b));
  });
  it('is an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true })), (values) => {
        const hash = hashValues(SEED, values);
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
      }),
    );
  });
});
