import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  keyStaleReads,
  lagQuantile,
  lagSurvival,
  readYourWrites,
  type ReadYourWritesMitigation,
  type ReplicationLag,
} from '@site/src/lib/models/replication';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  ReferenceLine,
  seriesColor,
  type LegendItem,
  type Point,
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import results from '@site/src/components/controls/results.module.css';
import styles from './styles.module.css';

const DISTRIBUTIONS = ['exponential', 'constant', 'lognormal'] as const;
type Distribution = (typeof DISTRIBUTIONS)[number];
const MITIGATIONS = ['none', 'window', 'token'] as const;
type Mitigation = (typeof MITIGATIONS)[number];

const PARAMS = {
  rate: { kind: 'number', min: 0.001, max: 100, default: 0.5 },
  mean: { kind: 'number', min: 1, max: 60_000, default: 200 },
  dist: { kind: 'choice', choices: DISTRIBUTIONS, default: 'exponential' },
  delay: { kind: 'number', min: 1, max: 60_000, default: 50 },
  fix: { kind: 'choice', choices: MITIGATIONS, default: 'none' },
  window: { kind: 'number', min: 1, max: 60_000, default: 1000 },
  timeout: { kind: 'number', min: 1, max: 10_000, default: 50 },
} as const;

/** Shape of the heavy-tailed choice: p99 is about 6.2 times the mean at σ = 1. */
const LOGNORMAL_SIGMA = 1;
/** The chart's time axis spans the delay slider's whole range, so it never rescales. */
const X_DOMAIN = [PARAMS.delay.min / 1000, PARAMS.delay.max / 1000] as const;
/** Points of the curves: 24 per decade over the 4.8 decades of the axis. */
const GRID = Array.from({ length: 116 }, (_, i) => X_DOMAIN[0] * 10 ** (i / 24)).filter(
  (t) => t <= X_DOMAIN[1],
);

function lagOf(dist: Distribution, meanMs: number): ReplicationLag {
  const meanSeconds = meanMs / 1000;
  switch (dist) {
    case 'constant':
      return { kind: 'constant', seconds: meanSeconds };
    case 'lognormal':
      return { kind: 'lognormal', meanSeconds, sigma: LOGNORMAL_SIGMA };
    case 'exponential':
      return { kind: 'exponential', meanSeconds };
  }
}

function mitigationOf(
  fix: Mitigation,
  windowMs: number,
  timeoutMs: number,
): ReadYourWritesMitigation {
  switch (fix) {
    case 'window':
      return { kind: 'primaryWindow', windowSeconds: windowMs / 1000 };
    case 'token':
      return { kind: 'sessionToken', timeoutSeconds: timeoutMs / 1000 };
    case 'none':
      return { kind: 'none' };
  }
}

/**
 * Replication lag and stale reads: the chance that a read from an asynchronous replica misses
 * a write, against the time since the write, for a constant, exponential or lognormal lag; the
 * stale share of all reads of a key at its write rate; and what routing to the primary for a
 * window, or waiting for a session token, costs and buys. All numbers come from
 * src/lib/models/replication.ts.
 */
export default function ReplicaLag({
  writeRate,
  meanLagMs,
  distribution,
  delayMs,
  mitigation,
  windowMs,
  timeoutMs,
}: {
  /** Initial writes per second to one key, 0.001 to 100. */
  readonly writeRate?: number;
  /** Initial mean replication lag, milliseconds, 1 to 60,000. */
  readonly meanLagMs?: number;
  /** Initial shape of the lag distribution. */
  readonly distribution?: Distribution;
  /** Initial time from a user's write to their next read, milliseconds, 1 to 60,000. */
  readonly delayMs?: number;
  /** Initial read-your-writes mitigation. */
  readonly mitigation?: Mitigation;
  /** Initial primary window after a write, milliseconds, 1 to 60,000. */
  readonly windowMs?: number;
  /** Initial session-token wait timeout, milliseconds, 1 to 10,000. */
  readonly timeoutMs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      rate: { ...PARAMS.rate, default: writeRate ?? PARAMS.rate.default },
      mean: { ...PARAMS.mean, default: meanLagMs ?? PARAMS.mean.default },
      dist: { ...PARAMS.dist, default: distribution ?? PARAMS.dist.default },
      delay: { ...PARAMS.delay, default: delayMs ?? PARAMS.delay.default },
      fix: { ...PARAMS.fix, default: mitigation ?? PARAMS.fix.default },
      window: { ...PARAMS.window, default: windowMs ?? PARAMS.window.default },
      timeout: { ...PARAMS.timeout, default: timeoutMs ?? PARAMS.timeout.default },
    }),
    [writeRate, meanLagMs, distribution, delayMs, mitigation, windowMs, timeoutMs],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('lag', spec);
  const deferred = useDeferredValue(values);
  const dist = deferred.dist as Distribution;
  const fix = deferred.fix as Mitigation;
  const lag = useMemo(() => lagOf(dist, deferred.mean), [dist, deferred.mean]);
  const rate = deferred.rate;
  const delay = deferred.delay / 1000;
  const windowSeconds = deferred.window / 1000;
  const timeoutSeconds = deferred.timeout / 1000;

  const curves = useMemo(() => {
    const replica: Point[] = [];
    const windowed: Point[] = [];
    const fallback: Point[] = [];
    for (const t of GRID) {
      const s = lagSurvival(lag, t);
      replica.push({ x: t, y: s });
      windowed.push({ x: t, y: t < windowSeconds ? 0 : s });
      fallback.push({ x: t, y: lagSurvival(lag, t + timeoutSeconds) });
    }
    return { replica, windowed, fallback };
  }, [lag, windowSeconds, timeoutSeconds]);

  const numbers = useMemo(() => {
    const plain = keyStaleReads(rate, lag);
    const routed = keyStaleReads(rate, lag, windowSeconds);
    const own = {
      none: readYourWrites(lag, delay, { kind: 'none' }),
      window: readYourWrites(lag, delay, mitigationOf('window', deferred.window, deferred.timeout)),
      token: readYourWrites(lag, delay, mitigationOf('token', deferred.window, deferred.timeout)),
    } satisfies Record<Mitigation, unknown>;
    return { plain, routed, own, p99: lagQuantile(lag, 0.99) };
  }, [rate, lag, windowSeconds, delay, deferred.window, deferred.timeout]);

  const distNames: Record<Distribution, string> = {
    exponential: translate({ id: 'widgets.lag.dist.exponential', message: '指数分布' }),
    constant: translate({ id: 'widgets.lag.dist.constant', message: '恒定' }),
    lognormal: translate({
      id: 'widgets.lag.dist.lognormal',
      message: '对数正态（σ = 1，长尾）',
    }),
  };
  const fixNames: Record<Mitigation, string> = {
    none: translate({ id: 'widgets.lag.fix.none', message: '不处理：直接读副本' }),
    window: translate({ id: 'widgets.lag.fix.window', message: '写后一段时间内读主库' }),
    token: translate({ id: 'widgets.lag.fix.token', message: '会话令牌：等副本追上' }),
  };

  const common = {
    mean: formatSeconds(deferred.mean / 1000, locale),
    dist: distNames[dist],
    rate: formatNumber(rate, locale),
    stale: formatPercent(numbers.plain.staleFraction, locale),
    delay: formatSeconds(delay, locale),
    miss: formatPercent(numbers.own.none.missProbability, locale),
  };
  const title = translate({
    id: 'widgets.lag.title',
    message: '复制延迟与陈旧读：读己之写有多难',
    description: 'Title of the ReplicaLag widget',
  });
  const inside = delay < windowSeconds;
  const reading =
    fix === 'window'
      ? translate(
          {
            id: 'widgets.lag.reading.window',
            message:
              '平均复制延迟 {mean}（{dist}），这个键每秒写 {rate} 次。写后 {window} 内的读改走主库：{primary} 的读落到主库，陈旧读从 {stale} 降到 {routed}；用户保存后 {delay} 再读，{outcome}。',
            description: 'Reading of the replica lag widget with a primary window',
          },
          {
            ...common,
            window: formatSeconds(windowSeconds, locale),
            primary: formatPercent(numbers.routed.primaryFraction, locale),
            routed: formatPercent(numbers.routed.staleFraction, locale),
            outcome: inside
              ? translate({
                  id: 'widgets.lag.reading.window.inside',
                  message: '仍在窗口内，读主库，一定能看到自己的写入',
                })
              : translate(
                  {
                    id: 'widgets.lag.reading.window.outside',
                    message: '已经出了窗口，仍有 {miss} 的概率看不到自己的写入',
                  },
                  { miss: formatPercent(numbers.own.window.missProbability, locale) },
                ),
          },
        )
      : fix === 'token'
        ? translate(
            {
              id: 'widgets.lag.reading.token',
              message:
                '平均复制延迟 {mean}（{dist}）。会话令牌最多等 {timeout}：用户保存后 {delay} 再读，一定能看到自己的写入，这次读平均多等 {wait}，有 {fallback} 的概率等不到而改读主库；其他用户读这个键（每秒写 {rate} 次）仍有 {stale} 是陈旧的。',
              description: 'Reading of the replica lag widget with session tokens',
            },
            {
              ...common,
              timeout: formatSeconds(timeoutSeconds, locale),
              wait: formatSeconds(numbers.own.token.meanWaitSeconds, locale),
              fallback: formatPercent(numbers.own.token.primaryProbability, locale),
            },
          )
        : translate(
            {
              id: 'widgets.lag.reading.none',
              message:
                '平均复制延迟 {mean}（{dist}），这个键每秒写 {rate} 次时，副本上 {stale} 的读是陈旧的；用户保存后 {delay} 再读，有 {miss} 的概率看不到自己的写入。',
              description: 'Reading of the replica lag widget without mitigation',
            },
            { ...common },
          );

  const curveNote =
    fix === 'window'
      ? translate(
          {
            id: 'widgets.lag.description.window',
            message: '虚线是写后 {window} 内改读主库时仍看不到写入的概率，窗口内为 0。',
          },
          { window: formatSeconds(windowSeconds, locale) },
        )
      : fix === 'token'
        ? translate(
            {
              id: 'widgets.lag.description.token',
              message: '虚线是会话令牌最多等 {timeout} 仍等不到、只好改读主库的概率。',
            },
            { timeout: formatSeconds(timeoutSeconds, locale) },
          )
        : '';
  const description = translate(
    {
      id: 'widgets.lag.description',
      message:
        '折线图：横轴为写入提交后经过的时间（对数坐标，1 ms 到 60 s），纵轴为概率。实线是此时从副本读、看不到这次写入的概率，即复制延迟超过该时间的概率；这个分布的 p99 为 {p99}。竖线标出用户再读的时刻 {delay}。{curveNote}当前：{reading}',
    },
    {
      p99: formatSeconds(numbers.p99, locale),
      delay: formatSeconds(delay, locale),
      curveNote,
      reading,
    },
  );

  const chart = (
    <ChartFrame title={title} description={description} height={300}>
      {({ innerWidth, innerHeight }) => {
        const x = scaleLog()
          .domain([...X_DOMAIN])
          .range([0, innerWidth]);
        const y = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
        const atDelay = x(delay);
        const anchor = delay > 1 ? 'end' : 'start';
        return (
          <>
            <AxisLeft
              scale={y}
              label={translate({ id: 'widgets.lag.axis.probability', message: '概率' })}
              ticks={5}
              tickFormat={(v) => formatPercent(v, locale, 2)}
              gridLength={innerWidth}
            />
            <AxisBottom
              scale={x}
              offset={innerHeight}
              label={translate({
                id: 'widgets.lag.axis.time',
                message: '写入提交后经过的时间',
              })}
              tickFormat={(v) =>
                // On a phone five decade labels collide: keep every other one.
                innerWidth < 360 && Math.round(Math.log10(v)) % 2 === 0
                  ? ''
                  : formatSeconds(v, locale, 2)
              }
            />
            <ReferenceLine orientation="vertical" at={atDelay} length={innerHeight} />
            {fix === 'window' ? (
              <ReferenceLine
                orientation="vertical"
                at={x(Math.min(windowSeconds, X_DOMAIN[1]))}
                length={innerHeight}
                color={seriesColor(2)}
              />
            ) : null}
            <LineSeries points={curves.replica} x={x} y={y} color={seriesColor(0)} />
            {fix === 'window' ? (
              <LineSeries points={curves.windowed} x={x} y={y} color={seriesColor(2)} dashed />
            ) : null}
            {fix === 'token' ? (
              <LineSeries points={curves.fallback} x={x} y={y} color={seriesColor(3)} dashed />
            ) : null}
            <PointMarker
              x={atDelay}
              y={y(numbers.own.none.missProbability)}
              color={seriesColor(0)}
              label={formatPercent(numbers.own.none.missProbability, locale)}
              anchor={anchor}
            />
            {fix === 'window' ? (
              <PointMarker
                x={atDelay}
                y={y(numbers.own.window.missProbability)}
                color={seriesColor(2)}
              />
            ) : null}
            {fix === 'token' ? (
              <PointMarker
                x={atDelay}
                y={y(numbers.own.token.primaryProbability)}
                color={seriesColor(3)}
              />
            ) : null}
          </>
        );
      }}
    </ChartFrame>
  );

  const legend: LegendItem[] = [
    {
      label: translate({ id: 'widgets.lag.legend.replica', message: '读副本：看不到这次写入' }),
      color: seriesColor(0),
    },
  ];
  if (fix === 'window')
    legend.push({
      label: translate({
        id: 'widgets.lag.legend.window',
        message: '窗口内读主库：看不到这次写入',
      }),
      color: seriesColor(2),
      dashed: true,
    });
  if (fix === 'token')
    legend.push({
      label: translate({
        id: 'widgets.lag.legend.fallback',
        message: '会话令牌：等不到、改读主库',
      }),
      color: seriesColor(3),
      dashed: true,
    });

  const rowNames: Record<Mitigation, string> = {
    none: translate({ id: 'widgets.lag.table.row.none', message: '直接读副本' }),
    window: translate(
      { id: 'widgets.lag.table.row.window', message: '写后 {window} 内读主库' },
      { window: formatSeconds(windowSeconds, locale) },
    ),
    token: translate(
      { id: 'widgets.lag.table.row.token', message: '会话令牌，最多等 {timeout}' },
      { timeout: formatSeconds(timeoutSeconds, locale) },
    ),
  };
  const table = (
    <div className={results.tableScroll}>
      <table className={results.table}>
        <caption className={results.caption}>
          {translate(
            {
              id: 'widgets.lag.table.caption',
              message: '用户保存后 {delay} 再读，三种做法对比：',
            },
            { delay: formatSeconds(delay, locale) },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'widgets.lag.table.fix', message: '做法' })}</th>
            <th scope="col">
              {translate({ id: 'widgets.lag.table.miss', message: '看不到自己的写入' })}
            </th>
            <th scope="col">
              {translate({ id: 'widgets.lag.table.primary', message: '这次读落到主库' })}
            </th>
            <th scope="col">{translate({ id: 'widgets.lag.table.wait', message: '平均多等' })}</th>
          </tr>
        </thead>
        <tbody>
          {MITIGATIONS.map((key) => {
            const row = numbers.own[key];
            return (
              <tr key={key} className={clsx(key === fix && styles.current)}>
                <th scope="row">{rowNames[key]}</th>
                <td>{formatPercent(row.missProbability, locale)}</td>
                <td>{formatPercent(row.primaryProbability, locale)}</td>
                <td>{formatSeconds(row.meanWaitSeconds, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  const msFormat = (v: number): string => formatSeconds(v / 1000, locale);
  return (
    <WidgetFrame
      name="ReplicaLag"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.lag.control.rate',
              message: '这个键的写入频率（次/秒）',
            })}
            value={values.rate}
            spec={spec.rate}
            log
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('rate', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.lag.control.mean', message: '平均复制延迟（毫秒）' })}
            value={values.mean}
            spec={spec.mean}
            log
            format={msFormat}
            onChange={(v) => set('mean', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.lag.control.dist', message: '延迟分布' })}
            value={values.dist as Distribution}
            choices={DISTRIBUTIONS.map((d) => ({ value: d, label: distNames[d] }))}
            onChange={(v) => set('dist', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.lag.control.delay',
              message: '用户保存后多久再读（毫秒）',
            })}
            value={values.delay}
            spec={spec.delay}
            log
            format={msFormat}
            onChange={(v) => set('delay', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.lag.control.fix', message: '读己之写的做法' })}
            value={values.fix as Mitigation}
            choices={MITIGATIONS.map((m) => ({ value: m, label: fixNames[m] }))}
            onChange={(v) => set('fix', v)}
          />
          {values.fix === 'window' ? (
            <NumberControl
              label={translate({
                id: 'widgets.lag.control.window',
                message: '写后读主库的窗口（毫秒）',
              })}
              value={values.window}
              spec={spec.window}
              log
              format={msFormat}
              onChange={(v) => set('window', v)}
            />
          ) : null}
          {values.fix === 'token' ? (
            <NumberControl
              label={translate({
                id: 'widgets.lag.control.timeout',
                message: '会话令牌最长等待（毫秒）',
              })}
              value={values.timeout}
              spec={spec.timeout}
              log
              format={msFormat}
              onChange={(v) => set('timeout', v)}
            />
          ) : null}
        </>
      }
    >
      {chart}
      <Legend items={legend} />
      {table}
    </WidgetFrame>
  );
}
