/**
 * The label of the targets sharing one deadline: their values, then the deadline, then what they count
 * when they belong to another measure.
 * @example targetLabelText(['80%', '100%'], '12/2025') === '80% · 100% — 12/2025'
 * @example targetLabelText(['60%'], 'Dec 2025', 'services') === '60% — Dec 2025 (services)'
 */
export function targetLabelText(values: readonly string[], deadline: string, measure?: string): string {
  const text = `${values.join(' · ')} — ${deadline}`;
  return measure ? `${text} (${measure})` : text;
}
