import { buildHashRing, consistentHashLoad } from '@site/src/lib/models/consistent-hash';

/** Keys placed on the ring: enough that key noise (≈ sqrt(N / keys)) stays near 2 %. */
export const KEYS = 10_000;
const SEED = 0;
const RING_SIZE = 2 ** 32;
/** Above this many ring points, the points are shown by their arcs only, not as dots. */
const MAX_DOTS = 320;

export interface RingInput {
  readonly nodes: number;
  readonly vnodes: number;
}

export interface Arc {
  readonly owner: number;
  /** Start and end of the arc as fractions of the ring, clockwise from the top. */
  readonly from: number;
  readonly to: number;
}

export interface RingSummary {
  readonly shares: number[];
  readonly arcShares: number[];
  readonly maxOverMean: number;
  readonly stdDevOverMean: number;
  readonly movedOnJoin: number;
  /** Ring points in total (nodes × virtual nodes). */
  readonly pointCount: number;
  /** Each owner's arcs, neighbouring arcs of one owner merged. */
  readonly arcs: Arc[];
  /** Points as ring fractions with their owner, only when few enough to draw as dots. */
  readonly dots: { readonly at: number; readonly owner: number }[];
}

/**
 * `consistentHashLoad` and `buildHashRing` at the widget's settings, reduced to what the widget
 * draws (up to 3,200 ring points and 10,000 keys: run in the simulation worker, see useSimulation).
 */
export function consistentHashJob({ nodes, vnodes }: RingInput): RingSummary {
  const load = consistentHashLoad({ nodes, virtualNodes: vnodes, keys: KEYS, seed: SEED });
  const ring = buildHashRing(
    Array.from({ length: nodes }, (_, i) => i),
    vnodes,
    SEED,
  );
  // Point i owns the hashes after point i - 1 up to itself; neighbouring arcs of one owner merge.
  const arcs: Arc[] = [];
  const count = ring.points.length;
  for (let i = 0; i < count; i++) {
    const from = (i === 0 ? ring.points[count - 1] - RING_SIZE : ring.points[i - 1]) / RING_SIZE;
    const to = ring.points[i] / RING_SIZE;
    const last = arcs[arcs.length - 1];
    if (last && last.owner === ring.owners[i]) arcs[arcs.length - 1] = { ...last, to };
    else arcs.push({ owner: ring.owners[i], from, to });
  }
  return {
    shares: load.shares,
    arcShares: load.arcShares,
    maxOverMean: load.maxOverMean,
    stdDevOverMean: load.stdDevOverMean,
    movedOnJoin: load.movedOnJoin,
    pointCount: count,
    arcs,
    dots:
      count <= MAX_DOTS
        ? Array.from(ring.points, (point, i) => ({ at: point / RING_SIZE, owner: ring.owners[i] }))
        : [],
  };
}
