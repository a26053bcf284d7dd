import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchingTradeoff, simulateBatching, type BatchingInput } from './batching';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

function relNear(actual: number, expected: number, relTolerance: number, what: string): void {
  near(actual, expected, Math.abs(expected) * relTolerance, what);
}

/** E[min(cap, X)] for X ~ Poisson(m), summed directly over the pmf (independent of the model). */
function expectedCappedPoisson(m: number, cap: number): number {
  let pmf = Math.exp(-m);
  let sum = 0;
  for (let x = 0; x < 400; x++) {
    sum += Math.min(cap, x) * pmf;
    pmf *= m / (x + 1);
  }
  return sum;
}

const base: BatchingInput = {
  arrivalRate: 2000,
  maxBatchSize: 16,
  lingerSeconds: 0.005,
  fixedCostSeconds: 0.0005,
  perItemCostSeconds: 0.00002,
};

test('expected batch size equals 1 + E[min(B - 1, Poisson(λL))] by direct summation', () => {
  for (const [rate, b, l] of [
    [2000, 16, 0.005], // λL = 10, cap 15
    [1000, 5, 0.005], // λL = 5, cap 4 binds often
    [100, 50, 0.02], // λL = 2
    [50_000, 1000, 0.005], // λL = 250
  ]) {
    const r = batchingTradeoff({ ...base, arrivalRate: rate, maxBatchSize: b, lingerSeconds: l });
    near(r.expectedBatchSize, 1 + expectedCappedPoisson(rate * l, b - 1), 1e-9, `λ=${rate} B=${b}`);
    // The rule of thumb min(B, 1 + λL) is an upper bound (Jensen: min is concave).
    assert.ok(r.expectedBatchSize <= Math.min(b, 1 + rate * l) * (1 + 1e-12), `bound B=${b}`);
  }
});

test('L -> 0 gives batches of one item and no added wait', () => {
  const r = batchingTradeoff({ ...base, lingerSeconds: 0 });
  assert.equal(r.expectedBatchSize, 1);
  assert.equal(r.meanAddedWaitSeconds, 0);
  // With a tiny linger, λL = 2e-6: size ≈ 1 + 2e-6.
  near(batchingTradeoff({ ...base, lingerSeconds: 1e-9 }).expectedBatchSize, 1, 1e-5, 'tiny L');
  // B = 1 also disables batching whatever L is.
  const single = batchingTradeoff({ ...base, maxBatchSize: 1, lingerSeconds: 1 });
  assert.equal(single.expectedBatchSize, 1);
  assert.equal(single.meanAddedWaitSeconds, 0);
});

test('huge L gives full batches of B and a mean wait of (B - 1) / (2λ)', () => {
  // The i-th item (0-based) waits for B - 1 - i more arrivals: mean (B - 1) / (2λ).
  const r = batchingTradeoff({ ...base, lingerSeconds: 1000 });
  near(r.expectedBatchSize, 16, 1e-12, 'size');
  near(r.meanAddedWaitSeconds, 15 / (2 * 2000), 1e-12, 'wait');
});

test('huge B gives 1 + λL items and a mean wait of (L + λL²/2) / (1 + λL)', () => {
  // The opener waits L; the λL others arrive uniformly in the window and wait L/2 on average.
  const l = 0.005;
  const m = 2000 * l;
  const r = batchingTradeoff({ ...base, maxBatchSize: 100_000, lingerSeconds: l });
  near(r.expectedBatchSize, 1 + m, 1e-9, 'size');
  near(r.meanAddedWaitSeconds, (l + (2000 * l * l) / 2) / (1 + m), 1e-12, 'wait');
  // The added wait never exceeds the linger time.
  assert.ok(r.meanAddedWaitSeconds <= l);
});

test('throughput ceiling, cost per item, utilization and stability', () => {
  // Full batches of 100 at 1 ms + 10 µs each: 100 / (0.001 + 0.001) = 50,000 items/s.
  const r = batchingTradeoff({
    arrivalRate: 10_000,
    maxBatchSize: 100,
    lingerSeconds: 1000,
    fixedCostSeconds: 0.001,
    perItemCostSeconds: 0.00001,
  });
  near(r.maxThroughput, 50_000, 1e-9, 'ceiling');
  near(r.costPerItemSeconds, 0.00002, 1e-15, 'cost per item');
  near(r.utilization, 0.2, 1e-12, 'utilization');
  assert.equal(r.stable, true);
  near(r.batchesPerSecond, 100, 1e-9, 'batches/s');
  // Without batching the same load needs 10,000 × 1.01 ms = 10.1 s of work per second.
  const unbatched = batchingTradeoff({
    arrivalRate: 10_000,
    maxBatchSize: 1,
    lingerSeconds: 0,
    fixedCostSeconds: 0.001,
    perItemCostSeconds: 0.00001,
  });
  near(unbatched.utilization, 10.1, 1e-9, 'unbatched utilization');
  assert.equal(unbatched.stable, false);
});

test('the simulation agrees with the closed forms (size ±2 %, wait ±3 %, utilization ±3 %)', () => {
  for (const input of [
    base,
    { ...base, arrivalRate: 1000, maxBatchSize: 5 },
    { ...base, arrivalRate: 300, maxBatchSize: 64, lingerSeconds: 0.01 },
  ]) {
    const model = batchingTradeoff(input);
    const sim = simulateBatching({ ...input, items: 100_000, seed: 17 });
    const label = `λ=${input.arrivalRate} B=${input.maxBatchSize}`;
    relNear(sim.meanBatchSize, model.expectedBatchSize, 0.02, `${label} size`);
    relNear(sim.meanAddedWaitSeconds, model.meanAddedWaitSeconds, 0.03, `${label} wait`);
    relNear(sim.utilization, model.utilization, 0.03, `${label} utilization`);
    assert.ok(model.stable);
  }
});

test('simulated limits: no linger means single-item batches with zero wait', () => {
  const sim = simulateBatching({ ...base, lingerSeconds: 0, items: 2000, seed: 2 });
  assert.equal(sim.batches, 2000);
  assert.equal(sim.meanBatchSize, 1);
  assert.equal(sim.meanAddedWaitSeconds, 0);
  const full = simulateBatching({ ...base, lingerSeconds: 1e6, items: 1600, seed: 2 });
  assert.equal(full.batches, 100);
  assert.equal(full.meanBatchSize, 16);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => batchingTradeoff({ ...base, arrivalRate: 0 }), /arrivalRate/);
  assert.throws(() => batchingTradeoff({ ...base, maxBatchSize: 0 }), /maxBatchSize/);
  assert.throws(() => batchingTradeoff({ ...base, maxBatchSize: 2.5 }), /maxBatchSize/);
  assert.throws(() => batchingTradeoff({ ...base, lingerSeconds: -1 }), /lingerSeconds/);
  assert.throws(() => batchingTradeoff({ ...base, fixedCostSeconds: Number.NaN }), /fixedCost/);
  assert.throws(() => batchingTradeoff({ ...base, perItemCostSeconds: -1 }), /perItemCost/);
  assert.throws(() => simulateBatching({ ...base, items: 0, seed: 1 }), /items/);
  assert.throws(() => simulateBatching({ ...base, items: 10, seed: Number.NaN }), /seed/);
});
