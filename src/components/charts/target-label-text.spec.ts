import { describe, expect, it } from 'vitest';
import { targetLabelText } from './target-label-text';

describe('targetLabelText', () => {
  it.each([
    [['100%'], '12/2025', undefined, '100% — 12/2025'],
    [['80%', '100%'], '12/2025', undefined, '80% · 100% — 12/2025'],
    [['80%', '100%'], 'Dec 2025', undefined, '80% · 100% — Dec 2025'],
    [['60%'], '12/2025', 'dịch vụ', '60% — 12/2025 (dịch vụ)'],
  ])('%j due %s (%s) → %s', (values, deadline, measure, expected) => {
    expect(targetLabelText(values, deadline, measure)).toBe(expected);
  });
});
