/**
 * FNV-1a over a series' values (as float bits), continuing from `hash`: a fingerprint without building strings.
 * @example hashValues(2166136261, [1, 2]) !== hashValues(2166136261, [2, 1])
 */
export function hashValues(hash: number, values: ArrayLike<number>): number {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < values.length; i++) {
    bits[0] = values[i]!;
    hash = Math.imul(hash ^ words[0]!, 16777619);
    hash = Math.imul(hash ^ words[1]!, 16777619);
  }
  return hash >>> 0;
}
