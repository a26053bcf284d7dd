import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLinear, scaleLog } from 'd3-scale';
import { axisTicks } from './ticks';

test('a log axis over many decades labels only powers of ten', () => {
  const y = scaleLog().domain([0.003, 6]).range([300, 0]);
  assert.deepEqual(axisTicks(y, 4), [0.01, 0.1, 1]);
});

test('a log axis over less than three decades adds 2 and 5 multiples', () => {
  const y = scaleLog().domain([1, 100]).range([300, 0]);
  assert.deepEqual(axisTicks(y, 5), [1, 2, 5, 10, 20, 50, 100]);
});

test('a linear axis keeps d3 ticks', () => {
  const x = scaleLinear().domain([0, 1]).range([0, 100]);
  assert.deepEqual(axisTicks(x, 5), x.ticks(5));
});
