import {
  simulateStallMeasurement,
  type GeneratorMeasurement,
} from '@site/src/lib/models/coordinated-omission';
import { quantileSorted } from '@site/src/lib/models/statistics';

/** Fixed for the widget: a 1 ms request measured for one minute. */
export const SERVICE_SECONDS = 0.001;
export const DURATION_SECONDS = 60;

/** The x axis counts nines: x = −log10(1 − q), so 1 is p90, 2 is p99, 3 is p99.9, 4 is p99.99. */
export const MAX_NINES = 4;
const NINES = Array.from({ length: 81 }, (_, i) => (i * MAX_NINES) / 80);

export const levelOf = (nines: number): number => 1 - 10 ** -nines;

/** The widget's controls, in their own units (stall in ms, period in s, rate per s). */
export interface StallInput {
  readonly stall: number;
  readonly every: number;
  readonly rate: number;
  readonly conn: number;
}

/** What the widget shows of one generator: a few numbers instead of ~90,000 latencies. */
export interface GeneratorSummary {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
  readonly throughput: number;
  /** The percentile curve, x in nines (see {@link MAX_NINES}), y in seconds. */
  readonly curve: { x: number; y: number }[];
  /** Samples above the generator's no-stall latency: the ones that recorded a stall. */
  readonly above: number;
}

export interface StallSummary {
  readonly open: GeneratorSummary;
  readonly closed: GeneratorSummary;
  readonly stalls: number;
}

function summarize(result: GeneratorMeasurement, threshold: number): GeneratorSummary {
  const sorted = result.sortedLatencies;
  let above = 0;
  for (let i = sorted.length - 1; i >= 0 && sorted[i] > threshold; i--) above++;
  return {
    count: result.count,
    min: sorted[0],
    p50: result.p50,
    p99: result.p99,
    p999: result.p999,
    max: result.max,
    throughput: result.throughput,
    curve: NINES.map((x) => ({ x, y: quantileSorted(sorted, levelOf(x)) })),
    above,
  };
}

/**
 * `simulateStallMeasurement` at the widget's settings, reduced to what the widget draws and says
 * (two runs of about 90,000 requests: run in the simulation worker, see useSimulation).
 */
export function coordinatedOmissionJob(input: StallInput): StallSummary {
  const result = simulateStallMeasurement({
    serviceSeconds: SERVICE_SECONDS,
    // The ranges (stall at most 5 s, period at least 6 s) keep the stall shorter than its period.
    stallSeconds: input.stall / 1000,
    stallEverySeconds: input.every,
    rate: input.rate,
    durationSeconds: DURATION_SECONDS,
    connections: input.conn,
  });
  // Open samples at the service time saw no stall; closed ones at conn × S are the steady state.
  return {
    open: summarize(result.open, SERVICE_SECONDS * (1 + 1e-6)),
    closed: summarize(result.closed, input.conn * SERVICE_SECONDS * (1 + 1e-6)),
    stalls: result.stalls,
  };
}
