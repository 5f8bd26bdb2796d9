import { baselineOf, countedPoints } from '../model/baseline';
import type { LoadedIndicator } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import { nudgedRate } from './nudged-rate';
import type { Playback } from './playback.svelte';
import type { ScenarioState } from './scenario.svelte';
import { MAX_STEP_NOTE, MAX_STEPS, stepParams, stepQuery } from './sequence-codec';
import type { ViewState } from './view.svelte';

/** What the stage drives; the page passes its own, a test passes fakes. */
export interface StageDeps {
  scenario: ScenarioState;
  view: ViewState;
  playback: Playback;
  /** Indicators shown one at a time, in page order. */
  ids: () => string[];
  /** An indicator of the data on screen. */
  indicator: (id: string) => LoadedIndicator;
  /** The current scenario's link, and opening a step's scenario (its indicator included). */
  query: () => string;
  openStep: (query: string) => void;
  toggleLanguage: () => void;
  exit: () => void;
}

/**
 * The presenter's stage controller: which indicator is shown, the sequence of saved steps and the step on
 * screen, the keyboard, and playback of the timeline. The markup renders it and calls its methods.
 *
 * Playback never outlives what it was started on: changing the indicator, the step or (when paused) the
 * rate stops it, so bands, rates needed and target labels come back.
 */
export class Stage {
  help = $state(false);
  /** The step on screen, as an index into the view's sequence. */
  step = $state(0);
  readonly #deps: StageDeps;

  constructor(deps: StageDeps) {
    this.#deps = deps;
    // A link reopened on the scenario of one of its steps says which: "Bước 7/7", not "Bước 1/7".
    const here = this.#stepQueryHere();
    this.step = Math.max(0, deps.view.sequence.map((s) => s.query).lastIndexOf(here));
  }

  /** The scenario on screen, with its indicator, as a step's query. */
  #stepQueryHere(): string {
    const params = stepParams(this.#deps.query()).filter(([key]) => key !== 'ind');
    return stepQuery([['ind', this.id], ...params], this.#deps.scenario.vintage);
  }

  get ids(): string[] {
    return this.#deps.ids();
  }
  get index(): number {
    const ids = this.ids;
    return Math.max(0, ids.indexOf(this.#deps.view.focus ?? ids[0]!));
  }
  get id(): string {
    return this.ids[this.index]!;
  }
  get sequence() {
    return this.#deps.view.sequence;
  }
  get hindsight(): boolean {
    return this.#deps.view.view === 'hindsight';
  }
  /** First month of the playback timeline: where the indicator's line starts. */
  get from(): MonthIndex {
    const { scenario } = this.#deps;
    const indicator = this.#deps.indicator(this.id);
    const start = baselineOf(countedPoints(indicator.observations, scenario.userObservations[indicator.id]));
    return start?.month ?? scenario.asOfMonth;
  }
  get canAdd(): boolean {
    return this.sequence.length < MAX_STEPS;
  }

  /** The next (1) or previous (−1) indicator, wrapping around. */
  go(offset: number): void {
    const ids = this.ids;
    this.#deps.playback.stop();
    this.#deps.view.focus = ids[(this.index + offset + ids.length) % ids.length]!;
  }

  /** The next or previous step of the sequence (its scenario and indicator); indicators when there is none. */
  goStep(offset: number): void {
    const sequence = this.sequence;
    if (!sequence.length) return this.go(offset);
    this.#deps.playback.stop();
    this.step = Math.min(sequence.length - 1, Math.max(0, this.step + offset));
    this.#deps.openStep(sequence[this.step]!.query);
  }

  /** Adds the scenario on screen, with its indicator, as the last step, which becomes the current one. */
  addStep(note: string): void {
    if (!this.canAdd) return;
    const query = this.#stepQueryHere();
    const clean = [...note.trim()].slice(0, MAX_STEP_NOTE).join('');
    this.#deps.view.sequence = [...this.sequence, { query, note: clean }];
    this.step = this.sequence.length - 1;
  }

  clearSteps(): void {
    this.#deps.view.sequence = [];
    this.step = 0;
  }

  togglePlay(): void {
    this.#deps.playback.toggle(this.from, this.#deps.scenario.horizon);
  }

  stopPlay(): void {
    this.#deps.playback.stop();
  }

  /** A rate typed, dragged or nudged: a paused timeline gives way to the whole chart again. */
  setRate(value: number): void {
    if (!this.#deps.playback.playing) this.#deps.playback.stop();
    this.#deps.scenario.setRate(this.id, value);
  }

  resetRate(): void {
    if (!this.#deps.playback.playing) this.#deps.playback.stop();
    this.#deps.scenario.resetRate(this.id);
  }

  nudge(direction: 1 | -1): void {
    const [min, max] = this.#deps.indicator(this.id).rateRange;
    this.setRate(nudgedRate(this.#deps.scenario.rate(this.id), min, max, direction));
  }

  toggleHindsight(): void {
    this.#deps.playback.stop();
    this.#deps.view.view = this.hindsight ? 'simulator' : 'hindsight';
  }

  /**
   * The action of a key pressed on the stage, or null when the key is not the stage's. A focused slider or
   * field keeps its keys (arrows move the slider): the shortcuts wait for it to lose focus.
   */
  keyAction(key: string, targetTag: string | undefined): (() => void) | null {
    if (targetTag && ['INPUT', 'SELECT', 'TEXTAREA'].includes(targetTag)) return null;
    const actions: Record<string, () => void> = {
      ArrowRight: () => this.go(1),
      ArrowLeft: () => this.go(-1),
      ArrowUp: () => !this.hindsight && this.nudge(1),
      ArrowDown: () => !this.hindsight && this.nudge(-1),
      PageDown: () => this.goStep(1),
      PageUp: () => this.goStep(-1),
      ' ': () => this.togglePlay(),
      k: () => this.togglePlay(),
      l: () => this.#deps.toggleLanguage(),
      '?': () => (this.help = !this.help),
      Escape: () => (this.help ? (this.help = false) : this.#deps.exit()),
    };
    return actions[key] ?? null;
  }

  /** Leaving the stage: no playback left running behind the page. */
  leave(): void {
    this.#deps.playback.stop();
  }
}
