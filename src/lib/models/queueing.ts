import { requireInteger, requireNonNegative, requireOpenUnit, requirePositive } from './validate';

/**
 * Steady-state metrics of a queue. Times are in seconds, rates in requests per second, counts
 * in requests. When the queue is unstable (utilization >= 1) no steady state exists: `stable`
 * is false, every mean is `Infinity` and both quantile functions return `Infinity`.
 */
export interface Mm1Result {
  /** True when utilization < 1, so a steady state exists. */
  stable: boolean;
  /** rho = lambda / mu for one server (lambda / (c mu) for c servers): the busy fraction. */
  utilization: number;
  /** Mean time in system, waiting plus service (R, also written T or W). */
  meanResponseTime: number;
  /** Mean time in the queue before service starts (W_q). */
  meanWaitingTime: number;
  /** Mean number of requests in the system, waiting or in service (L). */
  meanNumberInSystem: number;
  /** Mean number of requests waiting, not in service (L_q). */
  meanNumberInQueue: number;
  /** Response time t with P(R <= t) = q, for q strictly between 0 and 1. */
  responseTimeQuantile(q: number): number;
  /** Waiting time t with P(W_q <= t) = q, for q strictly between 0 and 1 (0 if q <= P(no wait)). */
  waitingTimeQuantile(q: number): number;
}

/** M/M/c metrics: the {@link Mm1Result} fields plus the server count and Erlang C. */
export interface MmcResult extends Mm1Result {
  /** Number of servers c. */
  servers: number;
  /** Erlang C: probability an arrival finds all c servers busy and has to wait. */
  probabilityOfWaiting: number;
}

/**
 * M/M/1 queue: Poisson arrivals at rate lambda, exponential service at rate mu, one server,
 * FCFS, unlimited queue. With rho = lambda / mu < 1:
 *
 * - R = 1 / (mu - lambda), W_q = rho / (mu - lambda), L = rho / (1 - rho),
 *   L_q = rho^2 / (1 - rho);
 * - the response time is exponential with rate mu - lambda, so its q-quantile is
 *   -ln(1 - q) / (mu - lambda);
 * - the wait is 0 with probability 1 - rho, otherwise exponential with rate mu - lambda, so its
 *   q-quantile is 0 for q <= 1 - rho and -ln((1 - q) / rho) / (mu - lambda) above.
 *
 * At rho >= 1 the queue grows without bound: `stable` is false, means and quantiles are
 * `Infinity`. An arrival rate of 0 is allowed (an idle server: every wait is 0).
 *
 * Kleinrock, L. Queueing Systems, Volume 1: Theory. Wiley, 1975, section 3.2.
 * Harchol-Balter, M. Performance Modeling and Design of Computer Systems. Cambridge University
 * Press, 2013, chapter 13.
 *
 * @param arrivalRate lambda, requests per second, >= 0
 * @param serviceRate mu, requests per second the server completes when busy, > 0
 */
export function mm1(arrivalRate: number, serviceRate: number): Mm1Result {
  requireNonNegative('arrivalRate', arrivalRate);
  requirePositive('serviceRate', serviceRate);
  const rho = arrivalRate / serviceRate;
  if (rho >= 1) return unstable(rho);
  const gap = serviceRate - arrivalRate;
  return {
    stable: true,
    utilization: rho,
    meanResponseTime: 1 / gap,
    meanWaitingTime: rho / gap,
    meanNumberInSystem: rho / (1 - rho),
    meanNumberInQueue: (rho * rho) / (1 - rho),
    responseTimeQuantile(q) {
      requireOpenUnit('q', q);
      return -Math.log1p(-q) / gap;
    },
    waitingTimeQuantile(q) {
      requireOpenUnit('q', q);
      return q <= 1 - rho ? 0 : Math.max(0, Math.log(rho / (1 - q)) / gap);
    },
  };
}

/**
 * Erlang C: the probability that an arrival to an M/M/c queue must wait, for c servers and
 * offered load a = lambda / mu Erlangs. Computed with the Erlang B recursion, which never
 * forms a^c or c! and so neither overflows nor loses precision for large c:
 *
 *   B(0) = 1,  B(k) = a B(k-1) / (k + a B(k-1)),  C(c, a) = c B(c) / (c - a (1 - B(c))).
 *
 * This equals the textbook (a^c / c!) (c / (c - a)) / (sum_{k<c} a^k / k! + (a^c / c!) (c / (c - a))).
 * When a >= c the queue is unstable and every arrival eventually waits: the result is 1.
 *
 * Erlang, A. K. "Solution of some problems in the theory of probabilities of significance in
 * automatic telephone exchanges." Elektroteknikeren 13, 1917.
 * Harchol-Balter, M. Performance Modeling and Design of Computer Systems. Cambridge University
 * Press, 2013, chapter 14 (M/M/k and the Erlang C formula).
 *
 * @param servers c, an integer >= 1
 * @param offeredLoad a = lambda / mu in Erlangs, >= 0
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requireInteger('servers', servers);
  requireNonNegative('offeredLoad', offeredLoad);
  if (offeredLoad >= servers) return 1;
  const b = erlangB(servers, offeredLoad);
  return (servers * b) / (servers - offeredLoad * (1 - b));
}

/** Erlang B blocking probability by the stable recursion above (inputs already checked). */
function erlangB(servers: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  return b;
}

/**
 * M/M/c queue: Poisson arrivals at rate lambda, c identical exponential servers at rate mu
 * each, one shared FCFS queue. With a = lambda / mu, rho = a / c < 1, C = {@link erlangC}(c, a)
 * and theta = c mu - lambda (the rate at which a full system drains):
 *
 * - W_q = C / theta, R = W_q + 1 / mu, L_q = lambda W_q, L = lambda R (Little's law);
 * - P(W_q > t) = C e^(-theta t), so the wait's q-quantile is 0 for q <= 1 - C and
 *   -ln((1 - q) / C) / theta above;
 * - the response time is W_q plus an independent Exp(mu) service. Its survival function is
 *   P(R > t) = (1 - C) e^(-mu t) + C (theta e^(-mu t) - mu e^(-theta t)) / (theta - mu),
 *   and (1 - C) e^(-mu t) + C (1 + mu t) e^(-mu t) when theta = mu. The code evaluates the
 *   second term as e^(-mu t) (1 + mu t (1 - e^(-d)) / d) with d = (theta - mu) t, which is
 *   the same quantity, is exact at theta = mu (d = 0) and loses no precision near it. The
 *   response-time quantile inverts this by bisection to about 1e-14 relative.
 *
 * With c = 1 this reduces to {@link mm1} (C = rho, and P(R > t) = e^(-(mu - lambda) t)).
 * At rho >= 1, `stable` is false, `probabilityOfWaiting` is 1, means and quantiles are `Infinity`.
 *
 * Kleinrock, L. Queueing Systems, Volume 1: Theory. Wiley, 1975, section 3.5.
 * Harchol-Balter, M. Performance Modeling and Design of Computer Systems. Cambridge University
 * Press, 2013, chapter 14.
 * Gross, D., Shortle, J. F., Thompson, J. M. & Harris, C. M. Fundamentals of Queueing Theory,
 * 4th ed. Wiley, 2008, chapter 2 (M/M/c waiting- and response-time distributions).
 *
 * @param arrivalRate lambda, requests per second, >= 0
 * @param serviceRate mu, requests per second one busy server completes, > 0
 * @param servers c, an integer >= 1
 */
export function mmc(arrivalRate: number, serviceRate: number, servers: number): MmcResult {
  requireNonNegative('arrivalRate', arrivalRate);
  requirePositive('serviceRate', serviceRate);
  requireInteger('servers', servers);
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  if (rho >= 1) return { ...unstable(rho), servers, probabilityOfWaiting: 1 };
  const c = erlangC(servers, a);
  const theta = servers * serviceRate - arrivalRate;
  const meanWaitingTime = c / theta;
  const meanResponseTime = meanWaitingTime + 1 / serviceRate;
  const survival = (t: number): number => mmcResponseSurvival(t, serviceRate, theta, c);
  return {
    stable: true,
    utilization: rho,
    meanResponseTime,
    meanWaitingTime,
    meanNumberInSystem: arrivalRate * meanResponseTime,
    meanNumberInQueue: arrivalRate * meanWaitingTime,
    servers,
    probabilityOfWaiting: c,
    responseTimeQuantile(q) {
      requireOpenUnit('q', q);
      return invertSurvival(survival, 1 - q, meanResponseTime);
    },
    waitingTimeQuantile(q) {
      requireOpenUnit('q', q);
      return q <= 1 - c ? 0 : Math.max(0, Math.log(c / (1 - q)) / theta);
    },
  };
}

/** P(R > t) for M/M/c: see {@link mmc}. mu = service rate, theta = c mu - lambda, c = Erlang C. */
function mmcResponseSurvival(t: number, mu: number, theta: number, c: number): number {
  const serviceOnly = Math.exp(-mu * t);
  const d = (theta - mu) * t;
  let waitPlusService: number;
  if (d < -1) {
    // theta < mu and far from it: the direct form has no cancellation, and e^(-d) could overflow.
    waitPlusService = (theta * serviceOnly - mu * Math.exp(-theta * t)) / (theta - mu);
  } else {
    const ratio = d === 0 ? 1 : -Math.expm1(-d) / d; // (1 - e^(-d)) / d, -> 1 as d -> 0
    waitPlusService = serviceOnly * (1 + mu * t * ratio);
  }
  return (1 - c) * serviceOnly + c * waitPlusService;
}

/** Smallest t with survival(t) <= target, by doubling then bisection; survival must decrease. */
function invertSurvival(survival: (t: number) => number, target: number, scale: number): number {
  let lo = 0;
  let hi = scale;
  while (survival(hi) > target) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (survival(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function unstable(rho: number): Mm1Result {
  const infinite = (q: number): number => {
    requireOpenUnit('q', q);
    return Infinity;
  };
  return {
    stable: false,
    utilization: rho,
    meanResponseTime: Infinity,
    meanWaitingTime: Infinity,
    meanNumberInSystem: Infinity,
    meanNumberInQueue: Infinity,
    responseTimeQuantile: infinite,
    waitingTimeQuantile: infinite,
  };
}

/** A response-time goal: the mean, or the q-quantile (q = 0.99 is p99), at most `seconds`. */
export type ResponseTimeTarget =
  { kind: 'mean'; seconds: number } | { kind: 'quantile'; q: number; seconds: number };

/** Inputs of {@link serversForTarget}. */
export interface ServersForTargetInput {
  /** lambda, requests per second, >= 0. */
  arrivalRate: number;
  /** mu, requests per second one busy server completes, > 0. */
  serviceRate: number;
  /** The response-time goal to meet. */
  target: ResponseTimeTarget;
  /** Largest server count to consider, an integer >= 1; default 1000. */
  maxServers?: number;
}

/** Result of {@link serversForTarget}. */
export interface ServersForTargetResult {
  /** Smallest c meeting the target, or `null` if no c up to `maxServers` does. */
  servers: number | null;
  /**
   * The targeted metric (mean or quantile of response time, seconds) at `servers`; when
   * `servers` is null, at `maxServers` (`Infinity` if even that many servers are overloaded).
   */
  achievedSeconds: number;
}

/**
 * Fewest M/M/c servers whose response time (waiting plus service) meets a target: the mean
 * response time, or its q-quantile, at most `target.seconds`. Both metrics fall as c grows at a
 * fixed lambda and mu, so the search starts at the smallest stable c (floor(lambda / mu) + 1),
 * doubles, then bisects: O(log maxServers) evaluations of {@link mmc}.
 *
 * No number of servers beats the service time itself: the mean is always above 1 / mu and the
 * q-quantile above -ln(1 - q) / mu. A target at or below that floor, or one that needs more than
 * `maxServers` (default 1000) servers, gives `servers: null`, with `achievedSeconds` the metric
 * at `maxServers` so a widget can say how close the cap gets.
 *
 * Harchol-Balter, M. Performance Modeling and Design of Computer Systems. Cambridge University
 * Press, 2013, chapter 15 (capacity provisioning for server farms).
 */
export function serversForTarget(input: ServersForTargetInput): ServersForTargetResult {
  const { arrivalRate, serviceRate, target } = input;
  requireNonNegative('arrivalRate', arrivalRate);
  requirePositive('serviceRate', serviceRate);
  const maxServers = requireInteger('maxServers', input.maxServers ?? 1000);
  if (target === null || typeof target !== 'object') {
    throw new RangeError(`target must be an object, got ${String(target)}`);
  }
  requirePositive('target.seconds', target.seconds);
  let metric: (r: MmcResult) => number;
  let floor: number;
  if (target.kind === 'mean') {
    metric = (r) => r.meanResponseTime;
    floor = 1 / serviceRate;
  } else if (target.kind === 'quantile') {
    const q = requireOpenUnit('target.q', target.q);
    metric = (r) => r.responseTimeQuantile(q);
    floor = -Math.log1p(-q) / serviceRate;
  } else {
    throw new RangeError(
      `target.kind must be 'mean' or 'quantile', got ${String((target as { kind: unknown }).kind)}`,
    );
  }
  const at = (c: number): number => metric(mmc(arrivalRate, serviceRate, c));
  const meets = (c: number): boolean => at(c) <= target.seconds;
  const smallestStable = Math.floor(arrivalRate / serviceRate) + 1;
  if (target.seconds <= floor || smallestStable > maxServers || !meets(maxServers)) {
    return { servers: null, achievedSeconds: at(maxServers) };
  }
  // Invariant: meets(hi) is true; lo is the largest count known to fail (0 = none tried).
  let lo = smallestStable - 1;
  let hi = smallestStable;
  let step = 1;
  while (hi < maxServers && !meets(hi)) {
    lo = hi;
    step *= 2;
    hi = Math.min(maxServers, smallestStable + step - 1);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return { servers: hi, achievedSeconds: at(hi) };
}
