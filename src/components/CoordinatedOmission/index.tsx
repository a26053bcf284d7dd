import React, { useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import { formatNumber, formatPercent, formatSeconds, formatSi } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  ReferenceLine,
  seriesColor,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import styles from '@site/src/components/controls/results.module.css';
import {
  DURATION_SECONDS,
  MAX_NINES,
  SERVICE_SECONDS,
  coordinatedOmissionJob,
  levelOf,
} from './compute';

const PARAMS = {
  stall: { kind: 'number', min: 0, max: 5000, default: 1000 },
  every: { kind: 'number', min: 6, max: 60, default: 10 },
  rate: { kind: 'number', min: 10, max: 950, default: 500 },
  conn: { kind: 'number', min: 1, max: 200, default: 10, integer: true },
} as const;

const P99_NINES = 2;

/**
 * Coordinated omission: one server that freezes for a while every so often, measured by a
 * constant-rate (open) load generator that counts from the intended send time and by a closed
 * generator with a few connections that counts from the actual send time. Percentile curves of
 * both, p99 marked. Numbers from `simulateStallMeasurement` in src/lib/models/coordinated-omission.ts.
 */
export default function CoordinatedOmission({
  stallMs,
  stallEverySeconds,
  rate,
  connections,
}: {
  /** Initial stall (freeze) length, milliseconds, 0 to 5000. */
  readonly stallMs?: number;
  /** Initial time between stalls, seconds, 6 to 60. */
  readonly stallEverySeconds?: number;
  /** Initial request rate of the constant-rate generator, per second, 10 to 950. */
  readonly rate?: number;
  /** Initial connections of the closed generator, 1 to 200. */
  readonly connections?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      stall: { ...PARAMS.stall, default: stallMs ?? PARAMS.stall.default },
      every: { ...PARAMS.every, default: stallEverySeconds ?? PARAMS.every.default },
      rate: { ...PARAMS.rate, default: rate ?? PARAMS.rate.default },
      conn: { ...PARAMS.conn, default: connections ?? PARAMS.conn.default },
    }),
    [stallMs, stallEverySeconds, rate, connections],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('co', spec);

  // Two runs of about 90,000 requests each: computed off the main thread, the last result
  // (and the settings it belongs to) stays on screen meanwhile.
  const { input: deferred, result } = useSimulation('co', coordinatedOmissionJob, values);

  const stallText = formatSeconds(deferred.stall / 1000, locale);
  const everyText = formatSeconds(deferred.every, locale);
  const rateText = formatSi(deferred.rate, '/s', locale);
  const openP99 = formatSeconds(result.open.p99, locale);
  const closedP99 = formatSeconds(result.closed.p99, locale);
  const openDelayed = result.open.above;
  const closedSlow = result.closed.above;

  const title = translate({
    id: 'widgets.co.title',
    message: '协调遗漏（coordinated omission）：闭环压测工具看不见停顿',
    description: 'Title of the CoordinatedOmission widget',
  });
  const reading =
    deferred.stall > 0
      ? translate(
          {
            id: 'widgets.co.reading',
            message:
              '服务器每 {every} 停顿 {stall} 时，{connections} 个连接的闭环压测工具报告 p99 = {closedP99}；按预定发送时刻计时的恒定速率工具（{rate}）报告 p99 = {openP99}。',
            description: 'One-line reading of the coordinated-omission widget',
          },
          {
            every: everyText,
            stall: stallText,
            connections: deferred.conn,
            closedP99,
            rate: rateText,
            openP99,
          },
        )
      : translate(
          {
            id: 'widgets.co.readingNoStall',
            message:
              '服务器从不停顿时，{connections} 个连接的闭环压测工具报告 p99 = {closedP99}，恒定速率工具（{rate}）报告 p99 = {openP99}：没有停顿，就没有可遗漏的样本。',
            description: 'One-line reading of the coordinated-omission widget when the stall is 0',
          },
          { connections: deferred.conn, closedP99, rate: rateText, openP99 },
        );
  const description = translate(
    {
      id: 'widgets.co.description',
      message:
        '百分位曲线图：横轴为百分位，从 0 到 99.99%，按“几个 9”等距排列；纵轴为记录到的延迟（对数坐标）。恒定速率工具的 {openCount} 个样本中有 {openShare} 被停顿拖慢，最大 {openMax}；闭环工具的 {closedCount} 个样本中只有 {closedSlow} 个记录到停顿，最大 {closedMax}。{reading}',
    },
    {
      openCount: formatNumber(result.open.count, locale),
      openShare: formatPercent(openDelayed / result.open.count, locale),
      openMax: formatSeconds(result.open.max, locale),
      closedCount: formatNumber(result.closed.count, locale),
      closedSlow: formatNumber(closedSlow, locale),
      closedMax: formatSeconds(result.closed.max, locale),
      reading,
    },
  );
  const labels = {
    open: translate({
      id: 'widgets.co.series.open',
      message: '恒定速率（开环），从预定发送时刻计时',
    }),
    closed: translate(
      {
        id: 'widgets.co.series.closed',
        message: '闭环，{connections} 个连接，从实际发送时刻计时',
      },
      { connections: deferred.conn },
    ),
  };

  const chart = useMemo(() => {
    const all = [result.open, result.closed];
    const yMin = Math.min(...all.map((r) => r.min)) * 0.5;
    const yMax = Math.max(...all.map((r) => r.max)) * 2;
    return (
      <ChartFrame title={title} description={description} height={300}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([0, MAX_NINES]).range([0, innerWidth]);
          const y = scaleLog().domain([yMin, yMax]).range([innerHeight, 0]).clamp(true);
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.co.axis.latency', message: '记录到的延迟' })}
                ticks={4}
                tickFormat={(v) => formatSeconds(v, locale, 2)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.co.axis.percentile', message: '百分位' })}
                ticks={MAX_NINES}
                tickFormat={(v) => formatPercent(levelOf(v), locale, 4)}
              />
              <ReferenceLine
                orientation="vertical"
                at={x(P99_NINES)}
                length={innerHeight}
                label="p99"
              />
              <LineSeries points={result.open.curve} x={x} y={y} color={seriesColor(0)} />
              <LineSeries points={result.closed.curve} x={x} y={y} color={seriesColor(1)} dashed />
              <PointMarker
                x={x(P99_NINES)}
                y={y(result.open.p99)}
                color={seriesColor(0)}
                label={`p99 ${openP99}`}
                anchor="end"
              />
              <PointMarker
                x={x(P99_NINES)}
                y={y(result.closed.p99)}
                color={seriesColor(1)}
                label={`p99 ${closedP99}`}
                anchor="start"
              />
            </>
          );
        }}
      </ChartFrame>
    );
  }, [title, description, result, openP99, closedP99, locale]);

  const table = useMemo(() => {
    const rows = [
      { key: 'open', label: labels.open, result: result.open },
      { key: 'closed', label: labels.closed, result: result.closed },
    ];
    return (
      <div className={styles.tableScroll}>
        {/* Six numeric columns do not fit a phone: the table scrolls inside itself. */}
        <table className={styles.table}>
          <caption className={styles.caption}>
            {translate(
              {
                id: 'widgets.co.table.caption',
                message:
                  '同一台服务器（服务时间 {service}）测 {duration}，期间停顿 {stalls} 次；两种工具各自单独施压。',
              },
              {
                service: formatSeconds(SERVICE_SECONDS, locale),
                duration: formatSeconds(DURATION_SECONDS, locale),
                stalls: result.stalls,
              },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {translate({ id: 'widgets.co.table.generator', message: '压测工具' })}
              </th>
              <th scope="col">
                {translate({ id: 'widgets.co.table.samples', message: '样本数' })}
              </th>
              <th scope="col">p50</th>
              <th scope="col">p99</th>
              <th scope="col">p99.9</th>
              <th scope="col">{translate({ id: 'widgets.co.table.max', message: '最大值' })}</th>
              <th scope="col">
                {translate({ id: 'widgets.co.table.throughput', message: '吞吐量' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatNumber(row.result.count, locale)}</td>
                <td>{formatSeconds(row.result.p50, locale)}</td>
                <td>{formatSeconds(row.result.p99, locale)}</td>
                <td>{formatSeconds(row.result.p999, locale)}</td>
                <td>{formatSeconds(row.result.max, locale)}</td>
                <td>{formatSi(row.result.throughput, '/s', locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }, [result, labels.open, labels.closed, locale]);

  return (
    <WidgetFrame
      name="CoordinatedOmission"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.co.control.stall', message: '停顿时长（毫秒）' })}
            value={values.stall}
            spec={spec.stall}
            step={50}
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('stall', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.co.control.every', message: '停顿间隔（秒）' })}
            value={values.every}
            spec={spec.every}
            step={1}
            format={(v) => formatSeconds(v, locale)}
            onChange={(v) => set('every', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.co.control.rate',
              message: '恒定速率工具的请求速率（每秒）',
            })}
            value={values.rate}
            spec={spec.rate}
            step={10}
            format={(v) => formatSi(v, '/s', locale)}
            onChange={(v) => set('rate', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.co.control.connections',
              message: '闭环工具的连接数',
            })}
            value={values.conn}
            spec={spec.conn}
            log
            onChange={(v) => set('conn', v)}
          />
        </>
      }
    >
      {chart}
      <Legend
        items={[
          { label: labels.open, color: seriesColor(0) },
          { label: labels.closed, color: seriesColor(1), dashed: true },
        ]}
      />
      {table}
      <p className={styles.note}>
        {translate({
          id: 'widgets.co.note',
          message:
            '闭环工具的每个连接要等上一个响应回来才发下一个请求，停顿期间它干脆不发，于是只有少数样本记录到停顿；服务器没停时它又把服务器压满，每个响应都要排在其余连接之后。恒定速率工具照计划发送，并从预定发送时刻计时，停顿及其积压的消化时间都算进延迟。',
        })}
      </p>
    </WidgetFrame>
  );
}
