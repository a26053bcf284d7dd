/**
 * Series colours as Infima CSS variables, so a chart follows the light and dark themes with no
 * code of its own. Order matters: the first series gets the primary colour.
 */
export const seriesColors = [
  'var(--ifm-color-primary)',
  'var(--ifm-color-danger)',
  'var(--ifm-color-success-dark)',
  'var(--ifm-color-warning-darker)',
  'var(--ifm-color-info-dark)',
  'var(--ifm-color-emphasis-700)',
] as const;

export const axisColor = 'var(--ifm-color-emphasis-600)';
export const gridColor = 'var(--ifm-color-emphasis-200)';
export const textColor = 'var(--ifm-color-emphasis-800)';

/** The colour of series `index`, cycling through {@link seriesColors}. */
export function seriesColor(index: number): string {
  return seriesColors[((index % seriesColors.length) + seriesColors.length) % seriesColors.length];
}
