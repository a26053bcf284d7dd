import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { mmc } from '@site/src/lib/models/queueing';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  PointerLayer,
  ReadoutMarker,
  ReadoutText,
  ReferenceLine,
  seriesColor,
  usePointerFraction,
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';

const PARAMS = {
  rho: { kind: 'number', min: 0.05, max: 0.99, default: 0.7 },
  c: { kind: 'number', min: 1, max: 32, default: 1, integer: true },
  ms: { kind: 'number', min: 0.1, max: 1000, default: 10 },
} as const;

const CURVES = [
  { key: 'mean', quantile: undefined, dashed: true },
  { key: 'p50', quantile: 0.5, dashed: false },
  { key: 'p99', quantile: 0.99, dashed: false },
  { key: 'p999', quantile: 0.999, dashed: false },
] as const;

const GRID = Array.from({ length: 95 }, (_, i) => 0.05 + i * 0.01);

type CurveKey = (typeof CURVES)[number]['key'];

function responseTimes(
  rho: number,
  serviceSeconds: number,
  servers: number,
): Record<CurveKey, number> {
  const serviceRate = 1 / serviceSeconds;
  const queue = mmc(rho * servers * serviceRate, serviceRate, servers);
  return {
    mean: queue.meanResponseTime,
    p50: queue.responseTimeQuantile(0.5),
    p99: queue.responseTimeQuantile(0.99),
    p999: queue.responseTimeQuantile(0.999),
  };
}

/**
 * Mean, p50, p99 and p99.9 response time of an M/M/c queue against utilization, with the
 * reader's operating point. All numbers come from `mmc` in src/lib/models/queueing.ts.
 */
export default function QueueLatencyExplorer({
  utilization,
  servers,
  serviceTimeMs,
}: {
  /** Initial utilization ρ, 0.05 to 0.99. */
  readonly utilization?: number;
  /** Initial number of servers c, 1 to 32. */
  readonly servers?: number;
  /** Initial mean service time in milliseconds. */
  readonly serviceTimeMs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      rho: { ...PARAMS.rho, default: utilization ?? PARAMS.rho.default },
      c: { ...PARAMS.c, default: servers ?? PARAMS.c.default },
      ms: { ...PARAMS.ms, default: serviceTimeMs ?? PARAMS.ms.default },
    }),
    [utilization, servers, serviceTimeMs],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('queue', spec);
  const serviceSeconds = values.ms / 1000;

  // The curves (95 points, each with quantiles found by bisection) follow the controls a frame
  // late while a slider is dragged; the reading and the marked point follow at once.
  const curveServiceSeconds = useDeferredValue(serviceSeconds);
  const curveServers = useDeferredValue(values.c);
  const curves = useMemo(() => {
    const series: Record<CurveKey, Point[]> = { mean: [], p50: [], p99: [], p999: [] };
    for (const rho of GRID) {
      const times = responseTimes(rho, curveServiceSeconds, curveServers);
      for (const curve of CURVES) series[curve.key].push({ x: rho, y: times[curve.key] });
    }
    return series;
  }, [curveServiceSeconds, curveServers]);
  const current = responseTimes(values.rho, serviceSeconds, values.c);

  // The readout follows the pointer over the plot, or the utilization slider (the keyboard's
  // way to move it) when the pointer is elsewhere. The x axis runs from 0 to 1, so the pointer's
  // fraction of the plot width is a utilization; the curves start at the grid's first point.
  const [pointerRef, pointer] = usePointerFraction<SVGRectElement>();
  const readoutRho =
    pointer === null ? values.rho : Math.min(GRID[GRID.length - 1], Math.max(GRID[0], pointer));
  const readout = responseTimes(readoutRho, curveServiceSeconds, curveServers);

  const labels: Record<CurveKey, string> = {
    mean: translate({ id: 'widgets.queue.curve.mean', message: '平均值' }),
    p50: 'p50',
    p99: 'p99',
    p999: 'p99.9',
  };
  const title = translate({
    id: 'widgets.queue.title',
    message: '排队延迟：利用率越高，尾部涨得越快',
    description: 'Title of the QueueLatencyExplorer widget',
  });
  const reading = translate(
    {
      id: 'widgets.queue.reading',
      message:
        '利用率 {rho}、{servers} 个服务台时，平均响应时间 {mean}，p99 为 {p99}，是服务时间的 {ratio} 倍。',
      description: 'One-line reading of the queue widget',
    },
    {
      rho: formatPercent(values.rho, locale),
      servers: values.c,
      mean: formatSeconds(current.mean, locale),
      p99: formatSeconds(current.p99, locale),
      ratio: formatNumber(current.p99 / serviceSeconds, locale),
    },
  );
  const description = translate(
    {
      id: 'widgets.queue.description',
      message:
        '对数坐标折线图：横轴为利用率 5% 到 99%，纵轴为响应时间。平均值、p50、p99 和 p99.9 四条曲线随利用率上升而陡增，利用率接近 1 时趋于无穷。当前点：{reading}',
    },
    { reading },
  );

  const yMin = serviceSeconds * 0.3;
  const yMax = Math.max(curves.p999[curves.p999.length - 1].y, serviceSeconds * 10);

  return (
    <WidgetFrame
      name="QueueLatencyExplorer"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.queue.control.rho', message: '利用率 ρ' })}
            value={values.rho}
            spec={spec.rho}
            step={0.01}
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('rho', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.queue.control.servers', message: '服务台数 c' })}
            value={values.c}
            spec={spec.c}
            onChange={(v) => set('c', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.queue.control.serviceTime',
              message: '平均服务时间（毫秒）',
            })}
            value={values.ms}
            spec={spec.ms}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('ms', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={300}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
          const y = scaleLog().domain([yMin, yMax]).range([innerHeight, 0]).clamp(true);
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.queue.axis.latency', message: '响应时间' })}
                ticks={4}
                tickFormat={(v) => formatSeconds(v, locale, 2)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.queue.axis.utilization', message: '利用率 ρ' })}
                tickFormat={(v) => formatPercent(v, locale, 2)}
              />
              <ReferenceLine orientation="vertical" at={x(values.rho)} length={innerHeight} />
              {CURVES.map((curve, i) => (
                <LineSeries
                  key={curve.key}
                  points={curves[curve.key]}
                  x={x}
                  y={y}
                  color={seriesColor(i)}
                  dashed={curve.dashed}
                />
              ))}
              <ReadoutMarker
                x={x(readoutRho)}
                height={innerHeight}
                points={CURVES.map((curve, i) => ({
                  y: y(readout[curve.key]),
                  color: seriesColor(i),
                }))}
              />
              <PointMarker
                x={x(values.rho)}
                y={y(current.p99)}
                color={seriesColor(2)}
                label={`p99 ${formatSeconds(current.p99, locale)}`}
                anchor={values.rho > 0.6 ? 'end' : 'start'}
              />
              <PointerLayer layerRef={pointerRef} width={innerWidth} height={innerHeight} />
            </>
          );
        }}
      </ChartFrame>
      <Legend
        items={CURVES.map((curve, i) => ({
          label: labels[curve.key],
          color: seriesColor(i),
          dashed: curve.dashed,
        }))}
      />
      <ReadoutText
        heading={translate(
          { id: 'widgets.queue.readout', message: '利用率 {rho} 处：' },
          { rho: formatPercent(readoutRho, locale) },
        )}
        items={CURVES.map((curve, i) => ({
          label: labels[curve.key],
          value: formatSeconds(readout[curve.key], locale),
          color: seriesColor(i),
        }))}
      />
    </WidgetFrame>
  );
}
