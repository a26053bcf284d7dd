import { test } from 'node:test';
import assert from 'node:assert/strict';
import { littlesLaw } from './littles-law';

test('solves for concurrency: 1000 req/s at 50 ms keeps 50 requests in flight', () => {
  assert.deepEqual(littlesLaw({ arrivalRate: 1000, responseTime: 0.05 }), {
    arrivalRate: 1000,
    responseTime: 0.05,
    concurrency: 50,
  });
});

test('solves for arrival rate: 200 connections at 0.1 s sustain 2000 req/s', () => {
  const r = littlesLaw({ concurrency: 200, responseTime: 0.1 });
  assert.ok(Math.abs(r.arrivalRate - 2000) < 1e-9, `arrivalRate ${r.arrivalRate}`);
  assert.equal(r.concurrency, 200);
});

test('solves for response time: 30 in flight at 600 req/s means 50 ms each', () => {
  const r = littlesLaw({ concurrency: 30, arrivalRate: 600 });
  assert.ok(Math.abs(r.responseTime - 0.05) < 1e-15, `responseTime ${r.responseTime}`);
});

test('round trip: solving back from any two recovers the third', () => {
  const full = { arrivalRate: 123.4, responseTime: 0.0371, concurrency: 123.4 * 0.0371 };
  const a = littlesLaw({ responseTime: full.responseTime, concurrency: full.concurrency });
  const b = littlesLaw({ arrivalRate: full.arrivalRate, concurrency: full.concurrency });
  assert.ok(Math.abs(a.arrivalRate / full.arrivalRate - 1) < 1e-12);
  assert.ok(Math.abs(b.responseTime / full.responseTime - 1) < 1e-12);
});

test('zero is allowed where it does not divide: an idle system holds nothing', () => {
  assert.equal(littlesLaw({ arrivalRate: 0, responseTime: 2 }).concurrency, 0);
  assert.equal(littlesLaw({ concurrency: 0, responseTime: 2 }).arrivalRate, 0);
});

test('bad input throws a RangeError naming the problem', () => {
  assert.throws(
    () => littlesLaw({}),
    (e) => e instanceof RangeError && /exactly two/.test(e.message),
  );
  assert.throws(() => littlesLaw({ arrivalRate: 1 }), /exactly two.*got 1/);
  assert.throws(
    () => littlesLaw({ arrivalRate: 1, responseTime: 1, concurrency: 1 }),
    /exactly two.*got 3/,
  );
  assert.throws(() => littlesLaw({ arrivalRate: -1, responseTime: 1 }), /arrivalRate/);
  assert.throws(() => littlesLaw({ arrivalRate: 1, responseTime: Number.NaN }), /responseTime/);
  assert.throws(() => littlesLaw({ concurrency: -2, responseTime: 1 }), /concurrency/);
  assert.throws(
    () => littlesLaw({ concurrency: 2, responseTime: 0 }),
    /responseTime must be greater/,
  );
  assert.throws(
    () => littlesLaw({ concurrency: 2, arrivalRate: 0 }),
    /arrivalRate must be greater/,
  );
  assert.throws(() => littlesLaw({ concurrency: 2, arrivalRate: Infinity }), /arrivalRate/);
});
