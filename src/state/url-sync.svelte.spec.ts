import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allVintages } from '../model/bundled-vintages';
import { monthIndex } from '../model/month';
import { importFromJson } from './import-dataset';
import { ScenarioState } from './scenario.svelte';
import { seed } from './spec-fixtures';
import { UrlSync, urlContextOf } from './url-sync.svelte';
import { ViewState } from './view.svelte';

/** The address bar, as much of it as UrlSync touches. */
function fakeAddress() {
  const address = { search: '', hash: '', writes: [] as string[] };
  vi.stubGlobal('location', address);
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_: unknown, __: string, url: string) => {
      address.writes.push(url);
      address.search = url.split('#')[0]!;
    },
  });
  return address;
}

function setup(vintages: ReadonlyMap<string, typeof seed> = new Map([[seed.vintage, seed]])) {
  const scenario = new ScenarioState(vintages, seed.vintage);
  const view = new ViewState();
  const sync = new UrlSync(scenario, view, urlContextOf(vintages, seed.vintage));
  return { scenario, view, sync };
}

describe('UrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes at once after a quiet spell, then only once the changes stop for 250 ms', () => {
    const address = fakeAddress();
    const { scenario, sync } = setup();
    vi.advanceTimersByTime(1000);
    scenario.setRate('dossiersFullOnline', 1);
    sync.write();
    expect(address.writes).toEqual([expect.stringMatching(/r\.dossiersFullOnline=1$/)]);
    // A drag: a change every 16 ms for 400 ms → nothing written until 250 ms after the last change.
    for (let t = 1; t <= 25; t++) {
      vi.advanceTimersByTime(16);
      scenario.setRate('dossiersFullOnline', 1 + t / 10);
      sync.write();
    }
    vi.advanceTimersByTime(249);
    expect(address.writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(address.writes).toHaveLength(2);
    expect(address.writes[1]).toMatch(/r\.dossiersFullOnline=3\.5$/);
  });

  it('never writes an unchanged address, and flush writes the last change at once', () => {
    const address = fakeAddress();
    const { scenario, sync } = setup();
    vi.advanceTimersByTime(1000);
    sync.write();
    vi.advanceTimersByTime(1000);
    sync.write();
    expect(address.writes).toHaveLength(1); // the same state again: no write
    scenario.setRate('dossiersFullOnline', 2);
    sync.write();
    scenario.setRate('dossiersFullOnline', 3);
    sync.write(); // within 250 ms of the last change: waits
    sync.flush(); // leaving the page
    expect(address.writes).toHaveLength(2);
    expect(address.writes.at(-1)).toMatch(/r\.dossiersFullOnline=3$/);
  });

  it('restores a link into the scenario and the view, listing what it could not use', () => {
    fakeAddress();
    const { scenario, sync } = setup();
    sync.restore('?v=1&r.dossiersFullOnline=2&present=1&nonsense=1');
    expect(scenario.rate('dossiersFullOnline')).toBe(2);
    expect(sync.ignored.map((i) => i.key)).toContain('nonsense');
  });

  it('opens a step with its indicator, keeping the mode, the sequence and the imported figures', () => {
    fakeAddress();
    const { scenario, view, sync } = setup();
    sync.restore('?v=3&data=2024&present=1&ind=dossiersFullOnline&steps=a!b*ind~servicesFullOnline*r~2');
    const json = '{"v":1,"name":"Tỉnh X","o":{"dossiersFullOnline":[["2025-06",60]]},"t":{}}';
    const imported = { dataset: importFromJson(json, sync.context)!, json };
    scenario.imported = imported;
    sync.openStep(view.sequence[1]!.query);
    expect([view.focus, view.mode, view.sequence.length]).toEqual(['servicesFullOnline', 'present', 2]);
    expect(scenario.rate('servicesFullOnline')).toBe(2);
    expect(scenario.imported).toBe(imported);
  });

  it('opens a save made under version 2 as it was saved: a link is a whole state, nothing carried over', () => {
    fakeAddress();
    const { scenario, view, sync } = setup(allVintages());
    sync.restore('?v=3&data=latest-2026&h=2030-12&asof=today&r.digitalEconomyValueAdded=0.2');
    // A save in localStorage keeps the query it was written with: the old names and the old data id.
    sync.open('?v=2&data=seed-2024&ref=2025-12&seed=7&r.dossiersFullOnline=2');
    expect(scenario.vintage).toBe('2024');
    expect(scenario.snapshot()).toMatchObject({
      rateOverrides: { dossiersFullOnline: 2 },
      horizon: monthIndex('2026-12'),
    });
    expect([scenario.asOfChoice, scenario.randomSeed, view.mode]).toEqual([
      monthIndex('2025-12'),
      7,
      'normal',
    ]);
    expect(sync.query()).toBe('?v=3&data=2024&asof=2025-12&rseed=7&r.dossiersFullOnline=2');
  });
});
