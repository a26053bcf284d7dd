import React, { useDeferredValue, useId, useMemo, type ReactNode } from 'react';
import { scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bandwidthDelayProduct, tcpThroughput, type TcpLimit } from '@site/src/lib/models/network';
import {
  formatBytes,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatSi,
} from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  ReferenceLine,
  seriesColor,
  type Margin,
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';

const PARAMS = {
  mbps: { kind: 'number', min: 1, max: 100_000, default: 1000 },
  ms: { kind: 'number', min: 0.1, max: 1000, default: 20 },
  kib: { kind: 'number', min: 4, max: 1_000_000, default: 1024 },
  loss: { kind: 'number', min: 1e-7, max: 0.1, default: 1e-6 },
  mss: { kind: 'number', min: 536, max: 9000, default: 1460, integer: true },
} as const;

/** Bits per second in a Mbit/s, bytes in a KiB: the controls' units. */
const MEGABIT = 1e6;
const KIBIBYTE = 1024;

/** RTTs drawn, seconds: 0.1 ms to 1 s, 20 points per decade. */
const RTT_GRID = Array.from({ length: 81 }, (_, i) => 1e-4 * 10 ** (i / 20));

const LINES = [
  { key: 'link', color: 5, dashed: true, width: 1.5 },
  { key: 'window', color: 1, dashed: true, width: 1.5 },
  { key: 'loss', color: 2, dashed: true, width: 1.5 },
  { key: 'min', color: 0, dashed: false, width: 4 },
] as const;

type LineKey = (typeof LINES)[number]['key'];

const MARGIN: Margin = { top: 12, right: 16, bottom: 44, left: 98 };

/**
 * Achievable TCP throughput against RTT as the minimum of three ceilings: the link, the
 * receive window per round trip and the Mathis loss limit, with the reader's operating point and
 * the ceiling that binds. All numbers come from `tcpThroughput` and `bandwidthDelayProduct` in
 * src/lib/models/network.ts.
 */
export default function TcpThroughput({
  bandwidthMbps,
  rttMs,
  windowKiB,
  lossRate,
  mssBytes,
}: {
  /** Initial bottleneck link rate in Mbit/s, 1 to 100,000. */
  readonly bandwidthMbps?: number;
  /** Initial round-trip time in milliseconds, 0.1 to 1000. */
  readonly rttMs?: number;
  /** Initial receive window in KiB, 4 to 1,000,000. */
  readonly windowKiB?: number;
  /** Initial segment loss probability, 1e-7 to 0.1. */
  readonly lossRate?: number;
  /** Initial maximum segment size in bytes, 536 to 9000. */
  readonly mssBytes?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const clipId = `tcp-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const spec = useMemo(
    () => ({
      mbps: { ...PARAMS.mbps, default: bandwidthMbps ?? PARAMS.mbps.default },
      ms: { ...PARAMS.ms, default: rttMs ?? PARAMS.ms.default },
      kib: { ...PARAMS.kib, default: windowKiB ?? PARAMS.kib.default },
      loss: { ...PARAMS.loss, default: lossRate ?? PARAMS.loss.default },
      mss: { ...PARAMS.mss, default: mssBytes ?? PARAMS.mss.default },
    }),
    [bandwidthMbps, rttMs, windowKiB, lossRate, mssBytes],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('tcp', spec);
  const rttSeconds = values.ms / 1000;
  const linkBitsPerSecond = values.mbps * MEGABIT;
  const windowBytes = values.kib * KIBIBYTE;

  const deferred = useDeferredValue(values);
  const lines = useMemo(() => {
    const series: Record<LineKey, Point[]> = { link: [], window: [], loss: [], min: [] };
    for (const rtt of RTT_GRID) {
      const result = tcpThroughput({
        linkBitsPerSecond: deferred.mbps * MEGABIT,
        rttSeconds: rtt,
        windowBytes: deferred.kib * KIBIBYTE,
        mssBytes: deferred.mss,
        lossRate: deferred.loss,
      });
      series.link.push({ x: rtt, y: result.linkBitsPerSecond });
      series.window.push({ x: rtt, y: result.windowBitsPerSecond });
      series.loss.push({ x: rtt, y: result.lossBitsPerSecond });
      series.min.push({ x: rtt, y: result.bitsPerSecond });
    }
    return series;
  }, [deferred.mbps, deferred.kib, deferred.mss, deferred.loss]);

  const current = tcpThroughput({
    linkBitsPerSecond,
    rttSeconds,
    windowBytes,
    mssBytes: values.mss,
    lossRate: values.loss,
  });
  const bdp = bandwidthDelayProduct(linkBitsPerSecond, rttSeconds);

  const labels: Record<LineKey, string> = {
    link: translate({ id: 'widgets.tcp.line.link', message: '链路带宽' }),
    window: translate({ id: 'widgets.tcp.line.window', message: '窗口上限（窗口 ÷ RTT）' }),
    loss: translate({ id: 'widgets.tcp.line.loss', message: '丢包上限（Mathis 模型）' }),
    min: translate({ id: 'widgets.tcp.line.min', message: '可达吞吐量（三者最小值）' }),
  };
  const title = translate({
    id: 'widgets.tcp.title',
    message: 'TCP 吞吐量：链路、窗口、丢包，谁先卡住',
    description: 'Title of the TcpThroughput widget',
  });
  const numbers = {
    bw: formatSi(linkBitsPerSecond, 'bit/s', locale),
    rtt: formatSeconds(rttSeconds, locale),
    throughput: formatSi(current.bitsPerSecond, 'bit/s', locale),
    share: formatPercent(current.bitsPerSecond / linkBitsPerSecond, locale),
    window: formatBytes(windowBytes, locale),
    bdp: formatBytes(bdp, locale),
    loss: formatPercent(values.loss, locale),
    lossLimit: formatSi(current.lossBitsPerSecond, 'bit/s', locale),
  };
  const readings: Record<TcpLimit, string> = {
    link: translate(
      {
        id: 'widgets.tcp.reading.link',
        message:
          '链路 {bw}、RTT {rtt} 时可达 {throughput}，瓶颈是链路本身：接收窗口 {window} 不小于带宽时延积 {bdp}，丢包率 {loss} 下的 Mathis 上限 {lossLimit} 也高于链路。',
        description: 'Reading of the TCP widget when the link rate binds',
      },
      numbers,
    ),
    window: translate(
      {
        id: 'widgets.tcp.reading.window',
        message:
          '链路 {bw}、RTT {rtt} 时只能跑到 {throughput}（链路的 {share}），瓶颈是接收窗口：{window} 小于带宽时延积 {bdp}。',
        description: 'Reading of the TCP widget when the receive window binds',
      },
      numbers,
    ),
    loss: translate(
      {
        id: 'widgets.tcp.reading.loss',
        message:
          '链路 {bw}、RTT {rtt} 时只能跑到 {throughput}（链路的 {share}），瓶颈是丢包：丢包率 {loss} 下 Mathis 模型的上限低于链路和窗口（带宽时延积 {bdp}，窗口 {window}）。',
        description: 'Reading of the TCP widget when the Mathis loss limit binds',
      },
      numbers,
    ),
  };
  const reading = readings[current.limit];
  const description = translate(
    {
      id: 'widgets.tcp.description',
      message:
        '双对数坐标折线图：横轴为往返时延 RTT，从 0.1 ms 到 1 s；纵轴为吞吐量。三条虚线是三个上限：链路带宽（水平线）、窗口上限（接收窗口 ÷ RTT）和丢包上限（Mathis 公式，描述 Reno 一类基于丢包的拥塞控制，不适用于 BBR）；后两者都与 RTT 成反比。粗实线是三者的最小值，即可达吞吐量。当前点：{reading}',
    },
    { reading },
  );

  const lastMin = lines.min[lines.min.length - 1].y;
  const yMax = deferred.mbps * MEGABIT * 5;
  const yMin = Math.min(lastMin / 2, (deferred.mbps * MEGABIT) / 100);
  const markerLabel = formatSi(current.bitsPerSecond, 'bit/s', locale);

  return (
    <WidgetFrame
      name="TcpThroughput"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.tcp.control.bandwidth',
              message: '链路带宽（Mbit/s）',
            })}
            value={values.mbps}
            spec={spec.mbps}
            log
            format={(v) => formatSi(v * MEGABIT, 'bit/s', locale)}
            onChange={(v) => set('mbps', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.tcp.control.rtt',
              message: '往返时延 RTT（毫秒）',
            })}
            value={values.ms}
            spec={spec.ms}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('ms', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.tcp.control.window',
              message: '接收窗口 rwnd（KiB）',
            })}
            value={values.kib}
            spec={spec.kib}
            log
            format={(v) => formatBytes(v * KIBIBYTE, locale)}
            onChange={(v) => set('kib', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.tcp.control.loss', message: '丢包率 p' })}
            value={values.loss}
            spec={spec.loss}
            log
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('loss', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.tcp.control.mss',
              message: '最大报文段长度 MSS（字节）',
            })}
            value={values.mss}
            spec={spec.mss}
            log
            format={(v) => `${formatNumber(v, locale, 4)} B`}
            onChange={(v) => set('mss', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={300} margin={MARGIN}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLog().domain([RTT_GRID[0], 1]).range([0, innerWidth]);
          const y = scaleLog().domain([yMin, yMax]).range([innerHeight, 0]);
          return (
            <>
              <defs>
                <clipPath id={clipId}>
                  <rect width={innerWidth} height={innerHeight} />
                </clipPath>
              </defs>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.tcp.axis.throughput', message: '吞吐量' })}
                ticks={5}
                tickFormat={(v) => formatSi(v, 'bit/s', locale, 2)}
                gridLength={innerWidth}
                labelOffset={84}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.tcp.axis.rtt', message: '往返时延 RTT' })}
                tickFormat={(v) => formatSeconds(v, locale, 2)}
              />
              <ReferenceLine orientation="vertical" at={x(rttSeconds)} length={innerHeight} />
              <g clipPath={`url(#${clipId})`}>
                {LINES.map((line) => (
                  <LineSeries
                    key={line.key}
                    points={lines[line.key]}
                    x={x}
                    y={y}
                    color={seriesColor(line.color)}
                    dashed={line.dashed}
                    width={line.width}
                  />
                ))}
              </g>
              <PointMarker
                x={x(rttSeconds)}
                y={y(current.bitsPerSecond)}
                color={seriesColor(0)}
                label={markerLabel}
                anchor={rttSeconds > 0.03 ? 'end' : 'start'}
              />
            </>
          );
        }}
      </ChartFrame>
      <Legend
        items={LINES.map((line) => ({
          label: labels[line.key],
          color: seriesColor(line.color),
          dashed: line.dashed,
        }))}
      />
    </WidgetFrame>
  );
}
