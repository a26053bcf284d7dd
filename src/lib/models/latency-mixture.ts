import { createRng } from './rng';
import { mean, quantileSorted, sortAscending } from './statistics';
import { requireFinite, requireInteger, requirePositive, requireProbability } from './validate';

export interface LatencyMixtureInput {
  /** Median of the fast mode, seconds (> 0). The lognormal's mu is ln(median). */
  readonly medianSeconds: number;
  /** Log-space standard deviation of both modes (sigma of the underlying normal, >= 0). */
  readonly sigma: number;
  /** Fraction of requests drawn from the slow mode, in [0, 1]; 0 gives a plain lognormal. */
  readonly slowFraction: number;
  /** How many times slower the slow mode's median is than the fast mode's (>= 1). */
  readonly slowFactor: number;
  /** Share of the load each host serves; normalized, each > 0. */
  readonly hostShares: readonly number[];
  /** Send every slow-mode request to host 0 (one sick host) instead of by the hosts' shares. */
  readonly slowOnFirstHost: boolean;
  /** Number of requests (integer >= 1). */
  readonly count: number;
  readonly seed: number;
}

export interface LatencyMixtureSample {
  /** Latency of each request, seconds, in draw order. */
  readonly latencies: number[];
  /** The host index that served each request. */
  readonly hostOf: number[];
}

/**
 * Request latencies from a two-mode lognormal mixture, spread over hosts: each request is slow
 * with probability `slowFraction` (median `slowFactor` times the fast median), otherwise fast;
 * both modes are lognormal with the same sigma, i.e. exp(N(ln median, sigma^2)). A lognormal body
 * with a slow mode is the usual shape of service latency (a cache miss, a GC pause, a retry).
 *
 * Hosts are drawn from `hostShares` with a second seeded stream, so the latencies themselves do
 * not depend on the placement; with `slowOnFirstHost`, every slow-mode request lands on host 0,
 * the "one sick host" case in which averaging per-host percentiles misleads the most.
 *
 * Dean, J. & Barroso, L. A. "The Tail at Scale." CACM 56(2):74-80, 2013 (sources of slow modes).
 */
export function sampleLatencyMixture(input: LatencyMixtureInput): LatencyMixtureSample {
  requirePositive('medianSeconds', input.medianSeconds);
  if (!(input.sigma >= 0) || !Number.isFinite(input.sigma)) {
    throw new RangeError(`sigma must be a finite number of at least 0, got ${input.sigma}`);
  }
  requireProbability('slowFraction', input.slowFraction);
  if (!(input.slowFactor >= 1) || !Number.isFinite(input.slowFactor)) {
    throw new RangeError(
      `slowFactor must be a finite number of at least 1, got ${input.slowFactor}`,
    );
  }
  requireInteger('count', input.count);
  if (input.hostShares.length === 0) throw new RangeError('hostShares must not be empty');
  input.hostShares.forEach((share, i) => requirePositive(`hostShares[${i}]`, share));

  const total = input.hostShares.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const share of input.hostShares) cumulative.push((running += share / total));

  const rng = createRng(input.seed);
  const hostRng = createRng(input.seed + 1);
  const fastMu = Math.log(input.medianSeconds);
  const slowMu = Math.log(input.medianSeconds * input.slowFactor);
  const last = cumulative.length - 1;
  const latencies = new Array<number>(input.count);
  const hostOf = new Array<number>(input.count);
  for (let i = 0; i < input.count; i++) {
    const slow = input.slowFraction > 0 && rng.uniform() < input.slowFraction;
    latencies[i] = rng.lognormal(slow ? slowMu : fastMu, input.sigma);
    // Floating-point rounding can leave the last cumulative share just below 1.
    const u = hostRng.uniform();
    let host = 0;
    while (host < last && !(u < cumulative[host])) host++;
    hostOf[i] = slow && input.slowOnFirstHost ? 0 : host;
  }
  return { latencies, hostOf };
}

export interface HostQuantiles {
  /** Per host that served at least one request: its q-quantile and its request count. */
  readonly hosts: { readonly host: number; readonly quantile: number; readonly count: number }[];
  /** The q-quantile of all requests together: the number an SLO means. */
  readonly overall: number;
  /** The (wrong) unweighted mean of the per-host quantiles that dashboards often show. */
  readonly meanOfHostQuantiles: number;
}

/**
 * Per-host q-quantiles next to the overall one. Quantiles do not compose: the mean of per-host
 * p99s is not the p99 of the union, and can sit far below it when the slow requests concentrate
 * on one host. The right aggregate merges the raw data (or histograms and sketches) first.
 * Quantiles by Hyndman & Fan type 7 (see statistics.ts).
 */
export function hostQuantiles(sample: LatencyMixtureSample, q: number): HostQuantiles {
  requireProbability('q', q);
  const { latencies, hostOf } = sample;
  if (latencies.length === 0) throw new RangeError('samples must not be empty');
  // Count per host, then fill one typed array per host: no per-request allocation, and each
  // host's latencies sort numerically without a comparator.
  const counts = new Map<number, number>();
  for (let i = 0; i < latencies.length; i++) {
    if (!Number.isFinite(latencies[i])) requireFinite(`samples[${i}]`, latencies[i]);
    counts.set(hostOf[i], (counts.get(hostOf[i]) ?? 0) + 1);
  }
  const perHost = new Map<number, { values: Float64Array; filled: number }>();
  for (const [host, count] of counts)
    perHost.set(host, { values: new Float64Array(count), filled: 0 });
  for (let i = 0; i < latencies.length; i++) {
    const slot = perHost.get(hostOf[i]);
    if (slot) slot.values[slot.filled++] = latencies[i];
  }
  const hosts = [...perHost.entries()]
    .sort(([a], [b]) => a - b)
    .map(([host, { values }]) => ({
      host,
      quantile: quantileSorted(values.sort(), q),
      count: values.length,
    }));
  return {
    hosts,
    overall: quantileSorted(Float64Array.from(latencies).sort(), q),
    meanOfHostQuantiles: mean(hosts.map((h) => h.quantile)),
  };
}

/** The latencies sorted ascending (a copy), for histograms and repeated quantiles. */
export function sortedLatencies(sample: LatencyMixtureSample): number[] {
  return sortAscending(sample.latencies);
}
