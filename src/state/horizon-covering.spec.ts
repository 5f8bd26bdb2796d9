import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { horizonCovering } from './horizon-covering';

const m = monthIndex;
const offered = [m('2026-12'), m('2027-12'), m('2030-12')];

describe('horizonCovering', () => {
  it.each([
    ['targets to 2025 keep 2026', [m('2024-12'), m('2025-12')], m('2026-12'), m('2026-12')],
    ['a 2027 target moves to 2027', [m('2027-06')], m('2026-12'), m('2027-12')],
    ['2030 targets move to 2030', [m('2025-12'), m('2030-12')], m('2026-12'), m('2030-12')],
    ['never shorter than the current horizon', [m('2025-12')], m('2030-12'), m('2030-12')],
    ['past every offer: the longest one', [m('2035-12')], m('2026-12'), m('2030-12')],
    ['no targets: unchanged', [], m('2027-12'), m('2027-12')],
  ])('%s', (_, deadlines, current, expected) => {
    expect(horizonCovering(deadlines, offered, current)).toBe(expected);
  });
});
