import { createRng, type Rng } from './rng';
import {
  requireFinite,
  requireInteger,
  requireNonNegative,
  requireOpenUnit,
  requirePositive,
  requireProbability,
} from './validate';

function requireQuorumSize(name: string, value: number, n: number): number {
  requireInteger(name, value);
  if (value > n) throw new RangeError(`${name} must be at most n = ${n}, got ${value}`);
  return value;
}

/**
 * Whether read and write quorums of sizes r and w out of n replicas always intersect:
 *
 *   r + w > n
 *
 * Then every read quorum contains at least one replica with the latest acknowledged write (by
 * pigeonhole), so reads see it. With r + w <= n ("partial" or "sloppy" quorums, as Dynamo-style
 * stores allow) a read can miss the latest write; see {@link staleReadProbability}. Dynamo's
 * common configuration is (n, r, w) = (3, 2, 2).
 *
 * Gifford, D. K. "Weighted Voting for Replicated Data." SOSP 1979; DeCandia et al. "Dynamo:
 * Amazon's Highly Available Key-value Store." SOSP 2007.
 *
 * @param n replicas (integer >= 1)
 * @param r read quorum (integer in [1, n])
 * @param w write quorum (integer in [1, n])
 */
export function isStrictQuorum(n: number, r: number, w: number): boolean {
  requireInteger('n', n);
  requireQuorumSize('r', r, n);
  requireQuorumSize('w', w, n);
  return r + w > n;
}

/** Binomial coefficient C(n, k) as a double, by the multiplicative formula. */
function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  let c = 1;
  for (let i = 1; i <= m; i++) c = (c * (n - m + i)) / i;
  return c;
}

/**
 * Probability that a read, issued immediately after a write commits, misses that write, when
 * the w replicas that acknowledged the write and the r replicas read are chosen uniformly at
 * random:
 *
 *   P(stale) = C(n - w, r) / C(n, r)
 *
 * (all r replicas read fall among the n - w that have not yet seen the write). It is 0 exactly
 * when r + w > n. This is PBS's k = 1, t = 0 case; staleness falls with time t as the write
 * propagates, which this closed form does not model.
 *
 * Bailis, P., Venkataraman, S., Franklin, M. J., Hellerstein, J. M. & Stoica, I.
 * "Probabilistically Bounded Staleness for Practical Partial Quorums." PVLDB 5(8), 2012.
 *
 * @param n replicas (integer >= 1)
 * @param r read quorum (integer in [1, n])
 * @param w write quorum (integer in [1, n])
 */
export function staleReadProbability(n: number, r: number, w: number): number {
  requireInteger('n', n);
  requireQuorumSize('r', r, n);
  requireQuorumSize('w', w, n);
  return binomial(n - w, r) / binomial(n, r);
}

/**
 * Mean of the k-th fastest of n independent exponential response times with rate λ (the k-th
 * order statistic). By the memoryless property the gaps between successive responses are
 * exponential with rates nλ, (n-1)λ, ... (Rényi's representation), so
 *
 *   E[T_(k)] = (1/λ) Σ_{i = n-k+1}^{n} 1/i
 *
 * k = 1 (fastest) gives 1/(nλ); k = n (slowest) gives H_n/λ, the harmonic number over λ. A
 * quorum of k out of n waits for exactly this order statistic.
 *
 * David, H. A. & Nagaraja, H. N. Order Statistics, 3rd ed., Wiley, 2003, §2.5; Rényi, A. "On
 * the Theory of Order Statistics." Acta Math. Acad. Sci. Hungarica 4, 1953.
 *
 * @param n replicas asked (integer >= 1)
 * @param k responses awaited (integer in [1, n])
 * @param rate per-replica response rate λ, 1/s (> 0)
 * @returns mean latency, seconds
 */
export function kthFastestExponentialMean(n: number, k: number, rate: number): number {
  requireInteger('n', n);
  requireQuorumSize('k', k, n);
  requirePositive('rate', rate);
  let sum = 0;
  for (let i = n - k + 1; i <= n; i++) sum += 1 / i;
  return sum / rate;
}

/**
 * CDF of the k-th smallest of n i.i.d. variables at a point where each has CDF value F:
 *
 *   P(T_(k) <= t) = Σ_{j=k}^{n} C(n, j) F^j (1 - F)^{n-j}
 *
 * (at least k of the n are done by t), a binomial upper tail. k = 1 gives 1 - (1 - F)^n and
 * k = n gives F^n.
 *
 * David & Nagaraja, Order Statistics, 3rd ed., Wiley, 2003, eq. 2.1.3.
 *
 * @param n replicas (integer >= 1)
 * @param k responses awaited (integer in [1, n])
 * @param f the per-replica CDF value F(t) in [0, 1]
 */
export function kthOfNCdf(n: number, k: number, f: number): number {
  requireInteger('n', n);
  requireQuorumSize('k', k, n);
  requireProbability('f', f);
  if (f === 0) return 0;
  if (f === 1) return 1;
  // Sum the binomial pmf in log space so (1 - F)^n cannot underflow for large n.
  const logF = Math.log(f);
  const log1mF = Math.log1p(-f);
  let logC = 0; // log C(n, j), built up from j = 0
  let total = 0;
  for (let j = 0; j <= n; j++) {
    if (j > 0) logC += Math.log((n - j + 1) / j);
    if (j >= k) total += Math.exp(logC + j * logF + (n - j) * log1mF);
  }
  return Math.min(1, total);
}

/**
 * Standard normal CDF Φ(x) = erfc(-x/√2) / 2. erfc is evaluated by the everywhere-positive
 * series erf(z) = (2/√π) e^{-z²} Σ_{m>=0} 2^m z^{2m+1} / (1·3·…·(2m+1)) for |z| < 2.5 and by
 * the Laplace continued fraction erfc(z) = e^{-z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …))))
 * (modified Lentz evaluation) beyond; the relative error stays below about 1e-12 in both tails.
 *
 * Abramowitz, M. & Stegun, I. A. Handbook of Mathematical Functions, NBS, 1964, eqs. 7.1.6
 * and 7.1.14; Press et al. Numerical Recipes, 3rd ed., 2007, §5.2 (Lentz's method).
 */
export function standardNormalCdf(x: number): number {
  requireFinite('x', x);
  const z = -x / Math.SQRT2;
  return erfc(z) / 2;
}

function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  if (z < 2.5) {
    // erf by the positive series; erfc = 1 - erf loses nothing significant for z < 2.5,
    // where erfc >= 4e-4.
    let term = z;
    let sum = z;
    for (let m = 1; m < 200; m++) {
      term *= (2 * z * z) / (2 * m + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
  }
  // Continued fraction f = z + K_{m>=1} (m/2) / z, by the modified Lentz method.
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let m = 1; m < 500; m++) {
    const a = m / 2;
    d = z + a * d;
    d = d === 0 ? tiny : d;
    c = z + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / (Math.sqrt(Math.PI) * f);
}

/** Per-replica response-time distributions for the quorum models. */
export type ReplicaLatency =
  /** Exponential with rate λ (mean 1/λ), seconds. */
  | { kind: 'exponential'; rate: number }
  /** Lognormal: exp(N(mu, sigma²)), with mu and sigma of the underlying normal (ln seconds). */
  | { kind: 'lognormal'; mu: number; sigma: number }
  /** A fixed minimum (e.g. the network RTT) plus an exponential with rate λ. */
  | { kind: 'shiftedExponential'; minSeconds: number; rate: number };

function checkReplica(replica: ReplicaLatency): void {
  if (replica === null || typeof replica !== 'object') {
    throw new RangeError('replica must be a latency distribution object');
  }
  switch (replica.kind) {
    case 'exponential':
      requirePositive('replica.rate', replica.rate);
      return;
    case 'lognormal':
      requireFinite('replica.mu', replica.mu);
      requirePositive('replica.sigma', replica.sigma);
      return;
    case 'shiftedExponential':
      requireNonNegative('replica.minSeconds', replica.minSeconds);
      requirePositive('replica.rate', replica.rate);
      return;
    default:
      throw new RangeError(
        `replica.kind must be 'exponential', 'lognormal' or 'shiftedExponential', got ${String(
          (replica as { kind?: unknown }).kind,
        )}`,
      );
  }
}

/**
 * CDF of one replica's response time at t seconds:
 * - exponential: F(t) = 1 - e^{-λt};
 * - lognormal: F(t) = Φ((ln t - mu) / sigma);
 * - shifted exponential: F(t) = 1 - e^{-λ(t - min)} for t > min, else 0.
 *
 * Johnson, N. L., Kotz, S. & Balakrishnan, N. Continuous Univariate Distributions, vol. 1,
 * 2nd ed., Wiley, 1994 (ch. 14 lognormal, ch. 19 exponential).
 */
export function replicaCdf(replica: ReplicaLatency, t: number): number {
  checkReplica(replica);
  requireFinite('t', t);
  switch (replica.kind) {
    case 'exponential':
      return t <= 0 ? 0 : -Math.expm1(-replica.rate * t);
    case 'lognormal':
      return t <= 0 ? 0 : standardNormalCdf((Math.log(t) - replica.mu) / replica.sigma);
    case 'shiftedExponential':
      return t <= replica.minSeconds ? 0 : -Math.expm1(-replica.rate * (t - replica.minSeconds));
  }
}

function drawReplica(replica: ReplicaLatency, rng: Rng): number {
  switch (replica.kind) {
    case 'exponential':
      return rng.exponential(replica.rate);
    case 'lognormal':
      return rng.lognormal(replica.mu, replica.sigma);
    case 'shiftedExponential':
      return replica.minSeconds + rng.exponential(replica.rate);
  }
}

/**
 * The q-quantile of the k-th fastest of n i.i.d. response times whose common CDF is `cdf`:
 * solves Σ_{j=k}^{n} C(n, j) F(t)^j (1 - F(t))^{n-j} = q ({@link kthOfNCdf}) for t by
 * bracketing (steps doubling from `scaleSeconds` above `lowerSeconds`) and bisection, to a
 * relative precision of 1e-12. `cdf` must be non-decreasing, 0 at `lowerSeconds` or below,
 * and tend to 1.
 *
 * David, H. A. & Nagaraja, H. N. Order Statistics, 3rd ed., Wiley, 2003, eq. 2.1.3.
 *
 * @param n replicas (integer >= 1)
 * @param k responses awaited (integer in [1, n])
 * @param q quantile level in (0, 1)
 * @param cdf per-replica CDF, seconds -> probability
 * @param lowerSeconds a time at or below which the CDF is 0 (>= 0, default 0)
 * @param scaleSeconds a typical response time, the first bracketing step (> 0, default 1)
 * @returns seconds
 */
export function kthFastestQuantile(
  n: number,
  k: number,
  q: number,
  cdf: (seconds: number) => number,
  lowerSeconds = 0,
  scaleSeconds = 1,
): number {
  requireInteger('n', n);
  requireQuorumSize('k', k, n);
  requireOpenUnit('q', q);
  if (typeof cdf !== 'function') throw new RangeError('cdf must be a function');
  requireNonNegative('lowerSeconds', lowerSeconds);
  requirePositive('scaleSeconds', scaleSeconds);
  const orderCdf = (t: number): number => kthOfNCdf(n, k, requireProbability('cdf(t)', cdf(t)));
  let lo = lowerSeconds;
  let step = scaleSeconds;
  let hi = lo + step;
  while (orderCdf(hi) < q) {
    lo = hi;
    step *= 2;
    hi = lo + step;
    if (!Number.isFinite(hi))
      throw new RangeError('q could not be bracketed: cdf never reaches it');
  }
  for (let i = 0; i < 300 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (orderCdf(mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Inputs of {@link quorumLatencyQuantile}. */
export interface QuorumQuantileInput {
  /** Replicas asked (integer >= 1). */
  n: number;
  /** Responses awaited (integer in [1, n]): r for reads, w for writes. */
  k: number;
  /** Quantile level in (0, 1), e.g. 0.99. */
  q: number;
  replica: ReplicaLatency;
}

/**
 * The q-quantile of the time to collect k of n responses, when each replica's response time
 * is independent with the given distribution F (exponential, lognormal or shifted
 * exponential). Solves
 *
 *   Σ_{j=k}^{n} C(n, j) F(t)^j (1 - F(t))^{n-j} = q
 *
 * for t by bisection ({@link kthFastestQuantile}). Assumes every request goes to all n
 * replicas at once and replicas are independent and identically distributed; correlated
 * slowness (a shared switch, GC pauses on all replicas) makes real quorums slower.
 *
 * Bailis et al. "Probabilistically Bounded Staleness for Practical Partial Quorums." PVLDB
 * 5(8), 2012 (quorum latency as order statistics of replica latencies); David & Nagaraja,
 * Order Statistics, 3rd ed., 2003.
 *
 * @returns latency, seconds
 */
export function quorumLatencyQuantile(input: QuorumQuantileInput): number {
  const { n, k, q, replica } = input;
  requireInteger('n', n);
  requireQuorumSize('k', k, n);
  requireOpenUnit('q', q);
  checkReplica(replica);
  const lower = replica.kind === 'shiftedExponential' ? replica.minSeconds : 0;
  const scale = replica.kind === 'lognormal' ? Math.exp(replica.mu) : 1 / replica.rate;
  return kthFastestQuantile(n, k, q, (t) => replicaCdf(replica, t), lower, scale);
}

/** Inputs of {@link simulateQuorumLatency}. */
export interface QuorumSimulationInput {
  /** Replicas (integer >= 1). */
  n: number;
  /** Read quorum (integer in [1, n]). */
  r: number;
  /** Write quorum (integer in [1, n]). */
  w: number;
  replica: ReplicaLatency;
  /** Reads and writes simulated, each (integer >= 1). */
  requests: number;
  seed: number;
}

/** Samples of {@link simulateQuorumLatency}, seconds, in request order. */
export interface QuorumSimulationResult {
  readSeconds: number[];
  writeSeconds: number[];
}

/**
 * Monte Carlo quorum latencies: each read (and each write) is sent to all n replicas, every
 * replica answers after an independent draw from `replica`, and the operation completes with
 * the r-th (w-th) response. Checks {@link quorumLatencyQuantile} and shows how r and w trade
 * read latency against write latency.
 *
 * Bailis et al., PVLDB 5(8), 2012; DeCandia et al., SOSP 2007.
 */
export function simulateQuorumLatency(input: QuorumSimulationInput): QuorumSimulationResult {
  const { n, r, w, replica, requests, seed } = input;
  requireInteger('n', n);
  requireQuorumSize('r', r, n);
  requireQuorumSize('w', w, n);
  checkReplica(replica);
  requireInteger('requests', requests);
  requireFinite('seed', seed);
  const rng = createRng(seed);
  const responses = new Float64Array(n);
  const kth = (k: number): number => {
    for (let i = 0; i < n; i++) responses[i] = drawReplica(replica, rng);
    responses.sort();
    return responses[k - 1];
  };
  const readSeconds = new Array<number>(requests);
  const writeSeconds = new Array<number>(requests);
  for (let i = 0; i < requests; i++) {
    writeSeconds[i] = kth(w);
    readSeconds[i] = kth(r);
  }
  return { readSeconds, writeSeconds };
}
