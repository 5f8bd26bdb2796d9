/**
 * The presenter's sequence in a link (`steps=`): each step is its own small scenario, never a whole link,
 * so steps cannot nest and a link grows by tens of characters a step, not by doubling.
 *
 * Written only with characters `encodeURIComponent` leaves alone, so the link does not escape it again:
 *
 *     steps = step ("!" step)*
 *     step  = note ("*" key "~" value)*
 *
 * A step's keys are the scenario's own parameters (`data` only when it differs from the link's; `r` and
 * `o` for the rate and figures of the step's indicator `ind`). In a note, a space is `_` and `~ ! * _`
 * are `~0 ~1 ~2 ~3`.
 * @example encodeSteps([{ query: '?data=seed-2024&ind=x&r.x=2', note: 'Tốc độ 2' }], 'seed-2024')
 *   === 'Tốc_độ_2*ind~x*r~2'
 */

export interface SequenceStep {
  /** The step's scenario as a query without `v` (it has its link's version): `?data=seed-2024&ind=x&r.x=2`. */
  query: string;
  note: string;
}

/** Most steps in one sequence, and the longest note of a step. */
export const MAX_STEPS = 20;
export const MAX_STEP_NOTE = 200;

/** The scenario's own parameters a step keeps; view parameters (language, mode, comparison) are the link's. */
const STEP_KEYS = new Set([
  'data',
  'm',
  'h',
  'ref',
  'split',
  'tw',
  'view',
  'unc',
  'sd',
  'paths',
  'seed',
  'ind',
]);
const isStepKey = (key: string) => STEP_KEYS.has(key) || /^[ro]\.[A-Za-z0-9_-]+$/.test(key);
/** Every value a step parameter can take is written with these: ids, numbers, months, figure lists. */
const PLAIN_VALUE = /^[A-Za-z0-9._:,-]+$/;

const ESCAPES: [string, string][] = [
  ['~', '~0'],
  ['!', '~1'],
  ['*', '~2'],
  ['_', '~3'],
];

function escapeNote(note: string): string {
  let text = note;
  for (const [raw, escaped] of ESCAPES) text = text.split(raw).join(escaped);
  return text.replace(/ /g, '_');
}

function unescapeNote(text: string): string {
  return text.replace(/_/g, ' ').replace(/~([0-3])/g, (_, digit: string) => ESCAPES[Number(digit)]![0]);
}

/** The parameters of a step's query a sequence keeps, in order. */
export function stepParams(query: string): [string, string][] {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  return [...params].filter(([key, value]) => isStepKey(key) && PLAIN_VALUE.test(value));
}

/** The query of a step from its parameters, `data` first: the form `decodeSteps` gives back. */
export function stepQuery(params: [string, string][], linkVintage: string): string {
  const data = params.find(([key]) => key === 'data')?.[1] ?? linkVintage;
  const rest = params.filter(([key]) => key !== 'data').map(([key, value]) => `${key}=${value}`);
  return `?${[`data=${data}`, ...rest].join('&')}`;
}

/** The `steps=` text of a sequence; `linkVintage` is the link's own `data`, which steps leave out. */
export function encodeSteps(steps: readonly SequenceStep[], linkVintage: string): string {
  return steps
    .map(({ query, note }) => {
      const params = stepParams(query);
      const focus = params.find(([key]) => key === 'ind')?.[1];
      const fields = params
        .filter(([key, value]) => !(key === 'data' && value === linkVintage))
        .map(([key, value]) => {
          const short = focus !== undefined && (key === `r.${focus}` || key === `o.${focus}`);
          return `${short ? key[0] : key}~${value}`;
        });
      return [escapeNote(note), ...fields].join('*');
    })
    .join('!');
}

/**
 * The sequence of a `steps=` text, or undefined when it is not one (too many steps, a note too long, a
 * parameter a step cannot hold). What each step's scenario says is checked when the step is opened.
 */
export function decodeSteps(text: string, linkVintage: string): SequenceStep[] | undefined {
  const steps: SequenceStep[] = [];
  const parts = text.split('!');
  if (parts.length > MAX_STEPS) return undefined;
  for (const part of parts) {
    const [noteText, ...fields] = part.split('*');
    const note = unescapeNote(noteText!);
    if ([...note].length > MAX_STEP_NOTE) return undefined;
    const pairs: [string, string][] = [];
    for (const field of fields) {
      const at = field.indexOf('~');
      if (at < 1) return undefined;
      pairs.push([field.slice(0, at), field.slice(at + 1)]);
    }
    const focus = pairs.find(([key]) => key === 'ind')?.[1];
    const params = pairs.map(([key, value]): [string, string] =>
      (key === 'r' || key === 'o') && focus !== undefined ? [`${key}.${focus}`, value] : [key, value],
    );
    if (params.some(([key, value]) => !isStepKey(key) || !PLAIN_VALUE.test(value))) return undefined;
    steps.push({ query: stepQuery(params, linkVintage), note });
  }
  return steps;
}
