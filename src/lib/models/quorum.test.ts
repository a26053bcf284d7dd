import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isStrictQuorum,
  kthFastestExponentialMean,
  kthFastestQuantile,
  kthOfNCdf,
  quorumLatencyQuantile,
  replicaCdf,
  simulateQuorumLatency,
  standardNormalCdf,
  staleReadProbability,
  type ReplicaLatency,
} from './quorum';
import { createRng } from './rng';
import { mean, quantile } from './statistics';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

function relNear(actual: number, expected: number, relTolerance: number, what: string): void {
  near(actual, expected, Math.abs(expected) * relTolerance, what);
}

test('quorum rule: R + W > N overlaps (N = 3 table)', () => {
  // N = 3: (R, W) = (2, 2), (1, 3), (3, 1) are strict; (1, 1), (1, 2), (2, 1) are not.
  assert.equal(isStrictQuorum(3, 2, 2), true);
  assert.equal(isStrictQuorum(3, 1, 3), true);
  assert.equal(isStrictQuorum(3, 3, 1), true);
  assert.equal(isStrictQuorum(3, 1, 1), false);
  assert.equal(isStrictQuorum(3, 1, 2), false);
  assert.equal(isStrictQuorum(3, 2, 1), false);
  assert.equal(isStrictQuorum(1, 1, 1), true);
  // Aurora: 6 copies, write 4/6, read 3/6.
  assert.equal(isStrictQuorum(6, 3, 4), true);
});

test('stale-read probability C(N-W, R) / C(N, R) matches counting and a Monte Carlo check', () => {
  // N = 3, R = W = 1: the one replica read misses the one written with probability 2/3.
  near(staleReadProbability(3, 1, 1), 2 / 3, 1e-15, 'N3 R1 W1');
  // N = 5, R = 2, W = 2: C(3, 2) / C(5, 2) = 3 / 10.
  near(staleReadProbability(5, 2, 2), 0.3, 1e-15, 'N5 R2 W2');
  assert.equal(staleReadProbability(3, 2, 2), 0);
  // Monte Carlo: random write set of size W and read set of size R, both uniform.
  const rng = createRng(8);
  const n = 5;
  const pick = (k: number): Set<number> => {
    const ids = [0, 1, 2, 3, 4];
    for (let i = ids.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    return new Set(ids.slice(0, k));
  };
  let stale = 0;
  const trials = 40_000;
  for (let t = 0; t < trials; t++) {
    const written = pick(2);
    const read = [...pick(2)];
    if (read.every((id) => !written.has(id))) stale++;
  }
  near(stale / trials, staleReadProbability(n, 2, 2), 0.01, 'simulated');
});

test('k-th fastest exponential: k = n gives H_n / rate, k = 1 gives 1 / (n rate)', () => {
  // H_3 = 1 + 1/2 + 1/3 = 11/6; H_5 = 137/60.
  near(kthFastestExponentialMean(3, 3, 2), 11 / 12, 1e-15, 'max of 3');
  near(kthFastestExponentialMean(5, 5, 1), 137 / 60, 1e-15, 'max of 5');
  near(kthFastestExponentialMean(4, 1, 10), 1 / 40, 1e-15, 'min of 4');
  // 2nd of 3: 1/3 + 1/2 = 5/6 (at rate 1).
  near(kthFastestExponentialMean(3, 2, 1), 5 / 6, 1e-15, '2 of 3');
});

test('k-th fastest exponential mean agrees with simulation (±2 %)', () => {
  const replica: ReplicaLatency = { kind: 'exponential', rate: 100 };
  const sim = simulateQuorumLatency({ n: 5, r: 1, w: 3, replica, requests: 20_000, seed: 4 });
  relNear(mean(sim.readSeconds), kthFastestExponentialMean(5, 1, 100), 0.02, 'min of 5');
  relNear(mean(sim.writeSeconds), kthFastestExponentialMean(5, 3, 100), 0.02, '3rd of 5');
});

test('order-statistic CDF reduces to 1 - (1 - F)^n and F^n at the ends', () => {
  for (const f of [0, 0.1, 0.5, 0.93, 1]) {
    near(kthOfNCdf(4, 1, f), 1 - (1 - f) ** 4, 1e-14, `min, F = ${f}`);
    near(kthOfNCdf(4, 4, f), f ** 4, 1e-14, `max, F = ${f}`);
  }
  // Median of 3 at F = 0.5: (3 + 1) / 8 = 0.5.
  near(kthOfNCdf(3, 2, 0.5), 0.5, 1e-15, 'median of 3');
  // Large n does not underflow: P(at least 1 of 2000 done) at F = 0.001 is 1 - 0.999^2000.
  near(kthOfNCdf(2000, 1, 0.001), 1 - 0.999 ** 2000, 1e-12, 'n = 2000');
});

test('standard normal CDF matches tabulated values', () => {
  // Reference values from an independent erfc (the C library's, via Python's math.erfc);
  // z = 1.959963984540054 is the textbook 97.5 % point.
  near(standardNormalCdf(0), 0.5, 1e-16, 'Φ(0)');
  near(standardNormalCdf(-1), 0.15865525393145707, 1e-15, 'Φ(-1)');
  near(standardNormalCdf(1.959963984540054), 0.975, 1e-15, 'Φ(1.96)');
  near(standardNormalCdf(-3), 0.0013498980316300957, 1e-16, 'Φ(-3)');
  relNear(standardNormalCdf(-5), 2.866515718791946e-7, 1e-12, 'Φ(-5)');
  relNear(standardNormalCdf(-8), 6.22096057427182e-16, 1e-12, 'Φ(-8)');
});

test('analytic quorum quantiles match closed forms', () => {
  const rate = 50;
  const exp: ReplicaLatency = { kind: 'exponential', rate };
  // Fastest of n: Exp(n λ), so t_q = -ln(1 - q) / (n λ).
  relNear(
    quorumLatencyQuantile({ n: 3, k: 1, q: 0.99, replica: exp }),
    -Math.log(0.01) / (3 * rate),
    1e-9,
    'min of 3',
  );
  // Slowest of n: F^n = q, so t_q = -ln(1 - q^(1/n)) / λ.
  relNear(
    quorumLatencyQuantile({ n: 3, k: 3, q: 0.9, replica: exp }),
    -Math.log(1 - 0.9 ** (1 / 3)) / rate,
    1e-9,
    'max of 3',
  );
  // Lognormal, n = 1: t_q = exp(mu + sigma z_q); z_0.975 = 1.959963984540054.
  const logn: ReplicaLatency = { kind: 'lognormal', mu: Math.log(0.004), sigma: 0.5 };
  relNear(
    quorumLatencyQuantile({ n: 1, k: 1, q: 0.975, replica: logn }),
    0.004 * Math.exp(0.5 * 1.959963984540054),
    1e-9,
    'lognormal n = 1',
  );
  // Median of 3 at q = 0.5 is the replica median.
  relNear(quorumLatencyQuantile({ n: 3, k: 2, q: 0.5, replica: logn }), 0.004, 1e-9, 'median');
  // Shifted exponential: minimum plus the exponential quantile of the fastest.
  const shifted: ReplicaLatency = { kind: 'shiftedExponential', minSeconds: 0.07, rate: 200 };
  relNear(
    quorumLatencyQuantile({ n: 5, k: 1, q: 0.5, replica: shifted }),
    0.07 + Math.log(2) / (5 * 200),
    1e-9,
    'shifted',
  );
});

test('generic k-th fastest quantile: uniform replicas give Beta order statistics', () => {
  // For U(0, 1) replicas the slowest of n has CDF t^n, so t_q = q^(1/n); the fastest has
  // 1 - (1 - t)^n, so t_q = 1 - (1 - q)^(1/n).
  const uniform = (t: number): number => Math.min(1, Math.max(0, t));
  near(kthFastestQuantile(4, 4, 0.9, uniform), 0.9 ** 0.25, 1e-11, 'max of 4');
  near(kthFastestQuantile(4, 1, 0.9, uniform), 1 - 0.1 ** 0.25, 1e-11, 'min of 4');
  // A CDF that returns a non-probability is rejected by name.
  assert.throws(() => kthFastestQuantile(3, 2, 0.5, () => 2), /cdf\(t\)/);
  assert.throws(() => kthFastestQuantile(3, 2, 0.5, uniform, 0, 0), /scaleSeconds/);
});

test('analytic quantiles match simulated quantiles (p50 ±3 %, p99 ±8 %)', () => {
  const replicas: ReplicaLatency[] = [
    { kind: 'exponential', rate: 200 },
    { kind: 'lognormal', mu: Math.log(0.005), sigma: 0.8 },
    { kind: 'shiftedExponential', minSeconds: 0.002, rate: 500 },
  ];
  for (const replica of replicas) {
    const sim = simulateQuorumLatency({ n: 3, r: 2, w: 3, replica, requests: 20_000, seed: 21 });
    for (const [q, tol] of [
      [0.5, 0.03],
      [0.99, 0.08],
    ] as const) {
      relNear(
        quantile(sim.readSeconds, q),
        quorumLatencyQuantile({ n: 3, k: 2, q, replica }),
        tol,
        `${replica.kind} read p${q * 100}`,
      );
      relNear(
        quantile(sim.writeSeconds, q),
        quorumLatencyQuantile({ n: 3, k: 3, q, replica }),
        tol,
        `${replica.kind} write p${q * 100}`,
      );
    }
  }
});

test('waiting for more replicas is never faster', () => {
  const replica: ReplicaLatency = { kind: 'lognormal', mu: Math.log(0.01), sigma: 1 };
  let previous = 0;
  for (let k = 1; k <= 5; k++) {
    const t = quorumLatencyQuantile({ n: 5, k, q: 0.99, replica });
    assert.ok(t > previous, `k = ${k}`);
    previous = t;
  }
  assert.equal(replicaCdf({ kind: 'shiftedExponential', minSeconds: 1, rate: 1 }, 0.5), 0);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => isStrictQuorum(3, 0, 2), /r must/);
  assert.throws(() => isStrictQuorum(3, 2, 4), /w must/);
  assert.throws(() => isStrictQuorum(0, 1, 1), /n must/);
  assert.throws(() => kthFastestExponentialMean(3, 4, 1), /k must/);
  assert.throws(() => kthFastestExponentialMean(3, 1, 0), /rate/);
  assert.throws(() => kthOfNCdf(3, 1, 1.5), /f must/);
  const replica: ReplicaLatency = { kind: 'exponential', rate: 1 };
  assert.throws(() => quorumLatencyQuantile({ n: 3, k: 2, q: 1, replica }), /q must/);
  assert.throws(
    () => quorumLatencyQuantile({ n: 3, k: 2, q: 0.5, replica: { kind: 'exponential', rate: -1 } }),
    /replica\.rate/,
  );
  assert.throws(
    () =>
      quorumLatencyQuantile({
        n: 3,
        k: 2,
        q: 0.5,
        replica: { kind: 'lognormal', mu: 0, sigma: 0 },
      }),
    /replica\.sigma/,
  );
  assert.throws(
    () =>
      quorumLatencyQuantile({
        n: 3,
        k: 2,
        q: 0.5,
        replica: { kind: 'pareto' } as unknown as ReplicaLatency,
      }),
    /replica\.kind/,
  );
  assert.throws(
    () => simulateQuorumLatency({ n: 3, r: 2, w: 2, replica, requests: 0, seed: 1 }),
    /requests/,
  );
  assert.throws(() => standardNormalCdf(Number.NaN), /x must/);
});
