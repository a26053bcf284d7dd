import { requireFinite, requireNonNegative, requirePositive, requireProbability } from './validate';

/** Bits in a byte; the models take bytes for windows and segments and bit/s for rates. */
const BITS_PER_BYTE = 8;

/**
 * The Mathis constant C = sqrt(3/2) ≈ 1.2247 for a receiver that ACKs every segment (b = 1).
 * With delayed ACKs (b = 2) the same derivation gives C = sqrt(3/(2b)) ≈ 0.866.
 *
 * Mathis, Semke, Mahdavi & Ott, ACM SIGCOMM CCR 27(3), 1997.
 */
export const MATHIS_C = Math.sqrt(3 / 2);

/** Speed of light in vacuum, km/s: exact by the SI definition of the metre (BIPM SI Brochure). */
export const SPEED_OF_LIGHT_KM_PER_S = 299_792.458;

/**
 * Effective group index of standard single-mode fibre near 1550 nm: ≈ 1.468 for ITU-T G.652
 * fibre (Corning's SMF-28 product information lists 1.4682 at 1550 nm). Light in such fibre
 * travels at c / n ≈ 204,190 km/s, about 4.9 µs per km one way.
 */
export const FIBER_GROUP_INDEX = 1.4682;

/**
 * Mean Earth radius used by {@link greatCircleKm}, km: the IUGG mean radius R1 = 6371.0088 km
 * of the GRS 80 ellipsoid, rounded (Moritz, H. "Geodetic Reference System 1980." Bulletin
 * Géodésique 54, 1980).
 */
export const EARTH_RADIUS_KM = 6371;

/**
 * Bandwidth-delay product in bytes: BDP = bandwidth × RTT / 8. It is the amount of data that
 * must be in flight (unacknowledged) to keep a path busy; a sender whose window is smaller
 * than the BDP cannot fill the link. For example, 1 Gbit/s × 100 ms = 12.5 MB.
 *
 * Jacobson, V. "Congestion Avoidance and Control." ACM SIGCOMM 1988; the window-scaling
 * option that lets TCP windows exceed 64 KiB exists for exactly this reason (RFC 7323, 2014).
 *
 * @param bitsPerSecond bottleneck bandwidth, bit/s (> 0)
 * @param rttSeconds round-trip time, seconds (>= 0)
 * @returns bytes in flight needed to fill the path
 */
export function bandwidthDelayProduct(bitsPerSecond: number, rttSeconds: number): number {
  requirePositive('bitsPerSecond', bitsPerSecond);
  requireNonNegative('rttSeconds', rttSeconds);
  return (bitsPerSecond * rttSeconds) / BITS_PER_BYTE;
}

/**
 * The Mathis et al. steady-state throughput of loss-based TCP congestion avoidance:
 *
 *   throughput ≈ (MSS × 8 / RTT) × C / sqrt(p),   C = sqrt(3 / (2b))
 *
 * in bit/s, where p is the probability that a segment is lost and b the number of segments
 * acknowledged by each ACK (b = 1 gives C = sqrt(3/2) ≈ 1.22; delayed ACKs, b = 2, give
 * ≈ 0.87). It models Reno-like additive-increase/multiplicative-decrease (AIMD) in steady state
 * with periodic, isolated losses and no timeouts. It does not describe BBR, which is not
 * loss-driven, and describes CUBIC only approximately (RFC 9438). Padhye et al. (SIGCOMM 1998)
 * extend it with retransmission timeouts, which lower throughput at high loss.
 *
 * Mathis, M., Semke, J., Mahdavi, J. & Ott, T. "The Macroscopic Behavior of the TCP Congestion
 * Avoidance Algorithm." ACM SIGCOMM Computer Communication Review 27(3), 1997.
 *
 * @param mssBytes maximum segment size, bytes (> 0; 1460 on Ethernet with IPv4)
 * @param rttSeconds round-trip time, seconds (> 0)
 * @param lossRate segment loss probability in (0, 1]; 0 is rejected because the formula
 *   diverges (the path is then limited by the window or the link, see {@link tcpThroughput})
 * @param segmentsPerAck b, segments acknowledged per ACK (>= 1, default 1)
 * @returns throughput, bit/s
 */
export function mathisThroughput(
  mssBytes: number,
  rttSeconds: number,
  lossRate: number,
  segmentsPerAck = 1,
): number {
  requirePositive('mssBytes', mssBytes);
  requirePositive('rttSeconds', rttSeconds);
  requireProbability('lossRate', lossRate);
  if (lossRate === 0) {
    throw new RangeError('lossRate must be greater than 0 for the Mathis formula, got 0');
  }
  requirePositive('segmentsPerAck', segmentsPerAck);
  if (segmentsPerAck < 1) {
    throw new RangeError(`segmentsPerAck must be at least 1, got ${segmentsPerAck}`);
  }
  const c = Math.sqrt(3 / (2 * segmentsPerAck));
  return ((mssBytes * BITS_PER_BYTE) / rttSeconds) * (c / Math.sqrt(lossRate));
}

/**
 * Window-limited throughput: a sender may have at most one window of data unacknowledged per
 * round trip, so throughput <= window × 8 / RTT bit/s. Without window scaling the window is
 * at most 65,535 bytes, which caps a 100 ms path at ≈ 5.2 Mbit/s.
 *
 * RFC 9293 (TCP, 2022), section 3.8.6 (the window); RFC 7323 (window scaling, 2014).
 *
 * @param windowBytes the smaller of the receive window and the congestion window, bytes (> 0)
 * @param rttSeconds round-trip time, seconds (> 0)
 * @returns throughput ceiling, bit/s
 */
export function windowLimitedThroughput(windowBytes: number, rttSeconds: number): number {
  requirePositive('windowBytes', windowBytes);
  requirePositive('rttSeconds', rttSeconds);
  return (windowBytes * BITS_PER_BYTE) / rttSeconds;
}

/** Which of the three ceilings sets TCP throughput. */
export type TcpLimit = 'link' | 'window' | 'loss';

/** Inputs of {@link tcpThroughput}. */
export interface TcpThroughputInput {
  /** Bottleneck link rate, bit/s (> 0). */
  linkBitsPerSecond: number;
  /** Round-trip time, seconds (> 0). */
  rttSeconds: number;
  /** Effective window (min of receive window and any configured cap), bytes (> 0). */
  windowBytes: number;
  /** Maximum segment size, bytes (> 0). */
  mssBytes: number;
  /** Segment loss probability in [0, 1]; 0 means the loss ceiling does not apply. */
  lossRate: number;
}

/** Result of {@link tcpThroughput}: the binding ceiling and all three ceilings, bit/s. */
export interface TcpThroughputResult {
  bitsPerSecond: number;
  limit: TcpLimit;
  linkBitsPerSecond: number;
  windowBitsPerSecond: number;
  /** Mathis ceiling; Infinity when lossRate is 0. */
  lossBitsPerSecond: number;
}

/**
 * Steady-state TCP throughput as the minimum of three ceilings, and which one binds:
 *
 *   throughput = min(link rate, window × 8 / RTT, (MSS × 8 / RTT) × sqrt(3/2) / sqrt(p))
 *
 * The loss ceiling is the Mathis formula ({@link mathisThroughput}, ACK every segment), so it
 * inherits its assumptions: Reno-like loss-based AIMD in steady state, not BBR. A loss rate of
 * 0 removes the loss ceiling (Infinity) instead of throwing, so a slider can start at zero. On a
 * tie the first of link, window, loss (in that order) is reported.
 *
 * Mathis, Semke, Mahdavi & Ott, ACM SIGCOMM CCR 27(3), 1997; RFC 9293 (TCP, 2022).
 */
export function tcpThroughput(input: TcpThroughputInput): TcpThroughputResult {
  const { linkBitsPerSecond, rttSeconds, windowBytes, mssBytes, lossRate } = input;
  requirePositive('linkBitsPerSecond', linkBitsPerSecond);
  requirePositive('rttSeconds', rttSeconds);
  requirePositive('windowBytes', windowBytes);
  requirePositive('mssBytes', mssBytes);
  requireProbability('lossRate', lossRate);
  const windowBitsPerSecond = windowLimitedThroughput(windowBytes, rttSeconds);
  const lossBitsPerSecond =
    lossRate === 0 ? Infinity : mathisThroughput(mssBytes, rttSeconds, lossRate);
  let limit: TcpLimit = 'link';
  let bitsPerSecond = linkBitsPerSecond;
  if (windowBitsPerSecond < bitsPerSecond) {
    limit = 'window';
    bitsPerSecond = windowBitsPerSecond;
  }
  if (lossBitsPerSecond < bitsPerSecond) {
    limit = 'loss';
    bitsPerSecond = lossBitsPerSecond;
  }
  return { bitsPerSecond, limit, linkBitsPerSecond, windowBitsPerSecond, lossBitsPerSecond };
}

/**
 * Lower bound on the round-trip time over a fibre path of the given length:
 *
 *   RTT = 2 × distance / v,   v = c / n ≈ 299,792.458 / 1.4682 ≈ 204,190 km/s
 *
 * i.e. about 4.9 µs per km one way, or ≈ 0.98 ms of RTT per 100 km. Real routes are longer than
 * the great-circle distance and add queueing, serialization and equipment delay, so measured
 * RTTs are typically 30-100 % above this floor. Pass the fibre route length if known, or
 * {@link greatCircleKm} for the physical lower bound.
 *
 * Group index of standard single-mode fibre: Corning SMF-28 product information (≈ 1.468
 * near 1310-1550 nm); c is exact by the SI definition of the metre (BIPM, 1983).
 *
 * @param distanceKm one-way fibre distance, km (>= 0)
 * @param refractiveIndex group index n of the fibre (>= 1, default {@link FIBER_GROUP_INDEX})
 * @returns minimum round-trip time, seconds
 */
export function fiberRtt(distanceKm: number, refractiveIndex = FIBER_GROUP_INDEX): number {
  requireNonNegative('distanceKm', distanceKm);
  requireFinite('refractiveIndex', refractiveIndex);
  if (refractiveIndex < 1) {
    throw new RangeError(`refractiveIndex must be at least 1, got ${refractiveIndex}`);
  }
  const speedKmPerSecond = SPEED_OF_LIGHT_KM_PER_S / refractiveIndex;
  return (2 * distanceKm) / speedKmPerSecond;
}

function requireLatitude(name: string, value: number): number {
  requireFinite(name, value);
  if (value < -90 || value > 90) {
    throw new RangeError(`${name} must be a latitude in [-90, 90] degrees, got ${value}`);
  }
  return value;
}

function requireLongitude(name: string, value: number): number {
  requireFinite(name, value);
  if (value < -180 || value > 180) {
    throw new RangeError(`${name} must be a longitude in [-180, 180] degrees, got ${value}`);
  }
  return value;
}

/**
 * Great-circle distance between two points on a sphere of radius R = 6371 km by the haversine
 * formula:
 *
 *   a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2),   d = 2 R asin(min(1, sqrt(a)))
 *
 * with latitudes φ and longitudes λ in radians. The haversine form stays accurate for small
 * distances, where the spherical law of cosines loses precision. Treating the Earth as a
 * sphere errs by up to about 0.5 % against the WGS-84 ellipsoid, which is far below the
 * route-length uncertainty this model is used for.
 *
 * Sinnott, R. W. "Virtues of the Haversine." Sky and Telescope 68(2):159, 1984; mean radius
 * R1 ≈ 6371.0 km from Moritz, H. "Geodetic Reference System 1980." Bulletin Géodésique 54, 1980.
 *
 * @param lat1 latitude of the first point, degrees in [-90, 90]
 * @param lon1 longitude of the first point, degrees in [-180, 180]
 * @param lat2 latitude of the second point, degrees
 * @param lon2 longitude of the second point, degrees
 * @returns distance, km
 */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  requireLatitude('lat1', lat1);
  requireLongitude('lon1', lon1);
  requireLatitude('lat2', lat2);
  requireLongitude('lon2', lon2);
  const toRadians = Math.PI / 180;
  const phi1 = lat1 * toRadians;
  const phi2 = lat2 * toRadians;
  const dPhi = (lat2 - lat1) * toRadians;
  const dLambda = (lon2 - lon1) * toRadians;
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
