import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../seeds/indicators.json';
import laterJson from '../../seeds/later-figures.json';
import sourcesJson from '../../seeds/sources.json';
import { DatasetError, loadDataset } from './load-dataset';
import { latestHeadlineMonth } from './headline-indicators';
import { latestDataset, missingHeadlines, dataset2024 } from './bundled-vintages';
import { monthIndex, monthText } from './month';

const latest = latestDataset();
const laterOnly = latest.indicators.flatMap((i) =>
  i.observations.filter((o) => o.vintage === latest.vintage).map((o) => ({ id: i.id, o })),
);

describe('later vintage (figures reported after the seeds)', () => {
  it('validates, marks every later figure with its vintage and keeps the seed figures', () => {
    expect(latest.vintage).toBe('latest-2026');
    expect(laterOnly.length).toBe(laterJson.observations.length);
    const dossiers = latest.indicators.find((i) => i.id === 'dossiersFullOnline')!;
    expect(dossiers.observations.map((o) => `${monthText(o.month)}=${o.value}@${o.vintage}`)).toEqual([
      '2024-06=42@2024',
      '2024-12=45.8@latest-2026',
      '2025-06=39.51@latest-2026',
      '2025-10=39.98@latest-2026',
      '2025-11=51.7@latest-2026',
      '2025-12=36.8@latest-2026',
    ]);
  });

  it('gives every later figure a web address and a quote that shows the number, or says how it was derived', () => {
    for (const { id, o } of laterOnly) {
      expect(latest.sources.get(o.source)?.url, `${id} ${o.source}`).toMatch(/^https:\/\//);
      const forms = [String(o.value), String(o.value).replace('.', ',')];
      expect(
        o.derived !== undefined || forms.some((f) => o.quote.includes(f)),
        `${id} ${o.value}: ${o.quote}`,
      ).toBe(true);
    }
  });

  it('accounts for every indicator: a later figure or a note of what was searched', () => {
    for (const indicator of latest.indicators) {
      const hasLater = indicator.observations.some((o) => o.vintage === latest.vintage);
      expect(hasLater || indicator.notFound !== null, indicator.id).toBe(true);
    }
  });

  it('re-derives the national mix weight from the latest month with all three figures (11/2025)', () => {
    // 51.7 = 73.35·w + 21.17·(1 − w) → w = 30.53 / 52.18 = 0.5851
    expect(latest.indicators.find((i) => i.id === 'dossiersFullOnline')!.mixWeight).toMatchObject({
      month: monthIndex('2025-11'),
      weight: expect.closeTo(30.53 / 52.18, 9),
    });
  });

  it('records the 2025 reorganisation of localities as a break', () => {
    const localities = latest.indicators.find((i) => i.id === 'dossiersFullOnlineLocalities')!;
    expect(localities.breaks.map((b) => b.month)).toContain(monthIndex('2025-07'));
  });

  it('stays the non-default vintage while headline indicators lack later figures', () => {
    expect(missingHeadlines(latest)).toEqual(['smartphoneShare']);
  });

  it('speaks as of its latest headline figure', () => {
    expect(latest.asOf).toBe(latestHeadlineMonth(latest));
  });

  it('rejects a later target of an unknown measure', () => {
    const broken = structuredClone(laterJson) as typeof laterJson & { targets: unknown[] };
    broken.targets = [
      {
        indicator: 'dossiersFullOnline',
        id: 'x',
        counts: 'nope',
        value: 50,
        deadline: '2026-12',
        source: laterJson.sources[0]!.id,
        quote: 'a quote',
      },
    ];
    expect(() => loadDataset(indicatorsJson, sourcesJson, broken)).toThrow(/unknown measure nope/);
  });

  it('gives every later target a web address and a quote that shows its number', () => {
    expect(laterJson.targets.length).toBeGreaterThan(0);
    for (const t of laterJson.targets) {
      expect(latest.sources.get(t.source)?.url, `${t.id} ${t.source}`).toMatch(/^https:\/\//);
      const forms = [String(t.value), String(t.value).replace('.', ',')];
      expect(
        forms.some((f) => t.quote.includes(f)),
        `${t.id} ${t.value}: ${t.quote}`,
      ).toBe(true);
    }
  });

  it('starts adults using online services again from PAPI 2024, marked as a proxy', () => {
    const adults = latest.indicators.find((i) => i.id === 'adultsUsingOnlineServices')!;
    const later = adults.observations.filter((o) => o.vintage === latest.vintage);
    expect(later.map((o) => `${monthText(o.month)}=${o.value}`)).toEqual(['2024-10=13.8']);
    expect(later[0]!.definitionNote).toBeDefined();
  });

  it('carries 5G coverage, an indicator of the latest vintage only, with three figures and its targets', () => {
    const coverage = latest.indicators.find((i) => i.id === 'population5gCoverage')!;
    expect(coverage.group).toBe('infrastructure');
    expect(latest.measures.has(coverage.counts)).toBe(true);
    expect(coverage.observations.map((o) => `${monthText(o.month)}=${o.value}`)).toEqual([
      '2025-06=26',
      '2025-10=39.52',
      '2025-12=90',
    ]);
    expect(coverage.targets.map((t) => `${t.value}@${monthText(t.deadline)}`)).toEqual([
      '90@2025-12',
      '99@2030-12',
    ]);
    expect(dataset2024().indicators.some((i) => i.id === coverage.id)).toBe(false);
  });

  it("quotes Resolution 57's own words for the digital economy in 2030", () => {
    const economy = latest.indicators.find((i) => i.id === 'digitalEconomyShareOfGdp')!;
    const target = economy.targets.find((t) => t.id === 'digitalEconomy30by2030Nq57')!;
    expect(target.quote).toBe('Quy mô kinh tế số đạt tối thiểu 30% GDP.');
    expect(monthText(target.deadline)).toBe('2030-12');
  });

  it("shows the later vintage's notes on their cards, and only in that vintage", () => {
    const note = (d: typeof latest) =>
      d.indicators.find((i) => i.id === 'dossiersFullOnline')!.caveats.some((c) => c.vi.includes('51,7%'));
    expect(note(latest)).toBe(true);
    expect(note(dataset2024())).toBe(false);
    const broken = structuredClone(laterJson) as typeof laterJson & { caveats: unknown[] };
    broken.caveats = [{ indicator: 'nope', vi: 'x', en: 'x' }];
    expect(() => loadDataset(indicatorsJson, sourcesJson, broken)).toThrow(/unknown indicator nope/);
  });

  it('rejects a later figure for an unknown indicator', () => {
    const broken = structuredClone(laterJson);
    broken.observations[0]!.indicator = 'nope';
    expect(() => loadDataset(indicatorsJson, sourcesJson, broken)).toThrow(DatasetError);
  });
});
