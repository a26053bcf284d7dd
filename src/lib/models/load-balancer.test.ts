import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateLoadBalancer } from './load-balancer';
import { mm1 } from './queueing';

function within(actual: number, expected: number, relTol: number, label: string): void {
  const err = Math.abs(actual / expected - 1);
  assert.ok(err <= relTol, `${label}: expected ${expected} ± ${relTol * 100} %, got ${actual}`);
}

const TEN = new Array<number>(10).fill(1);

// Spreads quoted below were measured over 20 seeds; each test uses one fixed seed.

test('power-of-two beats random on p99 at utilization 0.9 with identical servers', () => {
  // Random: each server is M/M/1 at rho 0.9, p99 = ln(100) / 0.1 = 46 s (20-seed range 32-87);
  // power-of-two: 9-16 s over the same seeds.
  const base = { serverRates: TEN, arrivalRate: 9, requests: 20_000, seed: 1 };
  const random = simulateLoadBalancer({ ...base, policy: 'random' });
  const two = simulateLoadBalancer({ ...base, policy: 'power-of-two' });
  assert.ok(two.p99 < random.p99 / 2, `power-of-two p99 ${two.p99} vs random ${random.p99}`);
  assert.ok(two.meanResponseTime < random.meanResponseTime / 2);
  for (const share of two.shares) within(share, 0.1, 0.1, 'power-of-two share');
});

test('random dispatch splits Poisson traffic: each server is M/M/1 at lambda / k', () => {
  // rho 0.7: R = 1 / (1 - 0.7) = 3.33 s; 50k requests, sd over seeds 2.3 %.
  const r = simulateLoadBalancer({
    policy: 'random',
    serverRates: TEN,
    arrivalRate: 7,
    requests: 50_000,
    seed: 2,
  });
  within(r.meanResponseTime, mm1(0.7, 1).meanResponseTime, 0.08, 'mean');
  within(r.p99, mm1(0.7, 1).responseTimeQuantile(0.99), 0.15, 'p99');
  // Binomial sd of each share is 0.0013; tolerance 0.01 absolute.
  for (const share of r.shares) assert.ok(Math.abs(share - 0.1) < 0.01, `share ${share}`);
  assert.ok(Math.abs(r.shares.reduce((a, b) => a + b, 0) - 1) < 1e-12);
});

test('round-robin: every k-th Poisson arrival is Erlang-k, so each server is E_k/M/1', () => {
  // E_k/M/1 (a G/M/1 queue; Kleinrock 1975, chapter 6): R = 1 / (mu (1 - s)), where s solves
  // s = A*(mu (1 - s)) and A*(x) = (lambda / (lambda + x))^k is the Erlang-k interarrival
  // transform. Solved here by fixed-point iteration; k = 10, lambda = 7, mu = 1 gives R = 2.020.
  let s = 0.5;
  for (let i = 0; i < 2000; i++) s = (7 / (7 + (1 - s))) ** 10;
  const r = simulateLoadBalancer({
    policy: 'round-robin',
    serverRates: TEN,
    arrivalRate: 7,
    requests: 50_000,
    seed: 3,
  });
  within(r.meanResponseTime, 1 / (1 - s), 0.06, 'E_10/M/1 mean (sd over seeds 2 %)');
  // 50,000 measured requests over 10 servers: exactly 5,000 each.
  assert.deepEqual(r.shares, new Array<number>(10).fill(0.1));
});

test('round-robin shares are exactly equal whatever the speeds', () => {
  const r = simulateLoadBalancer({
    policy: 'round-robin',
    serverRates: [1, 2, 4, 8],
    arrivalRate: 3,
    requests: 20_000,
    seed: 4,
  });
  assert.deepEqual(r.shares, [0.25, 0.25, 0.25, 0.25]);
});

test('least-connections beats round-robin on p99 with heterogeneous servers', () => {
  // Rates 1, 1, 4, 4 at 32 % total load. Round-robin still sends a quarter to each slow server
  // (rho 0.8 there): p99 10-15 s over 20 seeds. Least-connections shifts work to the fast
  // servers: p99 3.6-3.9 s.
  const base = { serverRates: [1, 1, 4, 4], arrivalRate: 3.2, requests: 20_000, seed: 5 };
  const rr = simulateLoadBalancer({ ...base, policy: 'round-robin' });
  const lc = simulateLoadBalancer({ ...base, policy: 'least-connections' });
  assert.ok(lc.p99 < rr.p99 / 2, `least-connections p99 ${lc.p99} vs round-robin ${rr.p99}`);
  // Idle servers tie at 0 and are picked at random, so slow ones still get work, but the fast
  // ones drain sooner and take more (about 1/3 each vs 1/6 over seeds).
  assert.ok(lc.shares[2] > 1.5 * lc.shares[0] && lc.shares[3] > 1.5 * lc.shares[1], `${lc.shares}`);
  assert.equal(rr.stable, true);
});

test("power-of-two approaches Mitzenmacher's large-k limit", () => {
  // As k -> infinity the fraction of servers with at least i requests is rho^(2^i - 1), so
  // R = (1 / rho) sum_i rho^(2^i - 1) = 2.614 s at rho 0.9, mu = 1. With k = 100, 100k requests:
  // 2.65 s on average over 20 seeds (sd 2 %), the excess being finite-k effects.
  let sum = 0;
  for (let i = 1; i < 30; i++) sum += 0.9 ** (2 ** i - 1);
  const r = simulateLoadBalancer({
    policy: 'power-of-two',
    serverRates: new Array<number>(100).fill(1),
    arrivalRate: 90,
    requests: 100_000,
    seed: 6,
  });
  within(r.meanResponseTime, sum / 0.9, 0.07, 'mean response');
});

test('an overloaded cluster is flagged unstable but still simulated', () => {
  const r = simulateLoadBalancer({
    policy: 'least-connections',
    serverRates: [1, 2],
    arrivalRate: 3.6,
    requests: 2000,
    seed: 7,
  });
  assert.equal(r.stable, false);
  within(r.utilization, 1.2, 1e-12, 'utilization');
  assert.equal(r.responseTimes.length, 2000);
  assert.equal(
    simulateLoadBalancer({
      policy: 'random',
      serverRates: [1, 2],
      arrivalRate: 3,
      requests: 10,
      seed: 1,
    }).stable,
    false,
  );
});

test('the same seed gives the same samples', () => {
  for (const policy of ['random', 'round-robin', 'least-connections', 'power-of-two'] as const) {
    const input = { policy, serverRates: [1, 2, 3], arrivalRate: 4, requests: 1000, seed: 8 };
    assert.deepEqual(
      simulateLoadBalancer(input).responseTimes,
      simulateLoadBalancer(input).responseTimes,
    );
    assert.notDeepEqual(
      simulateLoadBalancer(input).responseTimes,
      simulateLoadBalancer({ ...input, seed: 9 }).responseTimes,
    );
  }
});

test('bad input throws a RangeError naming the parameter', () => {
  const ok = {
    policy: 'random',
    serverRates: [1, 1],
    arrivalRate: 1,
    requests: 10,
    seed: 1,
  } as const;
  const bad =
    (patch: object): (() => unknown) =>
    () =>
      simulateLoadBalancer({ ...ok, ...patch } as Parameters<typeof simulateLoadBalancer>[0]);
  assert.throws(
    bad({ policy: 'fastest' }),
    (e) => e instanceof RangeError && /policy/.test(e.message),
  );
  assert.throws(bad({ serverRates: [] }), /serverRates/);
  assert.throws(bad({ serverRates: [1, 0] }), /serverRates\[1\]/);
  assert.throws(bad({ arrivalRate: 0 }), /arrivalRate/);
  assert.throws(bad({ requests: 0 }), /requests/);
  assert.throws(bad({ warmup: 1.5 }), /warmup/);
  assert.throws(bad({ seed: Infinity }), /seed/);
});
