import { SvelteMap } from 'svelte/reactivity';
import { defaultRates, type TrendWindow, type UserObservation } from '../model/baseline';
import type { GrowthModel } from '../model/growth-models';
import type { Dataset } from '../model/load-dataset';
import { monthIndex, monthOfDate, type MonthIndex } from '../model/month';
import { rateOf, type ScenarioSnapshot } from './build-request';
import type { ImportedDataset } from './import-dataset';
import type { VintageParts } from './switch-vintage';
import type { UncertaintySetting } from './uncertainty';
import { withImported, type ImportMode } from './with-imported';
import type { ReferenceChoice, AsOfChoice } from './url-state';

export const DEFAULT_HORIZON = monthIndex('2026-12');
export const HORIZONS: readonly MonthIndex[] = [
  monthIndex('2026-12'),
  monthIndex('2027-12'),
  monthIndex('2030-12'),
];

/**
 * The scenario a share link carries: data vintage, model, horizon, the rates the user moved, the observations
 * the user added, the bands' settings and what it is compared with. How it is shown lives in ViewState.
 */
export class ScenarioState {
  /** The vintages loaded so far (the one shown first; another is added when first wanted). */
  readonly vintages: SvelteMap<string, Dataset>;
  /** Every vintage, loaded or not, in load order (the seed figures first): ids and names. */
  readonly vintageList: readonly Pick<Dataset, 'vintage' | 'vintageLabel'>[];
  readonly defaultVintage: string;
  #vintage = $state('');
  /** The data vintage in use; it changes only with its parts, through `useVintage`. */
  get vintage(): string {
    return this.#vintage;
  }
  /** A province's or ministry's own figures, with their compact form for links and saves. */
  imported = $state.raw<{ dataset: ImportedDataset; json: string } | null>(null);
  /** Whether the imported figures get lines of their own beside the national ones or replace them. */
  importMode = $state<ImportMode>('beside');
  /** The dataset of the chosen vintage (with imported figures): baselines, trends and rates follow it. */
  dataset = $derived.by(() => this.datasetOf(this.vintage));
  trendWindow = $state<TrendWindow>('sinceBreak');
  /** Uncertainty: how the spread of each month's rate is set, the typed spread, paths and random seed. */
  uncertainty = $state<UncertaintySetting>('auto');
  typedSigma = $state(0.5);
  paths = $state(1000);
  randomSeed = $state(1);
  /** What the scenario is compared with (dashed line, comparison table, "what changed"). */
  reference = $state<ReferenceChoice>({ kind: 'none' });
  model = $state<GrowthModel>('linear');
  horizon = $state<MonthIndex>(DEFAULT_HORIZON);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
  readonly today: MonthIndex = monthOfDate(new Date());
  /**
   * The month verdicts speak from: null = the data vintage's own month (its latest headline figure),
   * `'today'` = the calendar month, or a month the user chose ("what did it look like in 2025-12?").
   */
  asOfChoice = $state<AsOfChoice>(null);
  /** The vintage's own month: what its figures can speak for. */
  asOf = $derived(this.dataset.asOf);
  asOfMonth = $derived(this.asOfChoice === 'today' ? this.today : (this.asOfChoice ?? this.asOf));
  splitLevels = $state(false);
  rateOverrides = $state<Record<string, number>>({});
  userObservations = $state<Record<string, UserObservation[]>>({});

  /** Default rate per indicator: the trend of its counted points (user observations included), else flat. */
  defaults = $derived.by(() =>
    defaultRates(this.dataset.indicators, this.userObservations, this.trendWindow),
  );

  constructor(
    vintages: ReadonlyMap<string, Dataset>,
    defaultVintage: string,
    vintageList: readonly Pick<Dataset, 'vintage' | 'vintageLabel'>[] = [...vintages.values()],
  ) {
    this.vintages = new SvelteMap(vintages);
    this.vintageList = vintageList;
    this.defaultVintage = defaultVintage;
    this.#vintage = defaultVintage;
  }

  /**
   * Puts a data vintage in use with the parts that go with it: the one path by which the vintage changes,
   * whether a control switched it (the parts carried over, see `carryOver`) or a link or a save named it
   * (the link's own parts: a link is a whole state, nothing is carried over).
   */
  useVintage(id: string, parts: VintageParts): void {
    this.#vintage = id;
    this.rateOverrides = parts.rateOverrides;
    this.userObservations = parts.userObservations;
    this.horizon = parts.horizon;
    this.asOfChoice = parts.asOfChoice;
  }

  /** A vintage's dataset as this scenario shows it: with the imported figures, if any. */
  datasetOf(vintage: string): Dataset {
    const base = this.vintages.get(vintage) ?? this.vintages.get(this.defaultVintage)!;
    return this.imported ? withImported(base, this.imported.dataset, this.importMode) : base;
  }

  rate(id: string): number {
    return rateOf(id, this.rateOverrides, this.defaults);
  }

  setRate(id: string, value: number): void {
    if (this.rateOverrides[id] === value) return;
    this.rateOverrides[id] = value;
  }

  resetRate(id: string): void {
    delete this.rateOverrides[id];
  }

  /** Sets several rates at once (presets, "apply required rate" on both levels). */
  setRates(rates: Record<string, number>): void {
    this.rateOverrides = { ...this.rateOverrides, ...rates };
  }

  resetAll(): void {
    this.rateOverrides = {};
  }

  addObservation(id: string, observation: UserObservation): void {
    const kept = (this.userObservations[id] ?? []).filter((o) => o.month !== observation.month);
    this.userObservations[id] = [...kept, observation].sort((a, b) => a.month - b.month);
  }

  removeObservation(id: string, month: MonthIndex): void {
    const kept = (this.userObservations[id] ?? []).filter((o) => o.month !== month);
    if (kept.length) this.userObservations[id] = kept;
    else delete this.userObservations[id];
  }

  /** The same scenario with every rate at its default: read without subscribing to the rates. */
  trendSnapshot(): ScenarioSnapshot {
    return {
      model: this.model,
      horizon: this.horizon,
      splitLevels: this.splitLevels,
      rateOverrides: {},
      userObservations: $state.snapshot(this.userObservations),
      trendWindow: this.trendWindow,
    };
  }

  /** Plain data for the engine, the URL and saved scenarios. */
  snapshot(): ScenarioSnapshot {
    return {
      model: this.model,
      horizon: this.horizon,
      splitLevels: this.splitLevels,
      rateOverrides: $state.snapshot(this.rateOverrides),
      userObservations: $state.snapshot(this.userObservations),
      trendWindow: this.trendWindow,
    };
  }
}
