import { simulateLoadBalancer, type LoadBalancerPolicy } from '@site/src/lib/models/load-balancer';

export const POLICIES = ['random', 'round-robin', 'least-connections', 'power-of-two'] as const;

/** Mean service time of a fast server; the slow half takes `slow` times as long. */
export const FAST_SERVICE_SECONDS = 0.01;
/** Measured requests per policy: four runs stay near 16k requests, a few milliseconds. */
export const REQUESTS = 4000;
const SEED = 7;

/** The widget's controls: total utilization, servers, slowdown of the slow half. */
export interface FleetInput {
  readonly rho: number;
  readonly k: number;
  readonly slow: number;
}

/** One policy's run, without its 4,000 response times (the widget shows only these). */
export interface PolicyRun {
  readonly policy: LoadBalancerPolicy;
  readonly p50: number;
  readonly p99: number;
  readonly shares: number[];
}

/** The slow half; with a slowdown of 1 every server is alike and none is drawn as slow. */
export function slowServers(input: FleetInput): number {
  return input.slow > 1 ? Math.floor(input.k / 2) : 0;
}

/**
 * `simulateLoadBalancer` for each of the four policies over the same fleet and arrivals (run in
 * the simulation worker, see useSimulation).
 */
export function loadBalancerJob(input: FleetInput): PolicyRun[] {
  const slowCount = slowServers(input);
  const serverRates = Array.from({ length: input.k }, (_, i) =>
    i < input.k - slowCount ? 1 / FAST_SERVICE_SECONDS : 1 / (FAST_SERVICE_SECONDS * input.slow),
  );
  const arrivalRate = input.rho * serverRates.reduce((a, b) => a + b, 0);
  return POLICIES.map((policy) => {
    const result = simulateLoadBalancer({
      policy,
      serverRates,
      arrivalRate,
      requests: REQUESTS,
      seed: SEED,
    });
    return { policy, p50: result.p50, p99: result.p99, shares: result.shares };
  });
}
