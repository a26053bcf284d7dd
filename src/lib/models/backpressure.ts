import { requireNonNegative, requirePositive } from './validate';

/** A piece of a piecewise-constant arrival rate: `rate` requests/s from `fromSeconds` on. */
export interface RateSegment {
  /** Start time of the segment, seconds; the first segment starts at 0. */
  fromSeconds: number;
  /** Arrival rate during the segment, requests/s (>= 0). */
  rate: number;
}

/**
 * What a full queue does with more work:
 * - `block`: the producer waits (backpressure propagates upstream); nothing is lost.
 * - `drop-newest`: tail drop; arrivals that do not fit are rejected.
 * - `shed-oldest`: head drop; arrivals are admitted and the oldest queued requests are shed.
 * - `unbounded`: no limit; overload turns into queueing delay (and, in reality, memory).
 */
export type BackpressurePolicy = 'block' | 'drop-newest' | 'shed-oldest' | 'unbounded';

/** Inputs of {@link simulateBackpressure}. */
export interface BackpressureInput {
  /** Arrival rate over time as segments, e.g. a baseline then a burst then the baseline. */
  arrivalRatePerSecond: readonly RateSegment[];
  /** Service rate μ of the consumer, requests/s (> 0). */
  serviceRate: number;
  /** Queue limit K in requests (finite, >= 0); required unless the policy is `unbounded`. */
  queueCapacity?: number;
  policy: BackpressurePolicy;
  /** Simulated time, seconds (> 0). */
  durationSeconds: number;
  /** Time step, seconds (> 0); at most 1,000,000 steps. */
  stepSeconds: number;
}

/** Time series of {@link simulateBackpressure}, one entry per grid time t[i]. */
export interface BackpressureResult {
  /** Grid times 0, h, 2h, ..., durationSeconds. */
  t: number[];
  /** Arrival rate in force at t[i], requests/s. */
  arrivalRate: number[];
  /** Requests in the queue at t[i]. */
  queueDepth: number[];
  /** Requests held back at the producer at t[i] (`block` only; otherwise 0). */
  blockedDepth: number[];
  /**
   * Delay until service starts for a request arriving at t[i] that is not dropped: the time it
   * spends in the queue, plus, under `block`, the time it is held at the producer first.
   */
  latencySeconds: number[];
  /** Cumulative requests offered by the producer by t[i]. */
  arrived: number[];
  /** Cumulative requests that entered the queue by t[i]. */
  admitted: number[];
  /** Cumulative requests whose service started by t[i] (served out of the queue). */
  served: number[];
  /** Cumulative requests rejected (drop-newest) or shed (shed-oldest) by t[i]. */
  dropped: number[];
  totals: {
    arrived: number;
    admitted: number;
    served: number;
    dropped: number;
    /** Queue depth at the end. */
    queued: number;
    /** Requests held at the producer at the end. */
    blocked: number;
    maxQueueDepth: number;
    maxLatencySeconds: number;
  };
}

const MAX_STEPS = 1_000_000;

function checkSegments(segments: readonly RateSegment[]): void {
  if (!Array.isArray(segments) || segments.length === 0) {
    throw new RangeError('arrivalRatePerSecond must be a non-empty array of segments');
  }
  segments.forEach((s, i) => {
    requireNonNegative(`arrivalRatePerSecond[${i}].fromSeconds`, s.fromSeconds);
    requireNonNegative(`arrivalRatePerSecond[${i}].rate`, s.rate);
    if (i === 0 && s.fromSeconds !== 0) {
      throw new RangeError(`arrivalRatePerSecond[0].fromSeconds must be 0, got ${s.fromSeconds}`);
    }
    if (i > 0 && s.fromSeconds <= segments[i - 1].fromSeconds) {
      throw new RangeError(
        `arrivalRatePerSecond[${i}].fromSeconds must be after the previous segment's, got ${s.fromSeconds}`,
      );
    }
  });
}

/**
 * Deterministic fluid model of a bounded queue between a producer and a consumer under a
 * time-varying load. Requests are treated as a continuous fluid: arrivals come in at the
 * piecewise-constant rate λ(t), the consumer drains the queue at μ whenever it is non-empty,
 * and a full queue (depth K) applies the policy. Each step of length h integrates the arrivals
 * exactly and updates
 *
 *   served = min(q + offered, μh),   q' = min(K, q + offered - served),
 *
 * sending the excess to the drop counter (drop-newest, shed-oldest) or back to the producer
 * (block); with constant rates inside a step this is the exact piecewise-linear fluid solution
 * (queue slope λ - μ while 0 < q < K). So during overload an unbounded queue grows at λ - μ
 * per second and drains at μ - λ afterwards.
 *
 * Latency comes from the cumulative curves (Newell's construction): with A(t) the requests
 * that entered the line by t (entered the queue, or under `block` arrived at the producer)
 * and D(t) those that left it at the head (served, plus shed under shed-oldest), a FIFO
 * request entering at t starts service at the first τ with D(τ) = A(t), so its delay is τ - t,
 * interpolated linearly between grid points. Requests still waiting at the end are assumed
 * served at μ with no further arrivals. Under drop-newest the delay is at most K/μ; under
 * shed-oldest a served request waits about K/λ during overload, less than K/μ, because the
 * queue also empties from the front.
 *
 * Fluid models ignore randomness: a stochastic queue at utilization below 1 still queues
 * (M/M/1 waits ρ/(μ - λ)), which this model shows as zero. Use it for overload and bursts.
 *
 * Newell, G. F. Applications of Queueing Theory, 2nd ed., Chapman & Hall, 1982 (fluid
 * approximation, cumulative curves); Beyer et al. (eds.) Site Reliability Engineering,
 * O'Reilly, 2016, ch. 21-22 (bounded queues, load shedding); Reactive Streams specification
 * 1.0 (2015) for demand-based backpressure.
 */
export function simulateBackpressure(input: BackpressureInput): BackpressureResult {
  const {
    arrivalRatePerSecond: segments,
    serviceRate,
    policy,
    durationSeconds,
    stepSeconds,
  } = input;
  checkSegments(segments);
  requirePositive('serviceRate', serviceRate);
  if (
    policy !== 'block' &&
    policy !== 'drop-newest' &&
    policy !== 'shed-oldest' &&
    policy !== 'unbounded'
  ) {
    throw new RangeError(
      `policy must be 'block', 'drop-newest', 'shed-oldest' or 'unbounded', got ${String(policy)}`,
    );
  }
  let capacity = Infinity;
  if (policy !== 'unbounded') {
    if (input.queueCapacity === undefined) {
      throw new RangeError(`queueCapacity is required for the ${policy} policy`);
    }
    capacity = requireNonNegative('queueCapacity', input.queueCapacity);
  }
  requirePositive('durationSeconds', durationSeconds);
  requirePositive('stepSeconds', stepSeconds);
  const steps = Math.ceil(durationSeconds / stepSeconds - 1e-9);
  if (steps > MAX_STEPS) {
    throw new RangeError(
      `stepSeconds must give at most ${MAX_STEPS} steps over durationSeconds, got ${steps}`,
    );
  }

  // Cumulative arrivals at each segment start, so arrivals over any interval are exact.
  const segmentStartCount: number[] = [0];
  for (let i = 1; i < segments.length; i++) {
    const prev = segments[i - 1];
    segmentStartCount.push(
      segmentStartCount[i - 1] + prev.rate * (segments[i].fromSeconds - prev.fromSeconds),
    );
  }
  const segmentAt = (time: number): number => {
    let k = 0;
    while (k + 1 < segments.length && segments[k + 1].fromSeconds <= time) k++;
    return k;
  };
  const cumulativeArrivals = (time: number): number => {
    const k = segmentAt(time);
    return segmentStartCount[k] + segments[k].rate * (time - segments[k].fromSeconds);
  };

  const n = steps + 1;
  const t = new Array<number>(n);
  const arrivalRate = new Array<number>(n);
  const queueDepth = new Array<number>(n);
  const blockedDepth = new Array<number>(n);
  const arrived = new Array<number>(n);
  const admitted = new Array<number>(n);
  const served = new Array<number>(n);
  const dropped = new Array<number>(n);
  const outflow = new Array<number>(n); // D(t): left the queue at the head
  const entered = new Array<number>(n); // A(t): entered the line (queue, or producer for block)

  let q = 0;
  let blocked = 0;
  t[0] = 0;
  arrivalRate[0] = segments[0].rate;
  queueDepth[0] = 0;
  blockedDepth[0] = 0;
  arrived[0] = admitted[0] = served[0] = dropped[0] = outflow[0] = entered[0] = 0;
  for (let i = 1; i < n; i++) {
    const time = i === steps ? durationSeconds : i * stepSeconds;
    const h = time - t[i - 1];
    const a = cumulativeArrivals(time) - cumulativeArrivals(t[i - 1]);
    const offered = a + blocked;
    const total = q + offered;
    const s = Math.min(total, serviceRate * h);
    const rest = total - s;
    const excess = rest > capacity ? rest - capacity : 0;
    q = rest - excess;
    let admittedNow = offered - excess;
    let droppedNow = 0;
    let shedNow = 0;
    if (policy === 'block') {
      blocked = excess;
    } else if (policy === 'drop-newest') {
      droppedNow = excess;
    } else if (policy === 'shed-oldest') {
      admittedNow = offered;
      droppedNow = excess;
      shedNow = excess;
    }
    t[i] = time;
    arrivalRate[i] = segments[segmentAt(time)].rate;
    queueDepth[i] = q;
    blockedDepth[i] = blocked;
    arrived[i] = arrived[i - 1] + a;
    admitted[i] = admitted[i - 1] + admittedNow;
    served[i] = served[i - 1] + s;
    dropped[i] = dropped[i - 1] + droppedNow;
    outflow[i] = outflow[i - 1] + s + shedNow;
    entered[i] = policy === 'block' ? arrived[i] : admitted[i];
  }

  // Delay of the request entering at t[i]: the first τ with D(τ) >= A(t[i]).
  const latencySeconds = new Array<number>(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = entered[i];
    const eps = 1e-9 * Math.max(1, target);
    if (j < i) j = i;
    while (j < n && outflow[j] < target - eps) j++;
    let tau: number;
    if (j === n) {
      tau = t[n - 1] + (target - outflow[n - 1]) / serviceRate;
    } else if (j === i) {
      tau = t[i];
    } else {
      const rise = outflow[j] - outflow[j - 1];
      const frac = rise > 0 ? (target - outflow[j - 1]) / rise : 1;
      tau = t[j - 1] + Math.min(1, Math.max(0, frac)) * (t[j] - t[j - 1]);
    }
    latencySeconds[i] = Math.max(0, tau - t[i]);
  }

  const last = n - 1;
  let maxQueueDepth = 0;
  let maxLatencySeconds = 0;
  for (let i = 0; i < n; i++) {
    maxQueueDepth = Math.max(maxQueueDepth, queueDepth[i]);
    maxLatencySeconds = Math.max(maxLatencySeconds, latencySeconds[i]);
  }
  return {
    t,
    arrivalRate,
    queueDepth,
    blockedDepth,
    latencySeconds,
    arrived,
    admitted,
    served,
    dropped,
    totals: {
      arrived: arrived[last],
      admitted: admitted[last],
      served: served[last],
      dropped: dropped[last],
      queued: queueDepth[last],
      blocked: blockedDepth[last],
      maxQueueDepth,
      maxLatencySeconds,
    },
  };
}
