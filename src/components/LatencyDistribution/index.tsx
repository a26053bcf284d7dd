import React, { useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  HistogramBars,
  Legend,
  ReferenceLine,
  seriesColor,
  type Bin,
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import {
  HOST_SHARES,
  PLACEMENTS,
  SHAPES,
  asPlacement,
  asShape,
  latencySampleJob,
  type Placement,
  type Shape,
  type StatKey,
} from './compute';
import styles from './styles.module.css';

const PARAMS = {
  shape: { kind: 'choice', choices: SHAPES, default: 'mixture' },
  ms: { kind: 'number', min: 1, max: 1000, default: 10 },
  sigma: { kind: 'number', min: 0.1, max: 1.5, default: 0.5 },
  slow: { kind: 'number', min: 0, max: 0.1, default: 0.02 },
  slowx: { kind: 'number', min: 2, max: 100, default: 20 },
  hosts: { kind: 'choice', choices: PLACEMENTS, default: 'one' },
  n: { kind: 'number', min: 1000, max: 50_000, default: 5000, integer: true },
} as const;

/** Below this plot width the latency axis labels only powers of ten, so labels do not collide. */
const NARROW_PLOT = 480;

function isPowerOfTen(value: number): boolean {
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

const STATS = [
  { key: 'mean', color: seriesColor(5) },
  { key: 'p50', color: seriesColor(2) },
  { key: 'p99', color: seriesColor(1) },
  { key: 'p999', color: seriesColor(3) },
] as const satisfies readonly { key: StatKey; color: string }[];

/**
 * A latency histogram on a log axis, lognormal or with a slow mode, with the mean and the p50,
 * p99 and p99.9 marked; and the classic aggregation mistake, averaging each host's p99 instead of
 * taking the p99 of all requests. Draws come from `createRng` (src/lib/models/rng.ts), the
 * statistics from `quantile` and `mean` (src/lib/models/statistics.ts).
 */
export default function LatencyDistribution({
  shape,
  medianMs,
  sigma,
  slowFraction,
  slowFactor,
  slowHost,
  samples,
}: {
  /** Initial shape: one lognormal mode, or a mixture with a slow mode. */
  readonly shape?: Shape;
  /** Initial median of the (fast) mode, milliseconds, 1 to 1000. */
  readonly medianMs?: number;
  /** Initial spread σ of ln(latency), 0.1 to 1.5. */
  readonly sigma?: number;
  /** Initial fraction of requests in the slow mode, 0 to 0.1 (mixture only). */
  readonly slowFraction?: number;
  /** Initial ratio of the slow mode's median to the fast one's, 2 to 100 (mixture only). */
  readonly slowFactor?: number;
  /** Where the slow-mode requests land: spread over all hosts, or all on one host. */
  readonly slowHost?: Placement;
  /** Initial number of samples, 1,000 to 50,000. */
  readonly samples?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      shape: { ...PARAMS.shape, default: shape ?? PARAMS.shape.default },
      ms: { ...PARAMS.ms, default: medianMs ?? PARAMS.ms.default },
      sigma: { ...PARAMS.sigma, default: sigma ?? PARAMS.sigma.default },
      slow: { ...PARAMS.slow, default: slowFraction ?? PARAMS.slow.default },
      slowx: { ...PARAMS.slowx, default: slowFactor ?? PARAMS.slowx.default },
      hosts: { ...PARAMS.hosts, default: slowHost ?? PARAMS.hosts.default },
      n: { ...PARAMS.n, default: samples ?? PARAMS.n.default },
    }),
    [shape, medianMs, sigma, slowFraction, slowFactor, slowHost, samples],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('dist', spec);
  const currentShape = asShape(values.shape);
  // Up to 50,000 draws, sorted and binned: computed off the main thread; the last result (and
  // the settings it belongs to) stays on screen meanwhile.
  const { input: deferred, result: sample } = useSimulation('latency', latencySampleJob, values);

  // Everything below the controls follows the deferred sample only: memoized, so the urgent
  // render of a slider change (which moves only the control) does not rebuild both charts
  // and reformat their axes.
  const { title, reading, body } = useMemo(() => {
    const { stats } = sample;
    const fmt = (seconds: number): string => formatSeconds(seconds, locale);
    const statLabels: Record<StatKey, string> = {
      mean: translate(
        { id: 'widgets.dist.legend.mean', message: '平均值 {value}' },
        { value: fmt(stats.mean) },
      ),
      p50: `p50 ${fmt(stats.p50)}`,
      p99: `p99 ${fmt(stats.p99)}`,
      p999: `p99.9 ${fmt(stats.p999)}`,
    };

    const title = translate({
      id: 'widgets.dist.title',
      message: '延迟分布：平均值、百分位数与“把 p99 取平均”的陷阱',
      description: 'Title of the LatencyDistribution widget',
    });
    const hostShare = formatPercent(sample.meanOfHostP99 / stats.p99, locale, 2);
    const reading = translate(
      {
        id: 'widgets.dist.reading',
        message:
          '{n} 个样本中，p50 为 {p50}，平均值 {mean}，p99 为 {p99}（中位数的 {ratio} 倍），p99.9 为 {p999}；把 10 台主机各自的 p99 取平均得到 {avg}，相当于真实 p99 的 {share}。',
        description: 'One-line reading of the latency distribution widget',
      },
      {
        n: formatNumber(deferred.n, locale),
        p50: fmt(stats.p50),
        mean: fmt(stats.mean),
        p99: fmt(stats.p99),
        ratio: formatNumber(stats.p99 / stats.p50, locale),
        p999: fmt(stats.p999),
        avg: fmt(sample.meanOfHostP99),
        share: hostShare,
      },
    );
    const description = translate(
      {
        id: 'widgets.dist.description',
        message:
          '直方图，横轴为延迟（对数坐标，{min} 到 {max}），纵轴为每个区间的请求数（平方根坐标），{n} 个样本；竖线依次标出平均值 {mean}、p50 {p50}、p99 {p99} 和 p99.9 {p999}。',
      },
      {
        min: fmt(sample.min),
        max: fmt(sample.max),
        n: formatNumber(deferred.n, locale),
        mean: fmt(stats.mean),
        p50: fmt(stats.p50),
        p99: fmt(stats.p99),
        p999: fmt(stats.p999),
      },
    );
    const hostsTitle = translate({
      id: 'widgets.dist.hosts.title',
      message: '各主机的 p99 与真实 p99',
    });
    const hostsDescription = translate(
      {
        id: 'widgets.dist.hosts.description',
        message:
          '柱状图：10 台主机按负载从高到低排列，分别承担约 {shares} 的请求，柱高为各自的 p99，从 {lowest} 到 {highest}。它们的平均值为 {avg}，而全部请求的真实 p99 为 {p99}。',
      },
      {
        shares: HOST_SHARES.map((s) => formatPercent(s, locale)).join(', '),
        lowest: fmt(Math.min(...sample.hosts.map((h) => h.p99))),
        highest: fmt(Math.max(...sample.hosts.map((h) => h.p99))),
        avg: fmt(sample.meanOfHostP99),
        p99: fmt(stats.p99),
      },
    );

    const hostBins = sample.hosts.map((h, i): Bin => ({
      x0: i + 1 - 0.4,
      x1: i + 1 + 0.4,
      value: h.p99,
    }));
    const hostsYMax = Math.max(stats.p99, ...sample.hosts.map((h) => h.p99)) * 1.1;
    const maxCount = Math.max(...sample.bins.map((b) => b.value));

    const body = (
      <>
        <ChartFrame title={title} description={description} height={260}>
          {({ innerWidth, innerHeight }) => {
            const x = scaleLog().domain([sample.min, sample.max]).range([0, innerWidth]);
            // A square-root axis, so a slow mode of a few percent is still visible beside the peak.
            const y = scaleSqrt().domain([0, maxCount]).range([innerHeight, 0]).nice();
            return (
              <>
                <AxisLeft
                  scale={y}
                  label={translate({
                    id: 'widgets.dist.axis.count',
                    message: '请求数（平方根坐标）',
                  })}
                  ticks={4}
                  tickFormat={(v) => formatNumber(v, locale)}
                  gridLength={innerWidth}
                />
                <AxisBottom
                  scale={x}
                  offset={innerHeight}
                  label={translate({
                    id: 'widgets.dist.axis.latency',
                    message: '延迟（对数坐标）',
                  })}
                  tickFormat={(v) =>
                    innerWidth >= NARROW_PLOT || isPowerOfTen(v) ? formatSeconds(v, locale, 2) : ''
                  }
                />
                <HistogramBars bins={sample.bins} x={x} y={y} color={seriesColor(0)} />
                {STATS.map((s) => (
                  <ReferenceLine
                    key={s.key}
                    orientation="vertical"
                    at={x(stats[s.key])}
                    length={innerHeight}
                    color={s.color}
                  />
                ))}
              </>
            );
          }}
        </ChartFrame>
        <Legend
          items={STATS.map((s) => ({ label: statLabels[s.key], color: s.color, dashed: true }))}
        />
        <p className={styles.subtitle}>{hostsTitle}</p>
        <ChartFrame title={hostsTitle} description={hostsDescription} height={200}>
          {({ innerWidth, innerHeight }) => {
            const x = scaleLinear()
              .domain([0.5, HOST_SHARES.length + 0.5])
              .range([0, innerWidth]);
            const y = scaleLinear().domain([0, hostsYMax]).range([innerHeight, 0]).nice();
            return (
              <>
                <AxisLeft
                  scale={y}
                  label="p99"
                  ticks={4}
                  tickFormat={(v) => formatSeconds(v, locale, 2)}
                  gridLength={innerWidth}
                />
                <AxisBottom
                  scale={x}
                  offset={innerHeight}
                  label={translate({
                    id: 'widgets.dist.axis.host',
                    message: '主机（按负载从高到低）',
                  })}
                  ticks={HOST_SHARES.length}
                  tickFormat={(v) => formatNumber(v, locale)}
                />
                <HistogramBars bins={hostBins} x={x} y={y} color={seriesColor(4)} />
                <ReferenceLine
                  orientation="horizontal"
                  at={y(stats.p99)}
                  length={innerWidth}
                  color={seriesColor(1)}
                />
                <ReferenceLine
                  orientation="horizontal"
                  at={y(sample.meanOfHostP99)}
                  length={innerWidth}
                  color={seriesColor(5)}
                />
              </>
            );
          }}
        </ChartFrame>
        <Legend
          items={[
            {
              label: translate(
                { id: 'widgets.dist.legend.trueP99', message: '全部请求的真实 p99 {value}' },
                { value: fmt(stats.p99) },
              ),
              color: seriesColor(1),
              dashed: true,
            },
            {
              label: translate(
                { id: 'widgets.dist.legend.meanOfP99', message: '各主机 p99 的平均 {value}' },
                { value: fmt(sample.meanOfHostP99) },
              ),
              color: seriesColor(5),
              dashed: true,
            },
          ]}
        />
        <p className={styles.note}>
          {translate({
            id: 'widgets.dist.note',
            message:
              '百分位数不能取平均：平均值会被少数极慢的请求拉高，却说不出尾部有多长；各主机的 p99 取平均既不看负载权重，也不看慢请求落在哪里。要得到全局 p99，应合并原始样本或可合并的直方图（如 HdrHistogram、t-digest）。',
          })}
        </p>
      </>
    );
    return { title, reading, body };
  }, [sample, deferred.n, locale]);

  return (
    <WidgetFrame
      name="LatencyDistribution"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <ChoiceControl
            label={translate({ id: 'widgets.dist.control.shape', message: '分布形状' })}
            value={currentShape}
            choices={[
              {
                value: 'lognormal',
                label: translate({
                  id: 'widgets.dist.shape.lognormal',
                  message: '对数正态（单峰）',
                }),
              },
              {
                value: 'mixture',
                label: translate({
                  id: 'widgets.dist.shape.mixture',
                  message: '快慢混合（带慢模式的双峰）',
                }),
              },
            ]}
            onChange={(v) => set('shape', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.dist.control.median',
              message: '主峰的中位延迟（毫秒）',
            })}
            value={values.ms}
            spec={spec.ms}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('ms', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.dist.control.sigma',
              message: '离散程度 σ（ln 延迟的标准差）',
            })}
            value={values.sigma}
            spec={spec.sigma}
            step={0.05}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('sigma', v)}
          />
          {currentShape === 'mixture' ? (
            <>
              <NumberControl
                label={translate({
                  id: 'widgets.dist.control.slowFraction',
                  message: '慢请求占比',
                })}
                value={values.slow}
                spec={spec.slow}
                step={0.001}
                format={(v) => formatPercent(v, locale)}
                onChange={(v) => set('slow', v)}
              />
              <NumberControl
                label={translate({
                  id: 'widgets.dist.control.slowFactor',
                  message: '慢模式倍数（相对主峰中位延迟）',
                })}
                value={values.slowx}
                spec={spec.slowx}
                log
                format={(v) => `${formatNumber(v, locale)}×`}
                onChange={(v) => set('slowx', v)}
              />
              <ChoiceControl
                label={translate({
                  id: 'widgets.dist.control.placement',
                  message: '慢请求落在哪些主机',
                })}
                value={asPlacement(values.hosts)}
                choices={[
                  {
                    value: 'spread',
                    label: translate({
                      id: 'widgets.dist.placement.spread',
                      message: '按负载分散到 10 台主机',
                    }),
                  },
                  {
                    value: 'one',
                    label: translate({
                      id: 'widgets.dist.placement.one',
                      message: '全部集中在主机 1（一台故障机）',
                    }),
                  },
                ]}
                onChange={(v) => set('hosts', v)}
              />
            </>
          ) : null}
          <NumberControl
            label={translate({ id: 'widgets.dist.control.samples', message: '样本数' })}
            value={values.n}
            spec={spec.n}
            log
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('n', v)}
          />
        </>
      }
    >
      {body}
    </WidgetFrame>
  );
}
