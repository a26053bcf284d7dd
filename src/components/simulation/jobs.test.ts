import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JOBS } from './jobs';
import { consistentHashJob, hashRing, ringArcs } from '../ConsistentHashRing/compute';
import { coordinatedOmissionJob } from '../CoordinatedOmission/compute';
import { latencySampleJob } from '../LatencyDistribution/compute';
import { loadBalancerJob } from '../LoadBalancerSimulator/compute';
import { fanoutJob } from '../FanoutTail/compute';

/** Each job at its widget's defaults and at the largest settings its sliders allow. */
const INPUTS: Record<keyof typeof JOBS, readonly unknown[]> = {
  cache: [
    { policy: 'lru', capacity: 50, s: 0.9 },
    { policy: 'fifo', capacity: 1000, s: 1.5 },
  ],
  co: [
    { stall: 1000, every: 10, rate: 500, conn: 10 },
    { stall: 5000, every: 60, rate: 950, conn: 200 },
  ],
  fanout: [
    { n: 100, p: 0.01, hedge: 20, slow: 200 },
    { n: 1000, p: 0.5, hedge: 1000, slow: 5000 },
  ],
  latency: [
    { shape: 'mixture', ms: 10, sigma: 0.5, slow: 0.02, slowx: 20, hosts: 'one', n: 5000 },
    { shape: 'mixture', ms: 1000, sigma: 1.5, slow: 0.1, slowx: 100, hosts: 'one', n: 50_000 },
  ],
  lb: [
    { rho: 0.8, k: 8, slow: 1 },
    { rho: 0.98, k: 32, slow: 10 },
  ],
  ring: [
    { nodes: 5, vnodes: 10 },
    { nodes: 16, vnodes: 200 },
  ],
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

test('every job result crosses to and from the worker unchanged (structured clone)', () => {
  for (const [name, inputs] of Object.entries(INPUTS)) {
    const job = JOBS[name as keyof typeof JOBS] as (input: unknown) => unknown;
    for (const input of inputs) {
      const result = job(structuredClone(input));
      assert.deepEqual(structuredClone(result), result, `${name} ${JSON.stringify(input)}`);
    }
  }
});

test('the same input gives the same result (the worker agrees with the server render)', () => {
  for (const [name, inputs] of Object.entries(INPUTS)) {
    const job = JOBS[name as keyof typeof JOBS] as (input: unknown) => unknown;
    assert.deepEqual(job(inputs[0]), job(structuredClone(inputs[0])), name);
  }
});

test('coordinated omission: the curve passes through p99 at two nines and never falls', () => {
  const result = coordinatedOmissionJob({ stall: 1000, every: 10, rate: 500, conn: 10 });
  for (const generator of [result.open, result.closed]) {
    const atP99 = generator.curve.find((p) => p.x === 2);
    assert.ok(atP99);
    // Both are Hyndman-Fan type 7 quantiles of the same sorted sample; only 1 - 10^-2 rounding.
    assert.ok(Math.abs(atP99.y - generator.p99) <= 1e-12 * generator.p99);
    for (let i = 1; i < generator.curve.length; i++) {
      assert.ok(generator.curve[i].y >= generator.curve[i - 1].y);
    }
    assert.ok(generator.min <= generator.p50 && generator.p999 <= generator.max);
  }
  // The closed generator records at most `conn` stalled samples per stall (see the model).
  assert.ok(result.closed.above <= 10 * result.stalls);
  const calm = coordinatedOmissionJob({ stall: 0, every: 10, rate: 500, conn: 10 });
  assert.equal(calm.open.above, 0, 'without a stall every open sample takes the service time');
});

test('ring: the arcs tile the ring and each node owns its arc share', () => {
  for (const input of [
    { nodes: 5, vnodes: 10 },
    { nodes: 16, vnodes: 200 },
  ]) {
    const result = consistentHashJob(input);
    const arcs = ringArcs(hashRing(input.nodes, input.vnodes));
    assert.equal(result.pointCount, input.nodes * input.vnodes);
    assert.ok(Math.abs(sum(arcs.map((a) => a.to - a.from)) - 1) < 1e-9);
    for (let node = 0; node < input.nodes; node++) {
      const owned = sum(arcs.filter((a) => a.owner === node).map((a) => a.to - a.from));
      assert.ok(Math.abs(owned - result.arcShares[node]) < 1e-9, `node ${node}`);
      // One path per node, with one closed band (move ... close) per arc it owns.
      const d = result.paths[node];
      assert.equal(d.match(/M/g)?.length, arcs.filter((a) => a.owner === node).length);
      assert.equal(d.match(/Z/g)?.length, d.match(/M/g)?.length);
      assert.doesNotMatch(d, /NaN/);
    }
    assert.equal(result.paths.length, input.nodes);
    assert.ok(Math.abs(sum(result.shares) - 1) < 1e-9);
    // Dots only while few enough to draw (320 points).
    assert.equal(result.dots.length, result.pointCount <= 320 ? result.pointCount : 0);
  }
});

test('load balancer: four policies, each spreading all requests over the fleet', () => {
  const runs = loadBalancerJob({ rho: 0.9, k: 8, slow: 4 });
  assert.deepEqual(
    runs.map((r) => r.policy),
    ['random', 'round-robin', 'least-connections', 'power-of-two'],
  );
  for (const run of runs) {
    assert.equal(run.shares.length, 8);
    assert.ok(Math.abs(sum(run.shares) - 1) < 1e-9);
    assert.ok(run.p50 <= run.p99);
  }
});

test('fan-out: about 40,000 leaf draws per run, within 200 to 2,000 requests', () => {
  assert.equal(fanoutJob({ n: 100, p: 0.01, hedge: 20, slow: 200 }).requests, 400);
  assert.equal(fanoutJob({ n: 1, p: 0.01, hedge: 20, slow: 200 }).requests, 2000);
  assert.equal(fanoutJob({ n: 1000, p: 0.01, hedge: 20, slow: 200 }).requests, 200);
});

test('latency sample: the histogram holds every draw, statistics in order', () => {
  const n = 5000;
  const sample = latencySampleJob({
    shape: 'mixture',
    ms: 10,
    sigma: 0.5,
    slow: 0.02,
    slowx: 20,
    hosts: 'one',
    n,
  });
  assert.equal(sum(sample.bins.map((b) => b.value)), n);
  const { p50, p99, p999 } = sample.stats;
  assert.ok(sample.min <= p50 && p50 <= p99 && p99 <= p999 && p999 <= sample.max);
  assert.equal(sum(sample.hosts.map((h) => h.count)), n);
});
