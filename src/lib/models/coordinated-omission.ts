import { quantileSorted } from './statistics';
import { requireFinite, requireInteger, requireNonNegative, requirePositive } from './validate';

/** Inputs of {@link simulateStallMeasurement}; all times in seconds. */
export interface StallMeasurementInput {
  /** Deterministic service time of one request, > 0 (e.g. 0.001). */
  serviceSeconds: number;
  /** Length of each freeze (a stop-the-world GC pause, say), >= 0 and < stallEverySeconds. */
  stallSeconds: number;
  /** Period of the freezes: the server freezes during [k E, k E + stall) for k = 1, 2, ... */
  stallEverySeconds: number;
  /** Requests per second the open, constant-rate generator schedules, > 0. */
  rate: number;
  /** Length of the test: both generators send only while t < durationSeconds, > 0. */
  durationSeconds: number;
  /** Connections of the closed generator, an integer >= 1. */
  connections: number;
  /**
   * Accepted for the shape shared by the simulations; unused, because arrivals, service and
   * stalls are all deterministic, so every seed gives the same result.
   */
  seed?: number;
}

/** What one load generator records. */
export interface GeneratorMeasurement {
  /** Recorded latency of each request, seconds, in send order (a typed array: no copy). */
  latencies: Float64Array;
  /**
   * Time each latency is counted from, seconds: the intended send time for the open
   * generator, the actual send time for the closed one.
   */
  sendTimes: Float64Array;
  /** The same latencies sorted ascending, for percentile curves with `quantileSorted`. */
  sortedLatencies: Float64Array;
  /** Number of recorded samples. */
  count: number;
  p50: number;
  p99: number;
  /** p99.9. */
  p999: number;
  max: number;
  /** Responses completed by `durationSeconds`, per second of the test. */
  throughput: number;
}

/** Output of {@link simulateStallMeasurement}. */
export interface StallMeasurementResult {
  /** Constant-rate generator, latency from the intended send time (wrk2, k6 constant-arrival-rate). */
  open: GeneratorMeasurement;
  /** Closed generator, latency from the actual send time: the coordinated-omission measurement. */
  closed: GeneratorMeasurement;
  /** Stalls in the test: those starting at k E < durationSeconds, k >= 1 (none if stall is 0). */
  stalls: number;
  /** Offered utilization of the open generator, rate × serviceSeconds (>= 1 is unstable). */
  utilization: number;
}

/** Upper bound on requests per generator, so a single call stays within memory and a frame. */
export const MAX_STALL_REQUESTS = 2_000_000;

/**
 * Coordinated omission (Gil Tene's term): one server, FCFS, deterministic service time S, that
 * freezes for `stallSeconds` (P) at t = E, 2E, 3E, ... A request in service when a freeze starts
 * is paused and resumes after it. Two load generators measure identical copies of this server
 * over the same timeline (each alone, so they do not load each other):
 *
 * - Open, constant rate: request i is intended for t_i = i / rate and latency is counted from
 *   t_i, as wrk2 and k6's constant-arrival-rate executor do. Requests are never held back, so
 *   a freeze delays everything intended during it and during its drain. With ρ = rate × S < 1
 *   the backlog of a stall drains in P ρ / (1 − ρ), so each stall delays about rate × P / (1 − ρ)
 *   requests, whose latencies fall evenly from P + S to S; the maximum is P + S.
 * - Closed, `connections` (c) connections and no think time: each connection sends its next
 *   request the moment its previous response arrives and counts from that actual send time. The
 *   server is always busy, so throughput is 1 / S outside stalls and, by Little's law, every
 *   response takes c S. During a freeze no connection can send, so at most c samples per stall
 *   record it; the generator has coordinated with the server and omitted the rest.
 *
 * Requests sent before `durationSeconds` are followed to completion, even past the end. Cost is
 * O(n log n) in the requests of each generator (dominated by sorting for the quantiles); at 1 ms
 * service, 60 s and 500 /s this is about 90,000 requests, a few milliseconds.
 *
 * Tene, G. "How NOT to Measure Latency." Talk, 2013-2016; wrk2 README (giltene/wrk2) and the
 * HdrHistogram documentation on recording with expected intervals.
 * Schroeder, B., Wierman, A. & Harchol-Balter, M. "Open Versus Closed: A Cautionary Tale."
 * Proceedings of NSDI 2006, 239-252.
 *
 * @throws RangeError naming the parameter for a non-finite, negative or zero input, a stall not
 *   shorter than its period, or more than {@link MAX_STALL_REQUESTS} requests per generator.
 */
export function simulateStallMeasurement(input: StallMeasurementInput): StallMeasurementResult {
  const serviceSeconds = requirePositive('serviceSeconds', input.serviceSeconds);
  const stallSeconds = requireNonNegative('stallSeconds', input.stallSeconds);
  const stallEvery = requirePositive('stallEverySeconds', input.stallEverySeconds);
  const rate = requirePositive('rate', input.rate);
  const duration = requirePositive('durationSeconds', input.durationSeconds);
  const connections = requireInteger('connections', input.connections);
  if (input.seed !== undefined) requireFinite('seed', input.seed);
  if (stallSeconds >= stallEvery) {
    throw new RangeError(
      `stallSeconds must be less than stallEverySeconds (${stallEvery}), got ${stallSeconds}`,
    );
  }
  if (connections > MAX_STALL_REQUESTS) {
    throw new RangeError(`connections must be at most ${MAX_STALL_REQUESTS}, got ${connections}`);
  }
  if (duration * rate > MAX_STALL_REQUESTS) {
    throw new RangeError(
      `rate × durationSeconds must be at most ${MAX_STALL_REQUESTS} requests, got ${duration * rate}`,
    );
  }
  if (duration / serviceSeconds > MAX_STALL_REQUESTS) {
    throw new RangeError(
      `durationSeconds / serviceSeconds must be at most ${MAX_STALL_REQUESTS}, got ${
        duration / serviceSeconds
      }`,
    );
  }

  // Stalls start at k E for k = 1, 2, ... while k E < durationSeconds; none after the test.
  const lastStall = stallSeconds > 0 ? Math.ceil(duration / stallEvery) - 1 : 0;
  /** Completion time of `work` seconds of service started at `t`, skipping frozen time. */
  const finish = (t: number, work: number): number => {
    let now = t;
    let left = work;
    for (;;) {
      const k = Math.floor(now / stallEvery);
      if (k >= 1 && k <= lastStall && now < k * stallEvery + stallSeconds) {
        now = k * stallEvery + stallSeconds;
      }
      const next = Math.floor(now / stallEvery) + 1;
      if (next > lastStall || now + left <= next * stallEvery) return now + left;
      left -= next * stallEvery - now;
      now = next * stallEvery + stallSeconds;
    }
  };

  // Open generator: Lindley's recursion with evenly spaced intended send times.
  const openCount = Math.ceil(duration * rate - 1e-9);
  const openLatencies = new Float64Array(openCount);
  const openSends = new Float64Array(openCount);
  let free = 0;
  let openDone = 0;
  for (let i = 0; i < openCount; i++) {
    const intended = i / rate;
    free = finish(Math.max(intended, free), serviceSeconds);
    openLatencies[i] = free - intended;
    openSends[i] = intended;
    if (free <= duration) openDone++;
  }

  // Closed generator: with FCFS and no think time the requests go round robin, so request j is
  // sent by connection j mod c when request j - c returns. The server completes at most one
  // request per S, so fewer than c + duration / S requests are sent before the end.
  const bound = connections + Math.ceil(duration / serviceSeconds) + 1;
  const closedLatencies = new Float64Array(bound);
  const closedSends = new Float64Array(bound);
  const done = new Float64Array(connections); // ring of the last c completion times
  let closedCount = 0;
  let closedDone = 0;
  free = 0;
  for (let j = 0; j < bound; j++) {
    const slot = j % connections;
    const sent = j < connections ? 0 : done[slot];
    if (sent >= duration) break;
    free = finish(Math.max(sent, free), serviceSeconds);
    done[slot] = free;
    closedLatencies[j] = free - sent;
    closedSends[j] = sent;
    closedCount++;
    if (free <= duration) closedDone++;
  }

  return {
    open: summarize(openLatencies, openSends, openDone / duration),
    closed: summarize(
      closedLatencies.subarray(0, closedCount),
      closedSends.subarray(0, closedCount),
      closedDone / duration,
    ),
    stalls: lastStall,
    utilization: rate * serviceSeconds,
  };
}

function summarize(
  latencies: Float64Array,
  sendTimes: Float64Array,
  throughput: number,
): GeneratorMeasurement {
  // A typed array sorts numerically without a comparator; every latency here is finite.
  const sorted = latencies.slice().sort();
  return {
    latencies,
    sendTimes,
    sortedLatencies: sorted,
    count: latencies.length,
    p50: quantileSorted(sorted, 0.5),
    p99: quantileSorted(sorted, 0.99),
    p999: quantileSorted(sorted, 0.999),
    max: sorted[sorted.length - 1],
    throughput,
  };
}
