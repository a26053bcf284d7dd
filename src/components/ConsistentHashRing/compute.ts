import { arc } from 'd3-shape';
import { buildHashRing, consistentHashLoad } from '@site/src/lib/models/consistent-hash';

/** Keys placed on the ring: enough that key noise (≈ sqrt(N / keys)) stays near 2 %. */
export const KEYS = 10_000;
const SEED = 0;
const RING_SIZE = 2 ** 32;
/** Above this many ring points, the points are shown by their arcs only, not as dots. */
const MAX_DOTS = 320;
/**
 * Outer radius of the ring the paths are drawn at; the widget scales them to the chart's size.
 * The band is the outer fifth, as on screen; two decimals at this radius are under 0.02 px.
 */
export const RING_RADIUS = 100;

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
  /**
   * SVG path data per node: its arcs of the band between 0.8 and 1 × RING_RADIUS around (0, 0),
   * clockwise from the top, joined in one path (16 elements instead of up to 3,200 arcs). Built
   * here, in the worker, so the main thread only sets the attribute.
   */
  readonly paths: string[];
  /** Points as ring fractions with their owner, only when few enough to draw as dots. */
  readonly dots: { readonly at: number; readonly owner: number }[];
}

/** Each node's arcs of the ring, neighbouring arcs of one owner merged. */
export function ringArcs(ring: {
  readonly points: ArrayLike<number>;
  readonly owners: ArrayLike<number>;
}): Arc[] {
  // Point i owns the hashes after point i - 1 up to itself.
  const arcs: Arc[] = [];
  const count = ring.points.length;
  for (let i = 0; i < count; i++) {
    const from = (i === 0 ? ring.points[count - 1] - RING_SIZE : ring.points[i - 1]) / RING_SIZE;
    const to = ring.points[i] / RING_SIZE;
    const last = arcs[arcs.length - 1];
    if (last && last.owner === ring.owners[i]) arcs[arcs.length - 1] = { ...last, to };
    else arcs.push({ owner: ring.owners[i], from, to });
  }
  return arcs;
}

const band = arc<Arc>()
  .innerRadius(RING_RADIUS * 0.8)
  .outerRadius(RING_RADIUS)
  .startAngle((a) => a.from * 2 * Math.PI)
  .endAngle((a) => a.to * 2 * Math.PI)
  .digits(2);

/** The ring of `nodes` × `vnodes` points the widget draws (also used by the tests). */
export function hashRing(nodes: number, vnodes: number): ReturnType<typeof buildHashRing> {
  return buildHashRing(
    Array.from({ length: nodes }, (_, i) => i),
    vnodes,
    SEED,
  );
}

/**
 * `consistentHashLoad` and `buildHashRing` at the widget's settings, reduced to what the widget
 * draws, path data included (up to 3,200 ring points and 10,000 keys: run in the simulation
 * worker, see useSimulation).
 */
export function consistentHashJob({ nodes, vnodes }: RingInput): RingSummary {
  const load = consistentHashLoad({ nodes, virtualNodes: vnodes, keys: KEYS, seed: SEED });
  const ring = hashRing(nodes, vnodes);
  const count = ring.points.length;
  const paths = Array.from({ length: nodes }, () => '');
  for (const a of ringArcs(ring)) paths[a.owner] += band(a) ?? '';
  return {
    shares: load.shares,
    arcShares: load.arcShares,
    maxOverMean: load.maxOverMean,
    stdDevOverMean: load.stdDevOverMean,
    movedOnJoin: load.movedOnJoin,
    pointCount: count,
    paths,
    dots:
      count <= MAX_DOTS
        ? Array.from(ring.points, (point, i) => ({ at: point / RING_SIZE, owner: ring.owners[i] }))
        : [],
  };
}
