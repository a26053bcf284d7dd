import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clampNumber, formatParam, parseChoice, parseNumber } from './index';

const rho = { min: 0.05, max: 0.99, default: 0.7 };
const servers = { min: 1, max: 64, default: 4, integer: true };

test('numbers inside the range pass through', () => {
  assert.deepEqual(parseNumber('0.8', rho), { value: 0.8, status: 'ok' });
  assert.deepEqual(parseNumber(' 85% ', rho), { value: 0.85, status: 'ok' });
  assert.deepEqual(parseNumber('8e-1', rho), { value: 0.8, status: 'ok' });
  assert.deepEqual(parseNumber('12', servers), { value: 12, status: 'ok' });
});

test('out-of-range numbers clamp to the nearest bound', () => {
  assert.deepEqual(parseNumber('-5', rho), { value: 0.05, status: 'clamped' });
  assert.deepEqual(parseNumber('1e12', rho), { value: 0.99, status: 'clamped' });
  assert.deepEqual(parseNumber('1e999', rho), { value: 0.99, status: 'clamped' });
  assert.deepEqual(parseNumber('2.6', servers), { value: 3, status: 'clamped' });
});

test('text that is not a number keeps the fallback and says so', () => {
  for (const raw of [
    'abc',
    '',
    '   ',
    '0x10',
    'NaN',
    'Infinity',
    '<script>alert(1)</script>',
    '1.2.3',
    '--1',
    null,
    undefined,
  ]) {
    assert.deepEqual(parseNumber(raw, rho, 0.5), { value: 0.5, status: 'invalid' }, String(raw));
  }
  assert.equal(parseNumber('1'.repeat(40), rho).status, 'invalid');
});

test('clampNumber rejects non-finite numbers', () => {
  assert.deepEqual(clampNumber(Number.NaN, rho), { value: 0.7, status: 'invalid' });
  assert.deepEqual(clampNumber(Infinity, rho), { value: 0.7, status: 'invalid' });
});

test('choices must match exactly', () => {
  const policies = ['lru', 'lfu', 'fifo'] as const;
  assert.deepEqual(parseChoice('lfu', policies, 'lru'), { value: 'lfu', status: 'ok' });
  assert.deepEqual(parseChoice('LFU', policies, 'lru'), { value: 'lru', status: 'invalid' });
  assert.deepEqual(parseChoice('<img onerror=x>', policies, 'lru'), {
    value: 'lru',
    status: 'invalid',
  });
  assert.deepEqual(parseChoice(null, policies, 'lru'), { value: 'lru', status: 'ok' });
});

test('formatParam keeps URLs short', () => {
  assert.equal(formatParam(0.1 + 0.2), '0.3');
  assert.equal(formatParam(1048576), '1048576', 'integers stay exact');
  assert.equal(formatParam(1234.56789), '1234.57');
});
