import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedLagExcess,
  keyStaleReads,
  lagMean,
  lagQuantile,
  lagSurvival,
  readYourWrites,
  simulateKeyReads,
  simulateOwnReads,
  type ReplicationLag,
} from './replication';

function near(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, expected ${expected} ± ${tolerance}`,
  );
}

const exponential = (meanSeconds: number): ReplicationLag => ({ kind: 'exponential', meanSeconds });
const constant = (seconds: number): ReplicationLag => ({ kind: 'constant', seconds });
const lognormal = (meanSeconds: number, sigma: number): ReplicationLag => ({
  kind: 'lognormal',
  meanSeconds,
  sigma,
});
const shifted = (minSeconds: number, tailMeanSeconds: number): ReplicationLag => ({
  kind: 'shiftedExponential',
  minSeconds,
  tailMeanSeconds,
});

const ALL_KINDS: readonly ReplicationLag[] = [
  constant(0.2),
  exponential(0.2),
  shifted(0.05, 0.15),
  lognormal(0.2, 1),
];

/**
 * ∫_t^∞ λ e^{-λa} S(a) da by the midpoint rule after u = e^{-λa}: ∫_0^{e^{-λt}} S(-ln(u)/λ) du.
 * An independent route to the stale fraction, through the survival function only.
 */
function staleByIntegration(rate: number, lag: ReplicationLag, window: number): number {
  const top = Math.exp(-rate * window);
  const n = 100_000;
  const h = top / n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += lagSurvival(lag, -Math.log((i + 0.5) * h) / rate);
  return sum * h;
}

test('stale fraction: closed forms for constant and exponential lag', () => {
  // Exponential lag, mean m: 1 - E[e^{-λL}] = 1 - 1/(1 + λm). λ = 0.5/s, m = 0.2 s gives 1/11.
  near(keyStaleReads(0.5, exponential(0.2)).staleFraction, 1 / 11, 1e-15, 'exp 0.5/s 200 ms');
  near(keyStaleReads(10, exponential(0.2)).staleFraction, 2 / 3, 1e-15, 'exp λm = 2');
  // Constant lag c: 1 - e^{-λc}; λ = 2/s, c = 0.1 s gives 1 - e^{-0.2} = 0.18126924692201818.
  near(keyStaleReads(2, constant(0.1)).staleFraction, 0.18126924692201818, 1e-15, 'const');
  near(keyStaleReads(2, constant(0)).staleFraction, 0, 0, 'no lag, never stale');
  // No window: nothing goes to the primary.
  assert.equal(keyStaleReads(2, exponential(1)).primaryFraction, 0);
});

test('stale fraction agrees with the survival-function integral for every lag shape', () => {
  // Midpoint rule with 100,000 points: error well under 2e-5 (the constant lag's jump costs
  // at most one step, e^{-λt}/100,000).
  for (const lag of ALL_KINDS) {
    for (const rate of [0.05, 1, 20]) {
      for (const window of [0, 0.05, 0.4]) {
        near(
          keyStaleReads(rate, lag, window).staleFraction,
          staleByIntegration(rate, lag, window),
          2e-5,
          `${lag.kind} λ = ${rate} t = ${window}`,
        );
      }
    }
  }
});

test('primary window: the exponential closed form and the primary share', () => {
  // λm/(1+λm) · e^{-(λ + 1/m)t}: λ = 0.5, m = 0.2, t = 0.5 gives (1/11) e^{-2.75}.
  const result = keyStaleReads(0.5, exponential(0.2), 0.5);
  near(result.staleFraction, Math.exp(-2.75) / 11, 1e-15, 'stale with window');
  // A fraction 1 - e^{-λt} of the reads falls inside the window: 1 - e^{-0.25}.
  near(result.primaryFraction, 1 - Math.exp(-0.25), 1e-15, 'primary share');
  // A window at least as long as a constant lag removes every stale read.
  assert.equal(keyStaleReads(3, constant(0.2), 0.2).staleFraction, 0);
});

test('limits: shifted exponential and a narrow lognormal reduce to the simpler shapes', () => {
  for (const rate of [0.1, 1, 10]) {
    near(
      keyStaleReads(rate, shifted(0, 0.3)).staleFraction,
      keyStaleReads(rate, exponential(0.3)).staleFraction,
      1e-15,
      `shift 0, λ = ${rate}`,
    );
    // A vanishing tail is a constant lag at the floor (difference O(λτ)).
    near(
      keyStaleReads(rate, shifted(0.3, 1e-9)).staleFraction,
      1 - Math.exp(-rate * 0.3),
      1e-7,
      `tail -> 0, λ = ${rate}`,
    );
    // σ -> 0: the lognormal concentrates on its mean (difference O(σ²)).
    near(
      keyStaleReads(rate, lognormal(0.3, 1e-3)).staleFraction,
      1 - Math.exp(-rate * 0.3),
      1e-5,
      `σ -> 0, λ = ${rate}`,
    );
  }
});

test('Jensen: at a given mean lag, a constant lag gives the most stale random reads', () => {
  for (const rate of [0.1, 1, 10]) {
    const worst = keyStaleReads(rate, constant(0.2)).staleFraction;
    for (const lag of ALL_KINDS.slice(1)) {
      near(lagMean(lag), 0.2, 1e-15, `${lag.kind} mean`);
      assert.ok(keyStaleReads(rate, lag).staleFraction <= worst, `${lag.kind} λ = ${rate}`);
    }
  }
});

test('invariants: probabilities in [0, 1], monotone in write rate, mean lag and window', () => {
  const rates = [1e-3, 0.01, 0.1, 1, 10, 100];
  const means = [0.001, 0.01, 0.1, 1, 10];
  const shapes: ((m: number) => ReplicationLag)[] = [
    constant,
    exponential,
    (m) => shifted(m / 2, m / 2),
    (m) => lognormal(m, 1),
    (m) => lognormal(m, 2),
  ];
  for (const shape of shapes) {
    for (const m of means) {
      let previous = -1;
      for (const rate of rates) {
        const { staleFraction } = keyStaleReads(rate, shape(m));
        assert.ok(staleFraction >= 0 && staleFraction <= 1, `range ${shape(m).kind}`);
        assert.ok(staleFraction >= previous, `rising in λ, ${shape(m).kind} m = ${m}`);
        previous = staleFraction;
      }
    }
    for (const rate of rates) {
      let previous = -1;
      for (const m of means) {
        const { staleFraction } = keyStaleReads(rate, shape(m));
        assert.ok(staleFraction >= previous, `rising in m, ${shape(m).kind} λ = ${rate}`);
        previous = staleFraction;
      }
      let last = 2;
      for (const window of [0, 0.001, 0.01, 0.1, 1, 10]) {
        const { staleFraction } = keyStaleReads(rate, shape(0.1), window);
        assert.ok(staleFraction <= last, `falling in t, ${shape(0.1).kind} λ = ${rate}`);
        last = staleFraction;
      }
    }
  }
  // The survival function falls from 1 with the time since the write.
  for (const lag of ALL_KINDS) {
    assert.equal(lagSurvival(lag, 0), 1, `${lag.kind} S(0)`);
    let previous = 1;
    for (const t of [0.01, 0.05, 0.1, 0.2, 0.5, 1, 5]) {
      const s = lagSurvival(lag, t);
      assert.ok(s <= previous && s >= 0, `${lag.kind} S(${t})`);
      previous = s;
    }
  }
});

test('Monte Carlo timeline matches the closed forms (±0.012)', () => {
  // 50,000 writes and reads: reads in the same inter-write gap are correlated, so the standard
  // error is larger than the binomial one, about 0.004 at a stale fraction near 0.5 (measured
  // over seeds at 10x the size); ±0.012 is three standard errors.
  const cases: [number, ReplicationLag, number][] = [
    [0.5, exponential(0.2), 0],
    [5, exponential(0.2), 0],
    [5, exponential(0.2), 0.1],
    [2, constant(0.3), 0],
    [2, constant(0.3), 0.1],
    [3, shifted(0.1, 0.2), 0],
    [3, shifted(0.1, 0.2), 0.15],
    [1, lognormal(0.4, 1), 0],
    [1, lognormal(0.4, 1), 0.2],
  ];
  for (const [i, [rate, lag, window]] of cases.entries()) {
    const sim = simulateKeyReads({
      writeRate: rate,
      lag,
      writes: 50_000,
      reads: 50_000,
      seed: 100 + i,
      primaryWindowSeconds: window,
    });
    const model = keyStaleReads(rate, lag, window);
    near(sim.staleFraction, model.staleFraction, 0.012, `${lag.kind} λ = ${rate} t = ${window}`);
    near(sim.primaryFraction, model.primaryFraction, 0.012, `primary ${lag.kind} t = ${window}`);
  }
});

test('in-order apply: only the marginal visibility delay matters, and it adds staleness', () => {
  // With replay in commit order a write waits behind slower earlier ones, so its visibility delay
  // V ≥ its own draw. The derivation needs only that V is independent of the later writes, so the
  // stale fraction is still E[1 - e^{-λV}], with V's empirical distribution.
  const rate = 5;
  const lag = exponential(0.2);
  const sim = simulateKeyReads({
    writeRate: rate,
    lag,
    writes: 20_000,
    reads: 20_000,
    seed: 7,
    inOrder: true,
  });
  let expected = 0;
  for (const v of sim.visibilitySeconds) expected += 1 - Math.exp(-rate * v);
  expected /= sim.visibilitySeconds.length;
  near(sim.staleFraction, expected, 0.01, 'E[1 - e^{-λV}]');
  assert.ok(sim.staleFraction > keyStaleReads(rate, lag).staleFraction + 0.02, 'more stale');
});

test("read-your-writes: the chapter's numbers for an exponential lag", () => {
  const none = { kind: 'none' } as const;
  // Mean 200 ms, read after 50 ms: e^{-0.25} ≈ 77.9 % (the chapter's 78 %); after 1 s: e^{-5}.
  near(
    readYourWrites(exponential(0.2), 0.05, none).missProbability,
    0.7788007830714049,
    1e-15,
    '50 ms',
  );
  near(
    readYourWrites(exponential(0.2), 0.1, none).missProbability,
    0.6065306597126334,
    1e-15,
    '100 ms',
  );
  near(
    readYourWrites(exponential(0.2), 1, none).missProbability,
    0.006737946999085467,
    1e-17,
    '1 s',
  );
  // Exercise: mean 300 ms, read after 1 s: e^{-10/3} ≈ 3.6 %; after 5 s e^{-50/3} ≈ 6e-8.
  near(
    readYourWrites(exponential(0.3), 1, none).missProbability,
    0.0356739933472524,
    1e-15,
    'ex 1 s',
  );
  near(readYourWrites(exponential(0.3), 5, none).missProbability, 5.778e-8, 0.001e-8, 'ex 5 s');
});

test('read-your-writes with a primary window: zero inside, the plain tail outside', () => {
  const lag = lognormal(0.2, 1);
  const window = { kind: 'primaryWindow', windowSeconds: 0.5 } as const;
  assert.deepEqual(readYourWrites(lag, 0.3, window), {
    missProbability: 0,
    primaryProbability: 1,
    meanWaitSeconds: 0,
  });
  const after = readYourWrites(lag, 0.6, window);
  assert.equal(after.missProbability, lagSurvival(lag, 0.6));
  assert.equal(after.primaryProbability, 0);
});

test('session token: wait and fallback closed forms, and Monte Carlo for every shape', () => {
  // Exponential, mean m: mean wait m e^{-d/m} (1 - e^{-T/m}), fallback e^{-(d+T)/m}.
  const m = 0.2;
  const d = 0.05;
  const timeout = 0.1;
  const token = { kind: 'sessionToken', timeoutSeconds: timeout } as const;
  const result = readYourWrites(exponential(m), d, token);
  near(result.meanWaitSeconds, m * Math.exp(-d / m) * (1 - Math.exp(-timeout / m)), 1e-15, 'wait');
  near(result.primaryProbability, Math.exp(-(d + timeout) / m), 1e-15, 'fallback');
  assert.equal(result.missProbability, 0);
  // Constant lag 0.3 s, read at 0.05 s with a 0.1 s timeout: waits the full 0.1 s, then falls back.
  const flat = readYourWrites(constant(0.3), d, token);
  near(flat.meanWaitSeconds, 0.1, 1e-15, 'constant wait');
  assert.equal(flat.primaryProbability, 1);
  // Monte Carlo, 40,000 sessions: the wait's standard error is below 0.1/√40,000 = 0.0005 s.
  for (const [i, lag] of ALL_KINDS.entries()) {
    for (const mitigation of [
      { kind: 'none' } as const,
      { kind: 'primaryWindow', windowSeconds: 0.1 } as const,
      token,
    ]) {
      const model = readYourWrites(lag, d, mitigation);
      const sim = simulateOwnReads({ lag, delaySeconds: d, mitigation, sessions: 40_000, seed: i });
      const what = `${lag.kind} ${mitigation.kind}`;
      near(sim.missFraction, model.missProbability, 0.01, `${what} miss`);
      near(sim.primaryFraction, model.primaryProbability, 0.01, `${what} primary`);
      near(sim.meanWaitSeconds, model.meanWaitSeconds, 0.002, `${what} wait`);
    }
  }
});

test('expected excess equals the integral of the survival function', () => {
  // E[(L - k)⁺] = ∫_k^∞ S(x) dx, by the midpoint rule on [k, k + 60 s] (the tails beyond are
  // below 1e-9 for these shapes); the constant lag's jump costs up to one step, 6e-4 s.
  for (const lag of ALL_KINDS) {
    for (const k of [0, 0.02, 0.2, 0.7]) {
      const n = 100_000;
      const h = 60 / n;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += lagSurvival(lag, k + (i + 0.5) * h);
      const tolerance = lag.kind === 'constant' ? h : 2e-6;
      near(expectedLagExcess(lag, k), sum * h, tolerance, `${lag.kind} k = ${k}`);
    }
    near(expectedLagExcess(lag, 0), lagMean(lag), 1e-15, `${lag.kind} E[L]`);
  }
});

test('quantiles: closed forms, and S(quantile(q)) = 1 - q', () => {
  near(lagQuantile(exponential(0.2), 0.99), 0.2 * Math.log(100), 1e-15, 'exp p99');
  near(lagQuantile(shifted(0.1, 0.2), 0.5), 0.1 + 0.2 * Math.log(2), 1e-15, 'shifted median');
  // Lognormal median e^{mu} = M e^{-σ²/2}; p99 = M exp(2.3263478740408408 σ - σ²/2).
  near(lagQuantile(lognormal(0.2, 1), 0.5), 0.2 * Math.exp(-0.5), 1e-12, 'lognormal median');
  near(
    lagQuantile(lognormal(0.2, 1), 0.99),
    0.2 * Math.exp(2.3263478740408408 - 0.5),
    1e-11,
    'lognormal p99',
  );
  for (const lag of ALL_KINDS.slice(1)) {
    for (const q of [0.1, 0.5, 0.9, 0.999]) {
      near(lagSurvival(lag, lagQuantile(lag, q)), 1 - q, 1e-12, `${lag.kind} q = ${q}`);
    }
  }
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(() => keyStaleReads(0, exponential(1)), /writeRate/);
  assert.throws(() => keyStaleReads(Number.NaN, exponential(1)), /writeRate/);
  assert.throws(() => keyStaleReads(1, exponential(0)), /lag\.meanSeconds/);
  assert.throws(() => keyStaleReads(1, constant(-1)), /lag\.seconds/);
  assert.throws(() => keyStaleReads(1, lognormal(1, 0)), /lag\.sigma/);
  assert.throws(() => keyStaleReads(1, shifted(-1, 1)), /lag\.minSeconds/);
  assert.throws(() => keyStaleReads(1, shifted(1, 0)), /lag\.tailMeanSeconds/);
  assert.throws(() => keyStaleReads(1, exponential(1), -1), /primaryWindowSeconds/);
  assert.throws(
    () => keyStaleReads(1, { kind: 'pareto' } as unknown as ReplicationLag),
    /lag\.kind/,
  );
  assert.throws(() => lagSurvival(exponential(1), -0.1), /\bt\b/);
  assert.throws(() => lagQuantile(exponential(1), 1), /\bq\b/);
  assert.throws(() => expectedLagExcess(exponential(1), Infinity), /\bk\b/);
  assert.throws(() => readYourWrites(exponential(1), -1, { kind: 'none' }), /delaySeconds/);
  assert.throws(
    () => readYourWrites(exponential(1), 0, { kind: 'primaryWindow', windowSeconds: -1 }),
    /mitigation\.windowSeconds/,
  );
  assert.throws(
    () => readYourWrites(exponential(1), 0, { kind: 'sessionToken', timeoutSeconds: NaN }),
    /mitigation\.timeoutSeconds/,
  );
  assert.throws(
    () => simulateKeyReads({ writeRate: 1, lag: exponential(1), writes: 0, reads: 1, seed: 1 }),
    /writes/,
  );
  assert.throws(
    () =>
      simulateOwnReads({
        lag: exponential(1),
        delaySeconds: 0,
        mitigation: { kind: 'none' },
        sessions: 1.5,
        seed: 1,
      }),
    /sessions/,
  );
  for (const fn of [() => keyStaleReads(-1, exponential(1))]) {
    assert.throws(fn, RangeError);
  }
});
