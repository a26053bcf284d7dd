import { zipfWeights } from './cache';
import { createRng } from './rng';
import { requireFinite, requireInteger, requireNonNegative, requirePositive } from './validate';

/**
 * MurmurHash3, x86 32-bit variant, of one unsigned 32-bit integer taken as its 4 little-endian
 * bytes: the same function as {@link murmur3_32} on those 4 bytes, with one block and no tail,
 * but without building a string, so a million keys hash in milliseconds.
 *
 * Appleby, A. MurmurHash3 (SMHasher project, public domain, 2011), MurmurHash3_x86_32.
 *
 * @param value the key, an integer in [0, 2^32)
 * @param seed 32-bit seed
 * @returns an unsigned 32-bit hash
 */
export function murmur3_32Uint(value: number, seed: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = (seed >>> 0) ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= 4; // the input length in bytes
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** How keys are assigned to shards: by a hash of the key, or by contiguous key ranges. */
export type ShardPartitioning = 'hash' | 'range';

/**
 * How popularity relates to the order of the keys, which matters only to range partitioning:
 * `scattered` puts the popularity ranks at random positions of the key space (a seeded
 * shuffle), `newest-hottest` makes the newest (largest) keys the most requested, as with
 * auto-increment ids or timestamps where recent rows are hot.
 */
export type ShardKeyOrder = 'scattered' | 'newest-hottest';

/** Inputs of {@link shardSkew}. */
export interface ShardSkewInput {
  /** Number of shards N (integer >= 1, at most 2^20). */
  shards: number;
  /** Number of distinct keys K (integer >= 1, at most 2^26). */
  keys: number;
  /** Zipf exponent s of key popularity (>= 0; 0 is uniform). */
  zipfS: number;
  partitioning: ShardPartitioning;
  /** Where the popular keys sit in the key space (default `scattered`); range partitioning only. */
  keyOrder?: ShardKeyOrder;
  /** The hottest key is split into this many sub-keys of equal popularity (integer >= 1, at most 2^16; default 1). */
  hotKeySplit?: number;
  /** Requests per second one shard can serve (> 0, default 1). */
  capacityPerShard?: number;
  /** Selects the hash function and the shuffle (default 0). */
  seed?: number;
}

/** Result of {@link shardSkew}. */
export interface ShardSkewResult {
  /** Fraction of all requests served by each shard (sums to 1). */
  shares: number[];
  /** The part of each shard's share that comes from the hottest key (or its sub-keys). */
  hotKeyShares: number[];
  /** Index of the busiest shard (the first one, on a tie). */
  hottestShard: number;
  /** The busiest shard's share of requests. */
  maxShare: number;
  /** The fair share 1/N. */
  meanShare: number;
  /** maxShare / meanShare = N × maxShare; 1 is perfect balance, N is one shard taking everything. */
  maxOverMean: number;
  /** Popularity p_1 of the hottest key before any split. */
  hottestKeyShare: number;
  /** The largest share of one routable key after the split: max(p_1 / m, p_2). */
  hottestUnitShare: number;
  /**
   * max(1/N, hottestUnitShare): no placement that keeps each (sub-)key on one shard can make
   * the busiest shard carry less.
   */
  maxShareLowerBound: number;
  /** Requests per second at which the busiest shard saturates: capacityPerShard / maxShare. */
  throughputLimit: number;
  /** N × capacityPerShard, the throughput with perfect balance. */
  idealThroughput: number;
}

/** Limits that keep every key id and every position × N product exact in integer arithmetic. */
const KEY_LIMIT = 2 ** 26;
const SHARD_LIMIT = 2 ** 20;
const SPLIT_LIMIT = 2 ** 16;

/** Inputs of {@link placeKeys}: everything about the placement, nothing about popularity. */
export type KeyPlacementInput = Pick<
  ShardSkewInput,
  'shards' | 'keys' | 'partitioning' | 'keyOrder' | 'seed'
>;

/** Where each key lives, by popularity rank; from {@link placeKeys}. */
export interface KeyPlacement {
  readonly shards: number;
  readonly keys: number;
  readonly partitioning: ShardPartitioning;
  /** shardOfRank[r] is the shard of the (r+1)-th most popular key. */
  readonly shardOfRank: Int32Array;
  /** The 32-bit seed of the key hash, for placing the sub-keys of a split key. */
  readonly hashSeed: number;
}

/**
 * Places K keys, indexed by popularity rank, on N shards, as described in {@link shardSkew}:
 * by murmur3_32(rank, seed) mod N, or by N contiguous ranges of the key space (position i on
 * shard ⌊i·N/K⌋) with the popularity ranks either shuffled over the positions (seeded
 * Fisher-Yates) or in descending position order (the newest key is the hottest). Separate from
 * the loads so that a widget can keep the placement while only the popularity changes.
 *
 * Kleppmann, M. Designing Data-Intensive Applications, O'Reilly, 2017, ch. 6 (partitioning by
 * key range and by hash of key); Knuth, TAOCP vol. 2, 3rd ed., 1997, §3.4.2, Algorithm P (the
 * shuffle).
 */
export function placeKeys(input: KeyPlacementInput): KeyPlacement {
  const { shards, keys, partitioning } = input;
  const keyOrder = input.keyOrder ?? 'scattered';
  const seed = input.seed ?? 0;
  requireInteger('shards', shards);
  if (shards > SHARD_LIMIT) {
    throw new RangeError(`shards must be at most ${SHARD_LIMIT}, got ${shards}`);
  }
  requireInteger('keys', keys);
  if (keys > KEY_LIMIT) throw new RangeError(`keys must be at most ${KEY_LIMIT}, got ${keys}`);
  if (partitioning !== 'hash' && partitioning !== 'range') {
    throw new RangeError(`partitioning must be 'hash' or 'range', got ${String(partitioning)}`);
  }
  if (keyOrder !== 'scattered' && keyOrder !== 'newest-hottest') {
    throw new RangeError(
      `keyOrder must be 'scattered' or 'newest-hottest', got ${String(keyOrder)}`,
    );
  }
  requireFinite('seed', seed);
  const hashSeed = Math.floor(seed) >>> 0;
  const shardOfRank = new Int32Array(keys);
  if (partitioning === 'hash') {
    for (let r = 0; r < keys; r++) shardOfRank[r] = murmur3_32Uint(r, hashSeed) % shards;
  } else {
    const position = new Int32Array(keys);
    if (keyOrder === 'newest-hottest') {
      for (let r = 0; r < keys; r++) position[r] = keys - 1 - r;
    } else {
      for (let r = 0; r < keys; r++) position[r] = r;
      const rng = createRng(seed);
      for (let i = keys - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        const t = position[i];
        position[i] = position[j];
        position[j] = t;
      }
    }
    // Exact: position × N < 2^26 × 2^20, far below 2^53.
    for (let r = 0; r < keys; r++) shardOfRank[r] = Math.floor((position[r] * shards) / keys);
  }
  return { shards, keys, partitioning, shardOfRank, hashSeed };
}

/** Options of {@link shardLoads}. */
export type ShardLoadOptions = Pick<ShardSkewInput, 'hotKeySplit' | 'capacityPerShard'>;

/**
 * Per-shard loads of a placement under the given popularity, with the hottest key optionally
 * split; the formulas and assumptions are those of {@link shardSkew}.
 *
 * @param placement from {@link placeKeys}
 * @param weights popularity by rank, non-increasing and summing to 1, one per key (from
 *   {@link zipfWeights})
 */
export function shardLoads(
  placement: KeyPlacement,
  weights: readonly number[],
  options: ShardLoadOptions = {},
): ShardSkewResult {
  const { shards, keys, partitioning, shardOfRank, hashSeed } = placement;
  const split = options.hotKeySplit ?? 1;
  const capacity = options.capacityPerShard ?? 1;
  if (weights.length !== keys) {
    throw new RangeError(`weights must have one entry per key (${keys}), got ${weights.length}`);
  }
  let sum = 0;
  for (let r = 0; r < keys; r++) {
    const w = weights[r];
    // Build the message only on failure: this runs once per key.
    if (!(w >= 0) || !Number.isFinite(w) || (r > 0 && w > weights[r - 1])) {
      throw new RangeError(
        `weights must be finite, non-negative and non-increasing, got weights[${r}] = ${w}`,
      );
    }
    sum += w;
  }
  if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`weights must sum to 1, got ${sum}`);
  requireInteger('hotKeySplit', split);
  if (split > SPLIT_LIMIT) {
    throw new RangeError(`hotKeySplit must be at most ${SPLIT_LIMIT}, got ${split}`);
  }
  requirePositive('capacityPerShard', capacity);

  const shares = new Array<number>(shards).fill(0);
  const hotKeyShares = new Array<number>(shards).fill(0);
  for (let r = 1; r < keys; r++) shares[shardOfRank[r]] += weights[r];
  const home = shardOfRank[0];
  const piece = weights[0] / split;
  for (let j = 0; j < split; j++) {
    let shard: number;
    if (j === 0) shard = home;
    else if (partitioning === 'hash') shard = murmur3_32Uint(keys - 1 + j, hashSeed) % shards;
    else shard = (home + j) % shards;
    shares[shard] += piece;
    hotKeyShares[shard] += piece;
  }

  let hottestShard = 0;
  for (let i = 1; i < shards; i++) if (shares[i] > shares[hottestShard]) hottestShard = i;
  const maxShare = shares[hottestShard];
  const meanShare = 1 / shards;
  const hottestUnitShare = Math.max(piece, keys > 1 ? weights[1] : 0);
  return {
    shares,
    hotKeyShares,
    hottestShard,
    maxShare,
    meanShare,
    maxOverMean: maxShare / meanShare,
    hottestKeyShare: weights[0],
    hottestUnitShare,
    maxShareLowerBound: Math.max(meanShare, hottestUnitShare),
    throughputLimit: capacity / maxShare,
    idealThroughput: shards * capacity,
  };
}

/**
 * Per-shard load of a sharded store whose K keys are requested with Zipf(s) popularity
 * (p_r = r^{-s} / H(K, s) for rank r = 1..K, {@link zipfWeights}) under the independent
 * reference model, placed on N shards:
 *
 * - hash: key r goes to shard murmur3_32(r, seed) mod N ({@link murmur3_32Uint}); each key
 *   lands on a shard independently and uniformly, so every shard's expected share is 1/N and
 *   the busiest shard's share is, in expectation, at least p_1 + (1 - p_1)/N. Key order plays
 *   no part (a hash forgets it), so `keyOrder` is ignored.
 * - range: the key space 0..K-1 is cut into N contiguous ranges of ⌊K/N⌋ or ⌈K/N⌉ keys (key
 *   position i goes to shard ⌊i·N/K⌋). With `scattered` popularity, rank r sits at the position
 *   given by a seeded Fisher-Yates shuffle; with `newest-hottest`, rank r sits at position
 *   K - r, so the last shard holds the K/N hottest keys and carries H(K/N, s) / H(K, s) of all
 *   requests (for K divisible by N) whatever N does to the mean: the classic range hotspot of
 *   monotonically increasing keys.
 *
 * The throughput limit is the load at which the busiest shard saturates:
 *
 *   X_max = capacityPerShard / max_j share_j ≤ N × capacityPerShard
 *
 * and since a key cannot be split across shards, max_j share_j ≥ p_1 whatever the placement,
 * so X_max ≤ capacityPerShard / p_1 however many shards are added.
 *
 * Splitting the hottest key into m sub-keys (salting, e.g. appending a random digit to the key
 * on write and reading all m sub-keys back) replaces p_1 by m keys of p_1/m. Under hash
 * partitioning sub-key 0 keeps the key's shard and sub-key j ≥ 1 is hashed as the new key
 * K - 1 + j, so two sub-keys can land on one shard as with real salting. Under range
 * partitioning a salt suffix would keep the sub-keys in one range, so the model assumes a salt
 * prefix or explicit split points that put sub-key j on shard (home + j) mod N.
 *
 * Assumptions: requests are independent draws from fixed popularities (no temporal locality,
 * no caching in front of the shards); all shards have the same capacity; a shard's load is
 * its request count, whatever the cost of each request.
 *
 * Breslau, L., Cao, P., Fan, L., Phillips, G. & Shenker, S. "Web Caching and Zipf-like
 * Distributions." IEEE INFOCOM 1999 (Zipf popularity); Cooper, B. F. et al. "Benchmarking Cloud
 * Serving Systems with YCSB." ACM SoCC 2010 (the zipfian and "latest" request distributions);
 * Kleppmann, M. Designing Data-Intensive Applications, O'Reilly, 2017, ch. 6 (partitioning by
 * key range and by hash of key; skewed workloads and relieving hot spots); Raab, M. & Steger,
 * A. "'Balls into Bins': A Simple and Tight Analysis." RANDOM 1998 (the balance of hashing
 * uniform keys).
 */
export function shardSkew(input: ShardSkewInput): ShardSkewResult {
  requireNonNegative('zipfS', input.zipfS);
  const placement = placeKeys(input);
  return shardLoads(placement, zipfWeights(input.keys, input.zipfS), input);
}
