import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipfWeights } from './cache';
import { murmur3_32 } from './consistent-hash';
import { murmur3_32Uint, placeKeys, shardLoads, shardSkew, type ShardSkewInput } from './sharding';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** H(n, s) = Σ_{i=1..n} i^{-s}, summed here from the smallest term up, independently of the model. */
function harmonic(n: number, s: number): number {
  let h = 0;
  for (let i = n; i >= 1; i--) h += 1 / Math.pow(i, s);
  return h;
}

test('the integer MurmurHash3 equals MurmurHash3_x86_32 of the same 4 little-endian bytes', () => {
  // The published vector for four zero bytes, seed 0 (also checked in consistent-hash.test.ts).
  assert.equal(murmur3_32Uint(0, 0), 0x2362f9de);
  // Bytes below 0x80 are one UTF-8 byte each, so the string hash sees exactly these 4 bytes.
  for (const [value, seed] of [
    [0x01020304, 0],
    [0x7f000001, 0x9747b28c],
    [0x00414243, 7],
    [12345, 1],
  ]) {
    const text = String.fromCharCode(
      value & 0xff,
      (value >>> 8) & 0xff,
      (value >>> 16) & 0xff,
      (value >>> 24) & 0xff,
    );
    assert.equal(murmur3_32Uint(value, seed), murmur3_32(text, seed), `value ${value}`);
  }
});

const GRID: ShardSkewInput[] = [];
for (const partitioning of ['hash', 'range'] as const) {
  for (const keyOrder of ['scattered', 'newest-hottest'] as const) {
    for (const zipfS of [0, 0.8, 1.2]) {
      for (const hotKeySplit of [1, 3]) {
        for (const [shards, keys] of [
          [16, 10_000],
          [7, 1_001],
          [40, 25], // more shards than keys: some shards stay empty
        ]) {
          GRID.push({ shards, keys, zipfS, partitioning, keyOrder, hotKeySplit, seed: 5 });
        }
      }
    }
  }
}

test('shares sum to 1, the hot key is all accounted for, and the bounds hold', () => {
  for (const input of GRID) {
    const r = shardSkew({ ...input, capacityPerShard: 1000 });
    const what = JSON.stringify(input);
    assert.equal(r.shares.length, input.shards, what);
    near(sum(r.shares), 1, 1e-12, `${what} shares`);
    near(sum(r.hotKeyShares), r.hottestKeyShare, 1e-15, `${what} hot key`);
    r.hotKeyShares.forEach((h, i) => assert.ok(h <= r.shares[i] + 1e-15, `${what} shard ${i}`));
    assert.equal(r.maxShare, Math.max(...r.shares), what);
    assert.equal(r.shares[r.hottestShard], r.maxShare, what);
    // No shard can carry less than the fair share, or less than the hottest unsplittable key.
    assert.ok(r.maxShare >= r.meanShare - 1e-15, `${what} max >= mean`);
    assert.ok(r.maxShare >= r.hottestUnitShare - 1e-15, `${what} max >= hottest unit`);
    assert.ok(r.maxShare >= r.maxShareLowerBound - 1e-15, `${what} max >= bound`);
    if (input.hotKeySplit === 1) assert.ok(r.maxShare >= r.hottestKeyShare - 1e-15, what);
    near(r.maxOverMean, r.maxShare * input.shards, 1e-12, `${what} max/mean`);
    near(r.throughputLimit, 1000 / r.maxShare, 1e-9, `${what} limit`);
    assert.ok(r.throughputLimit <= r.idealThroughput * (1 + 1e-12), `${what} limit <= N C`);
    assert.equal(r.idealThroughput, input.shards * 1000);
  }
});

test('uniform keys on equal ranges give exactly 1/N per shard, in either key order', () => {
  for (const keyOrder of ['scattered', 'newest-hottest'] as const) {
    const r = shardSkew({
      shards: 8,
      keys: 4000,
      zipfS: 0,
      partitioning: 'range',
      keyOrder,
      capacityPerShard: 2500,
    });
    r.shares.forEach((share, i) => near(share, 1 / 8, 1e-12, `${keyOrder} shard ${i}`));
    near(r.maxOverMean, 1, 1e-12, keyOrder);
    near(r.throughputLimit, 8 * 2500, 1e-6, `${keyOrder} throughput`);
  }
  // K not divisible by N: the ranges hold ⌊K/N⌋ or ⌈K/N⌉ keys, so the shares are 142/1000 or 143/1000.
  const r = shardSkew({ shards: 7, keys: 1000, zipfS: 0, partitioning: 'range' });
  for (const share of r.shares) {
    assert.ok(Math.abs(share - 142 / 1000) < 1e-12 || Math.abs(share - 143 / 1000) < 1e-12);
  }
});

test('range partitioning with the newest keys hottest: each shard holds a closed-form slice of the Zipf mass', () => {
  for (const [shards, keys, s] of [
    [16, 1_000_000, 1],
    [8, 4_000, 0.8],
    [4, 100, 1.5],
  ]) {
    const r = shardSkew({
      shards,
      keys,
      zipfS: s,
      partitioning: 'range',
      keyOrder: 'newest-hottest',
    });
    const total = harmonic(keys, s);
    const perShard = keys / shards;
    // Shard N-1-t holds ranks t·K/N + 1 .. (t+1)·K/N.
    for (let t = 0; t < shards; t++) {
      const expected = (harmonic((t + 1) * perShard, s) - harmonic(t * perShard, s)) / total;
      near(r.shares[shards - 1 - t], expected, 1e-12, `K=${keys} N=${shards} s=${s} slice ${t}`);
    }
    assert.equal(r.hottestShard, shards - 1);
  }
  // s = 1, K = 10^6, N = 16: H(n, 1) ≈ ln n + γ + 1/(2n) gives (ln 62,500 + γ) / (ln 10^6 + γ)
  // = 0.8067, the 80.7 % of chapter 9's table; the asymptotic form is good to about 1e-6 here.
  const gamma = 0.5772156649015329;
  const r = shardSkew({
    shards: 16,
    keys: 1_000_000,
    zipfS: 1,
    partitioning: 'range',
    keyOrder: 'newest-hottest',
  });
  near(r.maxShare, (Math.log(62_500) + gamma) / (Math.log(1e6) + gamma), 1e-5, 'last shard');
});

test('splitting the hottest key under range partitioning moves exactly (m-1)/m of it off its shard', () => {
  const shards = 8;
  const keys = 8000;
  const s = 1.1;
  const m = 4;
  const base = shardSkew({
    shards,
    keys,
    zipfS: s,
    partitioning: 'range',
    keyOrder: 'newest-hottest',
  });
  const split = shardSkew({
    shards,
    keys,
    zipfS: s,
    partitioning: 'range',
    keyOrder: 'newest-hottest',
    hotKeySplit: m,
  });
  const p1 = 1 / harmonic(keys, s);
  near(split.hottestKeyShare, p1, 1e-12, 'p1');
  // Sub-key 0 stays on the last shard (7); sub-keys 1..3 go to shards 0, 1 and 2.
  near(split.shares[7], base.shares[7] - p1 + p1 / m, 1e-12, 'home shard');
  for (const shard of [0, 1, 2]) {
    near(split.shares[shard], base.shares[shard] + p1 / m, 1e-12, `shard ${shard}`);
    near(split.hotKeyShares[shard], p1 / m, 1e-15, `hot part of shard ${shard}`);
  }
  for (const shard of [3, 4, 5, 6])
    near(split.shares[shard], base.shares[shard], 1e-15, `${shard}`);
  // The hottest routable key is now the larger of p1/m and the second key, p1 / 2^s.
  near(split.hottestUnitShare, Math.max(p1 / m, p1 / 2 ** s), 1e-15, 'hottest unit');
});

test('hashing uniform keys balances them like balls into bins', () => {
  for (const [shards, keys, low, high] of [
    // χ² quantiles at 1e-5 and 1 - 1e-5 with N - 1 degrees of freedom.
    [16, 100_000, 1.7, 50.49],
    [64, 100_000, 26.02, 122.73],
  ]) {
    const r = shardSkew({ shards, keys, zipfS: 0, partitioning: 'hash', seed: 3 });
    // Each shard's key count is Binomial(K, 1/N). Hoeffding's inequality and a union bound over
    // the N shards: P(some count > K/N + u) <= N exp(-2u²/K), which is 1e-6 for
    // u = sqrt(K ln(N / 1e-6) / 2), i.e. max/mean <= 1 + N sqrt(ln(N / 1e-6) / (2K)):
    // 1.046 for N = 16 and 1.20 for N = 64 at K = 100,000. A random hash fails this one time in
    // a million.
    const bound = 1 + shards * Math.sqrt(Math.log(shards / 1e-6) / (2 * keys));
    assert.ok(r.maxOverMean <= bound, `N=${shards}: max/mean ${r.maxOverMean} > ${bound}`);
    // And not suspiciously even: Pearson's χ² of the counts against K/N follows χ²(N - 1) for a
    // random hash; round-robin placement (key mod N) would give exactly 0.
    const expected = keys / shards;
    const chi2 = r.shares.reduce(
      (acc, share) => acc + (share * keys - expected) ** 2 / expected,
      0,
    );
    assert.ok(chi2 > low && chi2 < high, `N=${shards}: χ² = ${chi2} outside [${low}, ${high}]`);
  }
});

test('under hash partitioning the hot key drags its shard to p1 + (1 - p1)/N on average', () => {
  // Over seeds the other keys land independently and uniformly, so the hot key's shard carries
  // p1 + (1 - p1)/N in expectation, with variance Σ_{r>=2} p_r² (1/N)(1 - 1/N) per seed.
  const shards = 8;
  const keys = 2000;
  const s = 1;
  const seeds = 200;
  const p = zipfWeights(keys, s);
  let mean = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const r = shardSkew({ shards, keys, zipfS: s, partitioning: 'hash', seed });
    const home = r.hotKeyShares.findIndex((h) => h > 0);
    mean += r.shares[home] / seeds;
  }
  const tail = p.slice(1).reduce((acc, x) => acc + x * x, 0);
  const sd = Math.sqrt((tail * (1 / shards) * (1 - 1 / shards)) / seeds);
  near(mean, p[0] + (1 - p[0]) / shards, 5 * sd, 'hot shard share over seeds');
});

test('more shards cannot lift the cap set by the hottest key', () => {
  // X_max = C / maxShare <= C / p1: with s = 1.2 over 10,000 keys p1 ≈ 0.2, so even 64 shards of
  // 1,000 req/s top out near 5,000 req/s instead of 64,000.
  const p1 = 1 / harmonic(10_000, 1.2);
  for (const shards of [4, 16, 64]) {
    const r = shardSkew({
      shards,
      keys: 10_000,
      zipfS: 1.2,
      partitioning: 'hash',
      capacityPerShard: 1000,
    });
    assert.ok(r.throughputLimit <= 1000 / p1 + 1e-9, `N=${shards}`);
  }
});

test('the same seed gives the same result; the hash ignores key order', () => {
  const input: ShardSkewInput = {
    shards: 12,
    keys: 5000,
    zipfS: 0.9,
    partitioning: 'hash',
    seed: 9,
  };
  assert.deepEqual(shardSkew(input), shardSkew(input));
  assert.deepEqual(shardSkew({ ...input, keyOrder: 'newest-hottest' }), shardSkew(input));
  assert.notDeepEqual(shardSkew({ ...input, seed: 10 }).shares, shardSkew(input).shares);
  const scattered: ShardSkewInput = { ...input, partitioning: 'range', keyOrder: 'scattered' };
  assert.deepEqual(shardSkew(scattered), shardSkew(scattered));
  assert.notDeepEqual(shardSkew({ ...scattered, seed: 10 }).shares, shardSkew(scattered).shares);
  // The split API composes to the same numbers as the one-call API.
  const weights = zipfWeights(5000, 0.9);
  assert.deepEqual(
    shardLoads(placeKeys(input), weights, { hotKeySplit: 2 }),
    shardSkew({ ...input, hotKeySplit: 2 }),
  );
});

test('bad input throws a RangeError naming the parameter', () => {
  const ok: ShardSkewInput = { shards: 4, keys: 100, zipfS: 1, partitioning: 'hash' };
  const cases: [Partial<Record<keyof ShardSkewInput, unknown>>, RegExp][] = [
    [{ shards: 0 }, /shards/],
    [{ shards: 2.5 }, /shards/],
    [{ shards: 2 ** 21 }, /shards/],
    [{ keys: 0 }, /keys/],
    [{ keys: Number.NaN }, /keys/],
    [{ keys: 2 ** 27 }, /keys/],
    [{ zipfS: -0.1 }, /zipfS/],
    [{ zipfS: Infinity }, /zipfS/],
    [{ partitioning: 'round-robin' }, /partitioning/],
    [{ keyOrder: 'oldest-hottest' }, /keyOrder/],
    [{ hotKeySplit: 0 }, /hotKeySplit/],
    [{ hotKeySplit: 2 ** 17 }, /hotKeySplit/],
    [{ capacityPerShard: 0 }, /capacityPerShard/],
    [{ seed: Number.NaN }, /seed/],
  ];
  for (const [patch, name] of cases) {
    assert.throws(
      () => shardSkew({ ...ok, ...patch } as ShardSkewInput),
      (error: unknown) => error instanceof RangeError && name.test(error.message),
      JSON.stringify(patch),
    );
  }
  const placement = placeKeys(ok);
  assert.throws(() => shardLoads(placement, zipfWeights(99, 1)), /weights/);
  assert.throws(() => shardLoads(placement, new Array<number>(100).fill(0.02)), /weights/);
  assert.throws(() => shardLoads(placement, [...zipfWeights(100, 1)].reverse()), /weights/);
});
