import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  simulateBackpressure,
  type BackpressureInput,
  type BackpressurePolicy,
} from './backpressure';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

// Baseline 50 req/s, a burst of 150 req/s from t = 10 s to 20 s, then baseline again; the
// consumer serves 100 req/s. The burst overloads it by λ - μ = 50 req/s for 10 s.
const scenario: BackpressureInput = {
  arrivalRatePerSecond: [
    { fromSeconds: 0, rate: 50 },
    { fromSeconds: 10, rate: 150 },
    { fromSeconds: 20, rate: 50 },
  ],
  serviceRate: 100,
  queueCapacity: 100,
  policy: 'unbounded',
  durationSeconds: 40,
  stepSeconds: 0.01,
};

const at = (t: number): number => Math.round(t / scenario.stepSeconds);
const policies: BackpressurePolicy[] = ['block', 'drop-newest', 'shed-oldest', 'unbounded'];

test('unbounded queue grows at λ - μ during overload and drains at μ - λ after', () => {
  const r = simulateBackpressure(scenario);
  // Closed-form fluid solution: q(t) = 50 (t - 10) on [10, 20], then 500 - 50 (t - 20).
  near(r.queueDepth[at(10)], 0, 1e-9, 'q(10)');
  near(r.queueDepth[at(15)], 250, 1e-6, 'q(15)');
  near(r.queueDepth[at(20)], 500, 1e-6, 'q(20)');
  near(r.queueDepth[at(25)], 250, 1e-6, 'q(25)');
  near(r.queueDepth[at(30)], 0, 1e-6, 'q(30)');
  // Slope measured over one second inside the burst: 50 req/s.
  near(r.queueDepth[at(18)] - r.queueDepth[at(17)], 50, 1e-6, 'slope');
  // A request arriving at t waits q(t)/μ: 5 s at the end of the burst.
  near(r.latencySeconds[at(20)], 5, 1e-6, 'latency at 20 s');
  near(r.latencySeconds[at(15)], 2.5, 1e-6, 'latency at 15 s');
  near(r.latencySeconds[at(5)], 0, 1e-9, 'no delay before the burst');
  assert.equal(r.totals.dropped, 0);
  near(r.totals.arrived, 50 * 10 + 150 * 10 + 50 * 20, 1e-6, 'total arrivals');
});

test('conservation: arrived = served + dropped + queued + blocked at every step', () => {
  for (const policy of policies) {
    for (const stepSeconds of [0.01, 0.3]) {
      const r = simulateBackpressure({ ...scenario, policy, stepSeconds });
      for (let i = 0; i < r.t.length; i++) {
        const balance = r.served[i] + r.dropped[i] + r.queueDepth[i] + r.blockedDepth[i];
        near(balance, r.arrived[i], 1e-9 * Math.max(1, r.arrived[i]), `${policy} @ ${r.t[i]}`);
      }
      // Arrivals are integrated exactly even when steps straddle segment boundaries.
      near(r.totals.arrived, 3000, 1e-9, `${policy} step ${stepSeconds}`);
      assert.equal(r.t[r.t.length - 1], 40);
    }
  }
});

test('a bounded queue never exceeds its capacity', () => {
  for (const policy of ['block', 'drop-newest', 'shed-oldest'] as const) {
    const r = simulateBackpressure({ ...scenario, policy });
    assert.ok(r.totals.maxQueueDepth <= 100 + 1e-9, `${policy}: ${r.totals.maxQueueDepth}`);
    near(r.queueDepth[at(15)], 100, 1e-9, `${policy} full during the burst`);
  }
});

test('drop policies bound latency by K/μ and drop the overload λ - μ', () => {
  const tail = simulateBackpressure({ ...scenario, policy: 'drop-newest' });
  const head = simulateBackpressure({ ...scenario, policy: 'shed-oldest' });
  for (const r of [tail, head]) {
    assert.ok(r.totals.maxLatencySeconds <= 100 / 100 + 1e-9, `${r.totals.maxLatencySeconds}`);
    // The queue fills after 2 s (100 / 50), then 50 req/s are dropped for 8 s: 400 in total.
    near(r.totals.dropped, 400, 1e-6, 'dropped');
  }
  // Tail drop: an admitted request waits behind a full queue, K/μ = 1 s.
  near(tail.latencySeconds[at(16)], 1, 1e-6, 'tail-drop latency');
  // Head drop: the queue also empties from the front at λ - μ, so the wait is K/λ = 0.667 s.
  near(head.latencySeconds[at(16)], 100 / 150, 1e-6, 'head-drop latency');
  // After the burst the full queue drains at μ - λ = 50 req/s: empty at t = 22 s.
  near(tail.queueDepth[at(21)], 50, 1e-6, 'draining');
  near(tail.queueDepth[at(22)], 0, 1e-6, 'drained');
});

test('block loses nothing: the producer holds the excess and latency matches unbounded', () => {
  const blocked = simulateBackpressure({ ...scenario, policy: 'block' });
  const unbounded = simulateBackpressure(scenario);
  assert.equal(blocked.totals.dropped, 0);
  for (const t of [12, 15, 20, 25, 29]) {
    const i = at(t);
    near(
      blocked.queueDepth[i] + blocked.blockedDepth[i],
      unbounded.queueDepth[i],
      1e-6,
      `backlog at ${t}`,
    );
    near(blocked.latencySeconds[i], unbounded.latencySeconds[i], 1e-6, `latency at ${t}`);
  }
  // At the end of the burst 400 requests wait at the producer and 100 in the queue.
  near(blocked.blockedDepth[at(20)], 400, 1e-6, 'held at the producer');
});

test('requests still queued at the end are assumed to drain at μ', () => {
  // Overload that never ends: λ = 200, μ = 100 for 10 s leaves 1000 queued at t = 10; the
  // request arriving then waits 1000 / 100 = 10 s.
  const r = simulateBackpressure({
    arrivalRatePerSecond: [{ fromSeconds: 0, rate: 200 }],
    serviceRate: 100,
    policy: 'unbounded',
    durationSeconds: 10,
    stepSeconds: 0.05,
  });
  near(r.queueDepth[r.t.length - 1], 1000, 1e-6, 'final queue');
  near(r.latencySeconds[r.t.length - 1], 10, 1e-6, 'final latency');
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => simulateBackpressure({ ...scenario, serviceRate: 0 }), /serviceRate/);
  assert.throws(() => simulateBackpressure({ ...scenario, stepSeconds: 0 }), /stepSeconds/);
  assert.throws(() => simulateBackpressure({ ...scenario, stepSeconds: 1e-6 }), /stepSeconds/);
  assert.throws(
    () => simulateBackpressure({ ...scenario, durationSeconds: -1 }),
    /durationSeconds/,
  );
  assert.throws(
    () => simulateBackpressure({ ...scenario, policy: 'block', queueCapacity: undefined }),
    /queueCapacity/,
  );
  assert.throws(
    () => simulateBackpressure({ ...scenario, policy: 'drop-newest', queueCapacity: -5 }),
    /queueCapacity/,
  );
  assert.throws(
    () => simulateBackpressure({ ...scenario, policy: 'lifo' as BackpressurePolicy }),
    /policy/,
  );
  assert.throws(
    () => simulateBackpressure({ ...scenario, arrivalRatePerSecond: [] }),
    /arrivalRatePerSecond/,
  );
  assert.throws(
    () =>
      simulateBackpressure({ ...scenario, arrivalRatePerSecond: [{ fromSeconds: 1, rate: 5 }] }),
    /arrivalRatePerSecond\[0\]\.fromSeconds/,
  );
  assert.throws(
    () =>
      simulateBackpressure({
        ...scenario,
        arrivalRatePerSecond: [
          { fromSeconds: 0, rate: 5 },
          { fromSeconds: 0, rate: 6 },
        ],
      }),
    /arrivalRatePerSecond\[1\]\.fromSeconds/,
  );
  assert.throws(
    () =>
      simulateBackpressure({ ...scenario, arrivalRatePerSecond: [{ fromSeconds: 0, rate: -1 }] }),
    /arrivalRatePerSecond\[0\]\.rate/,
  );
});
