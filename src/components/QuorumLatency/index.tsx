import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  isStrictQuorum,
  quorumLatencyQuantile,
  staleReadProbability,
  type ReplicaLatency,
} from '@site/src/lib/models/quorum';
import { formatPercent, formatSeconds } from '@site/src/lib/format';
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
  n: { kind: 'number', min: 1, max: 9, default: 3, integer: true },
  r: { kind: 'number', min: 1, max: 9, default: 2, integer: true },
  w: { kind: 'number', min: 1, max: 9, default: 2, integer: true },
  min: { kind: 'number', min: 0, max: 20, default: 1 },
  tail: { kind: 'number', min: 0.1, max: 100, default: 4 },
} as const;

const CURVES = [
  { key: 'p50', q: 0.5, dashed: true },
  { key: 'p99', q: 0.99, dashed: false },
] as const;

type CurveKey = (typeof CURVES)[number]['key'];

const MARGIN: Margin = { top: 12, right: 16, bottom: 44, left: 76 };

const READ_COLOR = seriesColor(2);
const WRITE_COLOR = seriesColor(1);

/** Each replica answers after a fixed minimum plus an exponential tail (milliseconds in). */
function replicaLatency(minMs: number, tailMs: number): ReplicaLatency {
  return { kind: 'shiftedExponential', minSeconds: minMs / 1000, rate: 1000 / tailMs };
}

/**
 * Read and write latency of a quorum system: the p50 and p99 of the k-th fastest of N replica
 * responses for every quorum size k, with the reader's R and W marked, and whether R + W > N
 * guarantees reading the latest write. All numbers come from `quorumLatencyQuantile`,
 * `isStrictQuorum` and `staleReadProbability` in src/lib/models/quorum.ts.
 */
export default function QuorumLatency({
  replicas,
  readQuorum,
  writeQuorum,
  minMs,
  tailMs,
}: {
  /** Initial number of replicas N, 1 to 9. */
  readonly replicas?: number;
  /** Initial read quorum R, 1 to N. */
  readonly readQuorum?: number;
  /** Initial write quorum W, 1 to N. */
  readonly writeQuorum?: number;
  /** Initial minimum replica response time in milliseconds, 0 to 20. */
  readonly minMs?: number;
  /** Initial mean of the exponential tail above the minimum, milliseconds, 0.1 to 100. */
  readonly tailMs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(() => {
    const n = replicas ?? PARAMS.n.default;
    return {
      n: { ...PARAMS.n, default: n },
      r: { ...PARAMS.r, default: Math.min(readQuorum ?? PARAMS.r.default, n) },
      w: { ...PARAMS.w, default: Math.min(writeQuorum ?? PARAMS.w.default, n) },
      min: { ...PARAMS.min, default: minMs ?? PARAMS.min.default },
      tail: { ...PARAMS.tail, default: tailMs ?? PARAMS.tail.default },
    };
  }, [replicas, readQuorum, writeQuorum, minMs, tailMs]);
  const { values, set, rejected, urlKeys } = useWidgetParams('quorum', spec);
  // A shared link may ask for R or W above N: clamp them and say so.
  const n = values.n;
  const r = Math.min(values.r, n);
  const w = Math.min(values.w, n);
  const quorumSpec = { r: { ...spec.r, max: n }, w: { ...spec.w, max: n } };
  const replica = replicaLatency(values.min, values.tail);

  const deferred = useDeferredValue(values);
  const curves = useMemo(() => {
    const series: Record<CurveKey, Point[]> = { p50: [], p99: [] };
    const dist = replicaLatency(deferred.min, deferred.tail);
    for (let k = 1; k <= deferred.n; k++) {
      for (const curve of CURVES) {
        series[curve.key].push({
          x: k,
          y: quorumLatencyQuantile({ n: deferred.n, k, q: curve.q, replica: dist }),
        });
      }
    }
    return series;
  }, [deferred.n, deferred.min, deferred.tail]);

  const readP99 = quorumLatencyQuantile({ n, k: r, q: 0.99, replica });
  const writeP99 = quorumLatencyQuantile({ n, k: w, q: 0.99, replica });
  const strict = isStrictQuorum(n, r, w);
  const numbers = {
    n,
    r,
    w,
    read99: formatSeconds(readP99, locale),
    write99: formatSeconds(writeP99, locale),
    stale: formatPercent(staleReadProbability(n, r, w), locale),
  };

  const title = translate({
    id: 'widgets.quorum.title',
    message: '仲裁（quorum）读写：一致性与尾延迟的权衡',
    description: 'Title of the QuorumLatency widget',
  });
  const reading = strict
    ? translate(
        {
          id: 'widgets.quorum.reading.strict',
          message:
            'N = {n}、R = {r}、W = {w}：R + W > N，读仲裁与写仲裁必有交集，每次读都能读到最新写入；读 p99 为 {read99}，写 p99 为 {write99}。',
          description: 'Reading of the quorum widget when R + W > N',
        },
        numbers,
      )
    : translate(
        {
          id: 'widgets.quorum.reading.partial',
          message:
            'N = {n}、R = {r}、W = {w}：R + W ≤ N，不保证读到最新写入（写入刚提交就读，读到旧值的概率为 {stale}）；读 p99 为 {read99}，写 p99 为 {write99}。',
          description: 'Reading of the quorum widget when R + W <= N',
        },
        numbers,
      );
  const description = translate(
    {
      id: 'widgets.quorum.description',
      message:
        '折线图：横轴为仲裁大小 k，即向全部 {n} 个副本发出请求后要等到的响应个数；纵轴为延迟。虚线为 p50，实线为 p99，k 越大越慢。每个副本的响应时间互相独立，服从移位指数分布：固定最小值 {min}，加上均值 {tail} 的指数尾部。读等待 R 个响应，写等待 W 个，图中分别标出。当前：{reading}',
    },
    {
      n,
      min: formatSeconds(values.min / 1000, locale),
      tail: formatSeconds(values.tail / 1000, locale),
      reading,
    },
  );
  const readLabel = translate(
    { id: 'widgets.quorum.marker.read', message: '读 {value}' },
    { value: formatSeconds(readP99, locale) },
  );
  const writeLabel = translate(
    { id: 'widgets.quorum.marker.write', message: '写 {value}' },
    { value: formatSeconds(writeP99, locale) },
  );
  const bothLabel = translate(
    { id: 'widgets.quorum.marker.both', message: '读、写 {value}' },
    { value: formatSeconds(readP99, locale) },
  );

  const lastP99 = curves.p99[curves.p99.length - 1]?.y ?? readP99;
  const yMax = Math.max(lastP99, readP99, writeP99) * 1.15;
  const anchorAt = (k: number): 'start' | 'end' => (k >= (n + 1) / 2 ? 'end' : 'start');

  const setN = (next: number): void => {
    set('n', next);
    if (values.r > next) set('r', next);
    if (values.w > next) set('w', next);
  };

  return (
    <WidgetFrame
      name="QuorumLatency"
      title={title}
      urlRejected={rejected.length > 0 || values.r > n || values.w > n}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.quorum.control.n', message: '副本数 N' })}
            value={n}
            spec={spec.n}
            onChange={setN}
          />
          <NumberControl
            label={translate({ id: 'widgets.quorum.control.r', message: '读仲裁 R' })}
            value={r}
            spec={quorumSpec.r}
            onChange={(v) => set('r', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.quorum.control.w', message: '写仲裁 W' })}
            value={w}
            spec={quorumSpec.w}
            onChange={(v) => set('w', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.quorum.control.min',
              message: '副本最小响应时间（毫秒）',
            })}
            value={values.min}
            spec={spec.min}
            step={0.1}
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('min', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.quorum.control.tail',
              message: '尾部均值：超出最小值部分（毫秒）',
            })}
            value={values.tail}
            spec={spec.tail}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('tail', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={300} margin={MARGIN}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear()
            .domain([0.5, deferred.n + 0.5])
            .range([0, innerWidth]);
          const y = scaleLinear().domain([0, yMax]).range([innerHeight, 0]).nice();
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.quorum.axis.latency', message: '延迟' })}
                ticks={5}
                tickFormat={(v) => formatSeconds(v, locale, 2)}
                gridLength={innerWidth}
                labelOffset={62}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                ticks={deferred.n}
                label={translate({
                  id: 'widgets.quorum.axis.k',
                  message: '仲裁大小 k（等待的响应数）',
                })}
                tickFormat={(v) => String(v)}
              />
              {r === w ? (
                <ReferenceLine
                  orientation="vertical"
                  at={x(r)}
                  length={innerHeight}
                  label="R = W"
                />
              ) : (
                <>
                  <ReferenceLine orientation="vertical" at={x(r)} length={innerHeight} label="R" />
                  <ReferenceLine orientation="vertical" at={x(w)} length={innerHeight} label="W" />
                </>
              )}
              {CURVES.map((curve) => (
                <LineSeries
                  key={curve.key}
                  points={curves[curve.key]}
                  x={x}
                  y={y}
                  color={seriesColor(0)}
                  dashed={curve.dashed}
                />
              ))}
              {r === w ? (
                <PointMarker
                  x={x(r)}
                  y={y(readP99)}
                  color={READ_COLOR}
                  label={bothLabel}
                  anchor={anchorAt(r)}
                />
              ) : (
                <>
                  <PointMarker
                    x={x(w)}
                    y={y(writeP99)}
                    color={WRITE_COLOR}
                    label={writeLabel}
                    anchor={anchorAt(w)}
                  />
                  <PointMarker
                    x={x(r)}
                    y={y(readP99)}
                    color={READ_COLOR}
                    label={readLabel}
                    anchor={anchorAt(r)}
                  />
                </>
              )}
            </>
          );
        }}
      </ChartFrame>
      <Legend
        items={[
          { label: 'p50', color: seriesColor(0), dashed: true },
          { label: 'p99', color: seriesColor(0) },
          {
            label: translate({ id: 'widgets.quorum.legend.read', message: '读 p99（k = R）' }),
            color: READ_COLOR,
          },
          {
            label: translate({ id: 'widgets.quorum.legend.write', message: '写 p99（k = W）' }),
            color: WRITE_COLOR,
          },
        ]}
      />
    </WidgetFrame>
  );
}
