import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from './rng';
import { amdahlSpeedup, fitUsl, uslCapacity, uslPeak } from './scalability';

function close(actual: number, expected: number, absTol: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= absTol, `${label} expected ${expected}, got ${actual}`);
}

test('Amdahl: S(1) = 1, S(n) -> 1 / (1 - p), and p = 1 is linear', () => {
  assert.equal(amdahlSpeedup(1, 0.9), 1);
  // p = 0.95: 1 / (0.05 + 0.95 / 8) = 5.925925...; the limit is 20.
  close(amdahlSpeedup(8, 0.95), 1 / (0.05 + 0.95 / 8), 1e-12, 'n = 8');
  close(amdahlSpeedup(1e9, 0.95), 20, 1e-6, 'limit');
  assert.ok(amdahlSpeedup(4096, 0.95) < 20);
  assert.equal(amdahlSpeedup(64, 1), 64);
  assert.equal(amdahlSpeedup(64, 0), 1);
  // Half-parallel code on 2 processors: 1 / (0.5 + 0.25) = 4/3.
  close(amdahlSpeedup(2, 0.5), 4 / 3, 1e-15, 'half on two');
});

test('USL with kappa = 0 is Amdahl with p = 1 - sigma', () => {
  for (const sigma of [0, 0.02, 0.1, 0.5, 1]) {
    for (const n of [1, 2, 3.5, 10, 100, 1000]) {
      close(uslCapacity(n, sigma, 0), amdahlSpeedup(n, 1 - sigma), 1e-12 * n, `${sigma}, ${n}`);
    }
  }
});

test('USL: C(1) = 1 and, with sigma = kappa = 0, linear scaling', () => {
  assert.equal(uslCapacity(1, 0.3, 0.01), 1);
  assert.equal(uslCapacity(37, 0, 0), 37);
  // By hand: N = 10, sigma = 0.1, kappa = 0.01: 10 / (1 + 0.9 + 0.9) = 3.5714...
  close(uslCapacity(10, 0.1, 0.01), 10 / 2.8, 1e-12, 'hand value');
});

test('uslPeak is the argmax of uslCapacity over a fine grid', () => {
  for (const [sigma, kappa] of [
    [0.05, 0.0005],
    [0.02, 0.0001],
    [0.3, 0.01],
    [0, 0.001],
  ]) {
    const peak = uslPeak(sigma, kappa);
    let bestN = 1;
    let best = -Infinity;
    for (let n = 1; n <= 400; n += 0.01) {
      const c = uslCapacity(n, sigma, kappa);
      if (c > best) {
        best = c;
        bestN = n;
      }
    }
    close(peak, bestN, 0.011, `peak for (${sigma}, ${kappa})`);
    assert.ok(uslCapacity(peak, sigma, kappa) >= best - 1e-12, 'nothing on the grid beats it');
  }
  close(uslPeak(0.05, 0.0005), Math.sqrt(1900), 1e-12, 'sqrt(0.95 / 0.0005)');
  assert.equal(uslPeak(0.1, 0), Infinity);
});

const TRUE = { sigma: 0.05, kappa: 0.0005, lambda: 100 }; // peak at N* = 43.6
const NS = [1, 2, 4, 8, 16, 24, 32, 48, 64];

function points(ns: number[], noise = 0, seed = 1): { n: number; throughput: number }[] {
  const rng = createRng(seed);
  return ns.map((n) => ({
    n,
    throughput: TRUE.lambda * uslCapacity(n, TRUE.sigma, TRUE.kappa) * (1 + rng.normal(0, noise)),
  }));
}

test('fitUsl recovers exact parameters from noise-free points, with or without N = 1', () => {
  for (const ns of [NS, NS.slice(1), [4, 16, 32, 64]]) {
    const fit = fitUsl(points(ns));
    close(fit.sigma, TRUE.sigma, 1e-8, `sigma from n = ${ns}`);
    close(fit.kappa, TRUE.kappa, 1e-10, `kappa from n = ${ns}`);
    close(fit.lambda, TRUE.lambda, 1e-6, `lambda from n = ${ns}`);
    close(fit.rSquared, 1, 1e-12, 'rSquared');
  }
});

// With 1 % Gaussian throughput noise at these 9 (or 8) concurrency levels, the estimators'
// spread over 200 seeds was sd(sigma) ≈ 0.002, sd(kappa) ≈ 3e-5, sd(lambda) ≈ 1.0 (N = 1
// measured) or 1.4 (not). The tolerances below are about 5 standard deviations.
test('fitUsl recovers known parameters from points with 1 % noise', () => {
  for (const [ns, seed] of [
    [NS, 11],
    [NS.slice(1), 12],
  ] as const) {
    const fit = fitUsl(points([...ns], 0.01, seed));
    close(fit.sigma, TRUE.sigma, 0.01, 'sigma');
    close(fit.kappa, TRUE.kappa, 0.00015, 'kappa');
    close(fit.lambda, TRUE.lambda, 6, 'lambda');
    assert.ok(fit.rSquared > 0.99 && fit.rSquared <= 1, `rSquared ${fit.rSquared}`);
    close(uslPeak(fit.sigma, fit.kappa), uslPeak(TRUE.sigma, TRUE.kappa), 8, 'peak');
  }
});

test('fitUsl clamps coefficients at 0 for linear or superlinear data', () => {
  // Perfectly linear scaling: sigma = kappa = 0 exactly fits.
  const linear = fitUsl([1, 2, 4, 8, 16].map((n) => ({ n, throughput: 50 * n })));
  assert.equal(linear.sigma, 0);
  assert.equal(linear.kappa, 0);
  close(linear.lambda, 50, 1e-12, 'lambda');
  // Superlinear (X = 10 N^1.1) would need sigma < 0; the fit keeps both >= 0.
  const superlinear = fitUsl([2, 4, 8, 16, 32].map((n) => ({ n, throughput: 10 * n ** 1.1 })));
  assert.ok(superlinear.sigma >= 0 && superlinear.kappa >= 0, JSON.stringify(superlinear));
  assert.ok(superlinear.rSquared > 0.9, `rSquared ${superlinear.rSquared}`);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => amdahlSpeedup(0.5, 0.9),
    (e) => e instanceof RangeError && /n must/.test(e.message),
  );
  assert.throws(() => amdahlSpeedup(4, 1.2), /parallelFraction/);
  assert.throws(() => uslCapacity(Number.NaN, 0.1, 0), /n must/);
  assert.throws(() => uslCapacity(4, -0.1, 0), /sigma/);
  assert.throws(() => uslCapacity(4, 0.1, -1), /kappa/);
  assert.throws(() => uslPeak(2, 0.1), /sigma/);
  assert.throws(() => uslPeak(0.1, Number.NaN), /kappa/);
  const ok = points(NS);
  assert.throws(() => fitUsl(ok.slice(0, 3)), /at least 4/);
  assert.throws(() => fitUsl([...ok.slice(0, 3), { n: 0, throughput: 1 }]), /points\[3\]\.n/);
  assert.throws(
    () => fitUsl([...ok.slice(0, 3), { n: 5, throughput: 0 }]),
    /points\[3\]\.throughput/,
  );
  assert.throws(
    () => fitUsl([1, 1, 4, 4].map((n) => ({ n, throughput: n }))),
    /3 distinct values of n/,
  );
});
