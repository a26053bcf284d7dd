import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downtime, nines, parallelAvailability, seriesAvailability } from './availability';

const DAY = 86_400;

function close(actual: number, expected: number, absTol: number, label = ''): void {
  assert.ok(Math.abs(actual - expected) <= absTol, `${label} expected ${expected}, got ${actual}`);
}

// The SRE book's availability table (appendix A): 99.9 % allows 43.2 min per 30 days and
// 8.76 h per year; 99.99 % allows 4.32 min per 30 days and 52.56 min per year.
test('downtime budgets match the SRE availability table', () => {
  close(downtime(0.999, 30 * DAY) / 60, 43.2, 1e-9, '99.9 % / 30 d');
  close(downtime(0.999, 365 * DAY) / 3600, 8.76, 1e-9, '99.9 % / year');
  close(downtime(0.9999, 30 * DAY) / 60, 4.32, 1e-9, '99.99 % / 30 d');
  close(downtime(0.9999, 365 * DAY) / 60, 52.56, 1e-9, '99.99 % / year');
  close(downtime(0.99999, 365 * DAY) / 60, 5.256, 1e-9, '99.999 % / year');
  assert.equal(downtime(1, DAY), 0);
  assert.equal(downtime(0, DAY), DAY);
  assert.equal(downtime(0.5, 0), 0);
});

test('series availability is the product (by hand)', () => {
  // 0.999 × 0.999 × 0.99 = 0.98802099
  close(seriesAvailability([0.999, 0.999, 0.99]), 0.98802099, 1e-15, 'three in series');
  assert.equal(seriesAvailability([0.95]), 0.95);
  assert.equal(seriesAvailability([0.9, 0]), 0);
});

test('parallel availability is 1 - product of unavailabilities (by hand)', () => {
  // Two 99 % replicas: 1 - 0.01^2 = 0.9999. Three 90 %: 1 - 0.1^3 = 0.999.
  close(parallelAvailability([0.99, 0.99]), 0.9999, 1e-15, 'two 99 %');
  close(parallelAvailability([0.9, 0.9, 0.9]), 0.999, 1e-15, 'three 90 %');
  // 0.9 and 0.8: 1 - 0.1 × 0.2 = 0.98
  close(parallelAvailability([0.9, 0.8]), 0.98, 1e-15, 'mixed');
  assert.equal(parallelAvailability([0, 0]), 0);
  assert.equal(parallelAvailability([1, 0.5]), 1);
});

test('series of parallel pairs: redundancy at each tier', () => {
  const tier = parallelAvailability([0.99, 0.99]); // 0.9999
  close(seriesAvailability([tier, tier, tier]), 0.9999 ** 3, 1e-15, 'three redundant tiers');
  assert.ok(seriesAvailability([tier, tier, tier]) > 0.99, 'beats one unreplicated tier');
});

test('nines: 0.9 -> 1, 0.999 -> 3, 0.99999 -> 5, 1 -> Infinity, 0 -> 0', () => {
  close(nines(0.9), 1, 1e-12, '0.9');
  close(nines(0.999), 3, 1e-12, '0.999');
  close(nines(0.99999), 5, 1e-10, '0.99999');
  close(nines(0.9995), 3 + Math.log10(2), 1e-12, 'three and a half-ish');
  assert.equal(nines(1), Infinity);
  assert.equal(nines(0), 0);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => downtime(1.1, DAY),
    (e) => e instanceof RangeError && /availability/.test(e.message),
  );
  assert.throws(() => downtime(0.9, -1), /periodSeconds/);
  assert.throws(() => downtime(Number.NaN, 1), /availability/);
  assert.throws(() => seriesAvailability([]), /availabilities/);
  assert.throws(() => seriesAvailability([0.9, -0.1]), /availabilities\[1\]/);
  assert.throws(() => parallelAvailability([0.9, 2]), /availabilities\[1\]/);
  assert.throws(() => parallelAvailability([]), /non-empty/);
  assert.throws(() => nines(-0.5), /availability/);
});
