import { simulateFanout, type FanoutSimulationResult } from '@site/src/lib/models/fanout';

/** A fast leaf call: lognormal with this median (seconds) and the model's default spread. */
export const FAST_MEDIAN_SECONDS = 0.01;
/** Leaf draws per simulation: requests = budget / fanout, so a run stays near 40,000 draws. */
const DRAW_BUDGET = 40_000;
const MIN_REQUESTS = 200;
const MAX_REQUESTS = 2000;
const SEED = 20130201;

/** The widget's controls: fan-out, slow probability, hedge delay (ms), slow latency (ms). */
export interface FanoutInput {
  readonly n: number;
  readonly p: number;
  readonly hedge: number;
  readonly slow: number;
}

/** One run without its per-request latencies. */
export type FanoutSummary = Omit<FanoutSimulationResult, 'latencies'>;

export interface FanoutRuns {
  readonly requests: number;
  readonly plain: FanoutSummary;
  readonly hedged: FanoutSummary;
}

function summary(result: FanoutSimulationResult): FanoutSummary {
  const { meanLatency, p50, p99, extraRequestFraction } = result;
  return { meanLatency, p50, p99, extraRequestFraction };
}

/**
 * `simulateFanout` without and with hedging at the widget's settings (up to 400,000 leaf draws
 * at a fan-out of 1,000: run in the simulation worker, see useSimulation).
 */
export function fanoutJob(input: FanoutInput): FanoutRuns {
  const requests = Math.min(
    MAX_REQUESTS,
    Math.max(MIN_REQUESTS, Math.round(DRAW_BUDGET / input.n)),
  );
  const run = {
    fanout: input.n,
    leafLatency: {
      fastMedianSeconds: FAST_MEDIAN_SECONDS,
      slowProbability: input.p,
      slowSeconds: input.slow / 1000,
    },
    requests,
    seed: SEED,
  };
  return {
    requests,
    plain: summary(simulateFanout(run)),
    hedged: summary(simulateFanout({ ...run, hedgeAfterSeconds: input.hedge / 1000 })),
  };
}
