import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostQuantiles, sampleLatencyMixture } from './latency-mixture';
import { quantile } from './statistics';

const base = {
  medianSeconds: 0.01,
  sigma: 0.5,
  slowFraction: 0,
  slowFactor: 20,
  hostShares: [1, 1, 1, 1],
  slowOnFirstHost: false,
  count: 100_000,
  seed: 7,
};

test('with no slow mode the sample is lognormal: median exp(mu), p99 exp(mu + 2.3263 sigma)', () => {
  const { latencies } = sampleLatencyMixture(base);
  // z(0.99) = 2.3263 (standard normal table). 100k draws: relative error of the median ~0.5 %.
  assert.ok(Math.abs(quantile(latencies, 0.5) / 0.01 - 1) < 0.02);
  assert.ok(Math.abs(quantile(latencies, 0.99) / (0.01 * Math.exp(0.5 * 2.3263)) - 1) < 0.03);
});

test('the slow mode holds slowFraction of the requests', () => {
  const { latencies } = sampleLatencyMixture({ ...base, slowFraction: 0.05, sigma: 0.1 });
  // With sigma 0.1 the modes (10 ms and 200 ms) do not overlap: count those above 50 ms.
  const slow = latencies.filter((x) => x > 0.05).length / latencies.length;
  assert.ok(Math.abs(slow - 0.05) < 0.003, `slow share ${slow}`);
});

test('hosts receive their shares of the load', () => {
  const { hostOf } = sampleLatencyMixture({ ...base, hostShares: [3, 1] });
  const share0 = hostOf.filter((h) => h === 0).length / hostOf.length;
  assert.ok(Math.abs(share0 - 0.75) < 0.005, `host 0 share ${share0}`);
});

test('the placement of slow requests does not change the latencies, only where they land', () => {
  const spread = sampleLatencyMixture({ ...base, slowFraction: 0.02 });
  const oneHost = sampleLatencyMixture({ ...base, slowFraction: 0.02, slowOnFirstHost: true });
  assert.deepEqual(spread.latencies, oneHost.latencies);
  assert.notDeepEqual(spread.hostOf, oneHost.hostOf);
});

test('with the slow requests on one host, the mean of per-host p99s badly understates the true p99', () => {
  const sample = sampleLatencyMixture({ ...base, slowFraction: 0.02, slowOnFirstHost: true });
  const result = hostQuantiles(sample, 0.99);
  assert.equal(result.overall, quantile(sample.latencies, 0.99));
  assert.equal(result.hosts.length, 4);
  // 2 % of requests are slow (median 200 ms), more than the 1 % a p99 leaves out, so the union's
  // p99 lies in the slow mode, above 100 ms. Three healthy hosts' p99s sit near the lognormal's
  // 32 ms, so their average with the sick host's p99 falls well below the true figure.
  assert.ok(result.overall > 0.1, `overall p99 ${result.overall}`);
  assert.ok(result.meanOfHostQuantiles < result.overall * 0.8, `${result.meanOfHostQuantiles}`);
  const counts = result.hosts.reduce((n, h) => n + h.count, 0);
  assert.equal(counts, base.count);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => sampleLatencyMixture({ ...base, medianSeconds: 0 }), /medianSeconds/);
  assert.throws(() => sampleLatencyMixture({ ...base, slowFraction: 1.5 }), /slowFraction/);
  assert.throws(() => sampleLatencyMixture({ ...base, slowFactor: 0.5 }), /slowFactor/);
  assert.throws(() => sampleLatencyMixture({ ...base, sigma: Number.NaN }), /sigma/);
  assert.throws(() => sampleLatencyMixture({ ...base, hostShares: [] }), /hostShares/);
  assert.throws(() => sampleLatencyMixture({ ...base, hostShares: [1, -1] }), /hostShares\[1\]/);
  assert.throws(() => sampleLatencyMixture({ ...base, count: 0 }), /count/);
});
