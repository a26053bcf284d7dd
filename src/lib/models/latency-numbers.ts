/**
 * How a latency figure was obtained:
 * - `measured`: a measurement on named hardware (a datasheet or benchmark).
 * - `rule-of-thumb`: an order-of-magnitude figure quoted for back-of-the-envelope design, such
 *   as Jeff Dean's table; real hardware of any given year differs, often by several times.
 * - `projection`: extrapolated to a year by a model (e.g. Colin Scott's interactive page), not
 *   measured.
 */
export type LatencyKind = 'measured' | 'rule-of-thumb' | 'projection';

/** Stable ids of the ladder's rungs; the widget maps each to its translated label. */
export type LatencyNumberId =
  | 'l1-cache-reference'
  | 'branch-mispredict'
  | 'l2-cache-reference'
  | 'mutex-lock-unlock'
  | 'main-memory-reference'
  | 'compress-1kb-zippy'
  | 'send-2kb-1gbps'
  | 'ssd-random-read-4kb'
  | 'memory-sequential-read-1mb'
  | 'datacenter-round-trip'
  | 'ssd-sequential-read-1mb'
  | 'disk-seek'
  | 'disk-sequential-read-1mb'
  | 'packet-california-netherlands-round-trip';

/** One rung of the latency ladder. */
export interface LatencyNumber {
  id: LatencyNumberId;
  /** The figure, seconds. */
  seconds: number;
  /** Year of the source that published the figure; print it next to the number. */
  year: number;
  /** Citation of the source. */
  source: string;
  sourceUrl: string;
  kind: LatencyKind;
}

const DEAN_2009 =
  'Dean, J. "Designs, Lessons and Advice from Building Large Distributed Systems." ' +
  'Keynote, LADIS 2009 (slide "Numbers Everyone Should Know")';
const DEAN_2009_URL =
  'https://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf';
const BONER_2012 =
  'Bonér, J. "Latency Numbers Every Programmer Should Know" (GitHub gist, 2012), ' +
  "compiling Jeff Dean's and Peter Norvig's figures; the SSD rows assume a ~1 GB/s SSD";
const BONER_2012_URL = 'https://gist.github.com/jboner/2841832';

/**
 * "Latency numbers every programmer should know": Jeff Dean's rule-of-thumb table as
 * presented at LADIS 2009, plus the two SSD rows added in Jonas Bonér's 2012 compilation,
 * sorted ascending. These are order-of-magnitude design figures of their time, not
 * measurements of current hardware: print the year, and prefer a measured datasheet figure
 * when precision matters. The 150 ms figure is a California-Netherlands round trip, not a
 * generic cross-continent one (the fibre floor for that path is ≈ 86 ms, see `fiberRtt`).
 *
 * Values are in seconds. Labels live in the widget's translations, keyed by `id`.
 *
 * Sources: Dean, LADIS 2009 keynote (also summarized in J. Hamilton, "Jeff Dean: Design
 * Lessons and Advice from Building Large Scale Distributed Systems", Perspectives blog,
 * 17 Oct 2009); Bonér, gist 2841832, 2012.
 */
export const LATENCY_NUMBERS: readonly LatencyNumber[] = [
  {
    id: 'l1-cache-reference',
    seconds: 0.5e-9,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'branch-mispredict',
    seconds: 5e-9,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'l2-cache-reference',
    seconds: 7e-9,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'mutex-lock-unlock',
    seconds: 25e-9,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'main-memory-reference',
    seconds: 100e-9,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'compress-1kb-zippy',
    seconds: 3e-6,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'send-2kb-1gbps',
    seconds: 20e-6,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'ssd-random-read-4kb',
    seconds: 150e-6,
    year: 2012,
    source: BONER_2012,
    sourceUrl: BONER_2012_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'memory-sequential-read-1mb',
    seconds: 250e-6,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'datacenter-round-trip',
    seconds: 500e-6,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'ssd-sequential-read-1mb',
    seconds: 1e-3,
    year: 2012,
    source: BONER_2012,
    sourceUrl: BONER_2012_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'disk-seek',
    seconds: 10e-3,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'disk-sequential-read-1mb',
    seconds: 20e-3,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
  {
    id: 'packet-california-netherlands-round-trip',
    seconds: 150e-3,
    year: 2009,
    source: DEAN_2009,
    sourceUrl: DEAN_2009_URL,
    kind: 'rule-of-thumb',
  },
];

/**
 * Looks up a rung by id. Throws a RangeError naming `id` for an unknown id, so a typo in a
 * widget fails loudly instead of drawing nothing.
 *
 * Sources as for {@link LATENCY_NUMBERS}.
 */
export function latencyNumber(id: LatencyNumberId): LatencyNumber {
  const entry = LATENCY_NUMBERS.find((e) => e.id === id);
  if (entry === undefined) throw new RangeError(`id must be a known latency number, got ${id}`);
  return entry;
}
