/**
 * The presenter's sequence in a link (`steps=`): each step is its own small scenario, never a whole link,
 * so steps cannot nest and a link grows by tens of characters a step, not by doubling.
 *
 * Written only with characters `encodeURIComponent` leaves alone, so the link does not escape it again:
 *
 *     steps = step ("!" step)*
 *     step  = note ("*" key "~" value)*
 *
 * A step writes the scenario parameters (see `STEP_KEYS`) that differ from the step before it (the first
 * step: from the link's own `data`); `key~` with no value removes one. `r` and `o` are the rate and
 * figures of the step's indicator `ind`. In a note, a space is `_` and `~ ! * _` are `~0 ~1 ~2 ~3`.
 * Twenty steps with a short note each stay under 2,000 characters.
 * @example encodeSteps([{ query: '?data=2024&ind=x&r.x=2', note: 'Tốc độ 2' },
 *   { query: '?data=2024&ind=x&r.x=3', note: 'Tốc độ 3' }], '2024')
 *   === 'Tốc_độ_2*ind~x*r~2!Tốc_độ_3*r~3'
 */

export interface SequenceStep {
  /** The step's scenario as a query without `v` (it has its link's version): `?data=2024&ind=x&r.x=2`. */
  query: string;
  note: string;
}

/** Most steps in one sequence, and the longest note of a step. */
export const MAX_STEPS = 20;
export const MAX_STEP_NOTE = 200;

/**
 * The scenario's own parameters a step keeps, in the order its query lists them (then `r.<id>`, then
 * `o.<id>`, by id); view parameters (language, mode, comparison) are the link's.
 */
const STEP_KEYS = ['data', 'ind', 'm', 'h', 'asof', 'split', 'tw', 'view', 'unc', 'sd', 'paths', 'rseed'];
const isStepKey = (key: string) => STEP_KEYS.includes(key) || /^[ro]\.[A-Za-z0-9_-]+$/.test(key);
const rank = (key: string) => (STEP_KEYS.includes(key) ? STEP_KEYS.indexOf(key) : key[0] === 'r' ? 100 : 200);
const byRank = ([a]: [string, string], [b]: [string, string]) =>
  rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
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

/**
 * The query of a step from its parameters, in one order (`data`, `ind`, the settings, rates, figures): the
 * form `decodeSteps` gives back. A missing `data` is the link's.
 * @example stepQuery([['r.x', '2'], ['ind', 'x']], '2024') === '?data=2024&ind=x&r.x=2'
 */
export function stepQuery(params: [string, string][], linkVintage: string): string {
  const all = new Map([['data', linkVintage], ...params]);
  return `?${[...all]
    .sort(byRank)
    .map(([key, value]) => `${key}=${value}`)
    .join('&')}`;
}

/** The `steps=` text of a sequence; `linkVintage` is the link's own `data`, which steps leave out. */
export function encodeSteps(steps: readonly SequenceStep[], linkVintage: string): string {
  let before = new Map([['data', linkVintage]]);
  return steps
    .map(({ query, note }) => {
      const now = new Map(stepParams(query));
      if (!now.has('data')) now.set('data', linkVintage);
      const focus = now.get('ind');
      const short = (key: string) =>
        focus !== undefined && (key === `r.${focus}` || key === `o.${focus}`) ? key[0]! : key;
      const fields = [
        ...[...now].filter(([key, value]) => before.get(key) !== value).map(([k, v]) => `${short(k)}~${v}`),
        ...[...before.keys()].filter((key) => !now.has(key)).map((key) => `${short(key)}~`),
      ];
      before = now;
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
  let before = new Map([['data', linkVintage]]);
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
    const now = new Map(before);
    const focus = pairs.find(([key]) => key === 'ind')?.[1] ?? before.get('ind');
    for (const [short, value] of pairs) {
      const key = (short === 'r' || short === 'o') && focus !== undefined ? `${short}.${focus}` : short;
      if (!isStepKey(key) || (value !== '' && !PLAIN_VALUE.test(value)) || (key === 'data' && !value)) {
        return undefined;
      }
      if (value === '') now.delete(key);
      else now.set(key, value);
    }
    steps.push({ query: stepQuery([...now], linkVintage), note });
    before = now;
  }
  return steps;
}
