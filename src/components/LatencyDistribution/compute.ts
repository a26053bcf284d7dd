import { bin } from 'd3-array';
import { scaleLog } from 'd3-scale';
import {
  hostQuantiles,
  sampleLatencyMixture,
  sortedLatencies,
} from '@site/src/lib/models/latency-mixture';
import { mean, quantileSorted } from '@site/src/lib/models/statistics';

export const SHAPES = ['lognormal', 'mixture'] as const;
export const PLACEMENTS = ['spread', 'one'] as const;

export type Shape = (typeof SHAPES)[number];
export type Placement = (typeof PLACEMENTS)[number];

const SEED = 2024;
/** Share of the requests each of the 10 hosts serves: unequal, as behind a real balancer. */
export const HOST_SHARES = [0.3, 0.2, 0.12, 0.09, 0.07, 0.06, 0.05, 0.04, 0.04, 0.03] as const;
const BINS = 48;

export type StatKey = 'mean' | 'p50' | 'p99' | 'p999';

/** The widget's controls (median in ms); choices are checked by the widget. */
export interface SampleInput {
  readonly shape: string;
  readonly ms: number;
  readonly sigma: number;
  readonly slow: number;
  readonly slowx: number;
  readonly hosts: string;
  readonly n: number;
}

export interface Sample {
  /** Smallest and largest latency, seconds. */
  readonly min: number;
  readonly max: number;
  readonly stats: Record<StatKey, number>;
  readonly bins: { x0: number; x1: number; value: number }[];
  /** p99 of each host's own requests, busiest host first, and how many requests it served. */
  readonly hosts: { readonly p99: number; readonly count: number }[];
  readonly meanOfHostP99: number;
}

export function asShape(value: string): Shape {
  return SHAPES.find((s) => s === value) ?? 'mixture';
}

export function asPlacement(value: string): Placement {
  return PLACEMENTS.find((p) => p === value) ?? 'one';
}

/**
 * The seeded sample (the server and the first client render agree) from `sampleLatencyMixture`,
 * binned on a log axis for the histogram, with its statistics and each host's p99. Up to 50,000
 * draws, sorted: run in the simulation worker (see useSimulation).
 */
export function latencySampleJob(input: SampleInput): Sample {
  const sample = sampleLatencyMixture({
    medianSeconds: input.ms / 1000,
    sigma: input.sigma,
    slowFraction: asShape(input.shape) === 'mixture' ? input.slow : 0,
    slowFactor: input.slowx,
    hostShares: HOST_SHARES,
    slowOnFirstHost: asPlacement(input.hosts) === 'one',
    count: input.n,
    seed: SEED,
  });
  const sorted = sortedLatencies(sample);
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  const position = scaleLog().domain([lo, hi]).range([0, BINS]);
  const thresholds = Array.from({ length: BINS - 1 }, (_, i) => position.invert(i + 1));
  const bins = bin()
    .domain([lo, hi])
    .thresholds(thresholds)(sorted)
    .map((b) => ({ x0: b.x0 ?? lo, x1: b.x1 ?? hi, value: b.length }));
  const perHost = hostQuantiles(sample, 0.99);
  return {
    min: lo,
    max: hi,
    stats: {
      mean: mean(sorted),
      p50: quantileSorted(sorted, 0.5),
      p99: quantileSorted(sorted, 0.99),
      p999: quantileSorted(sorted, 0.999),
    },
    bins,
    hosts: perHost.hosts.map((h) => ({ p99: h.quantile, count: h.count })),
    meanOfHostP99: perHost.meanOfHostQuantiles,
  };
}
