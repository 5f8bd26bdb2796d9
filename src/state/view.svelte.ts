import type { MonthIndex } from '../model/month';
import type { SequenceStep } from './url-state';

/**
 * How the scenario is shown, as opposed to what it is: the screen, presenter or embed mode, the indicator
 * they show, the presenter's sequence and the playback month. Share links carry it beside the scenario.
 */
export class ViewState {
  /** Which screen is shown: the simulator, or the hindsight comparison with later figures. */
  view = $state<'simulator' | 'hindsight'>('simulator');
  /** Presenter mode or the embeddable view; the indicator they show; the presenter's scenario sequence. */
  mode = $state<'normal' | 'present' | 'embed'>('normal');
  #focus = $state<string | null>(null);
  get focus(): string | null {
    return this.#focus;
  }
  set focus(id: string | null) {
    this.#focus = id;
    if (id !== null) this.touched = id;
  }
  /**
   * The indicator last looked at: the card last touched, or the presenter's (or a link's) indicator. The
   * share panel's embed snippet names it; unlike `focus`, a link does not carry it.
   */
  touched = $state<string | null>(null);
  sequence = $state<SequenceStep[]>([]);
  /** Timeline playback: the month the charts are drawn up to, or null when not playing. */
  playhead = $state<MonthIndex | null>(null);
}
