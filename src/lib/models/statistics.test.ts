import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mean, quantile } from './statistics';

// Hyndman & Fan (1996), Table 1 uses x = (1..10); type 7 gives Q(0.25) = 3.25, Q(0.5) = 5.5, Q(0.9) = 9.1.
// The same values are what R's quantile(1:10, c(.25, .5, .9)) and NumPy's default print.
test('quantile follows Hyndman-Fan type 7 (R and NumPy default)', () => {
  const xs = [10, 3, 7, 1, 5, 9, 2, 8, 4, 6];
  assert.equal(quantile(xs, 0.25), 3.25);
  assert.equal(quantile(xs, 0.5), 5.5);
  assert.ok(Math.abs(quantile(xs, 0.9) - 9.1) < 1e-12);
  assert.equal(quantile(xs, 0), 1);
  assert.equal(quantile(xs, 1), 10);
  assert.deepEqual(xs, [10, 3, 7, 1, 5, 9, 2, 8, 4, 6], 'input is not reordered');
});

test('quantile of a single sample is that sample', () => {
  assert.equal(quantile([4.2], 0.99), 4.2);
});

test('mean', () => {
  assert.equal(mean([1, 2, 3, 4]), 2.5);
});

test('bad input throws a RangeError naming the problem', () => {
  assert.throws(() => quantile([], 0.5), /empty/);
  assert.throws(() => quantile([1, 2], 1.5), /q must/);
  assert.throws(() => quantile([1, Number.NaN], 0.5), /samples\[1\]/);
  assert.throws(() => mean([]), /empty/);
});
