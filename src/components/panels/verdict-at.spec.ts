import { describe, expect, it } from 'vitest';
import { verdictAt } from './verdict-at';

describe('verdictAt (a verdict during playback)', () => {
  it.each([
    // status, reachedMonth, deadline, playhead → shown
    ['reached', 10, 12, null, 'reached'],
    ['reached', 10, 12, 8, 'pending'],
    ['reached', 10, 12, 10, 'reached'],
    ['missed', 15, 12, 11, 'pending'],
    ['missed', 15, 12, 12, 'missed'],
    ['missed', 15, 12, 20, 'missed'], // reached late: still missed at the deadline
    ['alreadyMet', null, 12, 1, 'alreadyMet'],
    ['noBaseline', null, 12, 30, 'noBaseline'],
  ] as const)(
    '%s (reached %s, deadline %d) at %s → %s',
    (status, reachedMonth, deadline, playhead, expected) => {
      expect(verdictAt({ status, reachedMonth, deadline }, playhead)).toBe(expected);
    },
  );
});
