import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateQueue } from './queue-simulation';
import { mm1, mmc } from './queueing';
import { mean, quantileSorted } from './statistics';

function within(actual: number, expected: number, relTol: number, label: string): void {
  const err = Math.abs(actual / expected - 1);
  assert.ok(err <= relTol, `${label}: expected ${expected} ± ${relTol * 100} %, got ${actual}`);
}

// Tolerances come from running each check over 30 seeds: the relative standard deviation of
// the estimate is quoted beside each, and each tolerance is at least 2.3 of them. The seeds
// themselves are fixed, so the tests are deterministic.

test('M/M/1 at utilization 0.8: mean response converges to 1/(mu - lambda) = 5 S', () => {
  // 200k requests: relative sd over seeds ≈ 2.1 %.
  const r = simulateQueue({
    arrivalRate: 0.8,
    servers: 1,
    service: { kind: 'exponential', rate: 1 },
    requests: 200_000,
    seed: 1,
  });
  within(r.meanResponseTime, mm1(0.8, 1).meanResponseTime, 0.05, 'mean response');
  within(r.utilization, 0.8, 1e-12, 'offered utilization');
  // Time-average number in system vs the closed form rho / (1 - rho) = 4 (sd ≈ 2.2 %).
  within(r.timeAverageNumberInSystem, 4, 0.06, 'L');
  within(r.throughput, 0.8, 0.02, 'throughput');
  assert.equal(r.responseTimes.length, 200_000);
});

test('M/M/2 matches the exact mmc mean, Erlang C and response-time quantiles', () => {
  // rho = 0.7, 200k requests. Relative sd over seeds: mean 1.2 %, mean wait 2.2 %, P(wait)
  // 0.7 %, p50 1.0 %, p90 1.3 %, p99 2.4 %.
  const exact = mmc(1.4, 1, 2);
  const r = simulateQueue({
    arrivalRate: 1.4,
    servers: 2,
    service: { kind: 'exponential', rate: 1 },
    requests: 200_000,
    seed: 2,
  });
  within(r.meanResponseTime, exact.meanResponseTime, 0.04, 'mean response');
  within(mean(r.waitingTimes), exact.meanWaitingTime, 0.06, 'mean wait');
  const waited = r.waitingTimes.filter((w) => w > 0).length / r.waitingTimes.length;
  within(waited, exact.probabilityOfWaiting, 0.03, 'P(wait) = Erlang C');
  const sorted = Array.from(Float64Array.from(r.responseTimes).sort());
  for (const q of [0.5, 0.9, 0.99]) {
    within(quantileSorted(sorted, q), exact.responseTimeQuantile(q), 0.08, `p${q * 100}`);
  }
});

test('M/D/1 matches Pollaczek-Khinchine: Wq = rho S / (2 (1 - rho))', () => {
  // rho = 0.8, S = 10 ms: Wq = 20 ms, half of M/M/1's 40 ms (sd over seeds ≈ 1.7 %).
  const r = simulateQueue({
    arrivalRate: 80,
    servers: 1,
    service: { kind: 'deterministic', seconds: 0.01 },
    requests: 200_000,
    seed: 3,
  });
  within(mean(r.waitingTimes), (0.8 * 0.01) / (2 * 0.2), 0.06, 'M/D/1 wait');
  within(r.meanResponseTime, 0.02 + 0.01, 0.05, 'M/D/1 response');
});

test('M/G/1 with lognormal service matches Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho))', () => {
  // E[S] = e^(mu + sigma^2/2) = 1, E[S^2] = e^(2 mu + 2 sigma^2) = e^0.25; rho = 0.7 (sd ≈ 1.8 %).
  const mu = -0.125;
  const sigma = 0.5;
  const r = simulateQueue({
    arrivalRate: 0.7,
    servers: 1,
    service: { kind: 'lognormal', mu, sigma },
    requests: 200_000,
    seed: 4,
  });
  within(r.utilization, 0.7, 1e-12, 'utilization');
  within(mean(r.waitingTimes), (0.7 * Math.exp(0.25)) / (2 * 0.3), 0.06, 'M/G/1 wait');
});

test("Little's law holds on the simulation's own timeline: L = throughput × mean response", () => {
  // L is integrated from arrivals and departures over the window, not from the mean response;
  // edge effects of the window are the only difference (≈ 0.05 % at 20k requests).
  for (const [service, servers, rate] of [
    [{ kind: 'exponential', rate: 1 }, 1, 0.9],
    [{ kind: 'pareto', xm: 1, alpha: 2.5 }, 4, 2],
    [{ kind: 'deterministic', seconds: 1 }, 3, 2.5],
  ] as const) {
    const r = simulateQueue({ arrivalRate: rate, servers, service, requests: 20_000, seed: 5 });
    within(r.timeAverageNumberInSystem, r.throughput * r.meanResponseTime, 0.02, service.kind);
    within(r.duration, r.arrivalTimes[r.arrivalTimes.length - 1] - r.arrivalTimes[0], 1e-12, 'T');
  }
});

test('deterministic arrivals with deterministic service below capacity never wait (D/D/1)', () => {
  const r = simulateQueue({
    arrivalRate: 10,
    servers: 1,
    service: { kind: 'deterministic', seconds: 0.09 },
    arrivals: 'deterministic',
    requests: 1000,
    seed: 6,
  });
  assert.ok(r.waitingTimes.every((w) => w === 0));
  assert.ok(r.responseTimes.every((x) => Math.abs(x - 0.09) < 1e-12));
  within(r.timeAverageNumberInSystem, 0.9, 1e-3, 'L = rho');
});

test('Pareto service: no response is shorter than xm, and utilization uses alpha xm / (alpha - 1)', () => {
  const r = simulateQueue({
    arrivalRate: 0.3,
    servers: 1,
    service: { kind: 'pareto', xm: 1, alpha: 3 },
    requests: 5000,
    seed: 7,
  });
  assert.ok(r.responseTimes.every((x) => x >= 1));
  within(r.utilization, 0.45, 1e-12, 'utilization');
  const heavy = simulateQueue({
    arrivalRate: 0.3,
    servers: 1,
    service: { kind: 'pareto', xm: 1, alpha: 1 },
    requests: 10,
    seed: 7,
  });
  assert.equal(heavy.utilization, Infinity);
});

test('the same seed gives the same samples; another seed other samples', () => {
  const input = {
    arrivalRate: 3,
    servers: 2,
    service: { kind: 'exponential', rate: 2 },
    requests: 2000,
    seed: 8,
  } as const;
  const a = simulateQueue(input);
  const b = simulateQueue(input);
  const c = simulateQueue({ ...input, seed: 9 });
  assert.deepEqual(a.responseTimes, b.responseTimes);
  assert.deepEqual(a.waitingTimes, b.waitingTimes);
  assert.notDeepEqual(a.responseTimes, c.responseTimes);
});

test('warm-up requests are simulated but not reported', () => {
  const base = {
    arrivalRate: 1,
    servers: 1,
    service: { kind: 'exponential', rate: 2 },
    seed: 10,
  } as const;
  const cold = simulateQueue({ ...base, requests: 100, warmup: 0 });
  const warm = simulateQueue({ ...base, requests: 90, warmup: 10 });
  assert.equal(warm.responseTimes.length, 90);
  assert.deepEqual(warm.responseTimes, cold.responseTimes.slice(10));
  assert.equal(simulateQueue({ ...base, requests: 100 }).responseTimes.length, 100);
});

test('bad input throws a RangeError naming the parameter', () => {
  const ok = {
    arrivalRate: 1,
    servers: 1,
    service: { kind: 'exponential', rate: 2 },
    requests: 100,
    seed: 1,
  } as const;
  const bad =
    (patch: object): (() => unknown) =>
    () =>
      simulateQueue({ ...ok, ...patch } as Parameters<typeof simulateQueue>[0]);
  assert.throws(
    bad({ arrivalRate: 0 }),
    (e) => e instanceof RangeError && /arrivalRate/.test(e.message),
  );
  assert.throws(bad({ servers: 0 }), /servers/);
  assert.throws(bad({ servers: 1.5 }), /servers/);
  assert.throws(bad({ requests: 1 }), /requests/);
  assert.throws(bad({ warmup: -1 }), /warmup/);
  assert.throws(bad({ seed: Number.NaN }), /seed/);
  assert.throws(bad({ arrivals: 'bursty' }), /arrivals/);
  assert.throws(bad({ service: { kind: 'exponential', rate: 0 } }), /service\.rate/);
  assert.throws(bad({ service: { kind: 'deterministic', seconds: -1 } }), /service\.seconds/);
  assert.throws(bad({ service: { kind: 'lognormal', mu: 0, sigma: -1 } }), /service\.sigma/);
  assert.throws(bad({ service: { kind: 'lognormal', mu: Number.NaN, sigma: 1 } }), /service\.mu/);
  assert.throws(bad({ service: { kind: 'pareto', xm: 0, alpha: 2 } }), /service\.xm/);
  assert.throws(bad({ service: { kind: 'pareto', xm: 1, alpha: 0 } }), /service\.alpha/);
  assert.throws(bad({ service: { kind: 'weibull' } }), /service\.kind/);
  assert.throws(bad({ service: undefined }), /service must/);
});
