import { describe, expect, it } from 'vitest';
import { bandSd } from '../model/band-spread';
import { latestDataset, dataset2024 } from '../model/bundled-vintages';
import { spreadOf, spreadsOf } from './uncertainty';

const seed = dataset2024();
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
  ] as const)('%s on the dossier share → month-to-month %d (%s), nothing else', (setting, sigma, origin) => {
    const spread = spreadOf(dossiers, setting, 0.8, undefined);
    expect(spread).toMatchObject({ sigma: expect.closeTo(sigma, 12), origin, restsOn: null });
    expect(spread.band).toEqual({ levelSd: 0, rateSd: 0, monthSd: expect.closeTo(sigma, 12) });
  });

  it('scales presets by the slider span: fibre spans 4 pp/month, so medium is 0.5 · 4/12', () => {
    expect(spreadOf(fibre(seed), 'medium', 0, undefined).sigma).toBeCloseTo(0.5 / 3, 12);
  });
});

describe('spreadsOf: estimated from data (the default)', () => {
  const spreads = spreadsOf(latest, {}, 'auto', 0);

  it('says what fibre’s band rests on: 4 figures of its own (82.2 … 87.6; 79.6 rests on an assumption) and the pooled indicators', () => {
    const spread = spreads.get('fibreHouseholds')!;
    expect(spread.origin).toBe('estimated');
    expect(spread.restsOn).toMatchObject({ ownPoints: 4, indicators: expect.any(Number) });
    expect(spread.restsOn!.indicators).toBeGreaterThan(5);
  });

  it('gives a single-figure indicator a wider band than fibre two years out (a single point is not certainty)', () => {
    const single = spreads.get('chipIdCards')!; // one figure, 86.3 million: in points of 1% of it
    expect(single.restsOn!.ownPoints).toBe(1);
    const relative = (id: string, level: number) => bandSd(spreads.get(id)!.band, 24) / level;
    expect(relative('chipIdCards', 86.3)).toBeGreaterThan(relative('fibreHouseholds', 87.6));
  });

  it('counts the user’s figures as the indicator’s own', () => {
    const user = { chipIdCards: [{ month: 2025 * 12, value: 88 }] };
    expect(spreadsOf(latest, user, 'auto', 0).get('chipIdCards')!.restsOn!.ownPoints).toBe(2);
  });
});
