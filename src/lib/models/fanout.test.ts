import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedMaxExponential, fanoutSlowProbability, simulateFanout } from './fanout';
import { createRng } from './rng';

function close(actual: number, expected: number, absTol: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= absTol, `${label} expected ${expected}, got ${actual}`);
}

test('fanout of 100 with a 1 % slow leaf makes 63 % of requests slow (Dean & Barroso 2013)', () => {
  close(fanoutSlowProbability(0.01, 100), 0.634, 5e-4, 'p = 0.01, n = 100');
  close(fanoutSlowProbability(0.01, 100), 1 - 0.99 ** 100, 1e-14, 'closed form');
  // Same paper: 1-in-10,000 slow leaves at fanout 2,000 make almost one request in five slow.
  close(fanoutSlowProbability(1e-4, 2000), 0.181, 5e-4, 'p = 1e-4, n = 2000');
  assert.equal(fanoutSlowProbability(0.2, 1), 0.2);
  assert.equal(fanoutSlowProbability(0, 50), 0);
  assert.equal(fanoutSlowProbability(1, 3), 1);
  // Tiny p: 1 - (1 - p)^n ≈ n p (1 - (n - 1) p / 2) to first order; stays accurate.
  const p = 1e-12;
  close(fanoutSlowProbability(p, 1000) / (1000 * p * (1 - (999 * p) / 2)), 1, 1e-9, 'tiny p');
});

test('expectedMaxExponential is H_n / rate', () => {
  close(expectedMaxExponential(1, 4), 0.25, 1e-15, 'n = 1');
  close(expectedMaxExponential(2, 1), 1.5, 1e-15, 'n = 2');
  close(expectedMaxExponential(10, 2), 7381 / 2520 / 2, 1e-14, 'H_10 = 7381/2520');
  // Above 1000 the asymptotic series is used; compare with a direct sum in the test.
  for (const n of [1000, 1001, 5000]) {
    let h = 0;
    for (let k = n; k >= 1; k--) h += 1 / k;
    close(expectedMaxExponential(n, 1), h, 1e-12, `H_${n}`);
  }
  close(expectedMaxExponential(1e6, 1), 14.392726722865723, 1e-12, 'H_1e6');
});

test('Monte Carlo mean of the max of n exponentials matches H_n / rate', () => {
  // n = 20, rate 5: E = 0.7195 s, sd of one max = sqrt(sum 1/k^2) / 5 = 0.253 s, so the mean of
  // 20,000 maxima has sd 0.0018 s (0.25 %); tolerance 1 % is 4 sd.
  const n = 20;
  const rate = 5;
  const rng = createRng(1);
  let sum = 0;
  const trials = 20_000;
  for (let t = 0; t < trials; t++) {
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, rng.exponential(rate));
    sum += max;
  }
  close(sum / trials / expectedMaxExponential(n, rate), 1, 0.01, 'direct Monte Carlo');
  // The same through simulateFanout with a custom sampler.
  const sim = simulateFanout({
    fanout: n,
    leafLatency: (r) => r.exponential(rate),
    requests: trials,
    seed: 2,
  });
  close(sim.meanLatency / expectedMaxExponential(n, rate), 1, 0.01, 'simulateFanout');
  assert.equal(sim.extraRequestFraction, 0);
});

const LEAF = { fastMedianSeconds: 0.01, slowProbability: 0.005, slowSeconds: 0.2 };

test('without hedging, the share of slow requests is 1 - (1 - p)^n', () => {
  // Fast calls (median 10 ms, sigma 0.25) essentially never exceed 60 ms, slow ones (median
  // 200 ms) essentially never fall below it. 5,000 requests: binomial sd 0.0069; tolerance 3 sd.
  const sim = simulateFanout({ fanout: 100, leafLatency: LEAF, requests: 5000, seed: 3 });
  const slow = sim.latencies.filter((x) => x > 0.06).length / sim.latencies.length;
  close(slow, fanoutSlowProbability(LEAF.slowProbability, 100), 0.021, 'slow share');
  assert.ok(sim.p99 > 0.15, `p99 ${sim.p99} is in the slow mode`);
  assert.ok(sim.p50 < sim.p99);
});

test('hedging after 30 ms cuts p99 for about p extra requests', () => {
  const base = { fanout: 100, leafLatency: LEAF, requests: 2000, seed: 4 };
  const plain = simulateFanout(base);
  const hedged = simulateFanout({ ...base, hedgeAfterSeconds: 0.03 });
  // A leaf is now slow only if both copies are (p^2 = 2.5e-5), so < 0.3 % of requests are: the
  // p99 is a fast call plus the 30 ms delay at most.
  assert.ok(hedged.p99 < 0.06, `hedged p99 ${hedged.p99}`);
  assert.ok(hedged.p99 < plain.p99 / 3, `plain ${plain.p99} vs hedged ${hedged.p99}`);
  // Extra requests = P(first copy > 30 ms) ≈ p (fast calls exceed 30 ms with probability 6e-6).
  // 200,000 leaf calls: binomial sd 1.6e-4; tolerance 6 sd.
  close(hedged.extraRequestFraction, LEAF.slowProbability, 0.001, 'extra fraction');
});

test('a hedge delay longer than every draw changes nothing; same seed, same samples', () => {
  const base = { fanout: 10, leafLatency: LEAF, requests: 500, seed: 5 };
  const plain = simulateFanout(base);
  const late = simulateFanout({ ...base, hedgeAfterSeconds: 1e9 });
  assert.deepEqual(late.latencies, plain.latencies);
  assert.equal(late.extraRequestFraction, 0);
  assert.deepEqual(simulateFanout(base).latencies, plain.latencies);
  assert.notDeepEqual(simulateFanout({ ...base, seed: 6 }).latencies, plain.latencies);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => fanoutSlowProbability(1.5, 10),
    (e) => e instanceof RangeError && /perCallProbability/.test(e.message),
  );
  assert.throws(() => fanoutSlowProbability(0.1, 0), /fanout/);
  assert.throws(() => fanoutSlowProbability(0.1, 2.5), /fanout/);
  assert.throws(() => expectedMaxExponential(0, 1), /n must/);
  assert.throws(() => expectedMaxExponential(3, 0), /rate/);
  const ok = { fanout: 3, leafLatency: LEAF, requests: 10, seed: 1 };
  assert.throws(() => simulateFanout({ ...ok, fanout: 0 }), /fanout/);
  assert.throws(() => simulateFanout({ ...ok, requests: 0 }), /requests/);
  assert.throws(() => simulateFanout({ ...ok, seed: Number.NaN }), /seed/);
  assert.throws(() => simulateFanout({ ...ok, hedgeAfterSeconds: -1 }), /hedgeAfterSeconds/);
  assert.throws(
    () => simulateFanout({ ...ok, leafLatency: { ...LEAF, fastMedianSeconds: 0 } }),
    /leafLatency\.fastMedianSeconds/,
  );
  assert.throws(
    () => simulateFanout({ ...ok, leafLatency: { ...LEAF, slowProbability: 2 } }),
    /leafLatency\.slowProbability/,
  );
  assert.throws(
    () => simulateFanout({ ...ok, leafLatency: { ...LEAF, slowSeconds: -1 } }),
    /leafLatency\.slowSeconds/,
  );
  assert.throws(
    () => simulateFanout({ ...ok, leafLatency: { ...LEAF, sigma: -1 } }),
    /leafLatency\.sigma/,
  );
  assert.throws(() => simulateFanout({ ...ok, leafLatency: () => Number.NaN }), /sampler/);
  assert.throws(() => simulateFanout({ ...ok, leafLatency: () => -1 }), /sampler/);
});
