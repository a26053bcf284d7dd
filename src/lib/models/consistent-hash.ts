import { requireFinite, requireInteger } from './validate';

const utf8 = new TextEncoder();

/** UTF-8 bytes of `text`; ASCII strings (the common case here) skip the encoder. */
function utf8Bytes(text: string): Uint8Array {
  const ascii = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return utf8.encode(text);
    ascii[i] = code;
  }
  return ascii;
}

/**
 * MurmurHash3, x86 32-bit variant, of the UTF-8 bytes of `text`: a fast non-cryptographic hash
 * with a strong avalanche finalizer (every input bit affects every output bit), which matters
 * here because ring positions come from near-identical strings such as `node-3#17`.
 * Blocks of 4 bytes are mixed with c1 = 0xcc9e2d51, c2 = 0x1b873593, rotations 15 and 13 and
 * h = h × 5 + 0xe6546b64; the tail is mixed the same way, then the length is xored in and the
 * fmix32 finalizer applied. Returns an unsigned 32-bit integer.
 *
 * Appleby, A. MurmurHash3 (SMHasher project, public domain, 2011), MurmurHash3_x86_32.
 *
 * @param text input string (hashed as UTF-8)
 * @param seed 32-bit seed (default 0)
 */
export function murmur3_32(text: string, seed = 0): number {
  requireFinite('seed', seed);
  const bytes = utf8Bytes(text);
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = bytes.length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = bytes.length & 3;
  if (tail > 0) {
    // The 1-3 leftover bytes, little-endian, mixed like a block but without the h update.
    let k = 0;
    if (tail === 3) k ^= bytes[blocks + 2] << 16;
    if (tail >= 2) k ^= bytes[blocks + 1] << 8;
    k ^= bytes[blocks];
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A consistent-hash ring: sorted 32-bit positions and the node owning each. */
export interface HashRing {
  /** Ring positions in ascending order (unsigned 32-bit). */
  readonly points: Uint32Array;
  /** owners[i] is the node id that placed points[i]. */
  readonly owners: Int32Array;
  /** The node owning a 32-bit hash: the first point clockwise at or after it, wrapping. */
  ownerOf(hash: number): number;
  /** Fraction of the ring (of all possible hashes) owned by each node id 0..maxId. */
  arcShares(): number[];
}

/**
 * Builds a consistent-hash ring with `virtualNodes` points per node. Node n's v-th point sits
 * at murmur3_32(`node-n#v`, seed); a key hashed to h belongs to the first point clockwise at or
 * after h (wrapping past 2^32 - 1 to the start). Exact position ties, which are very rare, are
 * broken by the lower node id.
 *
 * Karger, D., Lehman, E., Leighton, T., Panigrahy, R., Levine, M. & Lewin, D. "Consistent
 * Hashing and Random Trees." STOC 1997; DeCandia et al. "Dynamo: Amazon's Highly Available
 * Key-value Store." SOSP 2007 (virtual nodes, "tokens").
 *
 * @param nodeIds distinct non-negative integer node ids
 * @param virtualNodes points per node (integer >= 1)
 * @param seed mixed into every point's hash, so one seed is one random ring
 */
export function buildHashRing(
  nodeIds: readonly number[],
  virtualNodes: number,
  seed = 0,
): HashRing {
  if (nodeIds.length === 0) throw new RangeError('nodeIds must not be empty');
  nodeIds.forEach((id, i) => requireInteger(`nodeIds[${i}]`, id, 0));
  if (new Set(nodeIds).size !== nodeIds.length) throw new RangeError('nodeIds must be distinct');
  requireInteger('virtualNodes', virtualNodes);
  requireFinite('seed', seed);
  const entries: { point: number; owner: number }[] = [];
  for (const id of nodeIds) {
    for (let v = 0; v < virtualNodes; v++) {
      entries.push({ point: murmur3_32(`node-${id}#${v}`, seed), owner: id });
    }
  }
  entries.sort((a, b) => a.point - b.point || a.owner - b.owner);
  const points = Uint32Array.from(entries, (e) => e.point);
  const owners = Int32Array.from(entries, (e) => e.owner);
  const maxId = Math.max(...nodeIds);
  return {
    points,
    owners,
    ownerOf(hash: number): number {
      let lo = 0;
      let hi = points.length; // first index with points[i] >= hash, or length to wrap
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (points[mid] < hash) lo = mid + 1;
        else hi = mid;
      }
      return owners[lo === points.length ? 0 : lo];
    },
    arcShares(): number[] {
      const shares = new Array<number>(maxId + 1).fill(0);
      const total = 2 ** 32;
      for (let i = 0; i < points.length; i++) {
        // Point i owns the hashes in (points[i-1], points[i]]; point 0 also owns the wrap-around.
        const previous = i === 0 ? points[points.length - 1] - total : points[i - 1];
        shares[owners[i]] += (points[i] - previous) / total;
      }
      return shares;
    },
  };
}

/** Inputs of {@link consistentHashLoad}. */
export interface ConsistentHashInput {
  /** Number of nodes N (integer >= 1); ids are 0..N-1. */
  nodes: number;
  /** Points per node V (integer >= 1). */
  virtualNodes: number;
  /** Number of keys placed (integer >= 1); key i is the string `key-i`. */
  keys: number;
  /** Selects the ring and the key hashes (default 0). */
  seed?: number;
}

/** Result of {@link consistentHashLoad}. */
export interface ConsistentHashResult {
  /** Fraction of the keys on each node (sums to 1). */
  shares: number[];
  /** Fraction of the hash space each node owns (sums to 1); the keys' shares converge to it. */
  arcShares: number[];
  /** Largest key share divided by the mean share 1/N. */
  maxOverMean: number;
  /** Population standard deviation of the key shares over their mean (coefficient of variation). */
  stdDevOverMean: number;
  /** Fraction of keys whose node changes when node N (the (N+1)-th) joins; ≈ 1/(N+1). */
  movedOnJoin: number;
  /** Fraction of keys whose node changes when node 0 leaves; exactly node 0's share. */
  movedOnLeave: number;
}

/**
 * Load balance and key movement of consistent hashing with virtual nodes. N nodes place V
 * points each on a 32-bit ring ({@link buildHashRing}); `keys` keys hashed by
 * murmur3_32(`key-i`, seed + 1) go to the next point clockwise.
 *
 * What theory says, for points that behave like independent uniform positions:
 * - each node's share of the ring is a sum of V of the N·V spacings, so the shares are
 *   Dirichlet(V, ..., V): mean 1/N and E[stdDevOverMean²] = (N - 1) / (N·V + 1) ≈ 1/V, i.e. the
 *   coefficient of variation falls like 1/sqrt(V). With V = 1 the busiest node carries
 *   Θ(log N) times the mean (Karger et al. 1997).
 * - adding a node moves only the keys the new node takes over, in expectation 1/(N + 1) of
 *   them; removing a node moves only its own keys (1/N in expectation). Compare
 *   {@link hashModMoved}: rehashing with mod N moves N/(N + 1).
 * The key shares add multinomial noise of relative size ≈ sqrt(N / keys) to the ring shares.
 *
 * Karger et al., STOC 1997; DeCandia et al., Dynamo, SOSP 2007. Alternatives with exact or
 * bounded balance: Lamping & Veach's jump consistent hash (arXiv:1406.2294, 2014; see
 * {@link jumpConsistentHash}) and Mirrokni, Thorup & Zadimoghaddam, "Consistent Hashing with
 * Bounded Loads", SODA 2018 (max load <= (1 + ε) × mean).
 */
export function consistentHashLoad(input: ConsistentHashInput): ConsistentHashResult {
  const { nodes, virtualNodes, keys } = input;
  const seed = input.seed ?? 0;
  requireInteger('nodes', nodes);
  requireInteger('virtualNodes', virtualNodes);
  requireInteger('keys', keys);
  requireFinite('seed', seed);
  const ids = Array.from({ length: nodes }, (_, i) => i);
  const ring = buildHashRing(ids, virtualNodes, seed);
  const joined = buildHashRing([...ids, nodes], virtualNodes, seed);
  const left = nodes > 1 ? buildHashRing(ids.slice(1), virtualNodes, seed) : undefined;
  const counts = new Array<number>(nodes).fill(0);
  let movedJoin = 0;
  let movedLeave = 0;
  const keySeed = (seed + 1) >>> 0;
  for (let i = 0; i < keys; i++) {
    const h = murmur3_32(`key-${i}`, keySeed);
    const owner = ring.ownerOf(h);
    counts[owner]++;
    if (joined.ownerOf(h) !== owner) movedJoin++;
    // With a single node there is nowhere to go: every key is lost, counted as moved.
    if (left === undefined || left.ownerOf(h) !== owner) movedLeave++;
  }
  const shares = counts.map((c) => c / keys);
  const mean = 1 / nodes;
  const variance = shares.reduce((acc, s) => acc + (s - mean) ** 2, 0) / nodes;
  return {
    shares,
    arcShares: ring.arcShares().slice(0, nodes),
    maxOverMean: Math.max(...shares) / mean,
    stdDevOverMean: Math.sqrt(variance) / mean,
    movedOnJoin: movedJoin / keys,
    movedOnLeave: movedLeave / keys,
  };
}

/**
 * Fraction of keys that change bucket when `hash mod N` becomes `hash mod (N + 1)`:
 *
 *   moved = N / (N + 1)
 *
 * exactly, for hashes uniform over a range that is a multiple of N(N + 1): by the Chinese
 * remainder theorem a residue r mod N(N + 1) keeps its bucket only if r mod N = r mod (N + 1),
 * which holds for the N residues r < N out of N(N + 1). Contrast consistent hashing's 1/(N + 1).
 *
 * Karger et al., STOC 1997 (motivation); DeCandia et al., SOSP 2007.
 *
 * @param nodes N before the change (integer >= 1)
 */
export function hashModMoved(nodes: number): number {
  requireInteger('nodes', nodes);
  return nodes / (nodes + 1);
}

const JUMP_MULTIPLIER = 2862933555777941757n;
const U64_MASK = (1n << 64n) - 1n;

/**
 * Jump consistent hash: maps a 64-bit key to a bucket in [0, buckets) with perfectly even
 * expected load, no storage, and minimal movement: when `buckets` grows from n to n + 1, a key
 * either stays or moves to the new bucket n, and exactly 1/(n + 1) of the keys move in
 * expectation. Port of the paper's reference C++ code, with BigInt for the 64-bit linear
 * congruential step key = key × 2862933555777941757 + 1 (mod 2^64) and the jump
 * j = floor((b + 1) × 2^31 / ((key >>> 33) + 1)) in double precision, as in the C++.
 * Buckets can only be added or removed at the end, so it suits sharded storage more than a
 * changing set of named servers.
 *
 * Lamping, J. & Veach, E. "A Fast, Minimal Memory, Consistent Hash Algorithm."
 * arXiv:1406.2294, 2014.
 *
 * @param key unsigned 64-bit key, as a bigint or a non-negative safe integer
 * @param buckets number of buckets (integer >= 1, at most 2^31 - 1)
 */
export function jumpConsistentHash(key: bigint | number, buckets: number): number {
  let state: bigint;
  if (typeof key === 'bigint') {
    if (key < 0n || key > U64_MASK) {
      throw new RangeError(`key must be an unsigned 64-bit integer, got ${key}`);
    }
    state = key;
  } else {
    requireInteger('key', key, 0);
    if (!Number.isSafeInteger(key)) {
      throw new RangeError(`key must be a safe integer or a bigint, got ${key}`);
    }
    state = BigInt(key);
  }
  requireInteger('buckets', buckets);
  if (buckets > 2 ** 31 - 1) throw new RangeError(`buckets must be below 2^31, got ${buckets}`);
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    state = (state * JUMP_MULTIPLIER + 1n) & U64_MASK;
    j = Math.floor((b + 1) * (2147483648 / (Number(state >> 33n) + 1)));
  }
  return b;
}
