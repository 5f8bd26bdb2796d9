import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../seeds/indicators.json';
import laterJson from '../../seeds/later-figures.json';
import type { Dataset } from './load-dataset';
import { monthIndex } from './month';
import { latestDataset, dataset2024 } from './bundled-vintages';

// The loader parses every `YYYY-MM` once; the rest of the app reads month indices. Each month field of
// the loaded data must be the index of the very text in the seed files, matched by source and quote.
const key = (indicator: string, item: { value: number; source: string; quote: string }) =>
  `${indicator}|${item.value}|${item.source}|${item.quote}`;

/** Raw observations and targets of the files a vintage is built from, by indicator, value, source and quote. */
function rawItems(withLater: boolean) {
  const indicators = [...indicatorsJson.indicators, ...(withLater ? laterJson.indicators : [])];
  const observations = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, k: string, month: string) =>
    map.set(k, [...(map.get(k) ?? []), month]);
  for (const i of indicators) {
    for (const o of i.observations) add(observations, key(i.id, o), o.month);
    for (const t of i.targets) add(targets, key(i.id, t), t.deadline);
  }
  if (withLater) {
    for (const o of laterJson.observations) add(observations, key(o.indicator, o), o.month);
    for (const t of laterJson.targets) add(targets, key(t.indicator, t), t.deadline);
  }
  return { observations, targets };
}

describe.each([
  ['seed', dataset2024(), false],
  ['latest', latestDataset(), true],
] as const)('loadDataset (%s vintage) parses every month once', (_name, dataset: Dataset, withLater) => {
  const raw = rawItems(withLater);

  it('gives each observation the month index of its YYYY-MM text', () => {
    const loaded = dataset.indicators.flatMap((i) =>
      i.observations.map((o) => ({ k: key(i.id, o), month: o.month })),
    );
    expect(loaded.length).toBe([...raw.observations.values()].flat().length);
    for (const { k, month } of loaded) {
      expect(raw.observations.get(k)?.map(monthIndex), k).toContain(month);
    }
  });

  it('gives each target the month index of its deadline text', () => {
    const loaded = dataset.indicators.flatMap((i) =>
      i.targets.map((t) => ({ k: key(i.id, t), deadline: t.deadline })),
    );
    expect(loaded.length).toBe([...raw.targets.values()].flat().length);
    for (const { k, deadline } of loaded) {
      expect(raw.targets.get(k)?.map(monthIndex), k).toContain(deadline);
    }
  });

  it('carries the same deadline index on a target shown on another indicator', () => {
    const byId = new Map(
      dataset.indicators.flatMap((i) => i.targets.map((t) => [`${i.id}/${t.id}`, t.deadline])),
    );
    for (const i of dataset.indicators) {
      for (const t of i.shownTargets) expect(t.deadline, t.id).toBe(byId.get(`${t.ownerId}/${t.id}`));
    }
  });

  it('parses the as-of month, breaks and mix-weight month', () => {
    expect(dataset.asOf).toBe(monthIndex(withLater ? laterJson.asOf : indicatorsJson.asOf));
    const breaks = dataset.indicators.flatMap((i) => i.breaks.map((b) => b.month));
    expect(breaks).toEqual(
      withLater ? expect.arrayContaining(laterJson.breaks.map((b) => monthIndex(b.month))) : [],
    );
    expect(breaks.length).toBe(withLater ? laterJson.breaks.length : 0);
    for (const i of dataset.indicators) {
      if (i.mixWeight) expect(i.observations.map((o) => o.month)).toContain(i.mixWeight.month);
    }
  });

  it('keeps observations oldest first', () => {
    for (const i of dataset.indicators) {
      const months = i.observations.map((o) => o.month);
      expect(months, i.id).toEqual([...months].sort((a, b) => a - b));
    }
  });
});

it('reads 2024-06 as 2024·12 + 5 on the grid (the seed national dossier figure, 42%)', () => {
  const dossiers = dataset2024().indicators.find((i) => i.id === 'dossiersFullOnline')!;
  expect(dossiers.observations.find((o) => o.value === 42)!.month).toBe(2024 * 12 + 5);
});
