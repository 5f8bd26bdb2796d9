import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { moveImportedParts } from './move-imported-parts';

const june = [{ month: monthIndex('2025-06'), value: 30 }];

describe('moveImportedParts: the file’s line keeps its rate, figures and focus', () => {
  it.each([
    // [from, to, parts before, parts after]
    [
      'beside',
      'replace',
      { rateOverrides: { x: 1, xImport: 2, y: 3 }, userObservations: { xImport: june }, focus: 'xImport' },
      { rateOverrides: { x: 2, y: 3 }, userObservations: { x: june }, focus: 'x' },
    ],
    [
      'replace',
      'beside',
      { rateOverrides: { x: 2, y: 3 }, userObservations: { x: june }, focus: 'x' },
      { rateOverrides: { xImport: 2, y: 3 }, userObservations: { xImport: june }, focus: 'xImport' },
    ],
    [
      'beside',
      null,
      { rateOverrides: { x: 1, xImport: 2 }, userObservations: { xImport: june }, focus: 'xImport' },
      { rateOverrides: { x: 1 }, userObservations: {}, focus: null },
    ],
    [
      'replace',
      null,
      { rateOverrides: { x: 2, y: 3 }, userObservations: {}, focus: 'y' },
      { rateOverrides: { y: 3 }, userObservations: {}, focus: 'y' },
    ],
  ] as const)('%s → %s', (from, to, before, after) => {
    expect(moveImportedParts(before, ['x'], from, to)).toEqual(after);
  });

  it('leaves the parts alone when the mode does not change', () => {
    const parts = { rateOverrides: { xImport: 2 }, userObservations: {}, focus: null };
    expect(moveImportedParts(parts, ['x'], 'beside', 'beside')).toBe(parts);
  });
});
