import React, { useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { fanoutSlowProbability } from '@site/src/lib/models/fanout';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  LineSeries,
  PointMarker,
  ReferenceLine,
  seriesColor,
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import styles from '@site/src/components/controls/results.module.css';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import { FAST_MEDIAN_SECONDS, fanoutJob } from './compute';

const PARAMS = {
  n: { kind: 'number', min: 1, max: 1000, default: 100, integer: true },
  p: { kind: 'number', min: 0.0001, max: 0.5, default: 0.01 },
  hedge: { kind: 'number', min: 1, max: 1000, default: 20 },
  slow: { kind: 'number', min: 20, max: 5000, default: 200 },
} as const;

/** Whole fan-out widths from 1 to 1000, roughly evenly spaced on a log axis. */
const WIDTH_POSITION = scaleLog().domain([1, 1000]).range([0, 120]);
const WIDTHS = Array.from(
  new Set(Array.from({ length: 121 }, (_, i) => Math.round(WIDTH_POSITION.invert(i)))),
);

/**
 * Dean and Barroso's "tail at scale": the chance that a request fanning out to n leaves meets at
 * least one slow leaf, 1 - (1 - p)^n, against n, and a Monte Carlo of the request's p50 and p99
 * with and without hedged requests. Numbers from `fanoutSlowProbability` and `simulateFanout` in
 * src/lib/models/fanout.ts.
 */
export default function FanoutTail({
  fanout,
  slowProbability,
  hedgeMs,
  slowMs,
}: {
  /** Initial fan-out width n, leaves per request, 1 to 1000. */
  readonly fanout?: number;
  /** Initial probability that one leaf call is slow, 0.0001 to 0.5. */
  readonly slowProbability?: number;
  /** Initial hedge delay, milliseconds: a leaf still outstanding then is sent again. */
  readonly hedgeMs?: number;
  /** Initial median latency of a slow leaf call, milliseconds (a fast one is 10 ms). */
  readonly slowMs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      n: { ...PARAMS.n, default: fanout ?? PARAMS.n.default },
      p: { ...PARAMS.p, default: slowProbability ?? PARAMS.p.default },
      hedge: { ...PARAMS.hedge, default: hedgeMs ?? PARAMS.hedge.default },
      slow: { ...PARAMS.slow, default: slowMs ?? PARAMS.slow.default },
    }),
    [fanout, slowProbability, hedgeMs, slowMs],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('fanout', spec);

  const curve = useMemo(
    () => WIDTHS.map((n): Point => ({ x: n, y: fanoutSlowProbability(values.p, n) })),
    [values.p],
  );
  const slowShare = fanoutSlowProbability(values.p, values.n);

  // Two simulations of up to 400,000 leaf draws: computed off the main thread; the last result
  // (and the settings it belongs to) stays on screen meanwhile.
  const { input: deferred, result: simulated } = useSimulation('fanout', fanoutJob, values);

  const title = translate({
    id: 'widgets.fanout.title',
    message: '扇出（fan-out）放大尾延迟：叶子越多，越容易碰上慢的那一个',
    description: 'Title of the FanoutTail widget',
  });
  const hedgeText = formatSeconds(values.hedge / 1000, locale);
  const reading = translate(
    {
      id: 'widgets.fanout.reading',
      message:
        '扇出到 {n} 个叶子节点、单个叶子变慢的概率为 {p} 时，{share} 的请求至少会等到一个慢叶子；模拟 p99 为 {p99}，{hedge} 后发出对冲请求可降到 {hedgedP99}，代价是多发 {extra} 的叶子请求。',
      description: 'One-line reading of the fan-out widget',
    },
    {
      n: values.n,
      p: formatPercent(values.p, locale),
      share: formatPercent(slowShare, locale),
      p99: formatSeconds(simulated.plain.p99, locale),
      hedge: hedgeText,
      hedgedP99: formatSeconds(simulated.hedged.p99, locale),
      extra: formatPercent(simulated.hedged.extraRequestFraction, locale, 2),
    },
  );
  const description = translate(
    {
      id: 'widgets.fanout.description',
      message:
        '折线图，横轴为扇出宽度 n（对数坐标，1 到 1000），纵轴为至少碰上一个慢叶子的请求比例 1 − (1 − p)^n。单叶慢概率为 {p} 时，曲线从 {p} 起步，随 n 增大逼近 100%。当前点：扇出 {n}，比例 {share}。',
    },
    {
      p: formatPercent(values.p, locale),
      n: values.n,
      share: formatPercent(slowShare, locale),
    },
  );

  // The chart follows the urgent values, the table the deferred simulation: each memoized, so
  // neither render of a slider change (urgent, then deferred) redraws what did not change.
  const chart = useMemo(
    () => (
      <ChartFrame title={title} description={description} height={260}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLog().domain([1, 1000]).range([0, innerWidth]);
          const y = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({
                  id: 'widgets.fanout.axis.share',
                  message: '碰上慢叶子的请求比例',
                })}
                ticks={5}
                tickFormat={(v) => formatPercent(v, locale, 2)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.fanout.axis.fanout', message: '扇出宽度 n' })}
                tickFormat={(v) => formatNumber(v, locale)}
              />
              <ReferenceLine orientation="vertical" at={x(values.n)} length={innerHeight} />
              <LineSeries points={curve} x={x} y={y} color={seriesColor(0)} />
              <PointMarker
                x={x(values.n)}
                y={y(slowShare)}
                color={seriesColor(1)}
                label={formatPercent(slowShare, locale)}
                anchor={values.n > 100 ? 'end' : 'start'}
              />
            </>
          );
        }}
      </ChartFrame>
    ),
    [title, description, curve, values.n, slowShare, locale],
  );
  const table = useMemo(() => {
    const rows = [
      {
        key: 'plain',
        label: translate({ id: 'widgets.fanout.table.plain', message: '不对冲' }),
        result: simulated.plain,
      },
      {
        key: 'hedged',
        label: translate(
          { id: 'widgets.fanout.table.hedged', message: '{hedge} 后对冲' },
          { hedge: hedgeText },
        ),
        result: simulated.hedged,
      },
    ];
    return (
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {translate(
              {
                id: 'widgets.fanout.table.caption',
                message:
                  '蒙特卡洛模拟：{requests} 个请求，每个等齐 {n} 个叶子；快叶子中位延迟 {fast}，慢叶子 {slow}。',
              },
              {
                requests: formatNumber(simulated.requests, locale),
                n: deferred.n,
                fast: formatSeconds(FAST_MEDIAN_SECONDS, locale),
                slow: formatSeconds(deferred.slow / 1000, locale),
              },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {translate({ id: 'widgets.fanout.table.strategy', message: '策略' })}
              </th>
              <th scope="col">p50</th>
              <th scope="col">p99</th>
              <th scope="col">
                {translate({ id: 'widgets.fanout.table.extra', message: '额外请求' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatSeconds(row.result.p50, locale)}</td>
                <td>{formatSeconds(row.result.p99, locale)}</td>
                <td>{formatPercent(row.result.extraRequestFraction, locale, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }, [simulated, deferred.n, deferred.slow, hedgeText, locale]);

  return (
    <WidgetFrame
      name="FanoutTail"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.fanout.control.fanout', message: '扇出宽度 n' })}
            value={values.n}
            spec={spec.n}
            log
            onChange={(v) => set('n', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.fanout.control.slowProbability',
              message: '单个叶子变慢的概率 p',
            })}
            value={values.p}
            spec={spec.p}
            log
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('p', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.fanout.control.hedge',
              message: '发出对冲请求（hedged request）前的等待（毫秒）',
            })}
            value={values.hedge}
            spec={spec.hedge}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('hedge', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.fanout.control.slowLatency',
              message: '慢叶子的中位延迟（毫秒）',
            })}
            value={values.slow}
            spec={spec.slow}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('slow', v)}
          />
        </>
      }
    >
      {chart}
      {table}
      <p className={styles.note}>
        {translate({
          id: 'widgets.fanout.note',
          message:
            '模型假设对冲请求不会加重副本负载，且先发出的请求不被取消；副本已接近饱和时，对冲反而可能拉长尾部。',
        })}
      </p>
    </WidgetFrame>
  );
}
