import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedAttempts, retryAmplification } from './retry';
import { createRng } from './rng';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

/**
 * Independent Monte Carlo of the retry tree: every attempt at layer k calls layer k + 1, then
 * fails with probability p; a caller retries until `attempts` tries or a success. With a
 * budget, a layer may retry only while its retries stay within ratio × its original calls.
 */
function simulateTree(
  depth: number,
  attempts: number,
  p: number,
  requests: number,
  seed: number,
  ratio = Infinity,
): number[] {
  const rng = createRng(seed);
  const calls = new Array(depth + 1).fill(0); // calls[k]: attempts arriving at layer k
  const originals = new Array(depth + 1).fill(0);
  const retries = new Array(depth + 1).fill(0);
  const call = (layer: number): boolean => {
    originals[layer]++;
    for (let i = 0; i < attempts; i++) {
      if (i > 0) {
        if (retries[layer] + 1 > ratio * originals[layer]) return false;
        retries[layer]++;
      }
      calls[layer]++;
      if (layer < depth) call(layer + 1);
      if (rng.uniform() >= p) return true;
    }
    return false;
  };
  for (let r = 0; r < requests; r++) call(1);
  return calls.slice(1).map((c) => c / requests);
}

test('3 layers × 3 attempts when the bottom always fails: 27 calls reach it', () => {
  const r = retryAmplification({ depth: 3, attemptsPerLayer: 3, failureProbability: 1 });
  assert.equal(r.worstCase, 27);
  assert.deepEqual(r.loadPerLayer, [3, 9, 27]);
  assert.equal(r.attemptsPerCall, 3);
  assert.equal(r.callFailureProbability, 1);
  // 4 attempts at each of 3 layers: 64.
  assert.equal(
    retryAmplification({ depth: 3, attemptsPerLayer: 4, failureProbability: 1 }).worstCase,
    64,
  );
  // Cross-check with the tree simulation: exactly 3, 9, 27 when every attempt fails.
  assert.deepEqual(simulateTree(3, 3, 1, 100, 1), [3, 9, 27]);
});

test('a 10 % retry budget caps amplification at (1.1)^depth', () => {
  const r = retryAmplification({
    depth: 3,
    attemptsPerLayer: 3,
    failureProbability: 1,
    retryBudgetRatio: 0.1,
  });
  near(r.worstCaseWithBudget, 1.331, 1e-12, 'worst case with budget');
  near(r.loadPerLayerWithBudget[2], 1.331, 1e-12, 'bottom load');
  near(r.attemptsPerCallWithBudget, 1.1, 1e-15, 'per call');
  assert.equal(r.worstCase, 27, 'the unbudgeted worst case is still reported');
  // The simulated budget, enforced per layer, converges to the same cap from below.
  const sim = simulateTree(3, 3, 1, 20_000, 2, 0.1);
  near(sim[2], 1.331, 0.01, 'simulated bottom load');
});

test('p = 0 gives no amplification, with or without a budget', () => {
  const r = retryAmplification({
    depth: 4,
    attemptsPerLayer: 3,
    failureProbability: 0,
    retryBudgetRatio: 0.1,
  });
  assert.equal(r.attemptsPerCall, 1);
  assert.deepEqual(r.loadPerLayer, [1, 1, 1, 1]);
  assert.deepEqual(r.loadPerLayerWithBudget, [1, 1, 1, 1]);
  assert.equal(r.callFailureProbability, 0);
});

test('independent failures: E = (1 - p^a) / (1 - p) per layer, E^k at layer k', () => {
  // a = 3, p = 0.5: 1 + 0.5 + 0.25 = 1.75 = (1 - 0.125) / 0.5.
  near(expectedAttempts(3, 0.5), 1.75, 1e-15, 'E');
  near(expectedAttempts(3, 0.5), (1 - 0.5 ** 3) / (1 - 0.5), 1e-15, 'closed form');
  assert.equal(expectedAttempts(1, 0.9), 1, 'a single try never retries');
  assert.equal(expectedAttempts(5, 1), 5);
  const r = retryAmplification({ depth: 3, attemptsPerLayer: 3, failureProbability: 0.5 });
  near(r.loadPerLayer[2], 1.75 ** 3, 1e-12, 'bottom');
  near(r.callFailureProbability, 0.125, 1e-15, 'p^a');
  // Monte Carlo: 30,000 requests; relative error of each layer's mean ≈ 1 %, allow 4 %.
  const p = 0.3;
  const sim = simulateTree(3, 3, p, 30_000, 3);
  const model = retryAmplification({ depth: 3, attemptsPerLayer: 3, failureProbability: p });
  sim.forEach((x, k) =>
    near(x, model.loadPerLayer[k], 0.04 * model.loadPerLayer[k], `layer ${k + 1}`),
  );
});

test('a budget larger than the retries needed changes nothing', () => {
  // p = 0.05, a = 3: E - 1 = 0.0525 < 0.1, so the budget does not bind.
  const r = retryAmplification({
    depth: 2,
    attemptsPerLayer: 3,
    failureProbability: 0.05,
    retryBudgetRatio: 0.1,
  });
  assert.equal(r.attemptsPerCallWithBudget, r.attemptsPerCall);
  assert.deepEqual(r.loadPerLayerWithBudget, r.loadPerLayer);
});

test('bad input throws a RangeError naming the parameter', () => {
  const base = { depth: 3, attemptsPerLayer: 3, failureProbability: 0.1 };
  assert.throws(() => retryAmplification({ ...base, depth: 0 }), /depth/);
  assert.throws(() => retryAmplification({ ...base, attemptsPerLayer: 1.5 }), /attemptsPerLayer/);
  assert.throws(() => retryAmplification({ ...base, failureProbability: 2 }), /failureProbability/);
  assert.throws(() => retryAmplification({ ...base, retryBudgetRatio: -0.1 }), /retryBudgetRatio/);
  assert.throws(() => expectedAttempts(0, 0.5), /attempts/);
});
