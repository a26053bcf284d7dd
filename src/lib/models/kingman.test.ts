import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kingmanWaitingTime } from './kingman';
import { mm1 } from './queueing';

function close(actual: number, expected: number, relTol: number, label = ''): void {
  const err = Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(err <= relTol, `${label} expected ${expected}, got ${actual}`);
}

test('with both CVs 1 it is the M/M/1 mean wait rho S / (1 - rho)', () => {
  const S = 0.02;
  for (const rho of [0.1, 0.5, 0.8, 0.95]) {
    const exact = (rho * S) / (1 - rho);
    close(kingmanWaitingTime(rho, S, 1, 1), exact, 1e-12, `rho ${rho}`);
    close(kingmanWaitingTime(rho, S, 1, 1), mm1(rho / S, 1 / S).meanWaitingTime, 1e-12, 'mm1');
  }
});

test('with Poisson arrivals and fixed service (M/D/1) it is Pollaczek-Khinchine: rho S / (2 (1 - rho))', () => {
  const S = 0.005;
  for (const rho of [0.3, 0.7, 0.9]) {
    close(kingmanWaitingTime(rho, S, 1, 0), (rho * S) / (2 * (1 - rho)), 1e-12, `rho ${rho}`);
  }
  // 80 % busy, 10 ms each: M/D/1 waits 20 ms on average, half the M/M/1 40 ms.
  close(kingmanWaitingTime(0.8, 0.01, 1, 0), 0.02, 1e-12, 'M/D/1 at 0.8');
});

test('no variability means no wait (D/D/1), and the wait grows with the squared CVs', () => {
  assert.equal(kingmanWaitingTime(0.9, 1, 0, 0), 0);
  assert.equal(kingmanWaitingTime(0, 1, 1, 1), 0);
  // Doubling c_s from 1 to 2 (c_a = 1) takes (1 + 1) / 2 = 1 to (1 + 4) / 2 = 2.5: 2.5x the wait.
  close(kingmanWaitingTime(0.5, 1, 1, 2) / kingmanWaitingTime(0.5, 1, 1, 1), 2.5, 1e-12, 'ratio');
});

test('saturated or overloaded queues wait forever', () => {
  assert.equal(kingmanWaitingTime(1, 0.01, 1, 1), Infinity);
  assert.equal(kingmanWaitingTime(1.2, 0.01, 0, 0), Infinity);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => kingmanWaitingTime(-0.1, 1, 1, 1),
    (e) => e instanceof RangeError && /utilization/.test(e.message),
  );
  assert.throws(() => kingmanWaitingTime(Number.NaN, 1, 1, 1), /utilization/);
  assert.throws(() => kingmanWaitingTime(0.5, 0, 1, 1), /meanServiceTime/);
  assert.throws(() => kingmanWaitingTime(0.5, 1, -1, 1), /arrivalCv/);
  assert.throws(() => kingmanWaitingTime(0.5, 1, 1, Infinity), /serviceCv/);
});
