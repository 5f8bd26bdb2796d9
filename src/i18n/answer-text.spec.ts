import { afterEach, describe, expect, it } from 'vitest';
import { targetTitle } from './answer-text';
import { locale } from './locale.svelte';

describe('targetTitle', () => {
  afterEach(() => {
    locale.lang = 'vi';
  });

  it('words a target in the language on screen, also when the same title was written before', async () => {
    const target = { targetValue: 80, deadline: 2025 * 12 + 11 };
    expect(targetTitle(target, 'percent', locale)).toBe('80% đến 12/2025');
    expect(targetTitle(target, 'percent', locale)).toBe('80% đến 12/2025');
    expect(targetTitle({ ...target, targetValue: 100 }, 'percent', locale)).toBe('100% đến 12/2025');
    // Switched to English before its table is in: the Vietnamese words stay (numbers and months follow the
    // language at once), and the title written then is not kept once the English table arrives.
    locale.lang = 'en';
    const early = targetTitle(target, 'percent', locale);
    await locale.load('en');
    expect(targetTitle(target, 'percent', locale)).toBe('80% by Dec 2025');
    expect(early).not.toBe('80% by Dec 2025');
    locale.lang = 'vi';
    expect(targetTitle(target, 'percent', locale)).toBe('80% đến 12/2025');
  });
});
