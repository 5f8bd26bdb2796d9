import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../seeds/indicators.json';
import sourcesJson from '../../seeds/sources.json';
import { DatasetError, loadDataset } from './load-dataset';
import { seedDataset } from './seed-dataset';

const dataset = seedDataset();
const textOf = (file: string) => readFileSync(new URL(`../../seeds/texts/${file}`, import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** "82,2" in Vietnamese text for 82.2; 4.543/6.325 style thousands too. */
function numberForms(value: number): string[] {
  const plain = String(value);
  return [plain, plain.replace('.', ',')];
}

describe('seed dataset', () => {
  it('validates against the schema and resolves every reference', () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(15);
  });

  it('quotes every observation and target verbatim from its source text', () => {
    for (const indicator of dataset.indicators) {
      for (const item of [...indicator.observations, ...indicator.targets]) {
        const source = dataset.sources.get(item.source)!;
        expect(squash(textOf(source.file!)), `${indicator.id}: ${item.quote}`).toContain(squash(item.quote));
      }
    }
  });

  it('shows each number inside its quote, unless the observation says how it was derived', () => {
    for (const indicator of dataset.indicators) {
      for (const item of [...indicator.observations, ...indicator.targets]) {
        if ('derived' in item && item.derived) continue;
        const found = numberForms(item.value).some((form) => item.quote.includes(form));
        expect(found, `${indicator.id} ${item.value} in "${item.quote}"`).toBe(true);
      }
    }
  });

  it('keeps all three full-online targets and draws them against the dossier share too', () => {
    const services = dataset.indicators.find((i) => i.id === 'servicesFullOnline')!;
    const dossiers = dataset.indicators.find((i) => i.id === 'dossiersFullOnline')!;
    const summary = (i: typeof services) => i.shownTargets.map((t) => `${t.value}@${t.deadline}`);
    expect(summary(services)).toEqual(['80@2024-12', '100@2025-12', '80@2025-12']);
    expect(summary(dossiers)).toEqual(summary(services));
    expect(dossiers.shownTargets.every((t) => t.borrowed && t.ownerId === 'servicesFullOnline')).toBe(true);
  });

  it('derives the ministries weight 25/44 from 42 = 61w + 17(1 − w)', () => {
    expect(dataset.indicators.find((i) => i.id === 'dossiersFullOnline')!.mixWeight).toMatchObject({
      weight: expect.closeTo(25 / 44, 12),
      month: '2024-06',
    });
  });

  it('ships no invented baseline for adults using online services', () => {
    expect(dataset.indicators.find((i) => i.id === 'adultsUsingOnlineServices')!.observations).toEqual([]);
  });

  it('rejects a broken file with a message naming the problem', () => {
    const broken = structuredClone(indicatorsJson) as {
      indicators: { observations: { source: string; month: string }[] }[];
    };
    broken.indicators[0]!.observations[0]!.source = 'nope';
    expect(() => loadDataset(broken, sourcesJson)).toThrow(/unknown source nope/);
    broken.indicators[0]!.observations[0]!.month = '2024-13';
    expect(() => loadDataset(broken, sourcesJson)).toThrow(DatasetError);
    expect(() => loadDataset(broken, sourcesJson)).toThrow(/YYYY-MM/);
  });
});
