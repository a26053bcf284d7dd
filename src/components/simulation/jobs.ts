import { coordinatedOmissionJob } from '../CoordinatedOmission/compute';
import { cacheSimulationJob } from '../CacheHitRatio/compute';
import { consistentHashJob } from '../ConsistentHashRing/compute';
import { fanoutJob } from '../FanoutTail/compute';
import { latencySampleJob } from '../LatencyDistribution/compute';
import { loadBalancerJob } from '../LoadBalancerSimulator/compute';

/**
 * Every simulation a widget may hand to the worker, by name. Pure functions of plain,
 * structured-cloneable input to structured-cloneable output, so the worker and the main thread
 * (server render, hydration, fallback) compute the same result from the same input.
 */
export const JOBS = {
  cache: cacheSimulationJob,
  co: coordinatedOmissionJob,
  fanout: fanoutJob,
  latency: latencySampleJob,
  lb: loadBalancerJob,
  ring: consistentHashJob,
} as const;

export type JobName = keyof typeof JOBS;
