import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from './playback.svelte';
import { ScenarioState } from './scenario.svelte';
import { seed } from './spec-fixtures';
import { Stage } from './stage.svelte';
import { ViewState } from './view.svelte';

const IDS = ['dossiersFullOnline', 'servicesFullOnline', 'fibreHouseholds'];
const START = 2024 * 12 + 5; // 24293, 06/2024

/** A stage on the seed data whose "link" is the rates on screen and whose steps open by setting them. */
function setup(before: (scenario: ScenarioState, view: ViewState) => void = () => undefined) {
  const scenario = new ScenarioState(new Map([[seed.vintage, seed]]), seed.vintage);
  const view = new ViewState();
  before(scenario, view);
  const playback = new Playback(view, false);
  const opened: string[] = [];
  const exit = vi.fn();
  const stage = new Stage({
    scenario,
    view,
    playback,
    ids: () => IDS,
    indicator: (id) => seed.indicators.find((i) => i.id === id)!,
    query: () =>
      `?v=3&data=2024&present=1${Object.entries(scenario.rateOverrides)
        .map(([id, rate]) => `&r.${id}=${rate}`)
        .join('')}`,
    openStep: (query) => {
      opened.push(query);
      const params = new URLSearchParams(query.slice(1));
      view.focus = params.get('ind');
      scenario.rateOverrides = Object.fromEntries(
        [...params]
          .filter(([key]) => key.startsWith('r.'))
          .map(([key, value]) => [key.slice(2), Number(value)]),
      );
    },
    toggleLanguage: () => undefined,
    exit,
  });
  return { scenario, view, playback, stage, opened, exit };
}

describe('Stage: the presenter’s steps', () => {
  it('adds each step with its indicator, and the counter follows the last one added', () => {
    const { stage, scenario } = setup();
    stage.addStep('  Xu hướng  ');
    stage.go(1);
    scenario.setRate('servicesFullOnline', 2);
    stage.addStep('Dịch vụ công');
    stage.addStep('Lần nữa');
    expect(stage.sequence).toEqual([
      { query: '?data=2024&ind=dossiersFullOnline', note: 'Xu hướng' },
      { query: '?data=2024&ind=servicesFullOnline&r.servicesFullOnline=2', note: 'Dịch vụ công' },
      { query: '?data=2024&ind=servicesFullOnline&r.servicesFullOnline=2', note: 'Lần nữa' },
    ]);
    expect(stage.step).toBe(2); // "Bước 3/3"
  });

  it('PageUp/PageDown open each step’s scenario and indicator, and stop at both ends', () => {
    const { stage, scenario, view, opened } = setup();
    stage.addStep('1');
    stage.go(1);
    scenario.setRate('servicesFullOnline', 2);
    stage.addStep('2');
    stage.keyAction('PageUp', 'BODY')!();
    expect([stage.step, view.focus, scenario.rateOverrides]).toEqual([0, 'dossiersFullOnline', {}]);
    stage.keyAction('PageUp', 'BODY')!();
    expect(stage.step).toBe(0);
    stage.keyAction('PageDown', 'BODY')!();
    expect([stage.step, stage.id, scenario.rate('servicesFullOnline')]).toEqual([1, 'servicesFullOnline', 2]);
    expect(opened).toHaveLength(3);
  });

  it('a link reopened on one of its steps starts the counter there', () => {
    const { stage } = setup((scenario, view) => {
      view.sequence = [
        { query: '?data=2024&ind=dossiersFullOnline', note: '1' },
        { query: '?data=2024&ind=servicesFullOnline&r.servicesFullOnline=2', note: '2' },
        { query: '?data=2024&ind=dossiersFullOnline', note: '3' },
      ];
      view.focus = 'servicesFullOnline';
      scenario.setRate('servicesFullOnline', 2);
    });
    expect(stage.step).toBe(1);
    expect(setup().stage.step).toBe(0);
  });

  it('PageDown without steps moves to the next indicator, wrapping around', () => {
    const { stage } = setup();
    stage.goStep(-1);
    expect(stage.id).toBe('fibreHouseholds');
  });

  it('takes no more than twenty steps', () => {
    const { stage } = setup();
    for (let n = 0; n < 25; n++) stage.addStep(String(n));
    expect(stage.sequence).toHaveLength(20);
    expect(stage.canAdd).toBe(false);
  });

  it('a focused field keeps its keys; Escape closes the help before it leaves the stage', () => {
    const { stage, exit } = setup();
    expect(stage.keyAction('ArrowRight', 'INPUT')).toBeNull();
    expect(stage.keyAction('x', 'BODY')).toBeNull();
    stage.keyAction('?', 'BODY')!();
    stage.keyAction('Escape', 'BODY')!();
    expect([stage.help, exit.mock.calls.length]).toEqual([false, 0]);
    stage.keyAction('Escape', 'BODY')!();
    expect(exit).toHaveBeenCalledOnce();
  });
});

describe('Stage: playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays to the horizon and ends in the whole chart (no playhead left)', () => {
    const { stage, view, scenario, playback } = setup();
    scenario.horizon = START + 8;
    stage.togglePlay();
    vi.advanceTimersByTime(250 * 4); // four ticks of one month
    expect(view.playhead).toBe(START + 4);
    vi.advanceTimersByTime(250 * 10);
    expect([view.playhead, playback.playing]).toEqual([null, false]);
  });

  it('a paused month is not carried to the next indicator or step', () => {
    const { stage, view } = setup();
    stage.togglePlay();
    vi.advanceTimersByTime(250 * 3);
    stage.togglePlay(); // pause
    expect(view.playhead).toBe(START + 3);
    stage.keyAction('ArrowRight', 'BODY')!();
    expect(view.playhead).toBeNull();
  });

  it('moving the rate while paused gives the whole chart back; Stop does too', () => {
    const { stage, view, playback } = setup();
    stage.togglePlay();
    vi.advanceTimersByTime(250);
    stage.nudge(1); // while playing, playback goes on
    expect(playback.playing).toBe(true);
    stage.togglePlay();
    stage.nudge(1);
    expect(view.playhead).toBeNull();
    stage.togglePlay();
    vi.advanceTimersByTime(250);
    stage.stopPlay();
    expect([view.playhead, playback.playing]).toEqual([null, false]);
  });
});
