import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatNumber, formatPercent, formatSeconds, formatSi } from './index';

test('seconds take the unit that keeps the value at or above 1', () => {
  assert.equal(formatSeconds(0.0127), '12.7 ms');
  assert.equal(formatSeconds(2), '2 s');
  assert.equal(formatSeconds(150e-6), '150 µs');
  assert.equal(formatSeconds(0.5e-9), '0.5 ns');
  assert.equal(formatSeconds(0), '0 s');
  assert.equal(formatSeconds(0.99996), '1 s', 'rounding carries into the larger unit');
  assert.equal(formatSeconds(1234.5), '1,230 s');
});

test('infinite and missing values read as symbols, never as words', () => {
  assert.equal(formatSeconds(Infinity), '∞');
  assert.equal(formatNumber(-Infinity), '-∞');
  assert.equal(formatNumber(Number.NaN), '–');
  assert.equal(formatPercent(Infinity), '∞');
  for (const text of [
    formatSeconds(Infinity),
    formatNumber(Number.NaN),
    formatSi(Infinity, 'bit/s'),
  ]) {
    assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  }
});

test('percent, SI and binary prefixes', () => {
  assert.equal(formatPercent(0.634), '63.4 %');
  assert.equal(formatSi(2.5e9, 'bit/s'), '2.5 Gbit/s');
  assert.equal(formatSi(950, 'req/s'), '950 req/s');
  assert.equal(formatBytes(12.5e6), '11.9 MiB');
  assert.equal(formatBytes(512), '512 B');
});

test('grouping follows the locale', () => {
  assert.equal(formatNumber(12345, 'en', 5), '12,345');
  assert.equal(formatNumber(12345, 'zh-Hans', 5), '12,345');
});
