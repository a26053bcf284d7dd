import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cheCharacteristicTime,
  createDiscreteSampler,
  effectiveLatency,
  fifoHitRatioApprox,
  lfuHitRatioIdeal,
  lfuHitRatioIdealCurve,
  lruHitRatioChe,
  lruHitRatioCheCurve,
  simulateCache,
  zipfWeights,
} from './cache';
import { createRng } from './rng';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

const KEYS = 1000;
const REQUESTS = 150_000;
const WARMUP = 20_000;

test('zipf weights sum to 1, decrease, and follow p_1 / p_i = i^s', () => {
  for (const s of [0, 0.5, 1, 1.5]) {
    const w = zipfWeights(100, s);
    near(
      w.reduce((a, b) => a + b, 0),
      1,
      1e-12,
      `sum for s = ${s}`,
    );
    for (let i = 1; i < w.length; i++) assert.ok(w[i] <= w[i - 1], `non-increasing at ${i}`);
    near(w[0] / w[9], Math.pow(10, s), 1e-9, `p_1 / p_10 for s = ${s}`);
  }
  // s = 1, n = 4: H_4 = 25/12, so p = (12/25, 6/25, 4/25, 3/25).
  const w = zipfWeights(4, 1);
  [12 / 25, 6 / 25, 4 / 25, 3 / 25].forEach((x, i) => near(w[i], x, 1e-15, `p_${i + 1}`));
  assert.deepEqual(zipfWeights(1, 2), [1]);
});

test('Che: uniform popularity gives exactly C / n, and T solves the occupancy equation', () => {
  // Uniform: n (1 - e^{-T/n}) = C, so T = -n ln(1 - C/n) and the hit ratio is C / n.
  const w = zipfWeights(200, 0);
  near(lruHitRatioChe(w, 50), 0.25, 1e-9, 'hit ratio');
  near(cheCharacteristicTime(w, 50), -200 * Math.log(1 - 50 / 200), 1e-6, 'T');
  // Zipf: the root satisfies Σ (1 - e^{-p_i T}) = C.
  const z = zipfWeights(KEYS, 0.9);
  const t = cheCharacteristicTime(z, 100);
  near(
    z.reduce((acc, p) => acc + 1 - Math.exp(-p * t), 0),
    100,
    1e-6,
    'occupancy',
  );
  // Edge cases: empty cache never hits; a cache holding every key always does.
  assert.equal(lruHitRatioChe(z, 0), 0);
  assert.equal(lruHitRatioChe(z, KEYS), 1);
  // Unnormalized weights are normalized.
  near(lruHitRatioChe([2, 2, 2, 2], 1), 0.25, 1e-9, 'normalized');
});

test('ordering of the analytic hit ratios: perfect LFU >= LRU (Che) >= FIFO', () => {
  for (const s of [0.6, 0.8, 1.0, 1.2]) {
    const w = zipfWeights(KEYS, s);
    for (const c of [10, 100, 500]) {
      const lfu = lfuHitRatioIdeal(w, c);
      const lru = lruHitRatioChe(w, c);
      const fifo = fifoHitRatioApprox(w, c);
      assert.ok(lfu >= lru && lru >= fifo, `s = ${s}, C = ${c}: ${lfu} ${lru} ${fifo}`);
    }
  }
});

test('LRU simulation agrees with Che within ±0.01 absolute', () => {
  for (const [s, c] of [
    [0.6, 50],
    [0.8, 100],
    [1.0, 100],
    [1.2, 20],
  ] as const) {
    const sim = simulateCache({
      policy: 'lru',
      capacity: c,
      keys: KEYS,
      zipfS: s,
      requests: REQUESTS,
      seed: 11,
      warmup: WARMUP,
    });
    near(sim.hitRatio, lruHitRatioChe(zipfWeights(KEYS, s), c), 0.01, `LRU s = ${s}, C = ${c}`);
    assert.equal(sim.hits + sim.misses, REQUESTS);
  }
});

test('FIFO simulation agrees with the Fricker-Robert-Roberts approximation within ±0.015', () => {
  for (const [s, c] of [
    [0.8, 100],
    [1.2, 20],
  ] as const) {
    const sim = simulateCache({
      policy: 'fifo',
      capacity: c,
      keys: KEYS,
      zipfS: s,
      requests: REQUESTS,
      seed: 12,
      warmup: WARMUP,
    });
    near(sim.hitRatio, fifoHitRatioApprox(zipfWeights(KEYS, s), c), 0.015, `FIFO s = ${s}`);
  }
});

test('perfect-LFU simulation approaches the top-C sum under the IRM (±0.01)', () => {
  // C = 2 is sensitive to admission: a cache that always admitted the missed key would keep
  // only the top key reliably (0.134 instead of the top-2 sum 0.200 for s = 1).
  for (const [s, c] of [
    [0.8, 100],
    [1.0, 50],
    [1.0, 2],
  ] as const) {
    const sim = simulateCache({
      policy: 'lfu',
      capacity: c,
      keys: KEYS,
      zipfS: s,
      requests: REQUESTS,
      seed: 13,
      warmup: WARMUP,
    });
    near(sim.hitRatio, lfuHitRatioIdeal(zipfWeights(KEYS, s), c), 0.01, `LFU s = ${s}`);
  }
});

test('uniform popularity: every policy hits C / n (±0.01)', () => {
  for (const policy of ['lru', 'fifo', 'lfu'] as const) {
    const sim = simulateCache({
      policy,
      capacity: 100,
      keys: KEYS,
      zipfS: 0,
      requests: REQUESTS,
      seed: 14,
      warmup: WARMUP,
    });
    near(sim.hitRatio, 0.1, 0.01, policy);
  }
});

test('a cache that holds every key misses only on first references', () => {
  for (const policy of ['lru', 'fifo', 'lfu'] as const) {
    // Without warm-up, misses are exactly the distinct keys seen, so at most `keys`.
    const cold = simulateCache({
      policy,
      capacity: 50,
      keys: 50,
      zipfS: 0.5,
      requests: 10_000,
      seed: 15,
    });
    assert.ok(cold.misses <= 50 && cold.misses > 0, `${policy} cold misses ${cold.misses}`);
    // After a warm-up long enough to see every key (50 keys, 20,000 draws), every request hits.
    const warm = simulateCache({
      policy,
      capacity: 60,
      keys: 50,
      zipfS: 0.5,
      requests: 10_000,
      seed: 15,
      warmup: 20_000,
    });
    assert.equal(warm.hitRatio, 1, policy);
  }
  // A zero-capacity cache never hits.
  assert.equal(
    simulateCache({ policy: 'lru', capacity: 0, keys: 10, zipfS: 1, requests: 100, seed: 1 }).hits,
    0,
  );
});

test('the same seed reproduces a run', () => {
  const input = {
    policy: 'lru' as const,
    capacity: 20,
    keys: 200,
    zipfS: 1,
    requests: 5000,
    seed: 99,
  };
  assert.deepEqual(simulateCache(input), simulateCache(input));
});

test('the discrete sampler draws each index with its probability and never a zero one', () => {
  const rng = createRng(3);
  const draw = createDiscreteSampler([0.5, 0, 0.3, 0.2], rng);
  const counts = [0, 0, 0, 0];
  const n = 100_000;
  for (let i = 0; i < n; i++) counts[draw()]++;
  assert.equal(counts[1], 0);
  near(counts[0] / n, 0.5, 0.006, 'p0');
  near(counts[2] / n, 0.3, 0.006, 'p2');
  near(counts[3] / n, 0.2, 0.006, 'p3');
});

test("perfect LFU with s = 1: the top-C sum matches Breslau's (ln C + γ) / (ln n + γ)", () => {
  // H_C / H_n with H_k ≈ ln k + γ + 1/(2k); for C = 100, n = 10,000 the two agree to < 0.005.
  const gamma = 0.5772156649;
  const approx = (Math.log(100) + gamma) / (Math.log(10_000) + gamma);
  near(lfuHitRatioIdeal(zipfWeights(10_000, 1), 100), approx, 0.005, 'ideal LFU');
});

test('effective latency is the hit-weighted mean', () => {
  // 0.9 × 1 ms + 0.1 × 20 ms = 2.9 ms.
  near(effectiveLatency(0.9, 0.001, 0.02), 0.0029, 1e-15, 'mean');
  assert.equal(effectiveLatency(1, 0.001, 0.02), 0.001);
  assert.equal(effectiveLatency(0, 0.001, 0.02), 0.02);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => zipfWeights(0, 1), /n must/);
  assert.throws(() => zipfWeights(10, -1), /s must/);
  assert.throws(() => lruHitRatioChe([], 1), /weights/);
  assert.throws(() => lruHitRatioChe([0.5, -0.5], 1), /weights\[1\]/);
  assert.throws(() => lruHitRatioChe([0, 0], 1), /positive sum/);
  assert.throws(() => lruHitRatioChe([0.5, 0.5], 1.5), /capacity/);
  assert.throws(() => lfuHitRatioIdeal([1], -1), /capacity/);
  assert.throws(() => effectiveLatency(1.2, 0, 0), /hitRatio/);
  assert.throws(() => effectiveLatency(0.5, -1, 0), /hitLatency/);
  const base = { policy: 'lru' as const, capacity: 1, keys: 10, zipfS: 1, requests: 10, seed: 1 };
  assert.throws(() => simulateCache({ ...base, keys: 0 }), /keys/);
  assert.throws(() => simulateCache({ ...base, requests: 0 }), /requests/);
  assert.throws(() => simulateCache({ ...base, warmup: -1 }), /warmup/);
  assert.throws(() => simulateCache({ ...base, zipfS: Number.NaN }), /zipfS/);
  assert.throws(() => simulateCache({ ...base, policy: 'arc' as unknown as 'lru' }), /policy/);
});

test('the one-pass Che curve equals point-by-point lruHitRatioChe within 1e-9', () => {
  const capacities = [1000, 0, 1, 2, 5, 10, 22, 46, 100, 215, 464, 999, 50, 3];
  for (const s of [0, 0.3, 0.6, 0.9, 1.2, 1.5]) {
    const w = zipfWeights(KEYS, s);
    const curve = lruHitRatioCheCurve(w, capacities);
    capacities.forEach((c, i) =>
      near(curve[i], lruHitRatioChe(w, c), 1e-9, `s = ${s}, capacity ${c}`),
    );
  }
  // Unnormalized weights with zero-popularity keys: capacity 3 holds every key that is asked for.
  const w = [4, 0, 2, 1, 0, 1];
  const curve = lruHitRatioCheCurve(w, [3, 1, 2, 4]);
  [3, 1, 2, 4].forEach((c, i) => near(curve[i], lruHitRatioChe(w, c), 1e-9, `capacity ${c}`));
  assert.throws(() => lruHitRatioCheCurve(w, [1.5]), /capacities\[0\]/);
  assert.throws(() => lruHitRatioCheCurve([1, -1], [1]), /weights\[1\]/);
});

test('the LFU curve equals point-by-point lfuHitRatioIdeal', () => {
  const capacities = [0, 1, 7, 100, 999, 1000, 5000];
  for (const s of [0, 0.9, 1.5]) {
    const w = zipfWeights(KEYS, s);
    const curve = lfuHitRatioIdealCurve(w, capacities);
    capacities.forEach((c, i) =>
      near(curve[i], lfuHitRatioIdeal(w, c), 1e-12, `s = ${s}, capacity ${c}`),
    );
  }
  assert.throws(() => lfuHitRatioIdealCurve([1, 2], [-1]), /capacities\[0\]/);
});
