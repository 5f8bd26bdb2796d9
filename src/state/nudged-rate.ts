/**
 * The rate one ↑ or ↓ press moves to on the stage: a fiftieth of the slider's range (at least 0.01),
 * rounded to the 0.01 the slider and the typed field show, and kept inside the range.
 * @example nudgedRate(0, -1, 5, 1) === 0.12; nudgedRate(4.95, -1, 5, 1) === 5
 */
export function nudgedRate(value: number, min: number, max: number, direction: 1 | -1): number {
  const step = Math.max(0.01, Math.round(((max - min) / 50) * 100) / 100);
  const next = Math.round((value + direction * step) * 100) / 100;
  return Math.min(max, Math.max(min, next));
}
