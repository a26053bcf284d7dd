import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { batchingTradeoff, type BatchingResult } from '@site/src/lib/models/batching';
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
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import styles from './styles.module.css';

const PARAMS = {
  rate: { kind: 'number', min: 100, max: 100_000, default: 5000 },
  b: { kind: 'number', min: 1, max: 1000, default: 100, integer: true },
  lingerMs: { kind: 'number', min: 0, max: 50, default: 5 },
  fixedMs: { kind: 'number', min: 0.01, max: 100, default: 1 },
  itemUs: { kind: 'number', min: 0.1, max: 1000, default: 20 },
} as const;

/** Batch size limits where the curves are drawn: 16 per decade from 1 to 1000, deduplicated. */
const GRID = [...new Set(Array.from({ length: 49 }, (_, i) => Math.round(10 ** (i / 16))))];
const CHART_MARGIN = { top: 12, right: 16, bottom: 44, left: 72 };

interface Costs {
  readonly arrivalRate: number;
  readonly lingerSeconds: number;
  readonly fixedCostSeconds: number;
  readonly perItemCostSeconds: number;
}

function tradeoff(costs: Costs, maxBatchSize: number): BatchingResult {
  return batchingTradeoff({ ...costs, maxBatchSize });
}

/**
 * Size-or-linger batching: the throughput a worker sustains and the wait batching adds, against
 * the batch size limit, at the reader's arrival rate, linger time and costs. All numbers come
 * from `batchingTradeoff` in src/lib/models/batching.ts.
 */
export default function BatchingTradeoff({
  arrivalRate,
  maxBatchSize,
  lingerMs,
  fixedCostMs,
  perItemCostUs,
}: {
  /** Initial arrival rate, items per second, 100 to 100,000. */
  readonly arrivalRate?: number;
  /** Initial batch size limit B, 1 to 1000 items. */
  readonly maxBatchSize?: number;
  /** Initial linger time, milliseconds, 0 to 50. */
  readonly lingerMs?: number;
  /** Initial fixed cost per batch, milliseconds. */
  readonly fixedCostMs?: number;
  /** Initial cost per item, microseconds. */
  readonly perItemCostUs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      rate: { ...PARAMS.rate, default: arrivalRate ?? PARAMS.rate.default },
      b: { ...PARAMS.b, default: maxBatchSize ?? PARAMS.b.default },
      lingerMs: { ...PARAMS.lingerMs, default: lingerMs ?? PARAMS.lingerMs.default },
      fixedMs: { ...PARAMS.fixedMs, default: fixedCostMs ?? PARAMS.fixedMs.default },
      itemUs: { ...PARAMS.itemUs, default: perItemCostUs ?? PARAMS.itemUs.default },
    }),
    [arrivalRate, maxBatchSize, lingerMs, fixedCostMs, perItemCostUs],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('batch', spec);
  const rate = useDeferredValue(values.rate);
  const lingerSeconds = useDeferredValue(values.lingerMs) / 1000;
  const fixedCostSeconds = useDeferredValue(values.fixedMs) / 1000;
  const perItemCostSeconds = useDeferredValue(values.itemUs) / 1e6;
  const b = useDeferredValue(values.b);

  const costs: Costs = useMemo(
    () => ({ arrivalRate: rate, lingerSeconds, fixedCostSeconds, perItemCostSeconds }),
    [rate, lingerSeconds, fixedCostSeconds, perItemCostSeconds],
  );
  const curves = useMemo(() => {
    const full: Point[] = [];
    const sustained: Point[] = [];
    const wait: Point[] = [];
    for (const size of GRID) {
      const result = tradeoff(costs, size);
      full.push({ x: size, y: result.maxThroughput });
      sustained.push({ x: size, y: 1 / result.costPerItemSeconds });
      wait.push({ x: size, y: result.meanAddedWaitSeconds });
    }
    return { full, sustained, wait };
  }, [costs]);
  const current = useMemo(() => tradeoff(costs, b), [costs, b]);
  const sustainedNow = 1 / current.costPerItemSeconds;

  const title = translate({
    id: 'widgets.batch.title',
    message: '批处理的权衡：吞吐换延迟',
    description: 'Title of the BatchingTradeoff widget',
  });
  const verdict = current.stable
    ? translate({ id: 'widgets.batch.verdict.stable', message: '跟得上到达速率' })
    : translate({
        id: 'widgets.batch.verdict.unstable',
        message: '跟不上到达速率，积压会无限增长',
      });
  const reading = translate(
    {
      id: 'widgets.batch.reading',
      message:
        '每秒到达 {rate} 条、批上限 {b} 条、最长等待 {linger} 时，平均每批 {size} 条，worker 利用率 {util}，{verdict}；凑批让每条消息平均多等 {wait}。',
      description: 'One-line reading of the batching widget',
    },
    {
      rate: formatNumber(rate, locale),
      b: formatNumber(b, locale, 6),
      linger: formatSeconds(lingerSeconds, locale),
      size: formatNumber(current.expectedBatchSize, locale),
      util: formatPercent(current.utilization, locale),
      verdict,
      wait: formatSeconds(current.meanAddedWaitSeconds, locale),
    },
  );
  const throughputTitle = translate({
    id: 'widgets.batch.chart.throughput',
    message: '吞吐能力与批大小上限',
  });
  const throughputDescription = translate(
    {
      id: 'widgets.batch.description.throughput',
      message:
        '对数坐标折线图：横轴为批大小上限 1 到 1,000 条，纵轴为每秒条数。实线是批次总能装满时的吞吐上限，虚线是按当前到达率和等待时间凑批时 worker 能持续处理的吞吐，水平参考线是到达率 {rate}。批上限 {b} 时，满批上限 {full}，可持续吞吐 {sustained}。',
    },
    {
      rate: formatNumber(rate, locale),
      b: formatNumber(b, locale, 6),
      full: formatNumber(current.maxThroughput, locale),
      sustained: formatNumber(sustainedNow, locale),
    },
  );
  const waitTitle = translate({
    id: 'widgets.batch.chart.wait',
    message: '凑批增加的平均等待',
  });
  const waitDescription = translate(
    {
      id: 'widgets.batch.description.wait',
      message:
        '折线图：横轴为批大小上限 1 到 1,000 条（对数），纵轴为每条消息等批次关闭的平均时间，虚线为最长等待 {linger}。批上限 {b} 时平均多等 {wait}。',
    },
    {
      linger: formatSeconds(lingerSeconds, locale),
      b: formatNumber(b, locale, 6),
      wait: formatSeconds(current.meanAddedWaitSeconds, locale),
    },
  );

  const throughputValues = [...curves.full, ...curves.sustained]
    .map((p) => p.y)
    .concat(rate)
    .filter((y) => Number.isFinite(y) && y > 0);
  const tMin = Math.min(...throughputValues) * 0.7;
  const tMax = Math.max(...throughputValues) * 1.4;
  const waitMax = Math.max(lingerSeconds, ...curves.wait.map((p) => p.y), 1e-4) * 1.1;
  const xDomain = [GRID[0], GRID[GRID.length - 1]];
  const rateLabel = (v: number): string => formatNumber(v, locale, 2);
  const batchAxisLabel = translate({
    id: 'widgets.batch.axis.batchSize',
    message: '批大小上限 B（条）',
  });

  return (
    <WidgetFrame
      name="BatchingTradeoff"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.batch.control.rate', message: '到达率（条/秒）' })}
            value={values.rate}
            spec={spec.rate}
            log
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('rate', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.batch.control.maxBatch',
              message: '批大小上限 B（条）',
            })}
            value={values.b}
            spec={spec.b}
            onChange={(v) => set('b', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.batch.control.linger',
              message: '最长等待 linger（毫秒）',
            })}
            value={values.lingerMs}
            spec={spec.lingerMs}
            step={0.5}
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('lingerMs', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.batch.control.fixed',
              message: '每批固定开销（毫秒）',
            })}
            value={values.fixedMs}
            spec={spec.fixedMs}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('fixedMs', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.batch.control.perItem',
              message: '每条消息的处理开销（微秒）',
            })}
            value={values.itemUs}
            spec={spec.itemUs}
            log
            format={(v) => formatSeconds(v / 1e6, locale)}
            onChange={(v) => set('itemUs', v)}
          />
        </>
      }
    >
      <div className={styles.charts}>
        <div className={styles.chart}>
          <ChartFrame
            title={throughputTitle}
            description={throughputDescription}
            height={260}
            margin={CHART_MARGIN}
          >
            {({ innerWidth, innerHeight }) => {
              const x = scaleLog().domain(xDomain).range([0, innerWidth]);
              const y = scaleLog().domain([tMin, tMax]).range([innerHeight, 0]).clamp(true);
              return (
                <>
                  <AxisLeft
                    scale={y}
                    label={translate({
                      id: 'widgets.batch.axis.throughput',
                      message: '吞吐（条/秒）',
                    })}
                    ticks={4}
                    tickFormat={rateLabel}
                    gridLength={innerWidth}
                    labelOffset={58}
                  />
                  <AxisBottom
                    scale={x}
                    offset={innerHeight}
                    label={batchAxisLabel}
                    tickFormat={(v) => formatNumber(v, locale)}
                  />
                  <ReferenceLine
                    orientation="horizontal"
                    at={y(rate)}
                    length={innerWidth}
                    label={translate(
                      { id: 'widgets.batch.marker.rate', message: '到达率 {rate}' },
                      { rate: formatNumber(rate, locale) },
                    )}
                  />
                  <ReferenceLine orientation="vertical" at={x(b)} length={innerHeight} />
                  <LineSeries points={curves.full} x={x} y={y} color={seriesColor(0)} />
                  <LineSeries points={curves.sustained} x={x} y={y} color={seriesColor(2)} dashed />
                  <PointMarker
                    x={x(b)}
                    y={y(sustainedNow)}
                    color={current.stable ? seriesColor(2) : seriesColor(1)}
                  />
                </>
              );
            }}
          </ChartFrame>
        </div>
        <div className={styles.chart}>
          <ChartFrame
            title={waitTitle}
            description={waitDescription}
            height={260}
            margin={CHART_MARGIN}
          >
            {({ innerWidth, innerHeight }) => {
              const x = scaleLog().domain(xDomain).range([0, innerWidth]);
              const y = scaleLinear().domain([0, waitMax]).range([innerHeight, 0]).nice();
              return (
                <>
                  <AxisLeft
                    scale={y}
                    label={translate({
                      id: 'widgets.batch.axis.wait',
                      message: '平均多等的时间',
                    })}
                    ticks={4}
                    tickFormat={(v) => formatSeconds(v, locale, 2)}
                    gridLength={innerWidth}
                    labelOffset={58}
                  />
                  <AxisBottom
                    scale={x}
                    offset={innerHeight}
                    label={batchAxisLabel}
                    tickFormat={(v) => formatNumber(v, locale)}
                  />
                  <ReferenceLine
                    orientation="horizontal"
                    at={y(lingerSeconds)}
                    length={innerWidth}
                    label={translate({ id: 'widgets.batch.marker.linger', message: '最长等待' })}
                  />
                  <ReferenceLine orientation="vertical" at={x(b)} length={innerHeight} />
                  <LineSeries points={curves.wait} x={x} y={y} color={seriesColor(3)} />
                  <PointMarker
                    x={x(b)}
                    y={y(current.meanAddedWaitSeconds)}
                    color={seriesColor(3)}
                    label={formatSeconds(current.meanAddedWaitSeconds, locale)}
                    anchor={b > 100 ? 'end' : 'start'}
                  />
                </>
              );
            }}
          </ChartFrame>
        </div>
      </div>
      <Legend
        items={[
          {
            label: translate({ id: 'widgets.batch.legend.full', message: '满批吞吐上限' }),
            color: seriesColor(0),
          },
          {
            label: translate({
              id: 'widgets.batch.legend.sustained',
              message: '按当前等待凑批的可持续吞吐',
            }),
            color: seriesColor(2),
            dashed: true,
          },
          {
            label: translate({ id: 'widgets.batch.legend.wait', message: '平均多等的时间' }),
            color: seriesColor(3),
          },
        ]}
      />
    </WidgetFrame>
  );
}
