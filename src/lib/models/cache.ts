import { createRng, type Rng } from './rng';
import { requireFinite, requireInteger, requireNonNegative, requireProbability } from './validate';

/**
 * Zipf popularity: p_i = (1 / i^s) / H(n, s) for ranks i = 1..n, where H(n, s) = Σ_j 1/j^s is
 * the generalized harmonic number. s = 0 is uniform; web and key-value workloads are commonly
 * fitted with s between 0.6 and 1.2. The returned array is indexed from 0 (rank 1 first), sums
 * to 1 and is non-increasing.
 *
 * Breslau, L., Cao, P., Fan, L., Phillips, G. & Shenker, S. "Web Caching and Zipf-like
 * Distributions: Evidence and Implications." IEEE INFOCOM 1999.
 *
 * @param n number of distinct keys (integer >= 1)
 * @param s Zipf exponent (>= 0)
 */
export function zipfWeights(n: number, s: number): number[] {
  requireInteger('n', n);
  requireNonNegative('s', s);
  const weights = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    weights[i] = 1 / Math.pow(i + 1, s);
    sum += weights[i];
  }
  for (let i = 0; i < n; i++) weights[i] /= sum;
  return weights;
}

/** Checks a popularity vector and returns it scaled to sum to 1. */
function normalizedWeights(weights: readonly number[]): number[] {
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new RangeError('weights must be a non-empty array');
  }
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    // Build the parameter name only on failure: this runs on every key of every evaluation.
    if (!(w >= 0) || !Number.isFinite(w)) requireNonNegative(`weights[${i}]`, w);
    sum += w;
  }
  if (sum <= 0) throw new RangeError('weights must have a positive sum');
  return weights.map((w) => w / sum);
}

/**
 * Che's characteristic time T_C of an LRU cache of C items under the independent reference
 * model (IRM): the unique root of
 *
 *   Σ_i (1 - e^{-p_i T}) = C
 *
 * found by bracketing and bisection (the left side increases strictly from 0 to the number of
 * keys with p_i > 0). Requests arrive at unit total rate, so T is measured in requests. Returns
 * Infinity when C is at least the number of keys with positive popularity (everything fits).
 *
 * Che, H., Tung, Y. & Wang, Z. "Hierarchical Web Caching Systems: Modeling, Design and
 * Experimental Results." IEEE JSAC 20(7), 2002.
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacity cache size in items (integer >= 0)
 */
export function cheCharacteristicTime(weights: readonly number[], capacity: number): number {
  const p = normalizedWeights(weights);
  requireInteger('capacity', capacity, 0);
  const positive = p.filter((x) => x > 0);
  if (capacity === 0) return 0;
  if (capacity >= positive.length) return Infinity;
  const occupancy = (t: number): number => {
    let sum = 0;
    for (const x of positive) sum += -Math.expm1(-x * t);
    return sum;
  };
  let lo = 0;
  let hi = capacity; // occupancy(C) <= C, since 1 - e^{-x} <= x and Σ p = 1
  while (occupancy(hi) < capacity) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (occupancy(mid) < capacity) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * LRU hit ratio by Che's approximation under the IRM. With the characteristic time T_C from
 * {@link cheCharacteristicTime}, key i is in the cache with probability 1 - e^{-p_i T_C}, so
 *
 *   hit ratio = Σ_i p_i (1 - e^{-p_i T_C})
 *
 * The approximation treats T_C as deterministic; Fricker, Robert & Roberts show why it is so
 * accurate (errors well under 1 % for Zipf popularity and caches of more than a few dozen
 * items) and extend it to other policies. Uniform popularity gives exactly C / n.
 *
 * Che, Tung & Wang, IEEE JSAC 20(7), 2002; Fricker, C., Robert, P. & Roberts, J. "A Versatile
 * and Accurate Approximation for LRU Cache Performance." ITC 24, 2012 (arXiv:1202.3974).
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacity cache size in items (integer >= 0)
 * @returns hit ratio in [0, 1]
 */
export function lruHitRatioChe(weights: readonly number[], capacity: number): number {
  const p = normalizedWeights(weights);
  const t = cheCharacteristicTime(p, capacity);
  if (t === Infinity) return 1;
  let hit = 0;
  for (const x of p) hit += x * -Math.expm1(-x * t);
  return hit;
}

/**
 * The LRU hit-ratio curve by Che's approximation: {@link lruHitRatioChe} at each of
 * `capacities`, in one pass. The characteristic time T_C grows with C, so the capacities are
 * solved in increasing order and each root search starts from the previous T. The occupancy
 * f(T) = Σ_i (1 - e^{-p_i T}) is increasing and concave, so Newton's method started to the left
 * of the root, T' = T + (C - f(T)) / f'(T) with f'(T) = Σ_i p_i e^{-p_i T}, never overshoots
 * and converges monotonically (quadratically near the root); a search that has not converged
 * within 100 steps falls back to the bisection of {@link cheCharacteristicTime}. The results
 * equal point-by-point {@link lruHitRatioChe} to about 1e-12 at a fraction of its cost.
 *
 * Che, Tung & Wang, IEEE JSAC 20(7), 2002; Fricker, Robert & Roberts, ITC 24, 2012.
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacities cache sizes in items (integers >= 0, any order)
 * @returns the hit ratio at each capacity, in the order given
 */
export function lruHitRatioCheCurve(
  weights: readonly number[],
  capacities: readonly number[],
): number[] {
  const p = normalizedWeights(weights);
  capacities.forEach((c, i) => requireInteger(`capacities[${i}]`, c, 0));
  const positive = Float64Array.from(p.filter((x) => x > 0));
  const n = positive.length;
  const order = capacities.map((_, i) => i).sort((a, b) => capacities[a] - capacities[b]);
  const out = new Array<number>(capacities.length);
  let t = 0; // T of the previous (smaller) capacity: a lower bound of every later root
  for (const index of order) {
    const capacity = capacities[index];
    if (capacity === 0) {
      out[index] = 0;
      continue;
    }
    if (capacity >= n) {
      out[index] = 1;
      continue;
    }
    let converged = false;
    for (let step = 0; step < 100; step++) {
      let occupancy = 0;
      let slope = 0;
      for (let i = 0; i < n; i++) {
        const em1 = Math.expm1(-positive[i] * t); // e^{-p T} - 1, accurate for small p T
        occupancy -= em1;
        slope += positive[i] * (1 + em1);
      }
      const next = t + (capacity - occupancy) / slope;
      if (!(next > t) || next - t <= 1e-13 * next) {
        if (next > t) t = next;
        converged = true;
        break;
      }
      t = next;
    }
    if (!converged) t = cheCharacteristicTime(p, capacity);
    let hit = 0;
    for (let i = 0; i < n; i++) hit += positive[i] * -Math.expm1(-positive[i] * t);
    out[index] = hit;
  }
  return out;
}

/**
 * The perfect-LFU hit-ratio curve: {@link lfuHitRatioIdeal} at each of `capacities`, sorting
 * the popularities once and reading prefix sums (the C largest p_i) instead of sorting per
 * capacity.
 *
 * Breslau, Cao, Fan, Phillips & Shenker, IEEE INFOCOM 1999 ("perfect LFU").
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacities cache sizes in items (integers >= 0, any order)
 * @returns the hit ratio at each capacity, in the order given
 */
export function lfuHitRatioIdealCurve(
  weights: readonly number[],
  capacities: readonly number[],
): number[] {
  const p = normalizedWeights(weights);
  capacities.forEach((c, i) => requireInteger(`capacities[${i}]`, c, 0));
  const sorted = Float64Array.from(p).sort().reverse();
  const prefix = new Float64Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) prefix[i + 1] = prefix[i] + sorted[i];
  return capacities.map((c) => Math.min(1, prefix[Math.min(c, sorted.length)]));
}

/**
 * FIFO (and RANDOM) hit ratio under the IRM by the same characteristic-time method: key i is
 * present with probability p_i T / (1 + p_i T), where T solves Σ_i p_i T / (1 + p_i T) = C,
 * and the hit ratio is Σ_i p_i · p_i T / (1 + p_i T). Under the IRM, FIFO and RANDOM have the
 * same hit ratio (Gelenbe 1973), which is lower than LRU's for skewed popularity.
 *
 * Fricker, Robert & Roberts, ITC 24, 2012 (the RANDOM/FIFO approximation); Gelenbe, E. "A
 * Unified Approach to the Evaluation of a Class of Replacement Algorithms." IEEE Transactions
 * on Computers C-22(6), 1973.
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacity cache size in items (integer >= 0)
 */
export function fifoHitRatioApprox(weights: readonly number[], capacity: number): number {
  const p = normalizedWeights(weights);
  requireInteger('capacity', capacity, 0);
  const positive = p.filter((x) => x > 0);
  if (capacity === 0) return 0;
  if (capacity >= positive.length) return 1;
  const occupancy = (t: number): number => {
    let sum = 0;
    for (const x of positive) sum += (x * t) / (1 + x * t);
    return sum;
  };
  let lo = 0;
  let hi = capacity;
  while (occupancy(hi) < capacity) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (occupancy(mid) < capacity) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  let hit = 0;
  for (const x of positive) hit += (x * x * t) / (1 + x * t);
  return hit;
}

/**
 * Hit ratio of a perfect LFU cache under the IRM: it holds the C most popular keys, so
 *
 *   hit ratio = Σ of the C largest p_i
 *
 * This is the best any cache without knowledge of the future can do under the IRM (it is the
 * static optimum). For Zipf with s = 1 it is ≈ (ln C + γ) / (ln n + γ) (Breslau et al. 1999).
 *
 * Breslau, Cao, Fan, Phillips & Shenker, IEEE INFOCOM 1999 ("perfect LFU").
 *
 * @param weights key popularities (non-negative, positive sum; normalized internally)
 * @param capacity cache size in items (integer >= 0)
 */
export function lfuHitRatioIdeal(weights: readonly number[], capacity: number): number {
  const p = normalizedWeights(weights);
  requireInteger('capacity', capacity, 0);
  const sorted = [...p].sort((a, b) => b - a);
  let hit = 0;
  for (let i = 0; i < Math.min(capacity, sorted.length); i++) hit += sorted[i];
  return Math.min(1, hit);
}

/**
 * Average access time of a cache: h × hitLatency + (1 - h) × missLatency. Backend load is the
 * miss fraction (1 - h) of requests, so raising h from 0.99 to 0.999 cuts it tenfold.
 *
 * Hennessy, J. L. & Patterson, D. A. Computer Architecture: A Quantitative Approach (average
 * memory access time), 6th ed., Morgan Kaufmann, 2017.
 *
 * @param hitRatio h in [0, 1]
 * @param hitLatency latency of a hit, seconds (>= 0)
 * @param missLatency latency of a miss (including the backend fetch), seconds (>= 0)
 * @returns mean latency, seconds
 */
export function effectiveLatency(
  hitRatio: number,
  hitLatency: number,
  missLatency: number,
): number {
  requireProbability('hitRatio', hitRatio);
  requireNonNegative('hitLatency', hitLatency);
  requireNonNegative('missLatency', missLatency);
  return hitRatio * hitLatency + (1 - hitRatio) * missLatency;
}

/**
 * A sampler of indices 0..n-1 with the given probabilities: the cumulative distribution is
 * computed once and each draw binary-searches it for a uniform U, O(log n) per draw.
 *
 * Devroye, L. Non-Uniform Random Variate Generation, Springer, 1986, ch. III.2 (inversion by
 * search in a table).
 *
 * @param weights probabilities (non-negative, positive sum; normalized internally)
 * @param rng a seeded source from {@link createRng}
 */
export function createDiscreteSampler(weights: readonly number[], rng: Rng): () => number {
  const p = normalizedWeights(weights);
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    cdf[i] = acc;
  }
  const last = p.length - 1;
  return () => {
    const u = rng.uniform() * acc;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    // The first index whose CDF exceeds u: a zero-probability key shares its predecessor's
    // CDF value, so it is never returned.
    return lo;
  };
}

/** Replacement policies of {@link simulateCache}. */
export type CachePolicy = 'lru' | 'lfu' | 'fifo';

/** Inputs of {@link simulateCache}. */
export interface CacheSimulationInput {
  policy: CachePolicy;
  /** Cache size in items (integer >= 0). */
  capacity: number;
  /** Number of distinct keys (integer >= 1). */
  keys: number;
  /** Zipf exponent of key popularity (>= 0; 0 is uniform). */
  zipfS: number;
  /** Requests counted in the result (integer >= 1). */
  requests: number;
  seed: number;
  /** Requests replayed before counting starts, to warm the cache (integer >= 0, default 0). */
  warmup?: number;
}

/** Result of {@link simulateCache}; hits + misses = requests (warm-up excluded). */
export interface CacheSimulationResult {
  hitRatio: number;
  hits: number;
  misses: number;
}

/** A cache that answers whether a key was present and updates itself. */
interface SimulatedCache {
  access(key: number): boolean;
}

function createLru(capacity: number, keyCount: number): SimulatedCache {
  // A doubly linked list over the key indices, most recently used at the head: a hit unlinks
  // the key and relinks it at the head, a miss evicts the tail. O(1) per access, no allocation.
  const prev = new Int32Array(keyCount).fill(-1);
  const next = new Int32Array(keyCount).fill(-1);
  const cached = new Uint8Array(keyCount);
  let head = -1;
  let tail = -1;
  let size = 0;
  const unlink = (key: number): void => {
    if (prev[key] >= 0) next[prev[key]] = next[key];
    else head = next[key];
    if (next[key] >= 0) prev[next[key]] = prev[key];
    else tail = prev[key];
  };
  const pushFront = (key: number): void => {
    prev[key] = -1;
    next[key] = head;
    if (head >= 0) prev[head] = key;
    head = key;
    if (tail < 0) tail = key;
  };
  return {
    access(key) {
      if (cached[key]) {
        if (head !== key) {
          unlink(key);
          pushFront(key);
        }
        return true;
      }
      if (capacity === 0) return false;
      if (size >= capacity) {
        const victim = tail;
        unlink(victim);
        cached[victim] = 0;
        size--;
      }
      pushFront(key);
      cached[key] = 1;
      size++;
      return false;
    },
  };
}

function createFifo(capacity: number, keyCount: number): SimulatedCache {
  // A ring buffer of the admitted keys, oldest at `first`; hits do not move a key.
  const ring = new Int32Array(Math.max(capacity, 1));
  const cached = new Uint8Array(keyCount);
  let first = 0;
  let size = 0;
  return {
    access(key) {
      if (cached[key]) return true;
      if (capacity === 0) return false;
      if (size >= capacity) {
        cached[ring[first]] = 0;
        first = (first + 1) % capacity;
        size--;
      }
      ring[(first + size) % capacity] = key;
      cached[key] = 1;
      size++;
      return false;
    },
  };
}

/**
 * Perfect LFU (Breslau et al. 1999): reference counts are kept for every key ever requested,
 * including evicted ones, and the cache holds the C keys with the highest counts. The cached
 * keys sit in an indexed binary min-heap ordered by (count, last access), so each access is
 * O(log C). A missed key is admitted only if its count, after this request, exceeds the
 * smallest cached count; it then evicts the heap minimum. Ties are broken towards the
 * incumbent on admission and towards the least recently accessed key on eviction.
 */
function createLfu(capacity: number, keyCount: number): SimulatedCache {
  const counts = new Float64Array(keyCount);
  const lastAccess = new Float64Array(keyCount);
  const position = new Int32Array(keyCount).fill(-1); // index in heap, or -1 if not cached
  const heap = new Int32Array(Math.max(capacity, 1));
  let size = 0;
  let clock = 0;
  const less = (a: number, b: number): boolean =>
    counts[a] < counts[b] || (counts[a] === counts[b] && lastAccess[a] < lastAccess[b]);
  const place = (key: number, at: number): void => {
    heap[at] = key;
    position[key] = at;
  };
  const siftUp = (at: number): void => {
    const key = heap[at];
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!less(key, heap[parent])) break;
      place(heap[parent], at);
      at = parent;
    }
    place(key, at);
  };
  const siftDown = (at: number): void => {
    const key = heap[at];
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && less(heap[right], heap[left]) ? right : left;
      if (!less(heap[child], key)) break;
      place(heap[child], at);
      at = child;
    }
    place(key, at);
  };
  return {
    access(key) {
      clock++;
      counts[key]++;
      lastAccess[key] = clock;
      const at = position[key];
      if (at >= 0) {
        siftDown(at); // its (count, last access) only grew
        return true;
      }
      if (capacity === 0) return false;
      if (size < capacity) {
        place(key, size++);
        siftUp(size - 1);
        return false;
      }
      const victim = heap[0];
      if (counts[key] <= counts[victim]) return false; // not admitted: incumbent keeps the slot
      position[victim] = -1;
      place(key, 0);
      siftDown(0);
      return false;
    },
  };
}

/**
 * Simulates a cache of `capacity` items under the independent reference model: each request
 * draws a key independently from Zipf(keys, zipfS) popularity ({@link zipfWeights}, sampled by
 * CDF inversion with binary search). Policies:
 *
 * - `lru`: evicts the least recently used key (a linked list over the keys, O(1) per access).
 * - `fifo`: evicts the key admitted earliest (a ring buffer); hits do not refresh it.
 * - `lfu`: perfect LFU with persistent counts, admission by count and an indexed heap; ties
 *   go to the incumbent on admission and to the least recently accessed key on eviction.
 *   (In-cache LFU, which forgets the counts of evicted keys, behaves differently and can lock
 *   out popular keys; it is not modelled.)
 *
 * The first `warmup` requests fill the cache and are not counted. Under the IRM the LRU result
 * converges to {@link lruHitRatioChe}, the FIFO result to {@link fifoHitRatioApprox} and the
 * LFU result to {@link lfuHitRatioIdeal} as the run grows.
 *
 * Che, Tung & Wang, IEEE JSAC 20(7), 2002; Breslau et al., IEEE INFOCOM 1999; Fricker,
 * Robert & Roberts, ITC 24, 2012.
 */
export function simulateCache(input: CacheSimulationInput): CacheSimulationResult {
  const { policy, capacity, keys, zipfS, requests, seed } = input;
  const warmup = input.warmup ?? 0;
  if (policy !== 'lru' && policy !== 'lfu' && policy !== 'fifo') {
    throw new RangeError(`policy must be 'lru', 'lfu' or 'fifo', got ${String(policy)}`);
  }
  requireInteger('capacity', capacity, 0);
  requireInteger('keys', keys);
  requireNonNegative('zipfS', zipfS);
  requireInteger('requests', requests);
  requireFinite('seed', seed);
  requireInteger('warmup', warmup, 0);
  const rng = createRng(seed);
  const draw = createDiscreteSampler(zipfWeights(keys, zipfS), rng);
  const cache =
    policy === 'lru'
      ? createLru(capacity, keys)
      : policy === 'fifo'
        ? createFifo(capacity, keys)
        : createLfu(capacity, keys);
  for (let i = 0; i < warmup; i++) cache.access(draw());
  let hits = 0;
  for (let i = 0; i < requests; i++) if (cache.access(draw())) hits++;
  return { hitRatio: hits / requests, hits, misses: requests - hits };
}
