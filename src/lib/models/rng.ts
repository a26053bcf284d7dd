import { requireFinite, requirePositive } from './validate';

/** A seeded pseudo-random source with the draws the simulations need. */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Exponential with the given rate (mean 1 / rate), by inversion: -ln(1 - U) / rate. */
  exponential(rate: number): number;
  /** Normal with the given mean and standard deviation (Box-Muller transform). */
  normal(mean?: number, stdDev?: number): number;
  /** Lognormal: exp(N(mu, sigma)), where mu and sigma are of the underlying normal. */
  lognormal(mu: number, sigma: number): number;
  /** Pareto (type I) with scale xm > 0 and shape alpha > 0, by inversion: xm / U^(1/alpha). */
  pareto(xm: number, alpha: number): number;
  /** Integer uniform on [0, n). */
  int(n: number): number;
}

/**
 * Seeded generator built on mulberry32 (Tommy Ettinger's 32-bit mixer, public domain), which
 * passes gjrand's and PractRand's quick tests up to a few GB and is ample for teaching
 * simulations. The same seed always gives the same sequence, so a server render and the
 * first client render of a widget draw the same chart.
 *
 * Exponential and Pareto draws use inverse-transform sampling; the normal uses the
 * Box-Muller transform (Box & Muller, "A Note on the Generation of Random Normal
 * Deviates", Ann. Math. Statist. 29(2), 1958).
 */
export function createRng(seed: number): Rng {
  requireFinite('seed', seed);
  let state = Math.floor(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box-Muller yields two normals per pair of uniforms; keep the second for the next call.
  let spareNormal: number | undefined;
  const standardNormal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    const u1 = 1 - next(); // in (0, 1], so the log is finite
    const u2 = next();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spareNormal = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
  return {
    uniform: next,
    exponential(rate) {
      requirePositive('rate', rate);
      return -Math.log(1 - next()) / rate;
    },
    normal(mean = 0, stdDev = 1) {
      requireFinite('mean', mean);
      requireFinite('stdDev', stdDev);
      if (stdDev < 0) throw new RangeError(`stdDev must be at least 0, got ${stdDev}`);
      return mean + stdDev * standardNormal();
    },
    lognormal(mu, sigma) {
      requireFinite('mu', mu);
      requireFinite('sigma', sigma);
      if (sigma < 0) throw new RangeError(`sigma must be at least 0, got ${sigma}`);
      return Math.exp(mu + sigma * standardNormal());
    },
    pareto(xm, alpha) {
      requirePositive('xm', xm);
      requirePositive('alpha', alpha);
      return xm / Math.pow(1 - next(), 1 / alpha);
    },
    int(n) {
      if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`n must be an integer of at least 1, got ${n}`);
      return Math.floor(next() * n);
    },
  };
}
