import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bloomFalsePositiveRate,
  lsmLevels,
  storageAmplification,
  type StorageAmplificationInput,
} from './storage-amplification';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

const base: StorageAmplificationInput = {
  dataBytes: 100 * GiB,
  recordBytes: 128,
  pageBytes: 16 * KiB,
  memtableBytes: 64 * MiB,
  sizeRatio: 10,
  bloomBitsPerKey: 10,
};

test('Bloom filter: 10 bits per key give the classic 0.82 % (k = 7) and the RocksDB guide\'s "~1 %"', () => {
  // Fan, Cao, Almeida and Broder, "Summary Cache" (IEEE/ACM ToN, 2000), "Bloom filters - the
  // math": the optimum is (0.6185)^{m/n}, and their table gives 0.00819 at m/n = 10, k = 7. The
  // optimum k = 6.93 is a hair lower; 1e-4 covers both.
  near(bloomFalsePositiveRate(10), 0.00819, 1e-4, 'b = 10');
  // RocksDB Tuning Guide: "Default bits_per_key is 10, which yields ~1% false positive rate".
  const p = bloomFalsePositiveRate(10);
  assert.ok(p > 0.005 && p < 0.012, `b = 10 is about 1 %: ${p}`);
  // Closed form at the optimal k = b ln 2: (1 - e^{-ln 2})^{b ln 2} = (1/2)^{b ln 2}, which the
  // same page rounds to 0.6185^b.
  for (const b of [1, 5, 8, 16, 24]) {
    near(bloomFalsePositiveRate(b), 0.5 ** (b * Math.LN2), 1e-15, `b = ${b}`);
    near(bloomFalsePositiveRate(b) / 0.6185 ** b, 1, 1e-4 * b, `0.6185^${b}`);
  }
  assert.equal(bloomFalsePositiveRate(0), 1, 'no filter: every run is read');
  // Each extra ~4.8 bits per key divides the rate by 10 (ln 10 / ln² 2 = 4.79).
  near(bloomFalsePositiveRate(14.79) / bloomFalsePositiveRate(10), 0.1, 1e-3, 'decade');
});

test('LSM levels: ceil(log_T(N / M)), exact powers of T do not gain a level', () => {
  assert.equal(lsmLevels(1000 * MiB, MiB, 10), 3);
  assert.equal(lsmLevels(1001 * MiB, MiB, 10), 4);
  assert.equal(lsmLevels(1024 * MiB, MiB, 2), 10);
  assert.equal(lsmLevels(1e6, 1e6, 10), 1, 'data that fits one buffer still has one level');
  assert.equal(lsmLevels(10, 1e6, 10), 1, 'and so does less');
  // 1 TiB over a 64 MiB memtable at T = 10: N / M = 16384, so 5 levels, as chapter 9 says.
  assert.equal(lsmLevels(TiB, 64 * MiB, 10), 5);
});

test('a bigger size ratio T means fewer (or as many) levels', () => {
  for (const data of [GiB, 100 * GiB, 10 * TiB]) {
    let previous = Infinity;
    for (let t = 2; t <= 100; t++) {
      const l = lsmLevels(data, 64 * MiB, t);
      assert.ok(l <= previous, `N = ${data}, T = ${t}: ${l} > ${previous}`);
      previous = l;
    }
  }
});

test('leveled write amplification: T per level, 51 for 1 TiB at T = 10 with the WAL', () => {
  const r = storageAmplification({ ...base, dataBytes: TiB });
  assert.equal(r.leveled.levels, 5);
  // T·L = 50 compaction writes (chapter 9's "T · L = 50"), plus one WAL write.
  near(r.leveled.writeAmplification, 51, 1e-12, 'leveled WA');
  // Tiering writes each byte once per level: L + 1.
  near(r.tiered.writeAmplification, 6, 1e-12, 'tiered WA');
  const noWal = storageAmplification({ ...base, dataBytes: TiB, wal: false });
  near(noWal.leveled.writeAmplification, 50, 1e-12, 'without the WAL');
});

test("leveled write amplification lands within 10 % of the RocksDB Tuning Guide's worked example", () => {
  // The guide: L1 = 512 MB, multiplier 10, 500 GB of data; write amplification
  // 1 + 2 + 10 + 10 + 10 = 33 (no WAL counted). The model merges a 512 MB buffer straight into
  // ten-times-larger levels: 3 levels of 10 = 30, 9 % below the guide's count.
  const r = storageAmplification({
    ...base,
    dataBytes: 500e9,
    memtableBytes: 512e6,
    wal: false,
  });
  assert.equal(r.leveled.levels, 3);
  near(r.leveled.writeAmplification, 33, 3.3, 'RocksDB guide');
});

test('leveling: a bigger T costs more per level, and tiering always writes less than leveling', () => {
  for (const data of [GiB, 100 * GiB, 10 * TiB]) {
    let previousPerLevel = 0;
    for (let t = 2; t <= 64; t++) {
      const r = storageAmplification({ ...base, dataBytes: data, sizeRatio: t, wal: false });
      const perLevel = r.leveled.writeAmplification / r.leveled.levels;
      assert.ok(perLevel > previousPerLevel, `per-level cost grows with T = ${t}`);
      previousPerLevel = perLevel;
      assert.ok(
        r.tiered.writeAmplification < r.leveled.writeAmplification,
        `N = ${data}, T = ${t}: tiered WA below leveled`,
      );
      // ...and pays for it in reads: more runs to seek, more filters to probe.
      assert.ok(r.tiered.runs >= r.leveled.runs, `runs at T = ${t}`);
      assert.ok(r.tiered.rangeSeeks >= r.leveled.rangeSeeks, `range seeks at T = ${t}`);
      assert.ok(r.tiered.pointReadIos >= r.leveled.pointReadIos, `point reads at T = ${t}`);
      if (t >= 3) {
        assert.ok(r.tiered.runs > r.leveled.runs, `strictly more runs at T = ${t}`);
        assert.ok(r.tiered.pointReadIos > r.leveled.pointReadIos, `strictly at T = ${t}`);
      }
    }
  }
});

test('point reads: 1 + (runs - 1)·p for a key that exists, runs·p for one that does not', () => {
  const r = storageAmplification(base);
  const p = r.bloomFalsePositiveRate;
  assert.equal(r.leveled.levels, 4, '100 GiB / 64 MiB = 1600: 4 levels at T = 10');
  assert.equal(r.tiered.runs, 36, '(T - 1)·L runs');
  near(r.leveled.pointReadIos, 1 + 3 * p, 1e-12, 'leveled existing key');
  near(r.tiered.pointReadIos, 1 + 35 * p, 1e-12, 'tiered existing key');
  near(r.leveled.zeroResultReadIos, 4 * p, 1e-12, 'leveled missing key');
  near(r.tiered.zeroResultReadIos, 36 * p, 1e-12, 'tiered missing key');
  // Without filters every run is read.
  const bare = storageAmplification({ ...base, bloomBitsPerKey: 0 });
  assert.equal(bare.leveled.pointReadIos, 4);
  assert.equal(bare.tiered.pointReadIos, 36);
  // A range scan cannot use the filters: one seek per run.
  assert.equal(r.leveled.rangeSeeks, 4);
  assert.equal(r.tiered.rangeSeeks, 36);
  assert.equal(r.btree.rangeSeeks, 1);
  // More bits per key: fewer wasted reads, more memory (the M of RUM).
  const rich = storageAmplification({ ...base, bloomBitsPerKey: 16 });
  assert.ok(rich.tiered.pointReadIos < r.tiered.pointReadIos);
  assert.ok(rich.tiered.memoryBytes > r.tiered.memoryBytes);
  near(rich.leveled.memoryBytes - r.leveled.memoryBytes, ((100 * GiB) / 128) * (6 / 8), 1, 'bits');
});

test('space amplification: 1 + 1/(T - 1) leveled (1.111 at T = 10), T tiered, 1/φ for the B+-tree', () => {
  // RocksDB blog, "Dynamic Level Size for Level-Based Compaction" (2015): levels of 1, 10, 100
  // and 1000 GB give (1000 + 100 + 10 + 1) / 1000 = 1.111.
  near(storageAmplification(base).leveled.spaceAmplification, 1.111, 1e-3, 'T = 10');
  near(storageAmplification({ ...base, sizeRatio: 2 }).leveled.spaceAmplification, 2, 1e-12, 'T=2');
  let previous = Infinity;
  for (let t = 2; t <= 100; t++) {
    const r = storageAmplification({ ...base, sizeRatio: t });
    const leveled = r.leveled.spaceAmplification;
    assert.ok(leveled > 1 && leveled <= 2 && leveled < previous, `leveled SA at T = ${t}`);
    previous = leveled;
    near(r.tiered.spaceAmplification, t, 1e-12, `tiered SA at T = ${t}`);
    assert.ok(r.tiered.spaceAmplification >= leveled, `tiered >= leveled at T = ${t}`);
  }
  near(
    storageAmplification({ ...base, sizeRatio: 1000 }).leveled.spaceAmplification,
    1,
    2e-3,
    '→ 1',
  );
  // Yao 1978: random inserts leave B-tree pages ln 2 ≈ 69 % full, so SA = 1 / ln 2 = 1.443.
  near(storageAmplification(base).btree.spaceAmplification, 1.443, 1e-3, 'Yao');
  near(
    storageAmplification({ ...base, fillFactor: 0.75 }).btree.spaceAmplification,
    4 / 3,
    1e-12,
    '3/4',
  );
  near(
    storageAmplification({ ...base, fillFactor: 2 / 3 }).btree.spaceAmplification,
    1.5,
    1e-12,
    '2/3',
  );
});

test('B+-tree: a hand-built tree of three levels, and 3 to 4 levels for a billion rows', () => {
  // 4 KiB pages filled to the brim, 64-byte records, 16-byte index entries: 64 records per
  // leaf, 256 children per inner page. 64·256² records make 65,536 leaves, 256 inner pages and
  // a root: height 3, and 257 inner pages (1 MiB + 4 KiB) to cache.
  const r = storageAmplification({
    ...base,
    dataBytes: 64 * 256 * 256 * 64,
    recordBytes: 64,
    pageBytes: 4 * KiB,
    fillFactor: 1,
  });
  assert.equal(r.btree.recordsPerLeaf, 64);
  assert.equal(r.btree.fanout, 256);
  assert.equal(r.btree.height, 3);
  assert.equal(r.btree.memoryBytes, 257 * 4 * KiB);
  // One record more needs a second root child: the same height, two more inner pages.
  const more = storageAmplification({
    ...base,
    dataBytes: (64 * 256 * 256 + 1) * 64,
    recordBytes: 64,
    pageBytes: 4 * KiB,
    fillFactor: 1,
  });
  assert.equal(more.btree.height, 4);
  // "With fan-out in the hundreds, 10^9 rows need about 3-4 levels" (the book's bibliography).
  const billion = storageAmplification({ ...base, dataBytes: 1e9 * 100, recordBytes: 100 });
  assert.ok(billion.btree.height >= 3 && billion.btree.height <= 4, `${billion.btree.height}`);
  assert.ok(billion.btree.fanout >= 100 && billion.btree.fanout < 1000, 'fan-out in the hundreds');
  // The cached inner levels are about 1/f of the leaves.
  const leafBytes = Math.ceil(1e9 / billion.btree.recordsPerLeaf) * 16 * KiB;
  near(
    billion.btree.memoryBytes / leafBytes,
    1 / billion.btree.fanout,
    0.2 / billion.btree.fanout,
    '1/f',
  );
  assert.equal(billion.btree.pointReadIos, 1, 'inner levels cached: one read for the leaf');
});

test('B+-tree write amplification: page / record, doubled by doublewrite, plus the WAL', () => {
  // 16 KiB page, 128-byte record: 128 per page write.
  near(storageAmplification(base).btree.writeAmplification, 2 * 128 + 1, 1e-12, 'InnoDB default');
  near(
    storageAmplification({ ...base, doublewrite: false }).btree.writeAmplification,
    129,
    1e-12,
    'off',
  );
  near(
    storageAmplification({ ...base, doublewrite: false, wal: false }).btree.writeAmplification,
    128,
    1e-12,
    'pages only',
  );
  // Bigger records amortize the page: 2 KiB records in 4 KiB pages, 2 per page write.
  near(
    storageAmplification({
      ...base,
      recordBytes: 2048,
      pageBytes: 4096,
      doublewrite: false,
      wal: false,
    }).btree.writeAmplification,
    2,
    1e-12,
    'half-page records',
  );
});

test('RUM: at the defaults no engine wins all three; each wins one', () => {
  const r = storageAmplification(base);
  const engines = [r.btree, r.leveled, r.tiered];
  const best = (pick: (e: (typeof engines)[number]) => number): number =>
    engines.indexOf(engines.reduce((a, b) => (pick(b) < pick(a) ? b : a)));
  assert.equal(
    best((e) => e.pointReadIos),
    0,
    'the B+-tree reads least',
  );
  assert.equal(
    best((e) => e.writeAmplification),
    2,
    'tiering writes least',
  );
  assert.equal(
    best((e) => e.spaceAmplification),
    1,
    'leveling wastes least space',
  );
});

test('device write rate is the user write rate times the write amplification', () => {
  const r = storageAmplification({ ...base, userWriteBytesPerSecond: 100e6 });
  for (const e of [r.btree, r.leveled, r.tiered]) {
    near(e.deviceWriteBytesPerSecond, 100e6 * e.writeAmplification, 1e-3, 'rate');
  }
  near(r.leveled.deviceWriteBytesPerSecond, 4.1e9, 1, '100 MB/s at WA 41');
  assert.equal(storageAmplification(base).leveled.deviceWriteBytesPerSecond, 0, 'default rate 0');
});

test('every amplification is finite and at least 1 across the widget ranges', () => {
  for (const dataBytes of [GiB, 100 * TiB])
    for (const recordBytes of [16, 2048])
      for (const pageBytes of [4 * KiB, 64 * KiB])
        for (const memtableBytes of [MiB, 4 * GiB])
          for (const sizeRatio of [2, 100])
            for (const bloomBitsPerKey of [0, 20]) {
              const r = storageAmplification({
                dataBytes,
                recordBytes,
                pageBytes,
                memtableBytes,
                sizeRatio,
                bloomBitsPerKey,
                userWriteBytesPerSecond: 1e10,
              });
              for (const e of [r.btree, r.leveled, r.tiered]) {
                for (const v of [
                  e.writeAmplification,
                  e.pointReadIos,
                  e.rangeSeeks,
                  e.spaceAmplification,
                ]) {
                  assert.ok(Number.isFinite(v) && v >= 1, `${v}`);
                }
                assert.ok(Number.isFinite(e.memoryBytes) && e.memoryBytes >= 0);
                assert.ok(Number.isFinite(e.deviceWriteBytesPerSecond));
              }
            }
});

test('bad input throws a RangeError naming the parameter', () => {
  const cases: [Partial<StorageAmplificationInput>, RegExp][] = [
    [{ dataBytes: 0 }, /dataBytes/],
    [{ dataBytes: Number.NaN }, /dataBytes/],
    [{ recordBytes: -1 }, /recordBytes/],
    [{ recordBytes: 10 * KiB }, /recordBytes/],
    [{ pageBytes: 0 }, /pageBytes/],
    [{ memtableBytes: 0 }, /memtableBytes/],
    [{ sizeRatio: 1 }, /sizeRatio/],
    [{ sizeRatio: 2.5 }, /sizeRatio/],
    [{ sizeRatio: Infinity }, /sizeRatio/],
    [{ bloomBitsPerKey: -1 }, /bloomBitsPerKey/],
    [{ bloomBitsPerKey: Number.NaN }, /bloomBitsPerKey/],
    [{ fillFactor: 0 }, /fillFactor/],
    [{ fillFactor: 1.2 }, /fillFactor/],
    [{ indexEntryBytes: 0 }, /indexEntryBytes/],
    [{ userWriteBytesPerSecond: -1 }, /userWriteBytesPerSecond/],
  ];
  for (const [patch, name] of cases) {
    assert.throws(() => storageAmplification({ ...base, ...patch }), {
      name: 'RangeError',
      message: name,
    });
  }
  assert.throws(() => bloomFalsePositiveRate(-0.5), {
    name: 'RangeError',
    message: /bloomBitsPerKey/,
  });
  assert.throws(() => lsmLevels(GiB, MiB, 1), { name: 'RangeError', message: /sizeRatio/ });
});
