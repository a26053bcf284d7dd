import { requireFinite, requireProbability } from './validate';

/**
 * Sample quantile by linear interpolation between order statistics: Hyndman & Fan's
 * definition 7 (the default of R, NumPy and Excel's PERCENTILE.INC). With n sorted values
 * x[0..n-1], h = (n - 1) q and Q(q) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 *
 * Hyndman, R. J. & Fan, Y. "Sample Quantiles in Statistical Packages." The American
 * Statistician 50(4):361-365, 1996.
 *
 * @param samples values, in any order (not modified); must be non-empty and finite
 * @param q quantile level in [0, 1]; 0.99 is p99
 */
export function quantile(samples: readonly number[], q: number): number {
  return quantileSorted(sortAscending(samples), q);
}

/** As {@link quantile}, for samples already sorted ascending (no copy, no check of order). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  requireProbability('q', q);
  if (sorted.length === 0) throw new RangeError('samples must not be empty');
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** A sorted copy; throws a RangeError if any sample is not a finite number. */
export function sortAscending(samples: readonly number[]): number[] {
  const sorted = Float64Array.from(samples);
  for (let i = 0; i < sorted.length; i++) {
    // Build the parameter name only on failure: this runs on every sample of a simulation.
    if (!Number.isFinite(sorted[i])) requireFinite(`samples[${i}]`, samples[i]);
  }
  // A typed array sorts numerically without a comparator, several times faster than Array#sort.
  return Array.from(sorted.sort());
}

/** Arithmetic mean of a non-empty sample. */
export function mean(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('samples must not be empty');
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    // Build the parameter name only on failure: this runs on every sample of a simulation.
    if (!Number.isFinite(x)) requireFinite(`samples[${i}]`, x);
    sum += x;
  }
  return sum / samples.length;
}
