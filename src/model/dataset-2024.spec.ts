import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../seeds/indicators.json';
import sourcesJson from '../../seeds/sources.json';
import { DatasetError, loadDataset } from './load-dataset';
import { latestHeadlineMonth } from './headline-indicators';
import { dataset2024 } from './bundled-vintages';
import { monthIndex, monthText } from './month';

const dataset = dataset2024();
const textOf = (file: string) => readFileSync(new URL(`../../seeds/texts/${file}`, import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** "82,2" in Vietnamese text for 82.2; 4.543/6.325 style thousands too. */
function numberForms(value: number): string[] {
  const plain = String(value);
  return [plain, plain.replace('.', ',')];
}

describe('the 2024 data', () => {
  it('validates against the schema and resolves every reference', () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(15);
  });

  it('quotes every observation and target verbatim from its source text', () => {
    for (const indicator of dataset.indicators) {
      for (const item of [...indicator.observations, ...indicator.targets]) {
        const source = dataset.sources.get(item.source)!;
        // A web page (file null) cannot be re-read here: it must give its address instead.
        if (source.file === null) {
          expect(source.url, `${indicator.id}: ${item.source} has neither text nor address`).toMatch(
            /^https?:\/\//,
          );
          continue;
        }
        expect(squash(textOf(source.file)), `${indicator.id}: ${item.quote}`).toContain(squash(item.quote));
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

  it('scores the three services targets on the services line and only draws them on the dossier line', () => {
    const services = dataset.indicators.find((i) => i.id === 'servicesFullOnline')!;
    const dossiers = dataset.indicators.find((i) => i.id === 'dossiersFullOnline')!;
    const summary = (targets: typeof services.shownTargets) =>
      targets.map((t) => `${t.value}@${monthText(t.deadline)}`);
    const servicesTargets = services.shownTargets.filter((t) => t.counts === 'servicesFullOnline');
    expect(summary(servicesTargets)).toEqual(['80@2024-12', '100@2025-12', '80@2025-12']);
    expect(servicesTargets.every((t) => !t.context)).toBe(true);
    const onDossiers = dossiers.shownTargets.filter((t) => t.counts === 'servicesFullOnline');
    expect(summary(onDossiers)).toEqual(summary(servicesTargets));
    expect(onDossiers.every((t) => t.context && t.ownerId === 'servicesFullOnline')).toBe(true);
  });

  it('gives every indicator and target a known measure, and scores a target only where the measures match', () => {
    for (const indicator of dataset.indicators) {
      expect(dataset.measures.has(indicator.counts), indicator.id).toBe(true);
      for (const target of indicator.shownTargets) {
        expect(dataset.measures.has(target.counts), target.id).toBe(true);
        expect(target.context, `${indicator.id}/${target.id}`).toBe(target.counts !== indicator.counts);
      }
    }
  });

  it('speaks as of its latest headline figure', () => {
    expect(dataset.asOf).toBe(latestHeadlineMonth(dataset));
  });

  it('derives the ministries weight 25/44 from 42 = 61w + 17(1 − w)', () => {
    expect(dataset.indicators.find((i) => i.id === 'dossiersFullOnline')!.mixWeight).toMatchObject({
      weight: expect.closeTo(25 / 44, 12),
      month: monthIndex('2024-06'),
    });
  });

  it('starts adults using online services from the PAPI survey, each figure marked as a proxy', () => {
    const adults = dataset.indicators.find((i) => i.id === 'adultsUsingOnlineServices')!;
    expect(adults.observations.map((o) => `${monthText(o.month)}=${o.value}`)).toEqual([
      '2020-10=4.05',
      '2021-10=4.11',
      '2022-10=4.85',
      '2023-10=8.3',
    ]);
    expect(adults.observations.every((o) => o.definitionNote !== undefined)).toBe(true);
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
