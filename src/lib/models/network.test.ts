import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bandwidthDelayProduct,
  fiberRtt,
  greatCircleKm,
  mathisThroughput,
  tcpThroughput,
  windowLimitedThroughput,
} from './network';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

test('BDP of 1 Gbit/s × 100 ms is 12.5 MB; 10 Gbit/s × 100 ms is 125 MB', () => {
  // 1e9 bit/s × 0.1 s = 1e8 bit = 1.25e7 bytes.
  assert.equal(bandwidthDelayProduct(1e9, 0.1), 12_500_000);
  assert.equal(bandwidthDelayProduct(10e9, 0.1), 125_000_000);
  assert.equal(bandwidthDelayProduct(1e9, 0), 0);
});

test('Mathis for MSS 1460 B, RTT 100 ms, p = 1e-4 matches the hand calculation', () => {
  // MSS × 8 / RTT = 1460 × 8 / 0.1 = 116,800 bit/s; C / sqrt(p) = 1.2247449 / 0.01 = 122.47449;
  // product = 14,305,020.1 bit/s ≈ 14.3 Mbit/s.
  near(mathisThroughput(1460, 0.1, 1e-4), 14_305_020.1, 1, 'throughput');
  // Quadrupling the loss rate halves throughput (1 / sqrt(p)); doubling RTT halves it too.
  near(mathisThroughput(1460, 0.1, 4e-4), 14_305_020.1 / 2, 1, 'p × 4');
  near(mathisThroughput(1460, 0.2, 1e-4), 14_305_020.1 / 2, 1, 'RTT × 2');
  // Delayed ACKs (b = 2): C = sqrt(3/4) = 0.8660254, so 116,800 × 86.60254 = 10,115,177 bit/s.
  near(mathisThroughput(1460, 0.1, 1e-4, 2), 10_115_176.7, 1, 'b = 2');
});

test('window-limited throughput: 64 KiB over 100 ms caps at ≈ 5.24 Mbit/s', () => {
  // 65,535 B × 8 / 0.1 s = 5,242,800 bit/s.
  assert.equal(windowLimitedThroughput(65_535, 0.1), 5_242_800);
});

test('tcpThroughput reports the binding ceiling, which switches as parameters move', () => {
  const base = { linkBitsPerSecond: 1e9, rttSeconds: 0.1, mssBytes: 1460 };
  // Small window, no loss: window binds at 5.24 Mbit/s.
  const small = tcpThroughput({ ...base, windowBytes: 65_535, lossRate: 0 });
  assert.equal(small.limit, 'window');
  assert.equal(small.bitsPerSecond, 5_242_800);
  assert.equal(small.lossBitsPerSecond, Infinity);
  // Window of 100 MB (8 Gbit/s ceiling) with p = 1e-4: loss binds at 14.3 Mbit/s.
  const lossy = tcpThroughput({ ...base, windowBytes: 1e8, lossRate: 1e-4 });
  assert.equal(lossy.limit, 'loss');
  near(lossy.bitsPerSecond, 14_305_020.1, 1, 'loss-limited');
  // Same window, no loss: the 1 Gbit/s link binds.
  const clean = tcpThroughput({ ...base, windowBytes: 1e8, lossRate: 0 });
  assert.equal(clean.limit, 'link');
  assert.equal(clean.bitsPerSecond, 1e9);
  // Very low loss (1e-9) lifts the Mathis ceiling to 4.5 Gbit/s, above the link: link binds.
  const rare = tcpThroughput({ ...base, windowBytes: 1e8, lossRate: 1e-9 });
  assert.equal(rare.limit, 'link');
  // The result is always the minimum of the three ceilings.
  for (const r of [small, lossy, clean, rare]) {
    assert.equal(
      r.bitsPerSecond,
      Math.min(r.linkBitsPerSecond, r.windowBitsPerSecond, r.lossBitsPerSecond),
    );
  }
});

test('fibre RTT: 100 km of fibre costs ≈ 0.98 ms round trip (≈ 4.9 µs per km one way)', () => {
  // v = 299,792.458 / 1.4682 = 204,190.48 km/s; RTT = 2 × 100 / 204,190.48 = 979.48 µs.
  near(fiberRtt(100), 979.48e-6, 0.01e-6, '100 km');
  near(fiberRtt(1) / 2, 4.8974e-6, 0.0001e-6, 'one-way per km');
  assert.equal(fiberRtt(0), 0);
  // The bibliography's rule of thumb (2 × 10^5 km/s) gives 1 ms per 100 km: within 2.1 %.
  assert.ok(Math.abs(fiberRtt(100) / 1e-3 - 1) < 0.021);
  // In vacuum (n = 1) the same path takes 667.1 µs.
  near(fiberRtt(100, 1), 667.128e-6, 0.001e-6, 'vacuum');
});

test('haversine: exact geometric cases on a sphere of radius 6371 km', () => {
  // One degree of longitude on the equator: 2π × 6371 / 360 = 111.19493 km.
  near(greatCircleKm(0, 0, 0, 1), 111.19493, 1e-5, '1° on the equator');
  // Pole to pole: π × 6371 = 20,015.0868 km; equator to pole: a quarter circumference.
  near(greatCircleKm(90, 0, -90, 0), 20_015.0868, 1e-4, 'pole to pole');
  near(greatCircleKm(0, 0, 90, 45), 10_007.5434, 1e-4, 'equator to pole');
  // Antipodes across the date line.
  near(greatCircleKm(0, 179, 0, -1), 20_015.0868, 1e-4, 'antipodes');
  assert.equal(greatCircleKm(48.8566, 2.3522, 48.8566, 2.3522), 0);
});

test('haversine agrees with the spherical law of cosines for city pairs', () => {
  // Independent formula: d = R acos(sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ). For London
  // (51.5074 N, 0.1278 W) to Paris (48.8566 N, 2.3522 E) both give ≈ 343.6 km; published
  // great-circle figures for the pair are ≈ 344 km.
  const lawOfCosines = (lat1: number, lon1: number, lat2: number, lon2: number) => {
    const r = Math.PI / 180;
    const c =
      Math.sin(lat1 * r) * Math.sin(lat2 * r) +
      Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
    return 6371 * Math.acos(Math.min(1, Math.max(-1, c)));
  };
  const pairs: [number, number, number, number][] = [
    [51.5074, -0.1278, 48.8566, 2.3522], // London - Paris
    [37.7749, -122.4194, 52.3676, 4.9041], // San Francisco - Amsterdam
    [39.9042, 116.4074, 31.2304, 121.4737], // Beijing - Shanghai
    [-33.8688, 151.2093, 35.6762, 139.6503], // Sydney - Tokyo
  ];
  for (const p of pairs) {
    near(greatCircleKm(...p), lawOfCosines(...p), 1e-6, `pair ${p.join(',')}`);
  }
  near(greatCircleKm(...pairs[0]), 344, 1.5, 'London - Paris');
  // Symmetry.
  assert.equal(greatCircleKm(...pairs[1]), greatCircleKm(52.3676, 4.9041, 37.7749, -122.4194));
});

test('the CA -> Netherlands -> CA rule of thumb (150 ms) sits above the fibre floor', () => {
  // SF - Amsterdam is ≈ 8,773 km great-circle, so the fibre RTT floor is ≈ 85.9 ms; the
  // 150 ms figure in Jeff Dean's table is ≈ 1.75 × that, as real routes are longer.
  const floor = fiberRtt(greatCircleKm(37.7749, -122.4194, 52.3676, 4.9041));
  near(floor, 0.0859, 0.0005, 'SF - AMS floor');
  assert.ok(floor < 0.15);
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => mathisThroughput(1460, 0.1, 0),
    (e) => e instanceof RangeError && /lossRate/.test(e.message),
  );
  assert.throws(() => mathisThroughput(1460, 0.1, 1.5), /lossRate/);
  assert.throws(() => mathisThroughput(0, 0.1, 0.01), /mssBytes/);
  assert.throws(() => mathisThroughput(1460, 0, 0.01), /rttSeconds/);
  assert.throws(() => mathisThroughput(1460, 0.1, 0.01, 0.5), /segmentsPerAck/);
  assert.throws(() => bandwidthDelayProduct(Number.NaN, 0.1), /bitsPerSecond/);
  assert.throws(() => bandwidthDelayProduct(1e9, -1), /rttSeconds/);
  assert.throws(() => windowLimitedThroughput(0, 0.1), /windowBytes/);
  assert.throws(
    () =>
      tcpThroughput({
        linkBitsPerSecond: 1e9,
        rttSeconds: 0.1,
        windowBytes: 1e6,
        mssBytes: 1460,
        lossRate: -0.1,
      }),
    /lossRate/,
  );
  assert.throws(() => fiberRtt(-1), /distanceKm/);
  assert.throws(() => fiberRtt(10, 0.9), /refractiveIndex/);
  assert.throws(() => greatCircleKm(91, 0, 0, 0), /lat1/);
  assert.throws(() => greatCircleKm(0, 0, 0, 181), /lon2/);
});
