import { requireFinite, requireInteger, requireNonNegative, requirePositive } from './validate';

/**
 * Read, write and space amplification of a B+-tree against an LSM-tree with leveled or
 * size-tiered compaction: the textbook cost models behind the RUM conjecture (Athanassoulis et
 * al., "Designing Access Methods: The RUM Conjecture", EDBT 2016, doi:10.5441/002/edbt.2016.42).
 * These are asymptotic, worst-case-flavoured models, not measurements: they give the order of
 * magnitude and how it moves with each knob. Measure a real engine with its own counters
 * (RocksDB's `rocksdb.stats` W-Amp column, `iostat` write bytes over the application's).
 */

/** Bloom filter false-positive rate with b bits per key and the optimal number of hashes. */
export function bloomFalsePositiveRate(bitsPerKey: number): number {
  requireNonNegative('bloomBitsPerKey', bitsPerKey);
  // p = (1 - e^{-k/b})^k is smallest at k = b ln 2, where it equals 2^{-b ln 2} = e^{-b (ln 2)^2}
  // (Bloom 1970; the form Monkey uses, Dayan et al. SIGMOD 2017). 10 bits give 0.82 %, the
  // "~1 %" of the RocksDB Tuning Guide for its default bits_per_key = 10.
  return Math.exp(-bitsPerKey * Math.LN2 * Math.LN2);
}

/**
 * Levels L of an LSM-tree whose write buffer (memtable) holds M bytes and whose level i holds
 * up to M·T^i bytes: L = ceil(log_T(N / M)), at least 1. This is the simplification of Monkey's
 * L = ceil(log_T(N·E / M_buffer · (T - 1) / T)) (Dayan, Athanassoulis and Idreos, "Monkey:
 * Optimal Navigable Key-Value Store", SIGMOD 2017, doi:10.1145/3035918.3064054) without the
 * (T - 1)/T factor, which changes L only when N / M sits just above a power of T.
 *
 * @param dataBytes live data N, bytes (> 0)
 * @param memtableBytes write buffer M, bytes (> 0)
 * @param sizeRatio size ratio T between adjacent levels (integer >= 2)
 */
export function lsmLevels(dataBytes: number, memtableBytes: number, sizeRatio: number): number {
  requirePositive('dataBytes', dataBytes);
  requirePositive('memtableBytes', memtableBytes);
  requireInteger('sizeRatio', sizeRatio, 2);
  const exact = Math.log(dataBytes / memtableBytes) / Math.log(sizeRatio);
  // log(1000)/log(10) is 2.9999999999999996 and can as well come out a hair above 3: an exact
  // power of T must not grow a level from rounding.
  return Math.max(1, Math.ceil(exact - 1e-9));
}

/** Inputs of {@link storageAmplification}. */
export interface StorageAmplificationInput {
  /** Live (logical) data N, bytes (> 0). */
  dataBytes: number;
  /** Average record (key + value) size E, bytes (> 0 and at most half a page, as InnoDB requires). */
  recordBytes: number;
  /** B+-tree page size, also the LSM data block size, bytes (> 0). InnoDB: 16 KiB. */
  pageBytes: number;
  /** LSM write buffer (memtable) M, bytes (> 0). RocksDB's write_buffer_size: 64 MiB. */
  memtableBytes: number;
  /** LSM size ratio T (integer >= 2). RocksDB's max_bytes_for_level_multiplier: 10. */
  sizeRatio: number;
  /** Bloom filter bits per key b (>= 0; 0 means no filter). RocksDB's usual setting: 10. */
  bloomBitsPerKey: number;
  /** B+-tree page fill factor in (0, 1]. Default ln 2 ≈ 0.69 (Yao 1978, random inserts). */
  fillFactor?: number;
  /** Bytes of one index entry (separator key + child pointer, or an SST block index entry). Default 16. */
  indexEntryBytes?: number;
  /** Whether B+-tree pages are written twice, as InnoDB's doublewrite buffer does (default true). */
  doublewrite?: boolean;
  /** Whether every engine also appends each record to a write-ahead log (default true). */
  wal?: boolean;
  /** User write rate, bytes/s (>= 0, default 0), turned into device write rates. */
  userWriteBytesPerSecond?: number;
}

/** The amplifications of one engine. Every field is >= 1 except the zero-result read. */
export interface EngineAmplification {
  /** Bytes written to the device per byte the application writes. */
  writeAmplification: number;
  /** Device write rate at the input's user write rate, bytes/s. */
  deviceWriteBytesPerSecond: number;
  /** Expected device reads of a point lookup for a key that exists (read amplification). */
  pointReadIos: number;
  /** Expected device reads of a point lookup for a key that does not exist. */
  zeroResultReadIos: number;
  /** Sorted runs (or subtrees) a short range scan must seek into; Bloom filters cannot help. */
  rangeSeeks: number;
  /** Bytes on the device per byte of live data, in the model's worst case. */
  spaceAmplification: number;
  /** Memory the read costs above assume is cached: inner B+-tree pages, or filters + block index. */
  memoryBytes: number;
}

/** Result of {@link storageAmplification}. */
export interface StorageAmplificationResult {
  btree: EngineAmplification & {
    /** Levels from root to leaf, leaves included. */
    readonly height: number;
    /** Children per inner page at the fill factor. */
    readonly fanout: number;
    /** Records per leaf page at the fill factor. */
    readonly recordsPerLeaf: number;
  };
  leveled: EngineAmplification & { readonly levels: number; readonly runs: number };
  tiered: EngineAmplification & { readonly levels: number; readonly runs: number };
  /** Bloom filter false-positive rate per run probed. */
  bloomFalsePositiveRate: number;
}

/**
 * Read, write and space amplification of three storage engines holding the same N bytes of
 * records of E bytes, for random single-record updates and point lookups.
 *
 * **B+-tree** (in-place updates; Bayer and McCreight 1972, Comer 1979). Pages of P bytes are
 * filled to a fraction φ: Yao ("On random 2-3 trees", Acta Informatica 9, 1978,
 * doi:10.1007/BF00289075) showed φ → ln 2 ≈ 69 % under random inserts; steady-state pages are
 * typically 2/3 to 3/4 full. A leaf holds floor(φP / E) records and an inner page
 * f = floor(φP / e) children for index entries of e bytes; the height is 1 + the inner levels.
 * - write: an update dirties one page, and in the worst case (a table much larger than the
 *   buffer pool, so no two updates share a page flush) the whole page is written for one record:
 *   WA = d·P/E + w, with d = 2 when InnoDB's doublewrite buffer writes each page twice (its
 *   default), and w = 1 for the redo-log record (undo and log headers ignored).
 * - read: one device read per level not in cache. The model caches the inner levels (their size
 *   is `memoryBytes`, about 1/f of the data), so a point read costs 1 and a range scan 1 seek.
 * - space: SA = 1/φ (inner pages add about 1/f more, ignored).
 *
 * **LSM-tree** (O'Neil, Cheng, Gawlick and O'Neil, "The Log-Structured Merge-Tree", Acta
 * Informatica 33, 1996, doi:10.1007/s002360050048) with L = {@link lsmLevels} levels, costs as
 * in Monkey and in Dayan and Idreos, "Dostoevsky", SIGMOD 2018 (doi:10.1145/3183713.3196927):
 * - leveled (one run per level): WA = T·L + w. A byte that moves into level i+1 is merged with
 *   the ≈ T bytes already there, so each level costs T: the count of the RocksDB Tuning Guide's
 *   worked example (1 + 2 + 10 + 10 + 10 = 33), for a RocksDB that keeps every level at its
 *   target size. Dostoevsky's amortized analysis, where a level fills up from empty between full
 *   merges, gives (T - 1)/2 per level instead: read this WA as the upper end, within about 2×.
 *   The memtable flush is the first of the L merges. Runs = L.
 * - tiered (up to T - 1 runs per level, merged when the T-th arrives; RocksDB's universal
 *   compaction is a variant): each byte is written once per level, WA = L + w. Runs = (T - 1)·L.
 * - point read of an existing key in the last run, with Bloom filters and block indexes cached:
 *   1 + (runs - 1)·p, p = {@link bloomFalsePositiveRate}; a missing key costs runs·p. A range
 *   scan seeks into every run: runs.
 * - space, worst case (every key overwritten so often that all runs hold versions of the same
 *   keys, the largest run holding all of them): leveled levels hold M·T^i, so
 *   SA = Σ T^i / T^L → T/(T - 1) = 1 + 1/(T - 1), the 1.111 of RocksDB's dynamic level sizing at
 *   T = 10; tiered levels hold T - 1 runs of M·T^{i-1}, so SA → T. With insert-only keys both
 *   tend to 1. RocksDB bounds universal compaction's SA with max_size_amplification_percent.
 * - memory: filters of b/8 bytes per live key plus one index entry per data block.
 *
 * Device write rate = user write rate × WA. Compression, page splits, the L0 of RocksDB
 * (flushed files that overlap) and deletes are left out.
 */
export function storageAmplification(input: StorageAmplificationInput): StorageAmplificationResult {
  const {
    dataBytes,
    recordBytes,
    pageBytes,
    memtableBytes,
    sizeRatio,
    bloomBitsPerKey,
    fillFactor = Math.LN2,
    indexEntryBytes = 16,
    doublewrite = true,
    wal = true,
    userWriteBytesPerSecond = 0,
  } = input;
  requirePositive('dataBytes', dataBytes);
  requirePositive('recordBytes', recordBytes);
  requirePositive('pageBytes', pageBytes);
  if (recordBytes > pageBytes / 2) {
    throw new RangeError(
      `recordBytes must be at most half of pageBytes (${pageBytes / 2}), got ${recordBytes}`,
    );
  }
  requireFinite('fillFactor', fillFactor);
  if (fillFactor <= 0 || fillFactor > 1) {
    throw new RangeError(`fillFactor must be in (0, 1], got ${fillFactor}`);
  }
  requirePositive('indexEntryBytes', indexEntryBytes);
  if (indexEntryBytes > pageBytes / 2) {
    throw new RangeError(
      `indexEntryBytes must be at most half of pageBytes (${pageBytes / 2}), got ${indexEntryBytes}`,
    );
  }
  requireNonNegative('userWriteBytesPerSecond', userWriteBytesPerSecond);
  const levels = lsmLevels(dataBytes, memtableBytes, sizeRatio);
  const p = bloomFalsePositiveRate(bloomBitsPerKey);
  const walWrites = wal ? 1 : 0;
  const records = dataBytes / recordBytes;

  // B+-tree shape. A page always holds at least one record and two children, whatever φ.
  const recordsPerLeaf = Math.max(1, Math.floor((fillFactor * pageBytes) / recordBytes));
  const fanout = Math.max(2, Math.floor((fillFactor * pageBytes) / indexEntryBytes));
  let pages = Math.ceil(records / recordsPerLeaf);
  let innerPages = 0;
  let height = 1;
  while (pages > 1) {
    pages = Math.ceil(pages / fanout);
    innerPages += pages;
    height++;
  }
  const btreeWrite = ((doublewrite ? 2 : 1) * pageBytes) / recordBytes + walWrites;

  const lsmMemory =
    (records * bloomBitsPerKey) / 8 + Math.ceil(dataBytes / pageBytes) * indexEntryBytes;
  const lsm = (
    writeAmplification: number,
    runs: number,
    spaceAmplification: number,
  ): EngineAmplification & { levels: number; runs: number } => ({
    writeAmplification,
    deviceWriteBytesPerSecond: writeAmplification * userWriteBytesPerSecond,
    pointReadIos: 1 + (runs - 1) * p,
    zeroResultReadIos: runs * p,
    rangeSeeks: runs,
    spaceAmplification,
    memoryBytes: lsmMemory,
    levels,
    runs,
  });

  return {
    btree: {
      writeAmplification: btreeWrite,
      deviceWriteBytesPerSecond: btreeWrite * userWriteBytesPerSecond,
      pointReadIos: 1,
      zeroResultReadIos: 1,
      rangeSeeks: 1,
      spaceAmplification: 1 / fillFactor,
      memoryBytes: innerPages * pageBytes,
      height,
      fanout,
      recordsPerLeaf,
    },
    leveled: lsm(sizeRatio * levels + walWrites, levels, sizeRatio / (sizeRatio - 1)),
    tiered: lsm(levels + walWrites, (sizeRatio - 1) * levels, sizeRatio),
    bloomFalsePositiveRate: p,
  };
}
