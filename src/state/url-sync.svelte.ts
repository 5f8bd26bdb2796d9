import { locale } from '../i18n/locale.svelte';
import type { Dataset } from '../model/load-dataset';
import {
  decodeUrlState,
  encodeUrlState,
  MAX_IMPORT_IN_URL,
  type IgnoredParam,
  type UrlContext,
  type UrlState,
} from './url-state';
import { DEFAULT_HORIZON, HORIZONS, type ScenarioState } from './scenario.svelte';
import type { ViewState } from './view.svelte';
import { catalogOf, type VintageCatalog } from './vintage-catalog';
import { TrailingTimer } from '../runner/trailing-timer';
import type { ImportContext } from './import-dataset';
import { importedId, isImportedId } from './with-imported';

const URL_WRITE_DELAY_MS = 250;

/** What a share link is checked against, from the loaded datasets (every vintage). */
export function urlContextOf(vintages: ReadonlyMap<string, Dataset>, defaultVintage: string): UrlContext {
  return catalogContext(catalogOf(vintages, defaultVintage));
}

/** What a share link is checked against: every vintage's indicators, whether loaded yet or not. */
export function catalogContext(catalog: VintageCatalog): UrlContext {
  // The line an imported file gets beside each indicator: its rate, figures and focus travel in links too.
  const imported = catalog.indicators.map((i) => ({ ...i, id: importedId(i.id) }));
  return {
    indicators: [...catalog.indicators, ...imported],
    vintages: catalog.vintages.map((v) => v.vintage),
    defaultVintage: catalog.defaultVintage,
    horizons: [...HORIZONS],
    defaultHorizon: DEFAULT_HORIZON,
  };
}

/**
 * Whether the page needs every vintage from its start: the default is not the first one, or the link opens
 * another vintage, the hindsight view, the presenter (whose steps may) or a saved scenario to compare with.
 * The bare address and most links load the first vintage alone.
 */
export function wantsEveryVintage(search: string, catalog: VintageCatalog): boolean {
  if (catalog.defaultVintage !== catalog.vintages[0]?.vintage) return true;
  if (!search) return false;
  const { state } = decodeUrlState(search, catalogContext(catalog));
  return (
    state.vintage !== catalog.defaultVintage ||
    state.view !== 'simulator' ||
    state.mode === 'present' ||
    state.reference.kind === 'saved'
  );
}

/** The whole on-screen state as a URL state. */
export function urlStateOf(scenario: ScenarioState, view: ViewState): UrlState {
  return {
    snapshot: scenario.snapshot(),
    lang: locale.lang,
    asOfMonth: scenario.asOfChoice,
    vintage: scenario.vintage,
    view: view.view,
    reference: $state.snapshot(scenario.reference),
    imported: scenario.imported
      ? scenario.imported.json.length <= MAX_IMPORT_IN_URL
        ? { json: scenario.imported.json }
        : { tooLarge: scenario.imported.dataset.name }
      : null,
    importMode: scenario.importMode,
    mode: view.mode,
    focus: view.focus,
    sequence: $state.snapshot(view.sequence),
    bands: {
      uncertainty: scenario.uncertainty,
      typedSigma: scenario.typedSigma,
      paths: scenario.paths,
      randomSeed: scenario.randomSeed,
    },
  };
}

/** Puts a decoded URL state on screen. */
export function applyUrlState(scenario: ScenarioState, view: ViewState, state: UrlState): void {
  const { snapshot } = state;
  // A link is a whole state: its vintage comes with its own parts, nothing carried over.
  scenario.useVintage(state.vintage, {
    rateOverrides: { ...snapshot.rateOverrides },
    userObservations: { ...snapshot.userObservations },
    horizon: snapshot.horizon,
    asOfChoice: state.asOfMonth,
  });
  scenario.model = snapshot.model;
  scenario.splitLevels = snapshot.splitLevels;
  scenario.trendWindow = snapshot.trendWindow;
  view.view = state.view;
  scenario.reference = state.reference;
  scenario.uncertainty = state.bands.uncertainty;
  scenario.typedSigma = state.bands.typedSigma;
  scenario.paths = state.bands.paths;
  scenario.randomSeed = state.bands.randomSeed;
  if (!state.imported) scenario.imported = null;
  scenario.importMode = state.importMode;
  view.mode = state.mode;
  view.focus = state.focus;
  view.sequence = state.sequence;
  locale.lang = state.lang;
}

/**
 * Keeps the address bar equal to the state: read once at start, then rewritten with replaceState (no
 * history entries) only when the encoded state actually changed.
 */
export class UrlSync {
  ignored = $state<IgnoredParam[]>([]);
  /** Name of imported figures a link referred to but could not carry: the user must attach the file again. */
  reattach = $state<string | null>(null);
  readonly #context: UrlContext;
  readonly #scenario: ScenarioState;
  readonly #view: ViewState;

  constructor(scenario: ScenarioState, view: ViewState, context: UrlContext) {
    this.#scenario = scenario;
    this.#view = view;
    this.#context = context;
  }

  /** Reads the current address into the scenario; what could not be used is listed in `ignored`. */
  restore(search: string): void {
    const { state, ignored } = decodeUrlState(search, this.#context);
    applyUrlState(this.#scenario, this.#view, state);
    this.ignored = ignored;
    void this.#applyImported(state.imported);
  }

  /** Imported figures are checked by the import module, loaded only when a link or save carries some. */
  async #applyImported(imported: UrlState['imported']): Promise<void> {
    this.reattach = imported && 'tooLarge' in imported ? imported.tooLarge : null;
    if (!imported || !('json' in imported)) return;
    const { importFromJson } = await import('./import-dataset');
    const dataset = importFromJson(imported.json, this.importContext);
    if (dataset) this.#scenario.imported = { dataset, json: imported.json };
    else this.ignored = [...this.ignored, { key: 'imp', reason: 'badValue' }];
  }

  /** Opens a saved scenario's link, keeping the language and the comparison the user has on screen. */
  open(query: string, imported?: unknown): void {
    const { state } = decodeUrlState(query, this.#context);
    applyUrlState(this.#scenario, this.#view, {
      ...state,
      lang: locale.lang,
      reference: $state.snapshot(this.#scenario.reference),
      mode: this.#view.mode,
      focus: this.#view.focus,
      sequence: $state.snapshot(this.#view.sequence),
    });
    // A save keeps its imported figures beside the link, even when they were too large for it.
    const carried = typeof imported === 'string' ? { json: imported } : state.imported;
    void this.#applyImported(carried);
  }

  /**
   * Opens a step of the presenter's sequence: its scenario and its indicator, keeping the language, the
   * comparison, the mode, the sequence and any imported figures (a step carries none of these).
   */
  openStep(query: string): void {
    const { state } = decodeUrlState(query, this.#context);
    const imported = this.#scenario.imported;
    applyUrlState(this.#scenario, this.#view, {
      ...state,
      lang: locale.lang,
      reference: $state.snapshot(this.#scenario.reference),
      mode: this.#view.mode,
      focus: state.focus ?? this.#view.focus,
      sequence: $state.snapshot(this.#view.sequence),
      importMode: this.#scenario.importMode,
    });
    this.#scenario.imported = imported;
  }

  get context(): UrlContext {
    return this.#context;
  }

  /** What a file is checked against: the national indicators only (not the lines files get beside them). */
  get importContext(): ImportContext {
    return { indicators: this.#context.indicators.filter((i) => !isImportedId(i.id)) };
  }

  /** The query of the current state. */
  query(): string {
    return encodeUrlState(urlStateOf(this.#scenario, this.#view), this.#context);
  }

  readonly #later = new TrailingTimer(() => this.flush(), URL_WRITE_DELAY_MS);
  #lastChange = -Infinity;

  /**
   * Writes the state into the address bar when it differs: at once after a quiet spell (a click), else once
   * the changes stop for URL_WRITE_DELAY_MS (a drag fires an input per frame, and replaceState costs
   * milliseconds each and is throttled by browsers: a drag writes at its start and its end only).
   */
  write(): void {
    const now = performance.now();
    const quiet = now - this.#lastChange >= URL_WRITE_DELAY_MS;
    this.#lastChange = now;
    if (quiet) this.flush();
    else this.#later.restart();
  }

  /** Writes now (also on leaving the page, so the last change is never lost). */
  flush(): void {
    this.#later.cancel();
    const query = this.query();
    if (query !== location.search) history.replaceState(history.state, '', `${query}${location.hash}`);
  }
}
