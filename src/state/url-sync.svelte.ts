import { locale } from '../i18n/locale.svelte';
import type { Dataset } from '../model/load-dataset';
import {
  decodeUrlState,
  encodeUrlState,
  type IgnoredParam,
  type UrlContext,
  type UrlState,
} from './url-state';
import { DEFAULT_HORIZON, HORIZONS, type ScenarioState } from './scenario.svelte';

/** What a share link is checked against, from the loaded datasets. */
export function urlContextOf(vintages: ReadonlyMap<string, Dataset>, defaultVintage: string): UrlContext {
  const any = vintages.get(defaultVintage)!;
  return {
    indicators: any.indicators.map((i) => ({ id: i.id, rateRange: i.rateRange, ceiling: i.ceiling })),
    vintages: [...vintages.keys()],
    defaultVintage,
    horizons: [...HORIZONS],
    defaultHorizon: DEFAULT_HORIZON,
  };
}

/** The whole on-screen state as a URL state. */
export function urlStateOf(scenario: ScenarioState): UrlState {
  return {
    snapshot: scenario.snapshot(),
    lang: locale.lang,
    referenceMonth: scenario.referenceOverride,
    vintage: scenario.vintage,
    view: scenario.view,
    reference: $state.snapshot(scenario.reference),
    bands: {
      uncertainty: scenario.uncertainty,
      typedSigma: scenario.typedSigma,
      paths: scenario.paths,
      seed: scenario.seed,
    },
  };
}

/** Puts a decoded URL state on screen. */
export function applyUrlState(scenario: ScenarioState, state: UrlState): void {
  const { snapshot } = state;
  scenario.vintage = state.vintage;
  scenario.model = snapshot.model;
  scenario.horizon = snapshot.horizon;
  scenario.splitLevels = snapshot.splitLevels;
  scenario.trendWindow = snapshot.trendWindow;
  scenario.rateOverrides = { ...snapshot.rateOverrides };
  scenario.userObservations = { ...snapshot.userObservations };
  scenario.referenceOverride = state.referenceMonth;
  scenario.view = state.view;
  scenario.reference = state.reference;
  scenario.uncertainty = state.bands.uncertainty;
  scenario.typedSigma = state.bands.typedSigma;
  scenario.paths = state.bands.paths;
  scenario.seed = state.bands.seed;
  locale.lang = state.lang;
}

/**
 * Keeps the address bar equal to the state: read once at start, then rewritten with replaceState (no
 * history entries) only when the encoded state actually changed.
 */
export class UrlSync {
  ignored = $state<IgnoredParam[]>([]);
  readonly #context: UrlContext;
  readonly #scenario: ScenarioState;

  constructor(scenario: ScenarioState, context: UrlContext) {
    this.#scenario = scenario;
    this.#context = context;
  }

  /** Reads the current address into the scenario; what could not be used is listed in `ignored`. */
  restore(search: string): void {
    const { state, ignored } = decodeUrlState(search, this.#context);
    applyUrlState(this.#scenario, state);
    this.ignored = ignored;
  }

  /** Opens a saved scenario's link, keeping the language and the comparison the user has on screen. */
  open(query: string): void {
    const { state } = decodeUrlState(query, this.#context);
    applyUrlState(this.#scenario, {
      ...state,
      lang: locale.lang,
      reference: $state.snapshot(this.#scenario.reference),
    });
  }

  get context(): UrlContext {
    return this.#context;
  }

  /** The query of the current state. */
  query(): string {
    return encodeUrlState(urlStateOf(this.#scenario), this.#context);
  }

  /** Writes the state into the address bar when it differs. */
  write(): void {
    const query = this.query();
    if (query !== location.search) history.replaceState(history.state, '', `${query}${location.hash}`);
  }
}
