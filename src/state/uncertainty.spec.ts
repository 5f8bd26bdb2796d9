import { describe, expect, it } from 'vitest';
import { latestDataset, seedDataset } from '../model/seed-dataset';
import { spreadOf } from './uncertainty';

const seed = seedDataset();
const latest = latestDataset();
const fibre = (d: typeof seed) => d.indicators.find((i) => i.id === 'fibreHouseholds')!;
const dossiers = seed.indicators.find((i) => i.id === 'dossiersFullOnline')!;

describe('spreadOf', () => {
  it.each([
    ['off', 0, 'off'],
    ['low', 0.25, 'preset'], // dossier slider spans 12 pp/month: the preset as stated
    ['medium', 0.5, 'preset'],
    ['high', 1, 'preset'],
    ['custom', 0.8, 'typed'],
    ['auto', 0.5, 'preset'], // one observation: no history, medium
  ] as const)('%s on the dossier share → %d (%s)', (setting, sigma, origin) => {
    expect(spreadOf(dossiers, [], setting, 0.8)).toEqual({ sigma: expect.closeTo(sigma, 12), origin });
  });

  it('scales presets by the slider span: fibre spans 4 pp/month, so medium is 0.5 · 4/12', () => {
    expect(spreadOf(fibre(seed), [], 'medium', 0).sigma).toBeCloseTo(0.5 / 3, 12);
  });

  it('takes fibre\u2019s own history in the latest vintage: monthly rates 0.433, 0.033, 0.45, 0.417', () => {
    // 79.6 → 82.2 → 82.4 → 85.1 → 87.6, six months apart: rates 2.6/6, 0.2/6, 2.7/6, 2.5/6.
    const rates = [2.6, 0.2, 2.7, 2.5].map((x) => x / 6);
    const mean = rates.reduce((a, b) => a + b) / 4;
    const sd = Math.sqrt(rates.reduce((a, r) => a + (r - mean) ** 2, 0) / 3);
    expect(spreadOf(fibre(latest), [], 'auto', 0)).toEqual({
      sigma: expect.closeTo(sd, 12),
      origin: 'history',
    });
  });
});
