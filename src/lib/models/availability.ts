import { requireNonNegative, requireProbability } from './validate';

/**
 * Expected downtime over a period: (1 - A) × period. 99.9 % over 30 days is 43.2 minutes;
 * 99.99 % over a 365-day year is 52.56 minutes.
 *
 * Beyer, B., Jones, C., Petoff, J. & Murphy, N. R. (eds.) Site Reliability Engineering: How
 * Google Runs Production Systems. O'Reilly, 2016, chapter 3 ("Embracing Risk") and appendix A
 * ("Availability Table").
 *
 * @param availability A, the fraction of time up, in [0, 1]
 * @param periodSeconds the period, seconds, >= 0 (30 days = 2,592,000 s)
 * @returns seconds of downtime in the period
 */
export function downtime(availability: number, periodSeconds: number): number {
  requireProbability('availability', availability);
  requireNonNegative('periodSeconds', periodSeconds);
  return (1 - availability) * periodSeconds;
}

/**
 * Availability of components in series (all must be up, e.g. a request path through a load
 * balancer, an app server and a database): the product A_1 A_2 ... A_n. Assumes independent
 * failures; the chain is always less available than its weakest link.
 *
 * Beyer, B. et al. Site Reliability Engineering. O'Reilly, 2016, chapter 3.
 *
 * @param availabilities each in [0, 1]; at least one
 */
export function seriesAvailability(availabilities: readonly number[]): number {
  checkList(availabilities);
  let product = 1;
  for (const a of availabilities) product *= a;
  return product;
}

/**
 * Availability of redundant components in parallel (up while any one is up, e.g. replicas
 * behind a failover): 1 - (1 - A_1)(1 - A_2)...(1 - A_n). Assumes independent failures and
 * instant, perfect failover; correlated failures (a shared rack, region or bad deploy) make the
 * real figure lower, often much lower.
 *
 * Beyer, B. et al. Site Reliability Engineering. O'Reilly, 2016, chapter 3.
 *
 * @param availabilities each in [0, 1]; at least one
 */
export function parallelAvailability(availabilities: readonly number[]): number {
  checkList(availabilities);
  let allDown = 1;
  for (const a of availabilities) allDown *= 1 - a;
  return 1 - allDown;
}

/**
 * "Number of nines" of an availability: -log10(1 - A), so 0.999 gives 3 and 0.9995 gives
 * about 3.3. Perfect availability (A = 1) gives `Infinity`. Floating point makes 1 - 0.999
 * slightly above 0.001, so round for display (0.999 gives 2.9999999999999996).
 *
 * Beyer, B. et al. Site Reliability Engineering. O'Reilly, 2016, appendix A.
 *
 * @param availability A in [0, 1]
 */
export function nines(availability: number): number {
  requireProbability('availability', availability);
  if (availability === 1) return Infinity;
  return 0 - Math.log10(1 - availability); // 0 - x, not -x, so A = 0 gives 0 rather than -0
}

function checkList(availabilities: readonly number[]): void {
  if (!Array.isArray(availabilities) || availabilities.length === 0) {
    throw new RangeError('availabilities must be a non-empty array');
  }
  availabilities.forEach((a, i) => requireProbability(`availabilities[${i}]`, a));
}
