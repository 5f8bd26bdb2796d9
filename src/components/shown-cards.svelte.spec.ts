import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ShownCards } from './shown-cards.svelte';

// Outside a browser there is no requestIdleCallback: an idle moment is a 16 ms timer.
const idleMoment = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ShownCards', () => {
  it('builds the first screen at once and the others one per idle moment, in the order asked', async () => {
    const cards = new ShownCards(['a', 'b']);
    expect(cards.has('a') && cards.has('b')).toBe(true);
    cards.want('d');
    cards.want('c');
    cards.want('d'); // asked twice: still one card
    expect(cards.has('d')).toBe(false);
    await idleMoment();
    flushSync();
    expect([cards.has('d'), cards.has('c')]).toEqual([true, false]);
    await idleMoment();
    expect(cards.has('c')).toBe(true);
    expect(cards.hasAll(['a', 'b', 'c', 'd'])).toBe(true);
  });

  it('builds every card at once for an export, dropping the queue', async () => {
    const cards = new ShownCards(['a']);
    cards.want('b');
    cards.showAll(['a', 'b', 'c']);
    expect(cards.hasAll(['a', 'b', 'c'])).toBe(true);
    await idleMoment();
    expect(cards.hasAll(['a', 'b', 'c'])).toBe(true);
  });
});
