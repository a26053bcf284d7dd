import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erlangC, mm1, mmc, serversForTarget } from './queueing';

function close(actual: number, expected: number, relTol: number, label = ''): void {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  assert.ok(err <= relTol, `${label} expected ${expected}, got ${actual} (rel. error ${err})`);
}

function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/** Textbook Erlang C with powers and factorials, independent of the code's Erlang B recursion. */
function erlangCByFactorials(c: number, a: number): number {
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / factorial(k);
  const top = (a ** c / factorial(c)) * (c / (c - a));
  return top / (sum + top);
}

/**
 * P(R <= t) for M/M/c from first principles: with probability 1 - C no wait, so R = S ~ Exp(mu);
 * otherwise R = W + S with W ~ Exp(theta), integrated numerically (composite Simpson, 4000 panels).
 */
function mmcResponseCdfByIntegration(lambda: number, mu: number, c: number, t: number): number {
  const C = erlangCByFactorials(c, lambda / mu);
  const theta = c * mu - lambda;
  const f = (s: number): number => theta * Math.exp(-theta * s) * (1 - Math.exp(-mu * (t - s)));
  const n = 4000;
  const h = t / n;
  let sum = f(0) + f(t);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (1 - C) * (1 - Math.exp(-mu * t)) + (C * (sum * h)) / 3;
}

test('M/M/1 mean response time is 1/(mu - lambda): 2S, 5S and 10S at rho 0.5, 0.8, 0.9', () => {
  const S = 0.01; // 10 ms service time, mu = 100 /s
  for (const [rho, multiple] of [
    [0.5, 2],
    [0.8, 5],
    [0.9, 10],
  ]) {
    const r = mm1(rho / S, 1 / S);
    assert.equal(r.stable, true);
    close(r.utilization, rho, 1e-12, 'rho');
    close(r.meanResponseTime, multiple * S, 1e-12, `R at rho ${rho}`);
    close(r.meanWaitingTime, (multiple - 1) * S, 1e-12, `Wq at rho ${rho}`);
    close(r.meanNumberInSystem, rho / (1 - rho), 1e-12, `L at rho ${rho}`);
    close(r.meanNumberInQueue, (rho * rho) / (1 - rho), 1e-12, `Lq at rho ${rho}`);
  }
});

test('M/M/1 quantiles: response time is Exp(mu - lambda); the wait has an atom 1 - rho at 0', () => {
  const lambda = 80;
  const mu = 100;
  const r = mm1(lambda, mu);
  // Median of Exp(20 /s) is ln 2 / 20; p99 is ln 100 / 20 = 0.2303 s.
  close(r.responseTimeQuantile(0.5), Math.LN2 / 20, 1e-12, 'median');
  close(r.responseTimeQuantile(0.99), Math.log(100) / 20, 1e-12, 'p99');
  for (const q of [0.1, 0.5, 0.9, 0.999]) {
    close(Math.exp(-(mu - lambda) * r.responseTimeQuantile(q)), 1 - q, 1e-12, `P(R > t) at ${q}`);
  }
  // P(W > 0) = rho = 0.8, so every quantile up to 0.2 is 0 and P(W > t) = rho e^{-(mu-lambda) t}.
  assert.equal(r.waitingTimeQuantile(0.1), 0);
  assert.equal(r.waitingTimeQuantile(0.2), 0);
  assert.ok(r.waitingTimeQuantile(0.21) > 0);
  for (const q of [0.5, 0.9, 0.99]) {
    const t = r.waitingTimeQuantile(q);
    close(0.8 * Math.exp(-(mu - lambda) * t), 1 - q, 1e-12, `P(W > t) at ${q}`);
  }
});

test("Little's law holds on the closed forms: L = lambda R and Lq = lambda Wq", () => {
  const cases: [number, number, number][] = [
    [3, 5, 1],
    [0.9, 1, 1],
    [7, 1, 8],
    [30, 4, 10],
    [1, 1, 2],
  ];
  for (const [lambda, mu, c] of cases) {
    const r = mmc(lambda, mu, c);
    close(r.meanNumberInSystem, lambda * r.meanResponseTime, 1e-12, `L (${lambda}, ${mu}, ${c})`);
    close(r.meanNumberInQueue, lambda * r.meanWaitingTime, 1e-12, `Lq (${lambda}, ${mu}, ${c})`);
    // L - Lq is the mean number in service, which is the offered load a = lambda / mu.
    close(r.meanNumberInSystem - r.meanNumberInQueue, lambda / mu, 1e-9, 'busy servers');
  }
  const one = mm1(3, 5);
  close(one.meanNumberInSystem, 3 * one.meanResponseTime, 1e-12, 'M/M/1 L');
  close(one.meanNumberInQueue, 3 * one.meanWaitingTime, 1e-12, 'M/M/1 Lq');
});

test('Erlang C: c=2, a=1 gives exactly 1/3; c=10, a=8 gives 0.4092 as the factorial formula does', () => {
  close(erlangC(2, 1), 1 / 3, 1e-14, 'C(2, 1)');
  close(erlangC(3, 1), 1 / 11, 1e-14, 'C(3, 1)'); // by hand: (1/6)(3/2) / (1 + 1 + 1/2 + 1/4)
  assert.ok(Math.abs(erlangC(10, 8) - 0.4092) < 5e-5, `C(10, 8) = ${erlangC(10, 8)}`);
  for (const [c, a] of [
    [10, 8],
    [1, 0.5],
    [5, 4.5],
    [20, 15],
    [50, 30],
  ]) {
    close(erlangC(c, a), erlangCByFactorials(c, a), 1e-10, `C(${c}, ${a})`);
  }
  // c = 1 is M/M/1, where P(wait) = rho.
  close(erlangC(1, 0.7), 0.7, 1e-14, 'C(1, 0.7)');
  assert.equal(erlangC(4, 0), 0);
});

test('Erlang C stays finite for large c, where a^c / c! overflows, and falls as c grows', () => {
  assert.equal(Number.isFinite(200 ** 200 / factorial(200)), false, 'the naive formula overflows');
  let previous = 1;
  for (let c = 201; c <= 260; c += 5) {
    const value = erlangC(c, 200);
    assert.ok(value > 0 && value < previous, `C(${c}, 200) = ${value}`);
    previous = value;
  }
  // Unstable loads: every arrival waits.
  assert.equal(erlangC(2, 2), 1);
  assert.equal(erlangC(2, 5), 1);
});

test('mmc with one server equals mm1', () => {
  for (const [lambda, mu] of [
    [0, 2],
    [0.5, 1],
    [80, 100],
    [99, 100],
  ]) {
    const a = mm1(lambda, mu);
    const b = mmc(lambda, mu, 1);
    assert.equal(b.servers, 1);
    assert.equal(b.stable, a.stable);
    close(b.probabilityOfWaiting + 1e-300, a.utilization + 1e-300, 1e-12, 'P(wait) = rho');
    for (const key of [
      'utilization',
      'meanResponseTime',
      'meanWaitingTime',
      'meanNumberInSystem',
      'meanNumberInQueue',
    ] as const) {
      close(b[key] + 1e-300, a[key] + 1e-300, 1e-12, `${key} at lambda ${lambda}`);
    }
    for (const q of [0.05, 0.5, 0.9, 0.99, 0.9999]) {
      close(b.responseTimeQuantile(q), a.responseTimeQuantile(q), 1e-9, `R quantile ${q}`);
      close(b.waitingTimeQuantile(q) + 1e-300, a.waitingTimeQuantile(q) + 1e-300, 1e-12, `W ${q}`);
    }
  }
});

test('mmc response-time quantile inverts the M/M/c response CDF (checked by numerical integration)', () => {
  // theta = c mu - lambda: 0.2 mu (< mu), exactly mu (the special case), and 4 mu (> mu).
  const cases: [number, number, number][] = [
    [1.8, 1, 2],
    [3, 1, 4],
    [40, 10, 8],
  ];
  for (const [lambda, mu, c] of cases) {
    const r = mmc(lambda, mu, c);
    close(r.probabilityOfWaiting, erlangCByFactorials(c, lambda / mu), 1e-10, 'Erlang C');
    for (const q of [0.1, 0.5, 0.9, 0.99, 0.999]) {
      const t = r.responseTimeQuantile(q);
      const cdf = mmcResponseCdfByIntegration(lambda, mu, c, t);
      assert.ok(Math.abs(cdf - q) < 1e-8, `(${lambda}, ${mu}, ${c}) q=${q}: F(${t}) = ${cdf}`);
    }
    // The mean of the distribution is Wq + 1/mu = C/theta + 1/mu.
    close(r.meanResponseTime, r.probabilityOfWaiting / (c * mu - lambda) + 1 / mu, 1e-12, 'R');
  }
});

test('mmc waiting-time quantile: P(Wq > t) = C e^{-(c mu - lambda) t}', () => {
  const r = mmc(8, 1, 10); // C = 0.4092, so quantiles up to 0.5908 are 0
  assert.equal(r.waitingTimeQuantile(0.5), 0);
  for (const q of [0.6, 0.9, 0.99]) {
    const t = r.waitingTimeQuantile(q);
    close(r.probabilityOfWaiting * Math.exp(-2 * t), 1 - q, 1e-12, `q ${q}`);
  }
});

test('unstable queues report stable=false and Infinity, and still check q', () => {
  for (const r of [mm1(10, 10), mm1(12, 10), mmc(20, 10, 2), mmc(25, 10, 2)]) {
    assert.equal(r.stable, false);
    assert.ok(r.utilization >= 1);
    assert.equal(r.meanResponseTime, Infinity);
    assert.equal(r.meanWaitingTime, Infinity);
    assert.equal(r.meanNumberInSystem, Infinity);
    assert.equal(r.meanNumberInQueue, Infinity);
    assert.equal(r.responseTimeQuantile(0.99), Infinity);
    assert.equal(r.waitingTimeQuantile(0.5), Infinity);
    assert.throws(() => r.responseTimeQuantile(1), /q must/);
  }
  assert.equal(mmc(20, 10, 2).probabilityOfWaiting, 1);
});

test('an idle system (arrival rate 0) never waits', () => {
  const r = mm1(0, 5);
  assert.equal(r.meanWaitingTime, 0);
  close(r.meanResponseTime, 0.2, 1e-15, 'R = S');
  assert.equal(r.waitingTimeQuantile(0.999), 0);
  const m = mmc(0, 5, 3);
  assert.equal(m.probabilityOfWaiting, 0);
  close(m.responseTimeQuantile(0.5), Math.LN2 / 5, 1e-12, 'median of Exp(5)');
});

test('serversForTarget: hand-computed M/M/c cases (a = 1 Erlang)', () => {
  // c=1 is unstable; c=2: C = 1/3, R = 1/3 + 1 = 1.333; c=3: C = 1/11, R = 1/22 + 1 = 1.045.
  const base = { arrivalRate: 1, serviceRate: 1 };
  assert.deepEqual(
    serversForTarget({ ...base, target: { kind: 'mean', seconds: 1.5 } }).servers,
    2,
  );
  const three = serversForTarget({ ...base, target: { kind: 'mean', seconds: 1.3 } });
  assert.equal(three.servers, 3);
  close(three.achievedSeconds, 1 + 1 / 22, 1e-12, 'R with 3 servers');
  // M/M/1 at lambda 0.5, mu 1: p99 = ln(100) / 0.5 = 9.21 s.
  const p99 = serversForTarget({
    arrivalRate: 0.5,
    serviceRate: 1,
    target: { kind: 'quantile', q: 0.99, seconds: 10 },
  });
  assert.equal(p99.servers, 1);
  close(p99.achievedSeconds, Math.log(100) / 0.5, 1e-9, 'p99');
});

test('serversForTarget returns the minimum: c meets the target and c - 1 does not', () => {
  const lambda = 950;
  const mu = 10; // 95 Erlangs
  for (const target of [
    { kind: 'mean' as const, seconds: 0.101 },
    { kind: 'mean' as const, seconds: 0.2 },
    { kind: 'quantile' as const, q: 0.99, seconds: 0.5 },
    { kind: 'quantile' as const, q: 0.999, seconds: 0.7 },
  ]) {
    const { servers } = serversForTarget({ arrivalRate: lambda, serviceRate: mu, target });
    assert.ok(servers !== null && servers > 95, `servers ${servers}`);
    const metric = (c: number): number => {
      const r = mmc(lambda, mu, c);
      return target.kind === 'mean' ? r.meanResponseTime : r.responseTimeQuantile(target.q);
    };
    assert.ok(metric(servers) <= target.seconds, `${servers} meets ${target.seconds}`);
    assert.ok(!(metric(servers - 1) <= target.seconds), `${servers - 1} does not`);
  }
});

test('serversForTarget gives null below the service-time floor or beyond the cap', () => {
  // The mean can never go below 1/mu = 0.1 s, nor the p99 below ln(100)/mu = 0.4605 s.
  const below = serversForTarget({
    arrivalRate: 5,
    serviceRate: 10,
    target: { kind: 'mean', seconds: 0.1 },
  });
  assert.equal(below.servers, null);
  close(below.achievedSeconds, 0.1, 1e-9, 'mean with 1000 servers is the bare service time');
  assert.equal(
    serversForTarget({
      arrivalRate: 5,
      serviceRate: 10,
      target: { kind: 'quantile', q: 0.99, seconds: 0.46 },
    }).servers,
    null,
  );
  // 95 Erlangs needs at least 96 servers; a cap of 50 leaves every count overloaded.
  const capped = serversForTarget({
    arrivalRate: 950,
    serviceRate: 10,
    target: { kind: 'mean', seconds: 1 },
    maxServers: 50,
  });
  assert.deepEqual(capped, { servers: null, achievedSeconds: Infinity });
});

test('bad input throws a RangeError naming the parameter', () => {
  assert.throws(
    () => mm1(-1, 1),
    (e) => e instanceof RangeError && /arrivalRate/.test(e.message),
  );
  assert.throws(() => mm1(1, 0), /serviceRate/);
  assert.throws(() => mm1(Number.NaN, 1), /arrivalRate/);
  assert.throws(() => mm1(1, Infinity), /serviceRate/);
  assert.throws(() => mm1(1, 2).responseTimeQuantile(0), /q must/);
  assert.throws(() => mm1(1, 2).waitingTimeQuantile(1.5), /q must/);
  assert.throws(() => erlangC(0, 1), /servers/);
  assert.throws(() => erlangC(1.5, 1), /servers/);
  assert.throws(() => erlangC(2, -1), /offeredLoad/);
  assert.throws(() => mmc(1, 1, 0), /servers/);
  assert.throws(() => mmc(1, -1, 2), /serviceRate/);
  assert.throws(() => mmc(1, 2, 2).responseTimeQuantile(Number.NaN), /q must/);
  const base = { arrivalRate: 1, serviceRate: 2 };
  assert.throws(
    () => serversForTarget({ ...base, target: { kind: 'mean', seconds: 0 } }),
    /target\.seconds/,
  );
  assert.throws(
    () => serversForTarget({ ...base, target: { kind: 'quantile', seconds: 1 } as never }),
    /target\.q/,
  );
  assert.throws(
    () => serversForTarget({ ...base, target: { kind: 'p99', seconds: 1 } as never }),
    /target\.kind/,
  );
  assert.throws(
    () => serversForTarget({ ...base, target: { kind: 'mean', seconds: 1 }, maxServers: 0 }),
    /maxServers/,
  );
});
