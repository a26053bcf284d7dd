import { requireFinite, requireNonNegative, requirePositive, requireProbability } from './validate';

/**
 * Amdahl's law: speedup on n processors of a job whose fraction p can run in parallel and whose
 * remaining 1 - p is serial, S(n) = 1 / ((1 - p) + p / n). The speedup can never exceed
 * 1 / (1 - p), however many processors: 95 % parallel caps at 20x.
 *
 * Amdahl, G. M. "Validity of the single processor approach to achieving large scale computing
 * capabilities." AFIPS Spring Joint Computer Conference, 1967, pp. 483-485.
 *
 * @param n processors (or nodes, threads), real >= 1 so a chart can draw a smooth curve
 * @param parallelFraction p in [0, 1]
 */
export function amdahlSpeedup(n: number, parallelFraction: number): number {
  requireAtLeastOne('n', n);
  requireProbability('parallelFraction', parallelFraction);
  return 1 / (1 - parallelFraction + parallelFraction / n);
}

/**
 * Gunther's Universal Scalability Law: relative capacity (throughput relative to one node) at
 * concurrency N,
 *
 *   C(N) = N / (1 + sigma (N - 1) + kappa N (N - 1)).
 *
 * sigma (contention) is the serialized fraction, as in Amdahl's law, and with kappa = 0 the USL
 * is Amdahl's law with p = 1 - sigma. kappa (coherency) is the cost of pairwise data exchange
 * between nodes, which grows as N^2 and makes capacity fall past a peak ({@link uslPeak}).
 * Multiply by lambda, the throughput of one node, for absolute throughput.
 *
 * Gunther, N. J. Guerrilla Capacity Planning. Springer, 2007, chapters 4-6.
 *
 * @param n concurrency (users, threads, nodes), real >= 1
 * @param sigma contention coefficient in [0, 1]
 * @param kappa coherency coefficient, >= 0
 */
export function uslCapacity(n: number, sigma: number, kappa: number): number {
  requireAtLeastOne('n', n);
  requireProbability('sigma', sigma);
  requireNonNegative('kappa', kappa);
  return n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
}

/**
 * Concurrency at which USL capacity peaks, from dC/dN = 0: N* = sqrt((1 - sigma) / kappa). Not
 * rounded: the best whole count is floor(N*) or ceil(N*), whichever has the higher capacity. With
 * kappa = 0 capacity rises forever (toward 1 / sigma) and the result is `Infinity`. A result
 * below 1 (sigma near 1 or a large kappa) means capacity already falls from N = 1.
 *
 * Gunther, N. J. Guerrilla Capacity Planning. Springer, 2007, chapter 4.
 *
 * @param sigma contention coefficient in [0, 1]
 * @param kappa coherency coefficient, >= 0
 */
export function uslPeak(sigma: number, kappa: number): number {
  requireProbability('sigma', sigma);
  requireNonNegative('kappa', kappa);
  if (kappa === 0) return Infinity;
  return Math.sqrt((1 - sigma) / kappa);
}

/** One load-test measurement: throughput (requests per second) at concurrency n. */
export interface UslPoint {
  n: number;
  throughput: number;
}

/** Fitted USL: X(N) ≈ lambda · N / (1 + sigma (N - 1) + kappa N (N - 1)). */
export interface UslFit {
  /** Contention coefficient, >= 0. */
  sigma: number;
  /** Coherency coefficient, >= 0. */
  kappa: number;
  /** Throughput of a single node (N = 1), requests per second: the scale of the curve. */
  lambda: number;
  /**
   * 1 - SS_residual / SS_total of the fitted throughputs. If all measured throughputs are equal
   * (SS_total = 0) it is 1 for an exact fit and 0 otherwise.
   */
  rSquared: number;
}

/**
 * Fits the Universal Scalability Law to load-test measurements.
 *
 * When some points are at N = 1, lambda is their mean throughput and sigma, kappa come from
 * Gunther's linearization: with C(N) = X(N) / lambda, the "deviation from linearity"
 * y = N / C(N) - 1 equals sigma x + kappa x (x + 1) with x = N - 1, a linear model with no
 * intercept, solved by least squares (2 x 2 normal equations).
 *
 * Without an N = 1 point, lambda is unknown: the linearization seeded with
 * lambda = max X(N) / N (which the USL never exceeds) gives a start, and Levenberg-Marquardt
 * then minimizes the squared throughput error over (lambda, sigma, kappa) together.
 *
 * Both coefficients are clamped to >= 0: a negative sigma (superlinear scaling, e.g. from cache
 * effects) or negative kappa has no meaning in the model, so the fit is then the best one with
 * that coefficient at 0 (a non-negative least-squares solution).
 *
 * Gunther, N. J. Guerrilla Capacity Planning. Springer, 2007, chapter 5 (regression on the
 * deviation from linearity).
 * Marquardt, D. W. "An Algorithm for Least-Squares Estimation of Nonlinear Parameters." Journal
 * of the Society for Industrial and Applied Mathematics 11(2):431-441, 1963.
 *
 * @param points at least 4 measurements spanning at least 3 distinct n (each n >= 1,
 *   throughput > 0)
 */
export function fitUsl(points: readonly UslPoint[]): UslFit {
  if (!Array.isArray(points) || points.length < 4) {
    throw new RangeError(
      `points must hold at least 4 measurements, got ${Array.isArray(points) ? points.length : String(points)}`,
    );
  }
  points.forEach((p, i) => {
    requireAtLeastOne(`points[${i}].n`, p.n);
    requirePositive(`points[${i}].throughput`, p.throughput);
  });
  if (new Set(points.map((p) => p.n)).size < 3) {
    throw new RangeError('points must span at least 3 distinct values of n');
  }
  const atOne = points.filter((p) => p.n === 1);
  let lambda: number;
  let sigma: number;
  let kappa: number;
  if (atOne.length > 0) {
    lambda = atOne.reduce((s, p) => s + p.throughput, 0) / atOne.length;
    [sigma, kappa] = linearizedFit(points, lambda);
  } else {
    lambda = Math.max(...points.map((p) => p.throughput / p.n));
    [sigma, kappa] = linearizedFit(points, lambda);
    [lambda, sigma, kappa] = levenbergMarquardt(points, lambda, sigma, kappa);
  }
  return { sigma, kappa, lambda, rSquared: rSquared(points, lambda, sigma, kappa) };
}

function requireAtLeastOne(name: string, value: number): number {
  requireFinite(name, value);
  if (value < 1) throw new RangeError(`${name} must be at least 1, got ${value}`);
  return value;
}

function uslThroughput(n: number, lambda: number, sigma: number, kappa: number): number {
  return (lambda * n) / (1 + sigma * (n - 1) + kappa * n * (n - 1));
}

/**
 * Non-negative least squares of y = sigma x + kappa z (x = N - 1, z = x N, y = N lambda / X - 1):
 * the unconstrained solution if both coefficients are >= 0, else the best of the one-coefficient
 * fits and (0, 0).
 */
function linearizedFit(points: readonly UslPoint[], lambda: number): [number, number] {
  let sxx = 0;
  let sxz = 0;
  let szz = 0;
  let sxy = 0;
  let szy = 0;
  let syy = 0;
  for (const { n, throughput } of points) {
    const x = n - 1;
    const z = x * n;
    const y = (n * lambda) / throughput - 1;
    sxx += x * x;
    sxz += x * z;
    szz += z * z;
    sxy += x * y;
    szy += z * y;
    syy += y * y;
  }
  const sse = (s: number, k: number): number =>
    syy - 2 * (s * sxy + k * szy) + s * s * sxx + 2 * s * k * sxz + k * k * szz;
  const det = sxx * szz - sxz * sxz;
  if (det > 1e-12 * sxx * szz) {
    const s = (sxy * szz - szy * sxz) / det;
    const k = (szy * sxx - sxy * sxz) / det;
    if (s >= 0 && k >= 0) return [s, k];
  }
  const candidates: [number, number][] = [
    [Math.max(0, sxy / sxx), 0],
    [0, Math.max(0, szy / szz)],
    [0, 0],
  ];
  let best = candidates[0];
  for (const c of candidates) if (sse(c[0], c[1]) < sse(best[0], best[1])) best = c;
  return best;
}

/** Damped Gauss-Newton on the throughput residuals, sigma and kappa projected onto >= 0. */
function levenbergMarquardt(
  points: readonly UslPoint[],
  lambda0: number,
  sigma0: number,
  kappa0: number,
): [number, number, number] {
  let p: [number, number, number] = [lambda0, sigma0, kappa0];
  const sse = (q: readonly number[]): number => {
    let s = 0;
    for (const { n, throughput } of points) {
      const r = throughput - uslThroughput(n, q[0], q[1], q[2]);
      s += r * r;
    }
    return s;
  };
  let current = sse(p);
  let damping = 1e-3;
  for (let iter = 0; iter < 200 && damping < 1e12; iter++) {
    const a = [0, 0, 0, 0, 0, 0, 0, 0, 0]; // J^T J, row-major 3 x 3
    const g = [0, 0, 0]; // J^T r
    for (const { n, throughput } of points) {
      const x = n - 1;
      const d = 1 + p[1] * x + p[2] * n * x;
      const j = [n / d, (-p[0] * n * x) / (d * d), (-p[0] * n * n * x) / (d * d)];
      const r = throughput - (p[0] * n) / d;
      for (let row = 0; row < 3; row++) {
        g[row] += j[row] * r;
        for (let col = 0; col < 3; col++) a[row * 3 + col] += j[row] * j[col];
      }
    }
    let improved = false;
    while (!improved && damping < 1e12) {
      const m = a.slice();
      for (let k = 0; k < 3; k++) m[k * 4] += damping * (a[k * 4] || 1);
      const step = solve3(m, g);
      const trial: [number, number, number] = [
        p[0] + step[0],
        Math.max(0, p[1] + step[1]),
        Math.max(0, p[2] + step[2]),
      ];
      const value = trial[0] > 0 && step.every(Number.isFinite) ? sse(trial) : Infinity;
      if (value < current) {
        const gain = (current - value) / Math.max(current, 1e-300);
        p = trial;
        current = value;
        damping = Math.max(damping / 3, 1e-12);
        improved = true;
        if (gain < 1e-14) return p;
      } else {
        damping *= 4;
      }
    }
  }
  return p;
}

/** Solves the 3 x 3 system m x = b (m row-major) by Gaussian elimination with partial pivoting. */
function solve3(m: number[], b: number[]): number[] {
  const a = [m.slice(0, 3).concat(b[0]), m.slice(3, 6).concat(b[1]), m.slice(6, 9).concat(b[2])];
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let row = col + 1; row < 3; row++) {
      if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < 3; row++) {
      const f = a[row][col] / a[col][col];
      for (let k = col; k < 4; k++) a[row][k] -= f * a[col][k];
    }
  }
  const x = [0, 0, 0];
  for (let row = 2; row >= 0; row--) {
    let s = a[row][3];
    for (let k = row + 1; k < 3; k++) s -= a[row][k] * x[k];
    x[row] = s / a[row][row];
  }
  return x;
}

function rSquared(
  points: readonly UslPoint[],
  lambda: number,
  sigma: number,
  kappa: number,
): number {
  const meanX = points.reduce((s, p) => s + p.throughput, 0) / points.length;
  let ssRes = 0;
  let ssTot = 0;
  for (const { n, throughput } of points) {
    ssRes += (throughput - uslThroughput(n, lambda, sigma, kappa)) ** 2;
    ssTot += (throughput - meanX) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
