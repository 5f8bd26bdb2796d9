import { untrack } from 'svelte';
import { locale } from '../i18n/locale.svelte';
import type { Dataset, LoadedIndicator } from '../model/load-dataset';
import { sameSummary, summarizeAnswers, type AnswerSummary } from '../model/answer-summary';
import type { ProjectionRequest } from '../model/projection-types';
import type { MonthIndex } from '../model/month';
import { answersFor, type TargetAnswer } from '../model/target-answer';
import { projectScenario } from '../model/project-scenario';
import { ProjectionRunner, type BandsJob } from '../runner/projection-runner';
import { TrailingTimer } from '../runner/trailing-timer';
import { BandsState, type Fan } from './bands.svelte';
import { IndicatorRun } from './indicator-run.svelte';
import { activePreset, planRates, type Preset } from './presets';
import { ProjectionState, type SeriesSlice } from './projection.svelte';
import { referenceRun, type ReferenceRun } from './reference-run';
import { HORIZONS, ScenarioState } from './scenario.svelte';
import { carryOver } from './switch-vintage';
import type { ImportedDataset } from './import-dataset';
import { moveImportedParts } from './move-imported-parts';
import { coveredIds, isImportedId, type ImportMode } from './with-imported';
import { linkWith } from './share-links';
import { spreadOptions } from '../model/band-spread';
import { pooledRestsOn, spreadsOf, type IndicatorSpread } from './uncertainty';
import { catalogContext, UrlSync } from './url-sync.svelte';
import { catalogOf, type VintageCatalog } from './vintage-catalog';
import { decodeUrlState } from './url-state';
import { ViewState } from './view.svelte';

/** Bands are asked for once a drag has been still this long, never on every step. */
export const BANDS_SETTLE_MS = 120;

export interface SimulatorOptions {
  /** The vintages loaded at start (all of them, unless `catalog` names more and `loadVintage` fetches them). */
  vintages: ReadonlyMap<string, Dataset>;
  defaultVintage: string;
  /** Every vintage, loaded or not (default: the loaded ones). */
  catalog?: VintageCatalog;
  /** Fetches a vintage of the catalog that is not loaded yet. */
  loadVintage?: (id: string) => Promise<Dataset>;
  /** A new worker for a runner; the name tells the runners apart (DevTools, the UI benchmark). */
  createWorker: (name: 'projection' | 'reference' | 'bands') => Worker;
  /** The page's address: the share link is read from it and written back to it. */
  location: Pick<Location, 'search' | 'origin' | 'pathname' | 'hash'>;
  reducedMotion: boolean;
}

function sameFan(a: Fan, b: Fan): boolean {
  return (
    a.startMonth === b.startMonth &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, j) => row.length === b.rows[j]!.length && row.every((v, k) => v === b.rows[j]![k]))
  );
}

/** Cards by group; levels of a mixed indicator are shown inside its card, not as cards of their own. */
function groupsOf(dataset: Dataset) {
  const levelIds = new Set(
    dataset.indicators.flatMap((i) => (i.mix ? [i.mix.ministries, i.mix.localities] : [])),
  );
  return dataset.groups
    .map((group) => ({
      ...group,
      indicators: dataset.indicators.filter((i) => i.group === group.id && !levelIds.has(i.id)),
    }))
    .filter((group) => group.indicators.length);
}

/**
 * The simulator behind the page: the scenario and how it is shown, the runners that project it, the effects
 * that feed them and the address bar. Built, then started (`start()`: the first projection and the effects,
 * which live until `destroy()`), before the page is drawn: two short tasks at start-up rather than one long
 * one on a slow phone. Components receive it, read its state and call its methods.
 */
export class Simulator {
  readonly scenario: ScenarioState;
  readonly view = new ViewState();
  readonly urlSync: UrlSync;
  /** The user asked for reduced motion: the presenter's playback jumps, charts do not animate. */
  readonly reducedMotion: boolean;
  readonly projection: ProjectionState;
  readonly referenceProjection: ProjectionState;
  readonly bands: BandsState;
  readonly #runner: ProjectionRunner;

  /** Each indicator's display facts and engine input, rebuilt when the dataset changes. */
  readonly runs: Map<string, IndicatorRun>;
  /** The engine's input for the whole scenario: the indicators' inputs, as they are. */
  readonly request: ProjectionRequest;
  /** Groups of cards; levels of a mixed indicator are shown inside its card, not as cards of their own. */
  readonly groups: (Dataset['groups'][number] & { indicators: LoadedIndicator[] })[];
  /** Indicators with a card of their own, in page order. */
  readonly topIds: string[];
  /** The indicator presenter and embed views show. */
  readonly focusId: string;
  /** Every scored target's answer, in data order, and their counts: what every view renders. */
  readonly answers: TargetAnswer[];
  readonly summary: AnswerSummary;
  /** An imported file's own lines, counted apart from the national headline (null without such lines). */
  readonly importedSummary: { name: string; summary: AnswerSummary } | null;
  readonly referenceAnswers: TargetAnswer[];
  readonly spreads: Map<string, IndicatorSpread>;
  readonly #bandOptions: ReturnType<typeof spreadOptions>;
  /** The comparison: nothing, the trend, or a saved scenario, projected by a worker of its own. */
  readonly reference: ReferenceRun;
  readonly showReference: boolean;
  readonly referenceName: string;
  /** "On plan" rates, and which preset the current rates amount to. */
  readonly plan: Record<string, number>;
  readonly preset: Preset;
  /** The address bar's query: the share link; and the links built from it. */
  readonly query: string;
  readonly shareUrl: string;
  /** The indicator the embed snippet names by default: the one last looked at. */
  readonly embedId: string;
  readonly fullUrl: string;

  constructor(options: SimulatorOptions) {
    const catalog = options.catalog ?? catalogOf(options.vintages, options.defaultVintage);
    const scenario = new ScenarioState(options.vintages, catalog.defaultVintage, catalog.vintages);
    this.scenario = scenario;
    this.#loadVintage = options.loadVintage ?? null;
    this.urlSync = new UrlSync(scenario, this.view, catalogContext(catalog));
    this.reducedMotion = options.reducedMotion;
    this.#runner = new ProjectionRunner(() => options.createWorker('projection'));
    this.projection = new ProjectionState(this.#runner);
    this.referenceProjection = new ProjectionState(
      new ProjectionRunner(() => options.createWorker('reference')),
    );
    this.bands = new BandsState(new ProjectionRunner(() => options.createWorker('bands'), 30_000));
    const base = `${options.location.origin}${options.location.pathname}`;
    const results = {
      verdictsOf: (id: string) => this.projection.verdictsOf(id),
      probability: (indicatorId: string, targetId: string) => this.bands.probability(indicatorId, targetId),
    };

    this.runs = $derived(
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
      new Map(scenario.dataset.indicators.map((i) => [i.id, new IndicatorRun(i, scenario, results)])),
    );
    this.request = $derived({
      model: scenario.model,
      horizon: scenario.horizon,
      indicators: [...this.runs.values()].map((run) => run.input),
    });
    this.groups = $derived(groupsOf(scenario.dataset));
    this.topIds = $derived(this.groups.flatMap((g) => g.indicators.map((i) => i.id)));
    // A focus the data has no card for (a link or a step from another vintage) falls back to the first card.
    this.focusId = $derived(
      this.view.focus !== null && this.topIds.includes(this.view.focus) ? this.view.focus : this.topIds[0]!,
    );
    this.answers = $derived([...this.runs.values()].flatMap((run) => run.answers));
    // The headline counts the national lines; an imported file's own lines are counted on their own.
    // The same object while the counts hold (most slider steps): the summary strip then updates nothing.
    this.summary = $derived.by(() => {
      const national = scenario.imported
        ? this.answers.filter((a) => !isImportedId(a.indicatorId))
        : this.answers;
      const next = summarizeAnswers(national);
      const last = this.#lastSummary;
      if (last && sameSummary(last, next)) return last;
      return (this.#lastSummary = next);
    });
    this.importedSummary = $derived.by(() => {
      if (!scenario.imported) return null;
      const own = this.answers.filter((a) => isImportedId(a.indicatorId));
      return own.length ? { name: scenario.imported.dataset.name, summary: summarizeAnswers(own) } : null;
    });
    this.spreads = $derived(
      spreadsOf(scenario.dataset, scenario.userObservations, scenario.uncertainty, scenario.typedSigma),
    );
    // Each indicator's band as Monte Carlo options: rebuilt when the bands' inputs change, not at every step.
    this.#bandOptions = $derived(
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, read once
      spreadOptions(new Map([...this.spreads].map(([id, spread]) => [id, spread.band]))),
    );
    this.reference = $derived(referenceRun(scenario.reference, scenario, this.urlSync.context));
    this.showReference = $derived(scenario.reference.kind !== 'none');
    this.referenceName = $derived(
      scenario.reference.kind === 'saved' ? scenario.reference.name || '—' : locale.t('compareTrend'),
    );
    this.plan = $derived(
      this.projection.ready
        ? planRates(scenario.dataset, this.projection.verdicts, scenario.splitLevels)
        : {},
    );
    this.preset = $derived(activePreset(scenario.rateOverrides, this.plan));
    // The compared scenario's answers, by the same rule on the same figures (its rates are its own).
    this.referenceAnswers = $derived(
      this.showReference
        ? [...this.runs.values()].flatMap((run) =>
            answersFor(this.referenceProjection.verdictsOf(run.indicator.id), {
              figures: run.facts.figures,
              trendPerMonth: run.facts.trendRate,
              rateIsDefault:
                this.reference.rates[run.indicator.id] === scenario.defaults.get(run.indicator.id),
              asOfMonth: run.asOfMonth,
              horizon: scenario.horizon,
            }),
          )
        : [],
    );
    this.query = $derived(this.urlSync.query());
    this.shareUrl = $derived(`${base}${this.query}`);
    this.#base = base;
    this.embedId = $derived(this.view.touched ?? this.focusId);
    this.fullUrl = $derived(linkWith(base, this.query, { embed: null, present: null }));

    this.urlSync.restore(options.location.search);
    this.#hash = options.location.hash;
  }

  readonly #hash: string;
  readonly #base: string;
  readonly #loadVintage: ((id: string) => Promise<Dataset>) | null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- pending fetches, never read by the page
  readonly #loading = new Map<string, Promise<void>>();
  #lastSummary: AnswerSummary | null = null;

  /** The embeddable chart-and-verdict view of one indicator under the current scenario. */
  embedUrlOf(id: string): string {
    return linkWith(this.#base, this.query, { present: null, embed: '1', ind: id });
  }
  #disconnect: (() => void) | null = null;

  /**
   * The first screen's projection, computed at once (about a millisecond: the page can be prerendered and
   * hydrated with its verdicts, and the worker is asked only for what changes after it), then the effects.
   */
  start(): void {
    if (this.#disconnect) return;
    const first = projectScenario(this.request);
    this.projection.prime(this.request, first);
    // The comparison starts as the trend, which a fresh page shows already: same inputs, same projection.
    const reference = this.reference.request;
    if (JSON.stringify(reference) === JSON.stringify(this.request))
      this.referenceProjection.prime(reference, first);
    this.#disconnect = this.#connect(this.#hash);
  }

  /** Stops the effects that feed the runners and the address bar. */
  destroy(): void {
    this.#disconnect?.();
    this.#disconnect = null;
  }

  #connect(hash: string): () => void {
    return $effect.root(() => this.#effects(hash));
  }

  #effects(hash: string): void {
    // The address bar is the share link: read once (constructor), then kept equal to the state.
    $effect(() => {
      void this.query;
      this.urlSync.write();
    });
    $effect(() => {
      const flush = () => this.urlSync.flush();
      addEventListener('pagehide', flush);
      return () => removeEventListener('pagehide', flush);
    });
    // Another vintage is fetched when first wanted: hindsight and the presenter set the two side by side, a
    // saved scenario may be compared from another one, a presenter's step may open one.
    $effect(() => {
      for (const id of this.#wantedVintages()) void this.loadVintage(id);
    });
    $effect(() => this.projection.update(this.request));
    $effect(() => this.referenceProjection.update(this.reference.request));
    // Bands come from a worker of their own once the inputs are still: one chart update per step, not two.
    $effect(() => {
      this.#settledBandsJob = this.#bandsJob();
      this.#bandsSettle.restart();
    });
    $effect(() => () => this.#bandsSettle.cancel());
    $effect(() => {
      document.documentElement.lang = locale.lang;
      document.title = `${locale.t('appTitle')} — ${locale.t('appSubtitle')}`;
    });
    // A fire drill for the browser tests: `#drill` exposes a way to kill the worker as a crash would.
    if (hash === '#drill') {
      Object.assign(globalThis, { __drill: { killWorker: () => this.#runner.terminateWorkerForTesting() } });
    }
  }

  /** The newest bands job, asked for once the drag has been still for BANDS_SETTLE_MS. */
  #settledBandsJob: BandsJob | null = null;
  readonly #bandsSettle = new TrailingTimer(
    () => void this.bands.request(this.#settledBandsJob),
    BANDS_SETTLE_MS,
  );

  #bandsJob(): BandsJob | null {
    const scenario = this.scenario;
    if (scenario.uncertainty === 'off') return null;
    return {
      request: this.request,
      options: { paths: scenario.paths, seed: scenario.randomSeed, ...this.#bandOptions },
    };
  }

  #wantedVintages(): string[] {
    const scenario = this.scenario;
    if (this.view.view === 'hindsight' || this.view.mode === 'present')
      return scenario.vintageList.map((v) => v.vintage);
    const wanted = [scenario.vintage];
    if (scenario.reference.kind === 'saved') {
      wanted.push(decodeUrlState(scenario.reference.query, this.urlSync.context).state.vintage);
    }
    return wanted;
  }

  /** Fetches a vintage not loaded yet and adds it to the scenario's (once, however often asked). */
  loadVintage(id: string): Promise<void> {
    const vintages = this.scenario.vintages;
    const known = this.scenario.vintageList.some((v) => v.vintage === id);
    if (untrack(() => vintages.has(id)) || !known || !this.#loadVintage) return Promise.resolve();
    let loading = this.#loading.get(id);
    if (!loading) {
      loading = this.#loadVintage(id).then(
        (dataset) => void vintages.set(dataset.vintage, dataset),
        (error: unknown) => {
          this.#loading.delete(id);
          throw error;
        },
      );
      this.#loading.set(id, loading);
    }
    return loading;
  }

  /** The vintages hindsight sets side by side (the first and the last), null while one is still loading. */
  get hindsightPair(): { older: Dataset; newer: Dataset } | null {
    const list = this.scenario.vintageList;
    const older = this.scenario.vintages.get(list[0]!.vintage);
    const newer = this.scenario.vintages.get(list.at(-1)!.vintage);
    return older && newer ? { older, newer } : null;
  }

  /** One indicator's answers (the same array while its inputs are unchanged). */
  answersOf(id: string): TargetAnswer[] {
    return this.runs.get(id)?.answers ?? [];
  }

  /** The month an indicator's answers (and its chart's tag) speak from: see IndicatorRun.asOfMonth. */
  asOfMonthOf(id: string): MonthIndex {
    return this.runs.get(id)?.asOfMonth ?? this.scenario.asOfMonth;
  }

  facts(id: string) {
    return this.runs.get(id)!.facts;
  }

  spread(id: string) {
    return this.spreads.get(id)!;
  }

  /** What the estimated bands rest on (pooled parts), for the uncertainty settings; null when manual. */
  get restsOn() {
    return pooledRestsOn(this.spreads);
  }

  /** The bands on screen, exported with the scenario (null when off or not ready). */
  get exportedBands() {
    return this.scenario.uncertainty === 'off' ? null : this.bands.result;
  }

  // Last fan handed out per indicator: a bands reply recomputes every indicator, but only a moved one's
  // fan differs, and handing back the same object keeps the other charts from redrawing.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache read inside deriveds, not state
  readonly #fans = new Map<string, Fan>();

  /**
   * An indicator's band fan, the very same object as before when its figures did not change; 'pending'
   * while bands are on but none has arrived yet (the chart keeps room for them), null when they are off.
   */
  fan(id: string): Fan | 'pending' | null {
    const next = this.bands.fan(id);
    const last = this.#fans.get(id);
    if (!next) this.#fans.delete(id);
    else if (last && sameFan(last, next)) return last;
    else this.#fans.set(id, next);
    return next ?? (this.scenario.uncertainty === 'off' || this.bands.result ? null : 'pending');
  }

  /** The compared-with scenario's series of an indicator, or null when nothing is compared. */
  referenceSeries(id: string): SeriesSlice | null {
    return this.showReference ? this.referenceProjection.series(id) : null;
  }

  /** Indicators the last vintage switch dropped (their rates, figures or focus), for a one-line notice. */
  droppedOnSwitch = $state<string[]>([]);

  /**
   * Switches the data vintage, the one way every control does it (the as-of line, the settings, the
   * presenter): the answers then speak from the new vintage's own month (or still from the calendar's, if
   * chosen); the horizon widens to its deadlines; rates, added figures and focus carry over where the new
   * vintage has their indicator (`carryOver`). The vintage is then put in use by `scenario.useVintage`, the
   * path a link takes too.
   */
  switchVintage(id: string): void {
    const scenario = this.scenario;
    const next = scenario.vintages.has(id) ? scenario.datasetOf(id) : undefined;
    if (!next && id !== scenario.vintage) {
      // Not loaded yet: fetched first (once), then switched to.
      void this.loadVintage(id).then(() => {
        if (scenario.vintages.has(id)) this.switchVintage(id);
      });
      return;
    }
    // The imported file's lines exist in every vintage: their rates and figures carry over too.
    if (!next || id === scenario.vintage) return;
    const carried = carryOver(
      {
        rateOverrides: $state.snapshot(scenario.rateOverrides),
        userObservations: $state.snapshot(scenario.userObservations),
        focus: this.view.focus,
        horizon: scenario.horizon,
        asOfChoice: scenario.asOfChoice,
      },
      next,
      HORIZONS,
    );
    scenario.useVintage(id, carried);
    this.view.focus = carried.focus;
    this.droppedOnSwitch = carried.dropped;
  }

  /**
   * Shows the imported figures another way (`mode`), or removes them (null): the rates, added figures and
   * focus of the file's lines follow them, and the national lines go back to their own.
   */
  #moveImported(to: ImportMode | null): void {
    const scenario = this.scenario;
    const file = scenario.imported?.dataset;
    if (!file) return;
    const covered = coveredIds(file);
    const moved = moveImportedParts(
      {
        rateOverrides: $state.snapshot(scenario.rateOverrides),
        userObservations: $state.snapshot(scenario.userObservations),
        focus: this.view.focus,
      },
      covered,
      scenario.importMode,
      to,
    );
    scenario.rateOverrides = moved.rateOverrides;
    scenario.userObservations = moved.userObservations;
    this.view.focus = moved.focus;
  }

  /** Applies a province's or ministry's file (in place of any earlier one), shown as the mode on screen. */
  applyImport(dataset: ImportedDataset, json: string): void {
    this.#moveImported(null);
    this.scenario.imported = { dataset, json };
  }

  removeImport(): void {
    this.#moveImported(null);
    this.scenario.imported = null;
    this.scenario.importMode = 'beside';
  }

  setImportMode(mode: ImportMode): void {
    if (mode === this.scenario.importMode) return;
    this.#moveImported(mode);
    this.scenario.importMode = mode;
  }

  applyPreset(which: 'trend' | 'plan'): void {
    if (which === 'trend') this.scenario.resetAll();
    else this.scenario.rateOverrides = { ...this.plan };
  }

  present(): void {
    // Fullscreen needs this click; the presenter view fills the window anyway if it is refused.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    this.view.mode = 'present';
  }

  #whatChanged = $state.raw<typeof import('./what-changed') | null>(null);

  /**
   * "What changed" against the reference, in words; called only while the summary is open. Null while its
   * wording is still loading (it is no part of the first screen).
   */
  summarize(): string | null {
    if (!this.projection.ready || !this.referenceProjection.ready) return '';
    const changed = this.#whatChanged;
    if (!changed) {
      void import('./what-changed').then((module) => (this.#whatChanged = module));
      return null;
    }
    const { describeChanges, whatChanged } = changed;
    const dataset = this.scenario.dataset;
    const rates = Object.fromEntries(dataset.indicators.map((i) => [i.id, this.scenario.rate(i.id)]));
    const changes = whatChanged(
      { rates: this.reference.rates, answers: this.referenceAnswers },
      { rates, answers: this.answers },
    );
    return describeChanges(changes, dataset, locale);
  }
}
