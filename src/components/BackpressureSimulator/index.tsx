import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { simulateBackpressure, type BackpressurePolicy } from '@site/src/lib/models/backpressure';
import { formatNumber, formatSeconds } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  ReferenceLine,
  seriesColor,
  type Point,
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';

const POLICIES = ['block', 'drop-newest', 'shed-oldest', 'unbounded'] as const;

const PARAMS = {
  burst: { kind: 'number', min: 0, max: 5000, default: 1500 },
  base: { kind: 'number', min: 0, max: 5000, default: 400 },
  len: { kind: 'number', min: 0.5, max: 20, default: 5 },
  mu: { kind: 'number', min: 100, max: 5000, default: 1000 },
  cap: { kind: 'number', min: 20, max: 100_000, default: 1000, integer: true },
  policy: { kind: 'choice', choices: POLICIES, default: 'drop-newest' },
} as const;

/** The burst starts here; the run lasts twice as long as the burst's end, at least MIN_DURATION. */
const BURST_START = 2;
const MIN_DURATION = 15;
const STEP = 0.05;
/** Room on the left for tick labels such as "800 ms" beside the rotated axis title. */
const CHART_MARGIN = { top: 12, right: 16, bottom: 44, left: 80 };
const LABEL_OFFSET = 66;
const BURST_COLOR = 'var(--ifm-color-warning)';

function series(t: readonly number[], values: readonly number[]): Point[] {
  return t.map((time, i) => ({ x: time, y: values[i] }));
}

/**
 * A burst against a bounded queue: queue depth and waiting time over time under four overload
 * policies (block the producer, drop the newest, shed the oldest, no bound). All numbers come
 * from the fluid model `simulateBackpressure` in src/lib/models/backpressure.ts.
 */
export default function BackpressureSimulator({
  burstRate,
  baselineRate,
  burstSeconds,
  serviceRate,
  queueCapacity,
  policy,
}: {
  /** Initial arrival rate during the burst, requests per second, 0 to 5000. */
  readonly burstRate?: number;
  /** Initial arrival rate before and after the burst, requests per second, 0 to 5000. */
  readonly baselineRate?: number;
  /** Initial burst length, seconds, 0.5 to 20. */
  readonly burstSeconds?: number;
  /** Initial service rate of the consumer, requests per second, 100 to 5000. */
  readonly serviceRate?: number;
  /** Initial queue limit, requests, 20 to 100,000 (ignored by `unbounded`). */
  readonly queueCapacity?: number;
  /** Initial overload policy. */
  readonly policy?: BackpressurePolicy;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      burst: { ...PARAMS.burst, default: burstRate ?? PARAMS.burst.default },
      base: { ...PARAMS.base, default: baselineRate ?? PARAMS.base.default },
      len: { ...PARAMS.len, default: burstSeconds ?? PARAMS.len.default },
      mu: { ...PARAMS.mu, default: serviceRate ?? PARAMS.mu.default },
      cap: { ...PARAMS.cap, default: queueCapacity ?? PARAMS.cap.default },
      policy: { ...PARAMS.policy, default: policy ?? PARAMS.policy.default },
    }),
    [burstRate, baselineRate, burstSeconds, serviceRate, queueCapacity, policy],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('bp', spec);
  const chosen = values.policy as BackpressurePolicy;

  const burst = useDeferredValue(values.burst);
  const base = useDeferredValue(values.base);
  const len = useDeferredValue(values.len);
  const mu = useDeferredValue(values.mu);
  const cap = useDeferredValue(values.cap);
  const active = useDeferredValue(chosen);
  const duration = Math.max(MIN_DURATION, 2 * (BURST_START + len));

  const result = useMemo(
    () =>
      simulateBackpressure({
        arrivalRatePerSecond: [
          { fromSeconds: 0, rate: base },
          { fromSeconds: BURST_START, rate: burst },
          { fromSeconds: BURST_START + len, rate: base },
        ],
        serviceRate: mu,
        queueCapacity: cap,
        policy: active,
        durationSeconds: duration,
        stepSeconds: STEP,
      }),
    [base, burst, len, mu, cap, active, duration],
  );
  const lines = useMemo(
    () => ({
      queue: series(result.t, result.queueDepth),
      blocked: series(result.t, result.blockedDepth),
      latency: series(result.t, result.latencySeconds),
    }),
    [result],
  );
  const { totals } = result;
  const maxBlocked = Math.max(...result.blockedDepth);
  const backlog = totals.queued + totals.blocked;
  const bounded = active !== 'unbounded';

  const policyNames: Record<BackpressurePolicy, string> = {
    block: translate({ id: 'widgets.bp.policy.block', message: '阻塞生产者（block）' }),
    'drop-newest': translate({
      id: 'widgets.bp.policy.dropNewest',
      message: '丢弃新请求（drop newest）',
    }),
    'shed-oldest': translate({
      id: 'widgets.bp.policy.shedOldest',
      message: '丢弃最旧请求（shed oldest）',
    }),
    unbounded: translate({ id: 'widgets.bp.policy.unbounded', message: '无界队列（unbounded）' }),
  };
  const shortNames: Record<BackpressurePolicy, string> = {
    block: translate({ id: 'widgets.bp.policyShort.block', message: '阻塞生产者' }),
    'drop-newest': translate({ id: 'widgets.bp.policyShort.dropNewest', message: '丢弃新请求' }),
    'shed-oldest': translate({
      id: 'widgets.bp.policyShort.shedOldest',
      message: '丢弃最旧请求',
    }),
    unbounded: translate({ id: 'widgets.bp.policyShort.unbounded', message: '无界队列' }),
  };

  const title = translate({
    id: 'widgets.bp.title',
    message: '背压与削峰填谷：突发流量撞上有界队列',
    description: 'Title of the BackpressureSimulator widget',
  });
  const setting = bounded
    ? translate(
        {
          id: 'widgets.bp.setting.bounded',
          message: '突发 {burst} 条/秒、持续 {len}，服务速率 {mu} 条/秒、队列上限 {cap} 条',
        },
        {
          burst: formatNumber(burst, locale),
          len: formatSeconds(len, locale),
          mu: formatNumber(mu, locale),
          cap: formatNumber(cap, locale),
        },
      )
    : translate(
        {
          id: 'widgets.bp.setting.unbounded',
          message: '突发 {burst} 条/秒、持续 {len}，服务速率 {mu} 条/秒、队列不设上限',
        },
        {
          burst: formatNumber(burst, locale),
          len: formatSeconds(len, locale),
          mu: formatNumber(mu, locale),
        },
      );
  const outcome =
    active === 'block'
      ? translate(
          {
            id: 'widgets.bp.outcome.block',
            message: '不丢请求，但生产者端最多压住 {blocked} 个',
          },
          { blocked: formatNumber(maxBlocked, locale) },
        )
      : active === 'unbounded'
        ? translate({ id: 'widgets.bp.outcome.unbounded', message: '不丢请求' })
        : translate(
            { id: 'widgets.bp.outcome.dropped', message: '丢弃了 {dropped} 个请求' },
            { dropped: formatNumber(totals.dropped, locale) },
          );
  const tail =
    backlog >= 0.5
      ? translate(
          { id: 'widgets.bp.tail.backlog', message: '；到 {end} 时仍有 {backlog} 个请求积压' },
          { end: formatSeconds(duration, locale), backlog: formatNumber(backlog, locale) },
        )
      : '';
  const reading = translate(
    {
      id: 'widgets.bp.reading',
      message:
        '{setting}时，采用{policy}策略，{outcome}，队列最深 {depth} 条，最长等待 {latency}{tail}。',
      description: 'One-line reading of the backpressure widget',
    },
    {
      setting,
      policy: shortNames[active],
      outcome,
      depth: formatNumber(totals.maxQueueDepth, locale),
      latency: formatSeconds(totals.maxLatencySeconds, locale),
      tail,
    },
  );
  const queueTitle = translate({ id: 'widgets.bp.chart.queue', message: '队列深度随时间的变化' });
  const queueDescription = translate(
    {
      id: 'widgets.bp.description.queue',
      message:
        '折线图：横轴为时间 0 到 {duration}，纵轴为排队的请求数。基线到达率 {base} 条/秒，第 {start} 起突发（阴影区）。{reading}',
    },
    {
      duration: formatSeconds(duration, locale),
      base: formatNumber(base, locale),
      start: formatSeconds(BURST_START, locale),
      reading,
    },
  );
  const latencyTitle = translate({
    id: 'widgets.bp.chart.latency',
    message: '请求在各时刻到达时要等多久',
  });
  const latencyDescription = translate(
    {
      id: 'widgets.bp.description.latency',
      message:
        '折线图：横轴为时间，纵轴为该时刻到达（且未被丢弃）的请求开始被处理前的等待时间，最长 {latency}。',
    },
    { latency: formatSeconds(totals.maxLatencySeconds, locale) },
  );

  const depthMax = Math.max(totals.maxQueueDepth, maxBlocked, 1) * 1.15;
  const latencyMax = Math.max(totals.maxLatencySeconds, 0.01) * 1.15;
  const timeAxisLabel = translate({ id: 'widgets.bp.axis.time', message: '时间' });
  const burstEnd = BURST_START + len;
  const burstLabel = translate({ id: 'widgets.bp.marker.burst', message: '突发' });

  return (
    <WidgetFrame
      name="BackpressureSimulator"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.bp.control.burst',
              message: '突发到达率（条/秒）',
            })}
            value={values.burst}
            spec={spec.burst}
            step={10}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('burst', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.bp.control.base', message: '基线到达率（条/秒）' })}
            value={values.base}
            spec={spec.base}
            step={10}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('base', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.bp.control.len', message: '突发持续时间（秒）' })}
            value={values.len}
            spec={spec.len}
            step={0.5}
            format={(v) => formatSeconds(v, locale)}
            onChange={(v) => set('len', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.bp.control.mu', message: '服务速率 μ（条/秒）' })}
            value={values.mu}
            spec={spec.mu}
            step={10}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('mu', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.bp.control.cap', message: '队列上限 K（条）' })}
            value={values.cap}
            spec={spec.cap}
            log
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('cap', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.bp.control.policy', message: '队列满时的策略' })}
            value={chosen}
            choices={POLICIES.map((p) => ({ value: p, label: policyNames[p] }))}
            onChange={(v) => set('policy', v)}
          />
        </>
      }
    >
      <ChartFrame
        title={queueTitle}
        description={queueDescription}
        height={240}
        margin={CHART_MARGIN}
      >
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([0, duration]).range([0, innerWidth]);
          const y = scaleLinear().domain([0, depthMax]).range([innerHeight, 0]).nice();
          return (
            <>
              <rect
                x={x(BURST_START)}
                width={Math.max(0, x(burstEnd) - x(BURST_START))}
                y={0}
                height={innerHeight}
                fill={BURST_COLOR}
                fillOpacity={0.14}
              />
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.bp.axis.depth', message: '排队请求数' })}
                ticks={4}
                tickFormat={(v) => formatNumber(v, locale)}
                gridLength={innerWidth}
                labelOffset={LABEL_OFFSET}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={timeAxisLabel}
                ticks={Math.max(3, Math.round(innerWidth / 90))}
                tickFormat={(v) => formatSeconds(v, locale)}
              />
              <ReferenceLine
                orientation="vertical"
                at={x(BURST_START)}
                length={innerHeight}
                label={burstLabel}
                color={BURST_COLOR}
              />
              {bounded && cap <= y.domain()[1] ? (
                <ReferenceLine
                  orientation="horizontal"
                  at={y(cap)}
                  length={innerWidth}
                  label={translate({ id: 'widgets.bp.marker.cap', message: '队列上限 K' })}
                />
              ) : null}
              {active === 'block' ? (
                <LineSeries points={lines.blocked} x={x} y={y} color={seriesColor(3)} dashed />
              ) : null}
              <LineSeries points={lines.queue} x={x} y={y} color={seriesColor(0)} />
            </>
          );
        }}
      </ChartFrame>
      <Legend
        items={[
          {
            label: translate({ id: 'widgets.bp.legend.queue', message: '队列中的请求' }),
            color: seriesColor(0),
          },
          ...(active === 'block'
            ? [
                {
                  label: translate({
                    id: 'widgets.bp.legend.blocked',
                    message: '被压在生产者端的请求',
                  }),
                  color: seriesColor(3),
                  dashed: true,
                },
              ]
            : []),
        ]}
      />
      <ChartFrame
        title={latencyTitle}
        description={latencyDescription}
        height={200}
        margin={CHART_MARGIN}
      >
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([0, duration]).range([0, innerWidth]);
          const y = scaleLinear().domain([0, latencyMax]).range([innerHeight, 0]).nice();
          return (
            <>
              <rect
                x={x(BURST_START)}
                width={Math.max(0, x(burstEnd) - x(BURST_START))}
                y={0}
                height={innerHeight}
                fill={BURST_COLOR}
                fillOpacity={0.14}
              />
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.bp.axis.latency', message: '等待时间' })}
                ticks={4}
                tickFormat={(v) => formatSeconds(v, locale, 2)}
                gridLength={innerWidth}
                labelOffset={LABEL_OFFSET}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={timeAxisLabel}
                ticks={Math.max(3, Math.round(innerWidth / 90))}
                tickFormat={(v) => formatSeconds(v, locale)}
              />
              <LineSeries points={lines.latency} x={x} y={y} color={seriesColor(1)} />
            </>
          );
        }}
      </ChartFrame>
    </WidgetFrame>
  );
}
