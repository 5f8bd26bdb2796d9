// Shared by the state specs: the seed dataset, its default rates and a scenario snapshot builder.
import { defaultRates } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import { monthIndex } from '../model/month';
import { dataset2024 } from '../model/bundled-vintages';
import type { ScenarioSnapshot } from './build-request';

/**
 * The seed dataset with three made-up targets that count DOSSIERS on the national dossier line (80% by
 * 2024-12, 100% and 80% by 2025-12), so the hand-worked numbers below do not move when the data gains or
 * loses a real dossier target. Test fixture only: the app never ships these.
 */
function withFixtureDossierTargets(dataset: Dataset): Dataset {
  const fixture = [
    ['dossiers80by2024', 80, '2024-12'],
    ['dossiers100by2025', 100, '2025-12'],
    ['dossiers80by2025', 80, '2025-12'],
  ] as const;
  return {
    ...dataset,
    indicators: dataset.indicators.map((indicator) =>
      indicator.id !== 'dossiersFullOnline'
        ? indicator
        : {
            ...indicator,
            shownTargets: [
              ...indicator.shownTargets.filter((t) => t.context),
              ...fixture.map(([id, value, deadline]) => ({
                id,
                value,
                deadline: monthIndex(deadline),
                counts: 'dossiersFullOnline',
                source: '001',
                quote: 'test fixture',
                ownerId: 'dossiersFullOnline',
                context: false,
              })),
            ],
          },
    ),
  };
}

export const seed = withFixtureDossierTargets(dataset2024());

/** Default (trend) rate of every seed indicator, by the app's own rule (stated figures, since the break). */
export const seedDefaults = defaultRates(seed.indicators, {});

/** The default scenario (linear, to 2026-12, trend rates) with some fields changed. */
export function snapshotWith(over: Partial<ScenarioSnapshot> = {}): ScenarioSnapshot {
  return {
    model: 'linear',
    horizon: monthIndex('2026-12'),
    splitLevels: false,
    rateOverrides: {},
    userObservations: {},
    trendWindow: 'sinceBreak',
    ...over,
  };
}
