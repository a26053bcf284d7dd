import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateStallMeasurement, type StallMeasurementInput } from './coordinated-omission';

function within(actual: number, expected: number, relTol: number, label: string): void {
  const err = Math.abs(actual / expected - 1);
  assert.ok(err <= relTol, `${label}: expected ${expected} ± ${relTol * 100} %, got ${actual}`);
}

// The model is deterministic (evenly spaced sends, fixed service, periodic stalls), so the
// tolerances only absorb floating-point sums and the one request per stall that can fall either
// side of a boundary.

const DEFAULTS: StallMeasurementInput = {
  serviceSeconds: 0.001,
  stallSeconds: 1,
  stallEverySeconds: 10,
  rate: 500,
  durationSeconds: 60,
  connections: 10,
};

test('no stall and rate × service < 1: every open-loop latency equals the service time', () => {
  const r = simulateStallMeasurement({ ...DEFAULTS, stallSeconds: 0, rate: 800 });
  assert.equal(r.stalls, 0);
  assert.equal(r.open.count, 800 * 60);
  for (const latency of r.open.latencies) within(latency, 0.001, 1e-9, 'open latency');
  within(r.open.max, 0.001, 1e-9, 'open max');
  within(r.open.throughput, 800, 1e-3, 'open throughput');
  // Closed loop, no think time: the server never idles, so X = 1 / S, and by Little's law
  // N = X R every response takes R = c S = 10 ms once the c connections are in the queue.
  within(r.closed.throughput, 1000, 1e-3, 'closed throughput');
  within(r.closed.p50, 0.01, 1e-9, 'closed p50 = c S');
  within(r.closed.max, 0.01, 1e-9, 'closed max = c S');
});

test('closed generator: at most `connections` samples per stall record it, none sent during one', () => {
  for (const connections of [1, 10, 64]) {
    const r = simulateStallMeasurement({ ...DEFAULTS, connections });
    const { stallSeconds, stallEverySeconds } = DEFAULTS;
    let overlapping = 0;
    for (let i = 0; i < r.closed.count; i++) {
      const sent = r.closed.sendTimes[i];
      const received = sent + r.closed.latencies[i];
      for (let k = 1; k <= r.stalls; k++) {
        const start = k * stallEverySeconds;
        if (sent > start && sent < start + stallSeconds - 1e-9) {
          assert.fail(`request ${i} sent at ${sent}, inside the stall at ${start}`);
        }
        if (sent < start + stallSeconds && received > start) overlapping++;
      }
    }
    assert.equal(r.stalls, 5);
    assert.ok(
      overlapping <= connections * r.stalls,
      `${overlapping} samples overlap a stall, more than ${connections} × ${r.stalls}`,
    );
    // Only those samples see the stall: the rest take c S.
    const slow = Array.from(r.closed.latencies).filter((x) => x > connections * 0.001 + 1e-9);
    assert.ok(slow.length <= connections * r.stalls, `${slow.length} slow closed samples`);
  }
});

test('open generator: delayed share = stalls × (P + drain) × rate / total, max = P + S', () => {
  // A stall of P at utilization ρ leaves a backlog of rate P requests, drained at 1/S − rate per
  // second: drain = P ρ / (1 − ρ), so each stall delays rate P / (1 − ρ) requests.
  const cases: StallMeasurementInput[] = [
    DEFAULTS, // 5 stalls × 1000 delayed of 30,000 = 1/6
    { ...DEFAULTS, stallSeconds: 0.5, stallEverySeconds: 7, rate: 800, durationSeconds: 40 },
  ];
  for (const input of cases) {
    const r = simulateStallMeasurement(input);
    const rho = input.rate * input.serviceSeconds;
    const drain = (input.stallSeconds * rho) / (1 - rho);
    const stalls = Math.ceil(input.durationSeconds / input.stallEverySeconds) - 1;
    assert.equal(r.stalls, stalls);
    const total = input.rate * input.durationSeconds;
    const expected = (stalls * (input.stallSeconds + drain) * input.rate) / total;
    const delayed =
      Array.from(r.open.latencies).filter((x) => x > input.serviceSeconds * (1 + 1e-6)).length /
      r.open.count;
    // One request per stall may sit on either edge: 5 / 30,000 at most.
    within(delayed, expected, 0.002, `delayed share at rate ${input.rate}`);
    within(r.open.max, input.stallSeconds + input.serviceSeconds, 1e-6, 'open max = P + S');
  }
});

test('at the defaults the closed p99 is far below the open p99, as the closed forms say', () => {
  const r = simulateStallMeasurement(DEFAULTS);
  // Open: a share f = 1/6 of requests is delayed, their latencies spread evenly over (S, P + S],
  // the rest take S. P(L > x) = f (P + S − x) / P, so p99 = S + P (1 − 0.01 / f) = 0.941 s.
  const f = 1 / 6;
  within(r.open.p99, 0.001 + 1 * (1 - 0.01 / f), 0.005, 'open p99');
  within(r.open.p50, 0.001, 1e-6, 'open p50');
  // Closed: 5 stalls × 10 connections = 50 slow samples of about 55,000 (< 0.1 %), so p99 and
  // even p99.9 read c S = 10 ms, and max = P + c S = 1.01 s.
  within(r.closed.p99, 0.01, 1e-6, 'closed p99');
  within(r.closed.p999, 0.01, 1e-6, 'closed p99.9');
  within(r.closed.max, 1.01, 1e-6, 'closed max');
  // Throughput: the server completes 1 / S per second outside the 5 s of stalls: 55/60 × 1000.
  within(r.closed.throughput, (55 / 60) * 1000, 1e-3, 'closed throughput');
  assert.ok(r.open.p99 > 50 * r.closed.p99, `open p99 ${r.open.p99}, closed ${r.closed.p99}`);
});

test('deterministic: the same input (any seed) gives the same numbers', () => {
  const a = simulateStallMeasurement({ ...DEFAULTS, seed: 1 });
  const b = simulateStallMeasurement({ ...DEFAULTS, seed: 2 });
  assert.deepEqual(
    [a.open.p99, a.closed.p99, a.closed.count],
    [b.open.p99, b.closed.p99, b.closed.count],
  );
});

test('bad input throws a RangeError naming the parameter', () => {
  const bad: [Partial<StallMeasurementInput>, RegExp][] = [
    [{ serviceSeconds: 0 }, /serviceSeconds/],
    [{ stallSeconds: -1 }, /stallSeconds/],
    [{ stallSeconds: 10 }, /stallSeconds must be less than stallEverySeconds/],
    [{ stallEverySeconds: Number.NaN }, /stallEverySeconds/],
    [{ rate: Infinity }, /rate/],
    [{ durationSeconds: 0 }, /durationSeconds/],
    [{ connections: 1.5 }, /connections/],
    [{ connections: 0 }, /connections/],
    [{ rate: 1e6 }, /rate × durationSeconds/],
    [{ serviceSeconds: 1e-9 }, /serviceSeconds/],
    [{ seed: Number.NaN }, /seed/],
  ];
  for (const [override, message] of bad) {
    assert.throws(() => simulateStallMeasurement({ ...DEFAULTS, ...override }), {
      name: 'RangeError',
      message,
    });
  }
});
