import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from './rng';

const N = 200_000;

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

test('the same seed gives the same samples, another seed other samples', () => {
  const a = createRng(42);
  const b = createRng(42);
  const c = createRng(43);
  const seqA = Array.from({ length: 20 }, () => a.uniform());
  const seqB = Array.from({ length: 20 }, () => b.uniform());
  const seqC = Array.from({ length: 20 }, () => c.uniform());
  assert.deepEqual(seqA, seqB);
  assert.notDeepEqual(seqA, seqC);
  for (const u of seqA) assert.ok(u >= 0 && u < 1);
});

test('uniform has mean 1/2 and variance 1/12 (within 1 %)', () => {
  const rng = createRng(1);
  const xs = Array.from({ length: N }, () => rng.uniform());
  const m = mean(xs);
  const v = mean(xs.map((x) => (x - m) ** 2));
  assert.ok(Math.abs(m - 0.5) < 0.005, `mean ${m}`);
  assert.ok(Math.abs(v - 1 / 12) / (1 / 12) < 0.01, `variance ${v}`);
});

test('exponential(rate) has mean 1/rate and P(X > 1/rate) = e^-1 (within 1 %)', () => {
  const rng = createRng(2);
  const rate = 4;
  const xs = Array.from({ length: N }, () => rng.exponential(rate));
  assert.ok(Math.abs(mean(xs) * rate - 1) < 0.01, `mean ${mean(xs)}`);
  const tail = xs.filter((x) => x > 1 / rate).length / N;
  assert.ok(Math.abs(tail - Math.exp(-1)) < 0.005, `tail ${tail}`);
});

test('normal has the requested mean and standard deviation; 68.27 % within one sigma', () => {
  const rng = createRng(3);
  const xs = Array.from({ length: N }, () => rng.normal(10, 2));
  const m = mean(xs);
  const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
  assert.ok(Math.abs(m - 10) < 0.02, `mean ${m}`);
  assert.ok(Math.abs(sd - 2) < 0.02, `sd ${sd}`);
  const within = xs.filter((x) => Math.abs(x - 10) < 2).length / N;
  assert.ok(Math.abs(within - 0.6827) < 0.005, `within ${within}`);
});

test('lognormal has mean exp(mu + sigma^2 / 2) and median exp(mu)', () => {
  const rng = createRng(4);
  const mu = 0.5;
  const sigma = 0.5;
  const xs = Array.from({ length: N }, () => rng.lognormal(mu, sigma)).sort((a, b) => a - b);
  const expectedMean = Math.exp(mu + (sigma * sigma) / 2);
  assert.ok(Math.abs(mean(xs) / expectedMean - 1) < 0.01, `mean ${mean(xs)}`);
  assert.ok(Math.abs(xs[N / 2] / Math.exp(mu) - 1) < 0.01, `median ${xs[N / 2]}`);
});

test('pareto(xm, alpha) has P(X > x) = (xm / x)^alpha and mean alpha xm / (alpha - 1)', () => {
  const rng = createRng(5);
  const xs = Array.from({ length: N }, () => rng.pareto(1, 3));
  for (const x of xs.slice(0, 1000)) assert.ok(x >= 1);
  const tail = xs.filter((x) => x > 2).length / N;
  assert.ok(Math.abs(tail - 0.125) < 0.003, `tail ${tail}`);
  assert.ok(Math.abs(mean(xs) - 1.5) < 0.02, `mean ${mean(xs)}`);
});

test('int(n) covers 0..n-1 evenly', () => {
  const rng = createRng(6);
  const counts = new Array(10).fill(0);
  for (let i = 0; i < N; i++) counts[rng.int(10)]++;
  for (const c of counts) assert.ok(Math.abs(c / N - 0.1) < 0.003, `count ${c}`);
});

test('bad parameters throw a RangeError naming the parameter', () => {
  const rng = createRng(7);
  assert.throws(() => rng.exponential(-1), /rate/);
  assert.throws(() => rng.exponential(Number.NaN), /rate/);
  assert.throws(() => rng.pareto(0, 1), /xm/);
  assert.throws(() => rng.pareto(1, 0), /alpha/);
  assert.throws(() => rng.int(0), /n must/);
  assert.throws(() => createRng(Number.NaN), /seed/);
});
