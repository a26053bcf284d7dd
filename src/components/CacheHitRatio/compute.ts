import {
  lfuHitRatioIdealCurve,
  lruHitRatioCheCurve,
  simulateCache,
  zipfWeights,
  type CachePolicy,
} from '@site/src/lib/models/cache';

/** Distinct keys; the cache size is a fraction of them. */
export const KEYS = 1000;
/**
 * Cache sizes (in items) where the curves are drawn: three per decade, 1 to KEYS. The whole Che
 * curve is solved in one pass (`lruHitRatioCheCurve`, well under a millisecond at 1,000 keys).
 */
const GRID = Array.from({ length: 10 }, (_, i) => Math.round(10 ** (i / 3)));
export const REQUESTS = 10_000;
const WARMUP = 5_000;
const SEED = 11;

export interface CacheInput {
  readonly policy: CachePolicy;
  /** Cache size in items, 1 to KEYS. */
  readonly capacity: number;
  /** Zipf exponent. */
  readonly s: number;
}

export interface CacheCurves {
  /** Che's LRU curve and ideal LFU over cache size as a fraction of KEYS. */
  readonly lru: { x: number; y: number }[];
  readonly lfu: { x: number; y: number }[];
  /** Both at the chosen capacity. */
  readonly theoryLru: number;
  readonly theoryLfu: number;
  /** Simulated hit ratio of the chosen policy. */
  readonly hitRatio: number;
}

/**
 * The hit-ratio curves and a `simulateCache` run of the chosen policy at the widget's settings
 * (15,000 requests: run in the simulation worker, see useSimulation).
 */
export function cacheSimulationJob({ policy, capacity, s }: CacheInput): CacheCurves {
  const weights = zipfWeights(KEYS, s);
  const lruCurve = lruHitRatioCheCurve(weights, GRID);
  const lfuCurve = lfuHitRatioIdealCurve(weights, GRID);
  const simulated = simulateCache({
    policy,
    capacity,
    keys: KEYS,
    zipfS: s,
    requests: REQUESTS,
    warmup: WARMUP,
    seed: SEED,
  });
  return {
    lru: GRID.map((c, i) => ({ x: c / KEYS, y: lruCurve[i] })),
    lfu: GRID.map((c, i) => ({ x: c / KEYS, y: lfuCurve[i] })),
    theoryLru: lruHitRatioCheCurve(weights, [capacity])[0],
    theoryLfu: lfuHitRatioIdealCurve(weights, [capacity])[0],
    hitRatio: simulated.hitRatio,
  };
}
