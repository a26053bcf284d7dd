import { standardNormalCdf } from './quorum';
import { createRng, type Rng } from './rng';
import {
  requireFinite,
  requireInteger,
  requireNonNegative,
  requireOpenUnit,
  requirePositive,
} from './validate';

/**
 * The distribution of replication lag L: the time from a write's commit on the primary until a
 * read on the replica sees it (shipping plus apply, including any wait behind earlier log
 * entries). Seconds throughout.
 */
export type ReplicationLag =
  /** Every write becomes visible exactly `seconds` after commit. */
  | { kind: 'constant'; seconds: number }
  /** Exponential with the given mean: memoryless, the chapter's default assumption. */
  | { kind: 'exponential'; meanSeconds: number }
  /** A floor (shipping and apply time) plus an exponential tail with mean `tailMeanSeconds`. */
  | { kind: 'shiftedExponential'; minSeconds: number; tailMeanSeconds: number }
  /**
   * Lognormal with the given mean and shape σ (of the underlying normal): a heavy right tail,
   * p99 / mean = exp(2.326 σ - σ²/2), about 6.2 at σ = 1.
   */
  | { kind: 'lognormal'; meanSeconds: number; sigma: number };

function checkLag(lag: ReplicationLag): void {
  if (lag === null || typeof lag !== 'object') {
    throw new RangeError('lag must be a replication lag distribution object');
  }
  switch (lag.kind) {
    case 'constant':
      requireNonNegative('lag.seconds', lag.seconds);
      return;
    case 'exponential':
      requirePositive('lag.meanSeconds', lag.meanSeconds);
      return;
    case 'shiftedExponential':
      requireNonNegative('lag.minSeconds', lag.minSeconds);
      requirePositive('lag.tailMeanSeconds', lag.tailMeanSeconds);
      return;
    case 'lognormal':
      requirePositive('lag.meanSeconds', lag.meanSeconds);
      requirePositive('lag.sigma', lag.sigma);
      return;
    default:
      throw new RangeError(
        `lag.kind must be 'constant', 'exponential', 'shiftedExponential' or 'lognormal', got ${String(
          (lag as { kind?: unknown }).kind,
        )}`,
      );
  }
}

/** mu of the underlying normal of a lognormal with mean M and shape σ: ln M - σ²/2. */
function lognormalMu(meanSeconds: number, sigma: number): number {
  return Math.log(meanSeconds) - (sigma * sigma) / 2;
}

/**
 * Mean of the lag, E[L]: the constant; the mean; min + tail mean; the lognormal's mean (its
 * parameter).
 */
export function lagMean(lag: ReplicationLag): number {
  checkLag(lag);
  switch (lag.kind) {
    case 'constant':
      return lag.seconds;
    case 'exponential':
    case 'lognormal':
      return lag.meanSeconds;
    case 'shiftedExponential':
      return lag.minSeconds + lag.tailMeanSeconds;
  }
}

/**
 * Survival function of the lag, S(t) = P(L > t): the probability that a write is still not
 * visible on the replica t seconds after it committed.
 * - constant c: 1 if t < c, else 0;
 * - exponential, mean m: e^{-t/m};
 * - shifted exponential (floor d, tail mean τ): 1 for t < d, else e^{-(t-d)/τ};
 * - lognormal (mean M, shape σ, mu = ln M - σ²/2): 1 - Φ((ln t - mu) / σ).
 *
 * Johnson, N. L., Kotz, S. & Balakrishnan, N. Continuous Univariate Distributions, vol. 1,
 * 2nd ed., Wiley, 1994 (ch. 14 lognormal, ch. 19 exponential).
 *
 * @param lag the lag distribution
 * @param t seconds since the write committed (>= 0)
 */
export function lagSurvival(lag: ReplicationLag, t: number): number {
  checkLag(lag);
  requireNonNegative('t', t);
  switch (lag.kind) {
    case 'constant':
      return t < lag.seconds ? 1 : 0;
    case 'exponential':
      return Math.exp(-t / lag.meanSeconds);
    case 'shiftedExponential':
      return t < lag.minSeconds ? 1 : Math.exp(-(t - lag.minSeconds) / lag.tailMeanSeconds);
    case 'lognormal':
      if (t === 0) return 1;
      // Φ(-x) rather than 1 - Φ(x), so the far tail keeps its relative precision.
      return standardNormalCdf(
        -(Math.log(t) - lognormalMu(lag.meanSeconds, lag.sigma)) / lag.sigma,
      );
  }
}

/** Φ^{-1}(q) by bisection on Φ over [-40, 40] (about 1e-13 absolute). */
function inverseStandardNormal(q: number): number {
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (standardNormalCdf(mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The q-quantile of the lag: the constant; -m ln(1 - q); d - τ ln(1 - q); exp(mu + σ z_q)
 * with z_q = Φ^{-1}(q) (found by bisection). Johnson, Kotz & Balakrishnan, 1994.
 *
 * @param lag the lag distribution
 * @param q quantile level in (0, 1), e.g. 0.99
 * @returns seconds
 */
export function lagQuantile(lag: ReplicationLag, q: number): number {
  checkLag(lag);
  requireOpenUnit('q', q);
  switch (lag.kind) {
    case 'constant':
      return lag.seconds;
    case 'exponential':
      return -lag.meanSeconds * Math.log1p(-q);
    case 'shiftedExponential':
      return lag.minSeconds - lag.tailMeanSeconds * Math.log1p(-q);
    case 'lognormal':
      return Math.exp(
        lognormalMu(lag.meanSeconds, lag.sigma) + lag.sigma * inverseStandardNormal(q),
      );
  }
}

/**
 * Expected excess of the lag over k, E[(L - k)⁺] = ∫_k^∞ S(x) dx:
 * - constant c: max(0, c - k);
 * - exponential, mean m: m e^{-k/m};
 * - shifted exponential: d - k + τ for k <= d, else τ e^{-(k-d)/τ};
 * - lognormal: M Φ(d₁) - k Φ(d₂), with d₁ = (ln(M/k) + σ²/2) / σ and d₂ = d₁ - σ (the
 *   lognormal partial expectation, the same algebra as the Black-Scholes call price).
 *
 * Johnson, Kotz & Balakrishnan, vol. 1, 1994, ch. 14 (moments of the truncated lognormal).
 *
 * @param lag the lag distribution
 * @param k threshold, seconds (>= 0)
 * @returns seconds
 */
export function expectedLagExcess(lag: ReplicationLag, k: number): number {
  checkLag(lag);
  requireNonNegative('k', k);
  switch (lag.kind) {
    case 'constant':
      return Math.max(0, lag.seconds - k);
    case 'exponential':
      return lag.meanSeconds * Math.exp(-k / lag.meanSeconds);
    case 'shiftedExponential':
      return k <= lag.minSeconds
        ? lag.minSeconds - k + lag.tailMeanSeconds
        : lag.tailMeanSeconds * Math.exp(-(k - lag.minSeconds) / lag.tailMeanSeconds);
    case 'lognormal': {
      if (k === 0) return lag.meanSeconds;
      const { meanSeconds: m, sigma } = lag;
      const d1 = (Math.log(m / k) + (sigma * sigma) / 2) / sigma;
      return Math.max(0, m * standardNormalCdf(d1) - k * standardNormalCdf(d1 - sigma));
    }
  }
}

/** Composite Simpson's rule with `n` (even) intervals. */
function simpson(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Stale reads and primary load of one key, from {@link keyStaleReads}. */
export interface KeyStaleReads {
  /** Fraction of all reads of the key that return a value older than the primary's. */
  readonly staleFraction: number;
  /** Fraction of all reads of the key routed to the primary (inside the window after a write). */
  readonly primaryFraction: number;
}

/**
 * Stale reads of one key served by an asynchronous replica. Writes to the key arrive as a
 * Poisson process of rate λ; each write becomes visible on the replica L seconds after it
 * commits, L drawn from `lag` independently of when later writes arrive; the replica applies the
 * log in commit order, so once the latest write is visible the replica holds the primary's
 * value. Reads arrive at times independent of the writes. A read at a random time is stale
 * exactly when the latest write before it is not yet visible. The age A of the latest write
 * seen from a random time is exponential with rate λ (the backward recurrence time of a Poisson
 * process), so
 *
 *   P(stale) = P(L > A) = ∫_0^∞ λ e^{-λa} S(a) da = E[1 - e^{-λL}]
 *
 * which gives 1 - e^{-λc} for a constant lag c and λm / (1 + λm) for an exponential lag of
 * mean m (one minus its Laplace transform at λ). Because 1 - e^{-λx} is concave, for a given
 * mean lag the constant lag is the worst case (Jensen's inequality): a random reader suffers
 * most from a steady lag, a user re-reading their own write from a heavy tail.
 *
 * Mitigation: if every read of the key within `primaryWindowSeconds` = t of its latest write goes
 * to the primary, a fraction 1 - e^{-λt} of reads lands on the primary and the stale fraction
 * falls to
 *
 *   ∫_t^∞ λ e^{-λa} S(a) da = E[(e^{-λt} - e^{-λL})⁺]
 *
 * = λm/(1+λm) · e^{-(λ + 1/m)t} for an exponential lag. The same formulas hold for a
 * per-session window, with λ the session's write rate.
 *
 * Bailis, P. et al. "Probabilistically Bounded Staleness for Practical Partial Quorums." PVLDB
 * 5(8), 2012 (t-visibility: staleness as a function of time since the write); Kleinrock, L.
 * Queueing Systems, vol. 1, Wiley, 1975, §5.2 (residual life; for Poisson arrivals the age
 * looking back from a random time is exponential); Terry, D. B. et al. "Session Guarantees
 * for Weakly Consistent Replicated Data." PDIS 1994.
 *
 * @param writeRate writes per second to this key, λ (> 0)
 * @param lag the replication lag distribution
 * @param primaryWindowSeconds reads this soon after a write go to the primary (>= 0, default 0)
 */
export function keyStaleReads(
  writeRate: number,
  lag: ReplicationLag,
  primaryWindowSeconds = 0,
): KeyStaleReads {
  requirePositive('writeRate', writeRate);
  checkLag(lag);
  requireNonNegative('primaryWindowSeconds', primaryWindowSeconds);
  const lambda = writeRate;
  const t = primaryWindowSeconds;
  const primaryFraction = -Math.expm1(-lambda * t);
  // e^{-λt} - e^{-λx} for x > t, written so it keeps its precision when λ(x - t) is tiny.
  const gap = (x: number): number =>
    x > t ? -Math.exp(-lambda * t) * Math.expm1(-lambda * (x - t)) : 0;
  let staleFraction: number;
  switch (lag.kind) {
    case 'constant':
      staleFraction = gap(lag.seconds);
      break;
    case 'exponential': {
      const m = lag.meanSeconds;
      staleFraction = ((lambda * m) / (1 + lambda * m)) * Math.exp(-(lambda + 1 / m) * t);
      break;
    }
    case 'shiftedExponential': {
      const { minSeconds: d, tailMeanSeconds: tau } = lag;
      const tailShare = (lambda * tau) / (1 + lambda * tau);
      staleFraction =
        t <= d
          ? gap(d) + tailShare * Math.exp(-lambda * d)
          : tailShare * Math.exp(-lambda * t - (t - d) / tau);
      break;
    }
    case 'lognormal': {
      // E[(e^{-λt} - e^{-λL})⁺] over L = exp(mu + σZ): integrate in z from where L = t, so the
      // integrand is smooth and Simpson's rule converges fast; φ(10) ≈ 8e-23 ends the range.
      const mu = lognormalMu(lag.meanSeconds, lag.sigma);
      const z0 = t > 0 ? Math.max(-10, (Math.log(t) - mu) / lag.sigma) : -10;
      staleFraction =
        z0 >= 10
          ? 0
          : simpson(
              (z) => gap(Math.exp(mu + lag.sigma * z)) * INV_SQRT_2PI * Math.exp(-(z * z) / 2),
              z0,
              10,
              1024,
            );
      break;
    }
  }
  return { staleFraction: Math.min(1, Math.max(0, staleFraction)), primaryFraction };
}

/** How a session that just wrote makes sure it reads its own write. */
export type ReadYourWritesMitigation =
  /** Read the replica regardless. */
  | { kind: 'none' }
  /** Reads within `windowSeconds` of the session's write go to the primary. */
  | { kind: 'primaryWindow'; windowSeconds: number }
  /**
   * The session keeps the write's log position (GTID, LSN); the replica read waits until the
   * replica has applied it, for at most `timeoutSeconds`, then falls back to the primary.
   */
  | { kind: 'sessionToken'; timeoutSeconds: number };

/** One read-your-writes read, from {@link readYourWrites}. */
export interface ReadYourWritesResult {
  /** Probability that the read does not show the session's own write. */
  readonly missProbability: number;
  /** Probability that the read is served by the primary. */
  readonly primaryProbability: number;
  /** Mean extra wait of the read (session token only), seconds. */
  readonly meanWaitSeconds: number;
}

/**
 * A session writes, then reads the same data `delaySeconds` = d later. On a replica it misses its
 * own write with probability P(L > d) = S(d) (no other write to the key in between; the chapter's
 * e^{-d/m} for an exponential lag).
 * - primaryWindow t: reads with d < t go to the primary and never miss; later reads miss with
 *   S(d). The window only helps if it covers the lag's tail.
 * - sessionToken with timeout T: the read never misses. It waits min((L - d)⁺, T), whose mean is
 *   E[(L - d)⁺] - E[(L - d - T)⁺] ({@link expectedLagExcess}), and goes to the primary with
 *   probability S(d + T).
 *
 * Terry, D. B. et al. "Session Guarantees for Weakly Consistent Replicated Data." PDIS 1994;
 * MySQL 8.4 Reference Manual, WAIT_FOR_EXECUTED_GTID_SET(); PostgreSQL 17 documentation,
 * pg_last_wal_replay_lsn().
 *
 * @param lag the replication lag distribution
 * @param delaySeconds time from the write's commit to the read, d (>= 0)
 * @param mitigation what the session does about it
 */
export function readYourWrites(
  lag: ReplicationLag,
  delaySeconds: number,
  mitigation: ReadYourWritesMitigation,
): ReadYourWritesResult {
  checkLag(lag);
  requireNonNegative('delaySeconds', delaySeconds);
  if (mitigation === null || typeof mitigation !== 'object') {
    throw new RangeError('mitigation must be a mitigation object');
  }
  const d = delaySeconds;
  switch (mitigation.kind) {
    case 'none':
      return { missProbability: lagSurvival(lag, d), primaryProbability: 0, meanWaitSeconds: 0 };
    case 'primaryWindow': {
      requireNonNegative('mitigation.windowSeconds', mitigation.windowSeconds);
      return d < mitigation.windowSeconds
        ? { missProbability: 0, primaryProbability: 1, meanWaitSeconds: 0 }
        : { missProbability: lagSurvival(lag, d), primaryProbability: 0, meanWaitSeconds: 0 };
    }
    case 'sessionToken': {
      const timeout = requireNonNegative('mitigation.timeoutSeconds', mitigation.timeoutSeconds);
      const wait = expectedLagExcess(lag, d) - expectedLagExcess(lag, d + timeout);
      return {
        missProbability: 0,
        primaryProbability: lagSurvival(lag, d + timeout),
        meanWaitSeconds: Math.max(0, wait),
      };
    }
    default:
      throw new RangeError(
        `mitigation.kind must be 'none', 'primaryWindow' or 'sessionToken', got ${String(
          (mitigation as { kind?: unknown }).kind,
        )}`,
      );
  }
}

function drawLag(lag: ReplicationLag, rng: Rng): number {
  switch (lag.kind) {
    case 'constant':
      return lag.seconds;
    case 'exponential':
      return rng.exponential(1 / lag.meanSeconds);
    case 'shiftedExponential':
      return lag.minSeconds + rng.exponential(1 / lag.tailMeanSeconds);
    case 'lognormal':
      return rng.lognormal(lognormalMu(lag.meanSeconds, lag.sigma), lag.sigma);
  }
}

/** Inputs of {@link simulateKeyReads}. */
export interface KeyReadSimulationInput {
  /** Writes per second to the key (> 0). */
  writeRate: number;
  lag: ReplicationLag;
  /** Writes simulated (integer >= 1). */
  writes: number;
  /** Reads simulated, at uniform random times over the same span (integer >= 1). */
  reads: number;
  seed: number;
  /** Reads this soon after the latest write go to the primary (>= 0, default 0). */
  primaryWindowSeconds?: number;
  /**
   * Apply writes strictly in commit order, as a replica replaying one log does: a write drawn
   * with a short lag still waits for an earlier one drawn with a long lag (default false, so each
   * write's visibility delay is its own draw).
   */
  inOrder?: boolean;
}

/** Results of {@link simulateKeyReads}. */
export interface KeyReadSimulationResult {
  readonly staleFraction: number;
  readonly primaryFraction: number;
  /** Each write's time from commit to visibility on the replica, seconds, in commit order. */
  readonly visibilitySeconds: number[];
}

/**
 * Monte Carlo on a timeline: Poisson writes to one key, each visible on the replica after a lag
 * drawn from `lag` (optionally held back to commit order), and reads at uniform random times.
 * A read within the primary window of the latest write counts as a primary read; otherwise it is
 * stale when the latest write is not yet visible. Checks {@link keyStaleReads} without assuming
 * its exponential-age argument.
 *
 * Bailis et al., PVLDB 5(8), 2012 (the same Monte Carlo approach for t-visibility).
 */
export function simulateKeyReads(input: KeyReadSimulationInput): KeyReadSimulationResult {
  const { writeRate, lag, writes, reads, seed, primaryWindowSeconds = 0, inOrder = false } = input;
  requirePositive('writeRate', writeRate);
  checkLag(lag);
  requireInteger('writes', writes);
  requireInteger('reads', reads);
  requireFinite('seed', seed);
  requireNonNegative('primaryWindowSeconds', primaryWindowSeconds);
  const rng = createRng(seed);
  const commit = new Float64Array(writes);
  const visible = new Float64Array(writes);
  const visibilitySeconds = new Array<number>(writes);
  let now = 0;
  for (let i = 0; i < writes; i++) {
    now += rng.exponential(writeRate);
    commit[i] = now;
    visible[i] = now + drawLag(lag, rng);
    if (inOrder && i > 0) visible[i] = Math.max(visible[i], visible[i - 1]);
    visibilitySeconds[i] = visible[i] - now;
  }
  // Reads over [first write, last write], so every read has a latest write and none sees the
  // process before it reached steady state.
  const start = commit[0];
  const span = commit[writes - 1] - start;
  const readTimes = new Float64Array(reads);
  for (let i = 0; i < reads; i++) readTimes[i] = start + rng.uniform() * span;
  readTimes.sort();
  let latest = 0;
  let stale = 0;
  let primary = 0;
  for (let i = 0; i < reads; i++) {
    const at = readTimes[i];
    while (latest + 1 < writes && commit[latest + 1] <= at) latest++;
    if (at - commit[latest] < primaryWindowSeconds) primary++;
    else if (visible[latest] > at) stale++;
  }
  return { staleFraction: stale / reads, primaryFraction: primary / reads, visibilitySeconds };
}

/** Inputs of {@link simulateOwnReads}. */
export interface OwnReadSimulationInput {
  lag: ReplicationLag;
  /** Time from the write's commit to the session's read, seconds (>= 0). */
  delaySeconds: number;
  mitigation: ReadYourWritesMitigation;
  /** Write-then-read pairs simulated (integer >= 1). */
  sessions: number;
  seed: number;
}

/** Results of {@link simulateOwnReads}: fractions of the simulated reads, mean wait in seconds. */
export interface OwnReadSimulationResult {
  readonly missFraction: number;
  readonly primaryFraction: number;
  readonly meanWaitSeconds: number;
}

/**
 * Monte Carlo of read-your-writes: each session writes, draws the write's lag, and reads after
 * `delaySeconds`, following the mitigation step by step (route to the primary inside the window;
 * or poll the replica until the write is visible or the timeout passes). Checks
 * {@link readYourWrites}.
 */
export function simulateOwnReads(input: OwnReadSimulationInput): OwnReadSimulationResult {
  const { lag, delaySeconds, mitigation, sessions, seed } = input;
  checkLag(lag);
  requireNonNegative('delaySeconds', delaySeconds);
  requireInteger('sessions', sessions);
  requireFinite('seed', seed);
  // Validates the mitigation's parameters with the same messages.
  readYourWrites(lag, delaySeconds, mitigation);
  const rng = createRng(seed);
  let miss = 0;
  let primary = 0;
  let waited = 0;
  for (let i = 0; i < sessions; i++) {
    const visibleAt = drawLag(lag, rng);
    const readAt = delaySeconds;
    if (mitigation.kind === 'primaryWindow' && readAt < mitigation.windowSeconds) {
      primary++;
    } else if (mitigation.kind === 'sessionToken') {
      const deadline = readAt + mitigation.timeoutSeconds;
      if (visibleAt > deadline) {
        waited += mitigation.timeoutSeconds;
        primary++;
      } else {
        waited += Math.max(0, visibleAt - readAt);
      }
    } else if (visibleAt > readAt) {
      miss++;
    }
  }
  return {
    missFraction: miss / sessions,
    primaryFraction: primary / sessions,
    meanWaitSeconds: waited / sessions,
  };
}
