import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildHashRing,
  consistentHashLoad,
  hashModMoved,
  jumpConsistentHash,
  murmur3_32,
} from './consistent-hash';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

test('MurmurHash3 x86_32 matches published test vectors', () => {
  // Vectors from SMHasher-derived suites (Ian Boyd's set, also in the Python mmh3 tests).
  const vectors: [string, number, number][] = [
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\0\0\0\0', 0, 0x2362f9de],
    ['a', 0x9747b28c, 0x7fa09ea6],
    ['aa', 0x9747b28c, 0x5d211726],
    ['aaa', 0x9747b28c, 0x283e0130],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['abc', 0, 0xb3dd93fa],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['ππππππππ', 0x9747b28c, 0xd58063c1], // UTF-8 multi-byte input
    ['a'.repeat(256), 0x9747b28c, 0x37405bdc],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
  ];
  for (const [text, seed, expected] of vectors) {
    assert.equal(murmur3_32(text, seed), expected, `"${text.slice(0, 12)}" seed ${seed}`);
  }
});

test('every key is assigned: shares and ring shares each sum to 1', () => {
  const r = consistentHashLoad({ nodes: 7, virtualNodes: 20, keys: 20_000, seed: 3 });
  near(
    r.shares.reduce((a, b) => a + b, 0),
    1,
    1e-12,
    'key shares',
  );
  near(
    r.arcShares.reduce((a, b) => a + b, 0),
    1,
    1e-12,
    'ring shares',
  );
  assert.equal(r.shares.length, 7);
  // Key shares track the ring shares; multinomial noise is ≈ sqrt(p / keys) ≈ 0.0026.
  r.shares.forEach((s, i) => near(s, r.arcShares[i], 0.012, `node ${i}`));
});

test('ring lookup walks clockwise and wraps past 2^32 - 1', () => {
  const ring = buildHashRing([0, 1, 2], 1, 0);
  const { points, owners } = ring;
  assert.equal(ring.ownerOf(points[0]), owners[0], 'a point owns its own position');
  assert.equal(ring.ownerOf(points[0] + 1), owners[1], 'just past a point goes to the next');
  assert.equal(ring.ownerOf(points[2] + 1), owners[0], 'past the last point wraps');
  assert.equal(ring.ownerOf(0), owners[0]);
});

test('the coefficient of variation of ring shares follows sqrt((N - 1) / (N V + 1)) ≈ 1/sqrt(V)', () => {
  // Node shares of N·V random points are Dirichlet(V, ..., V), so E[CV²] = (N - 1)/(N V + 1).
  // Averaged over 30 rings, sqrt(mean CV²) is within ±15 % of it (one ring's CV² has a relative
  // spread of ≈ sqrt(2 / (N - 1)) = 0.47, so the average's is ≈ 0.09, i.e. ≈ 0.045 on the root).
  const nodes = 10;
  const ids = Array.from({ length: nodes }, (_, i) => i);
  const rms: Record<number, number> = {};
  for (const v of [10, 40, 160]) {
    let sum = 0;
    const rings = 30;
    for (let seed = 0; seed < rings; seed++) {
      const shares = buildHashRing(ids, v, seed).arcShares();
      sum += shares.reduce((a, s) => a + (s * nodes - 1) ** 2, 0) / nodes;
    }
    rms[v] = Math.sqrt(sum / rings);
    const theory = Math.sqrt((nodes - 1) / (nodes * v + 1));
    assert.ok(Math.abs(rms[v] / theory - 1) < 0.15, `V = ${v}: ${rms[v]} vs ${theory}`);
  }
  // 16× the virtual nodes gives ≈ 4× less spread (theory: sqrt(1601/101) = 3.98).
  const ratio = rms[10] / rms[160];
  assert.ok(ratio > 3 && ratio < 5, `ratio ${ratio}`);
});

test('maxOverMean falls as virtual nodes grow', () => {
  const at = (v: number) =>
    consistentHashLoad({ nodes: 10, virtualNodes: v, keys: 30_000, seed: 5 }).maxOverMean;
  const m1 = at(1);
  const m10 = at(10);
  const m100 = at(100);
  assert.ok(m1 > m10 && m10 > m100, `${m1} > ${m10} > ${m100}`);
  assert.ok(m100 < 1.35, `with V = 100 the busiest node is within ~35 % of the mean: ${m100}`);
  assert.ok(m1 > 1.5, `with V = 1 the imbalance is large: ${m1}`);
});

test('joining moves ≈ 1/(N+1) of the keys, and only onto the new node', () => {
  // Average over 10 rings: E[moved] = 1/(N+1) exactly; per ring the spread with V = 50 is
  // ≈ 0.14 × 1/(N+1), so the average is within ±15 % with a wide margin.
  for (const nodes of [4, 9]) {
    let sum = 0;
    const rings = 10;
    for (let seed = 0; seed < rings; seed++) {
      sum += consistentHashLoad({ nodes, virtualNodes: 50, keys: 10_000, seed }).movedOnJoin;
    }
    const mean = sum / rings;
    assert.ok(Math.abs(mean * (nodes + 1) - 1) < 0.15, `N = ${nodes}: ${mean}`);
    assert.ok(mean < hashModMoved(nodes) / 3, 'far below mod-N rehashing');
  }
  // Invariant: a key either keeps its node or moves to the joining node N.
  const ids = [0, 1, 2, 3, 4];
  const before = buildHashRing(ids, 30, 7);
  const after = buildHashRing([...ids, 5], 30, 7);
  for (let i = 0; i < 5000; i++) {
    const h = murmur3_32(`probe-${i}`, 1);
    const a = after.ownerOf(h);
    assert.ok(a === before.ownerOf(h) || a === 5, `key ${i} moved between old nodes`);
  }
});

test("leaving moves exactly the departing node's keys", () => {
  const r = consistentHashLoad({ nodes: 8, virtualNodes: 25, keys: 30_000, seed: 2 });
  assert.equal(r.movedOnLeave, r.shares[0]);
  const single = consistentHashLoad({ nodes: 1, virtualNodes: 3, keys: 100, seed: 0 });
  assert.equal(single.movedOnLeave, 1);
  assert.equal(single.maxOverMean, 1);
});

test('mod-N rehashing moves N/(N+1) of the keys, in closed form and with real hashes', () => {
  assert.equal(hashModMoved(1), 0.5);
  assert.equal(hashModMoved(9), 0.9);
  for (const n of [3, 10]) {
    let moved = 0;
    const keys = 50_000;
    for (let i = 0; i < keys; i++) {
      const h = murmur3_32(`key-${i}`, 0);
      if (h % n !== h % (n + 1)) moved++;
    }
    near(moved / keys, hashModMoved(n), 0.01, `N = ${n}`);
  }
});

test('jump consistent hash matches the reference implementation', () => {
  // Values from ClickHouse's test of jumpConsistentHash (tests/queries/0_stateless/
  // 00580_consistent_hashing_functions) and the rust jumphash crate's test (123456, 1000).
  assert.equal(jumpConsistentHash(1, 1), 0);
  assert.equal(jumpConsistentHash(42, 57), 43);
  assert.equal(jumpConsistentHash(256, 1024), 520);
  assert.equal(jumpConsistentHash(3735883980, 1), 0);
  assert.equal(jumpConsistentHash(3735883980, 666), 361);
  assert.equal(jumpConsistentHash(16045690984833335023n, 255), 237);
  assert.equal(jumpConsistentHash(123456, 1000), 984);
  assert.equal(jumpConsistentHash(123456n, 1000), 984, 'number and bigint keys agree');
});

test('jump hash is monotone: growing buckets moves keys only to the new bucket', () => {
  let moved = 0;
  let checks = 0;
  for (let k = 0; k < 1500; k++) {
    const key = BigInt(murmur3_32(`k${k}`, 0)) * 4294967296n + BigInt(murmur3_32(`k${k}`, 1));
    let previous = jumpConsistentHash(key, 1);
    assert.equal(previous, 0);
    for (let n = 2; n <= 40; n++) {
      const b = jumpConsistentHash(key, n);
      assert.ok(b === previous || b === n - 1, `key ${k}: ${previous} -> ${b} at n = ${n}`);
      assert.ok(b >= 0 && b < n);
      if (n === 20 && b !== previous) moved++;
      if (n === 20) checks++;
      previous = b;
    }
  }
  // Going from 19 to 20 buckets moves 1/20 of keys: 75 of 1500 expected, sd ≈ 8.4.
  near(moved / checks, 1 / 20, 0.02, 'moved 19 -> 20');
});

test('jump hash spreads keys evenly (chi-square, 9 degrees of freedom)', () => {
  const counts = new Array(10).fill(0);
  const n = 20_000;
  const mask = (1n << 64n) - 1n;
  for (let k = 0; k < n; k++) {
    // Spread sequential keys over 64 bits (Fibonacci hashing) before bucketing.
    counts[jumpConsistentHash((BigInt(k) * 0x9e3779b97f4a7c15n) & mask, 10)]++;
  }
  const expected = n / 10;
  const chi2 = counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
  // 27.88 is the 0.999 quantile of chi-square with 9 degrees of freedom.
  assert.ok(chi2 < 27.88, `chi2 ${chi2}, counts ${counts}`);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => consistentHashLoad({ nodes: 0, virtualNodes: 1, keys: 1 }), /nodes/);
  assert.throws(() => consistentHashLoad({ nodes: 2, virtualNodes: 0, keys: 1 }), /virtualNodes/);
  assert.throws(() => consistentHashLoad({ nodes: 2, virtualNodes: 1, keys: 1.5 }), /keys/);
  assert.throws(() => buildHashRing([], 1), /nodeIds/);
  assert.throws(() => buildHashRing([1, 1], 1), /distinct/);
  assert.throws(() => hashModMoved(0), /nodes/);
  assert.throws(() => jumpConsistentHash(-1, 10), /key/);
  assert.throws(() => jumpConsistentHash(1n << 64n, 10), /key/);
  assert.throws(() => jumpConsistentHash(1, 0), /buckets/);
  assert.throws(() => murmur3_32('x', Number.NaN), /seed/);
});
