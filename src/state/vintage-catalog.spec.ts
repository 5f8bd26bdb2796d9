import { describe, expect, it } from 'vitest';
import { allVintages } from '../model/bundled-vintages';
import { Simulator } from './simulator.svelte';
import { defaultUrlState, encodeUrlState } from './url-state';
import { catalogContext, wantsEveryVintage } from './url-sync.svelte';
import { catalogOf } from './vintage-catalog';

const vintages = allVintages();
const [seed, latest] = [...vintages.values()];
const catalog = catalogOf(vintages, seed!.vintage, ['adultsUsingOnlineServices']);
const context = catalogContext(catalog);
const link = (change: Partial<ReturnType<typeof defaultUrlState>>) =>
  encodeUrlState({ ...defaultUrlState(context), ...change }, context);

describe('catalogOf: every vintage before any is loaded', () => {
  it('names both vintages in load order and every indicator of either', () => {
    expect(catalog.vintages.map((v) => v.vintage)).toEqual([seed!.vintage, latest!.vintage]);
    const ids = new Set(catalog.indicators.map((i) => i.id));
    for (const indicator of [...seed!.indicators, ...latest!.indicators])
      expect(ids.has(indicator.id)).toBe(true);
    expect(catalog.missingHeadlines).toEqual(['adultsUsingOnlineServices']);
  });
});

describe('wantsEveryVintage: what the page loads at start', () => {
  it.each([
    ['the bare address', '', false],
    ['a link of the default vintage', link({ lang: 'en' }), false],
    ['a link of the later vintage', link({ vintage: latest!.vintage }), true],
    ['the hindsight view', link({ view: 'hindsight' }), true],
    ['the presenter', link({ mode: 'present' }), true],
  ])('%s → %s', (_, search, every) => expect(wantsEveryVintage(search, catalog)).toBe(every));

  it('loads everything when the default is not the first vintage', () => {
    expect(wantsEveryVintage('', { ...catalog, defaultVintage: latest!.vintage })).toBe(true);
  });
});

describe('Simulator: a vintage not loaded at start', () => {
  it('is fetched once when switched to, then shown', async () => {
    let fetched = 0;
    const simulator = new Simulator({
      vintages: new Map([[seed!.vintage, seed!]]),
      defaultVintage: seed!.vintage,
      catalog,
      loadVintage: async () => (fetched++, latest!),
      createWorker: () => {
        throw new Error('no worker in this test');
      },
      location: { search: '', origin: 'http://localhost', pathname: '/', hash: '' },
      reducedMotion: true,
    });
    expect(simulator.hindsightPair).toBeNull();
    simulator.switchVintage(latest!.vintage);
    simulator.switchVintage(latest!.vintage);
    expect(simulator.scenario.vintage).toBe(seed!.vintage);
    await simulator.loadVintage(latest!.vintage);
    await Promise.resolve();
    expect(fetched).toBe(1);
    expect(simulator.scenario.vintage).toBe(latest!.vintage);
    expect(simulator.scenario.dataset).toBe(latest);
    expect(simulator.hindsightPair).toEqual({ older: seed, newer: latest });
  });
});
