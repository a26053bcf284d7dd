/** The part of a d3 continuous scale (linear or log) that an axis needs. */
export interface AxisScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
  domain(): number[];
  /** Present on log scales only. */
  base?: () => number;
}

/**
 * Tick values: d3's own for a linear scale. A log scale's d3 ticks include every integer
 * multiple in each decade, too dense to label, so keep the powers of ten, adding 2 and 5
 * multiples when the domain spans fewer than three decades.
 */
export function axisTicks(scale: AxisScale, count: number): number[] {
  const all = scale.ticks(count);
  if (!scale.base) return all;
  const [lo, hi] = scale.domain();
  const decades = Math.log10(Math.max(hi, lo) / Math.min(hi, lo));
  const keep = decades < 3 ? [1, 2, 5] : [1];
  const picked = all.filter((t) => {
    const mantissa = Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
    return keep.includes(mantissa);
  });
  return picked.length >= 2
    ? picked
    : all.filter((_, i) => i % Math.ceil(all.length / count) === 0);
}
