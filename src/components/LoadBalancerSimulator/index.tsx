import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  simulateLoadBalancer,
  type LoadBalancerPolicy,
  type LoadBalancerResult,
} from '@site/src/lib/models/load-balancer';
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
import styles from './styles.module.css';

const POLICIES = ['random', 'round-robin', 'least-connections', 'power-of-two'] as const;

const PARAMS = {
  rho: { kind: 'number', min: 0.1, max: 0.98, default: 0.8 },
  k: { kind: 'number', min: 2, max: 32, default: 8, integer: true },
  slow: { kind: 'number', min: 1, max: 10, default: 1 },
  policy: { kind: 'choice', choices: POLICIES, default: 'power-of-two' },
} as const;

/** Mean service time of a fast server; the slow half takes `slow` times as long. */
const FAST_SERVICE_SECONDS = 0.01;
/** Measured requests per policy: four runs stay near 16k requests, a few milliseconds. */
const REQUESTS = 4000;
const SEED = 7;
/** Half-width of a bar, in policy (or server) index units. */
const BAR = 0.36;

/** A category label on at most two lines, split at its first space, so it fits a phone. */
function categoryLines(label: string): string[] {
  const space = label.indexOf(' ');
  return space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
}

interface Run {
  readonly policy: LoadBalancerPolicy;
  readonly result: LoadBalancerResult;
}

/**
 * Four dispatch policies (random, round robin, least connections, power of two choices) in
 * front of the same servers, half of them optionally slower: p50 and p99 response time per
 * policy, and how the chosen policy spreads requests over the servers. All numbers come from
 * `simulateLoadBalancer` in src/lib/models/load-balancer.ts.
 */
export default function LoadBalancerSimulator({
  utilization,
  servers,
  slowdown,
  policy,
}: {
  /** Initial total utilization, 0.1 to 0.98. */
  readonly utilization?: number;
  /** Initial number of servers, 2 to 32. */
  readonly servers?: number;
  /** Initial slowdown of the slow half of the servers, 1 (all alike) to 10. */
  readonly slowdown?: number;
  /** Initially highlighted policy. */
  readonly policy?: LoadBalancerPolicy;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      rho: { ...PARAMS.rho, default: utilization ?? PARAMS.rho.default },
      k: { ...PARAMS.k, default: servers ?? PARAMS.k.default },
      slow: { ...PARAMS.slow, default: slowdown ?? PARAMS.slow.default },
      policy: { ...PARAMS.policy, default: policy ?? PARAMS.policy.default },
    }),
    [utilization, servers, slowdown, policy],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('lb', spec);
  const chosen = values.policy as LoadBalancerPolicy;

  const deferredRho = useDeferredValue(values.rho);
  const deferredK = useDeferredValue(values.k);
  const deferredSlow = useDeferredValue(values.slow);
  // The slow half; with a slowdown of 1 every server is alike and none is drawn as slow.
  const slowCount = deferredSlow > 1 ? Math.floor(deferredK / 2) : 0;
  const serverRates = useMemo(
    () =>
      Array.from({ length: deferredK }, (_, i) =>
        i < deferredK - slowCount
          ? 1 / FAST_SERVICE_SECONDS
          : 1 / (FAST_SERVICE_SECONDS * deferredSlow),
      ),
    [deferredK, deferredSlow, slowCount],
  );
  const runs: Run[] = useMemo(() => {
    const arrivalRate = deferredRho * serverRates.reduce((a, b) => a + b, 0);
    return POLICIES.map((p) => ({
      policy: p,
      result: simulateLoadBalancer({
        policy: p,
        serverRates,
        arrivalRate,
        requests: REQUESTS,
        seed: SEED,
      }),
    }));
  }, [deferredRho, serverRates]);
  // Everything but the controls follows the deferred runs and the chosen policy: memoized, so
  // the urgent render of a slider change (which moves only the control) does not rebuild both
  // charts and reformat their axes.
  const { title, reading, policyNames, body } = useMemo(() => {
    const current = runs[POLICIES.indexOf(chosen)].result;
    const best = runs.reduce((a, b) => (b.result.p99 < a.result.p99 ? b : a));
    const worst = runs.reduce((a, b) => (b.result.p99 > a.result.p99 ? b : a));

    const policyNames: Record<LoadBalancerPolicy, string> = {
      random: translate({ id: 'widgets.lb.policy.random', message: '随机（random）' }),
      'round-robin': translate({
        id: 'widgets.lb.policy.roundRobin',
        message: '轮询（round robin）',
      }),
      'least-connections': translate({
        id: 'widgets.lb.policy.leastConnections',
        message: '最少连接（least connections）',
      }),
      'power-of-two': translate({
        id: 'widgets.lb.policy.powerOfTwo',
        message: '二选一（power of two）',
      }),
    };
    /** Names inside a sentence (the reading, the descriptions). */
    const inlineNames: Record<LoadBalancerPolicy, string> = {
      random: translate({ id: 'widgets.lb.policyInline.random', message: '随机' }),
      'round-robin': translate({ id: 'widgets.lb.policyInline.roundRobin', message: '轮询' }),
      'least-connections': translate({
        id: 'widgets.lb.policyInline.leastConnections',
        message: '最少连接',
      }),
      'power-of-two': translate({ id: 'widgets.lb.policyInline.powerOfTwo', message: '二选一' }),
    };
    /** Names under the bars, short enough for a phone. */
    const shortNames: Record<LoadBalancerPolicy, string> = {
      random: translate({ id: 'widgets.lb.policyShort.random', message: '随机' }),
      'round-robin': translate({ id: 'widgets.lb.policyShort.roundRobin', message: '轮询' }),
      'least-connections': translate({
        id: 'widgets.lb.policyShort.leastConnections',
        message: '最少连接',
      }),
      'power-of-two': translate({ id: 'widgets.lb.policyShort.powerOfTwo', message: '二选一' }),
    };

    const separator = locale === 'en' ? ', ' : '、';
    const title = translate({
      id: 'widgets.lb.title',
      message: '负载均衡策略：同一批请求，尾延迟差几倍',
      description: 'Title of the LoadBalancerSimulator widget',
    });
    const fleet =
      slowCount > 0
        ? translate(
            {
              id: 'widgets.lb.fleet.mixed',
              message: '{servers} 台服务器（其中 {slow} 台慢 {factor} 倍）',
            },
            {
              servers: deferredK,
              slow: slowCount,
              factor: formatNumber(deferredSlow, locale),
            },
          )
        : translate(
            { id: 'widgets.lb.fleet.uniform', message: '{servers} 台同速服务器' },
            { servers: deferredK },
          );
    const reading = translate(
      {
        id: 'widgets.lb.reading',
        message:
          '总利用率 {rho}、{fleet}时，{policy}的 p50 为 {p50}、p99 为 {p99}；四种策略中 p99 最低的是{best}（{bestP99}），最高的是{worst}（{worstP99}）。',
        description: 'One-line reading of the load balancer widget',
      },
      {
        rho: formatPercent(deferredRho, locale),
        fleet,
        policy: inlineNames[chosen],
        p50: formatSeconds(current.p50, locale),
        p99: formatSeconds(current.p99, locale),
        best: inlineNames[best.policy],
        bestP99: formatSeconds(best.result.p99, locale),
        worst: inlineNames[worst.policy],
        worstP99: formatSeconds(worst.result.p99, locale),
      },
    );
    const latencyTitle = translate({
      id: 'widgets.lb.chart.latency',
      message: '各策略的 p50 与 p99 响应时间',
    });
    const latencyDescription = translate(
      {
        id: 'widgets.lb.description.latency',
        message:
          '分组柱状图（对数纵轴）：横轴为四种负载均衡策略，每组两根柱子分别是 p50 和 p99 响应时间，每种策略模拟 {requests} 个请求，快服务器平均服务时间 {service}。{values}',
      },
      {
        requests: formatNumber(REQUESTS, locale, 6),
        service: formatSeconds(FAST_SERVICE_SECONDS, locale),
        values: runs
          .map((run) =>
            translate(
              {
                id: 'widgets.lb.description.policyValues',
                message: '{policy}：p50 {p50}，p99 {p99}。',
              },
              {
                policy: inlineNames[run.policy],
                p50: formatSeconds(run.result.p50, locale),
                p99: formatSeconds(run.result.p99, locale),
              },
            ),
          )
          .join(locale === 'en' ? ' ' : ''),
      },
    );
    const shareTitle = translate(
      { id: 'widgets.lb.chart.share', message: '采用{policy}时各服务器分到的请求比例' },
      { policy: inlineNames[chosen] },
    );
    const shareDescription = translate(
      {
        id: 'widgets.lb.description.share',
        message:
          '柱状图：横轴为服务器编号，纵轴为该服务器分到的请求比例，虚线为平均分配的 {even}。采用{policy}时，各服务器的份额依次为 {shares}。',
      },
      {
        even: formatPercent(1 / deferredK, locale),
        policy: inlineNames[chosen],
        shares: current.shares.map((share) => formatPercent(share, locale)).join(separator),
      },
    );

    const allLatencies = runs.flatMap((run) => [run.result.p50, run.result.p99]);
    const yMin = Math.min(...allLatencies, FAST_SERVICE_SECONDS) * 0.5;
    const yMax = Math.max(...allLatencies) * 1.6;
    const latencyBins = (key: 'p50' | 'p99'): Bin[] =>
      runs.map((run, i) => ({
        x0: key === 'p50' ? i - BAR : i + 0.02,
        x1: key === 'p50' ? i - 0.02 : i + BAR,
        value: run.result[key],
      }));
    // Servers are numbered from 1 on the axis: server i is drawn at i + 1.
    const shareBins = (fast: boolean): Bin[] =>
      current.shares.flatMap((share, i) =>
        i < deferredK - slowCount === fast
          ? [{ x0: i + 1 - BAR, x1: i + 1 + BAR, value: share }]
          : [],
      );
    const shareMax = Math.max(...current.shares, 1 / deferredK) * 1.15;
    const serverTicks = Math.min(deferredK, 8);

    const body = (
      <>
        <ChartFrame title={latencyTitle} description={latencyDescription} height={280}>
          {({ innerWidth, innerHeight }) => {
            const x = scaleLinear()
              .domain([-0.5, POLICIES.length - 0.5])
              .range([0, innerWidth]);
            const y = scaleLog().domain([yMin, yMax]).range([innerHeight, 0]).clamp(true);
            const index = POLICIES.indexOf(chosen);
            return (
              <>
                <rect
                  x={x(index - 0.5) + 2}
                  width={Math.max(0, x(index + 0.5) - x(index - 0.5) - 4)}
                  y={0}
                  height={innerHeight}
                  fill="var(--ifm-color-primary)"
                  fillOpacity={0.1}
                />
                <AxisLeft
                  scale={y}
                  label={translate({ id: 'widgets.lb.axis.latency', message: '响应时间' })}
                  ticks={4}
                  tickFormat={(v) => formatSeconds(v, locale, 2)}
                  gridLength={innerWidth}
                />
                <AxisBottom
                  scale={x}
                  offset={innerHeight}
                  label=""
                  ticks={POLICIES.length}
                  tickFormat={() => ''}
                />
                <g aria-hidden="true">
                  {POLICIES.map((p, i) => (
                    <text
                      key={p}
                      className={p === chosen ? styles.chosen : styles.category}
                      x={x(i)}
                      y={innerHeight + 17}
                      textAnchor="middle"
                    >
                      {categoryLines(shortNames[p]).map((line, j) => (
                        <tspan key={line} x={x(i)} dy={j === 0 ? 0 : '1.2em'}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  ))}
                </g>
                <HistogramBars bins={latencyBins('p50')} x={x} y={y} color={seriesColor(0)} />
                <HistogramBars bins={latencyBins('p99')} x={x} y={y} color={seriesColor(1)} />
              </>
            );
          }}
        </ChartFrame>
        <Legend
          items={[
            { label: 'p50', color: seriesColor(0) },
            { label: 'p99', color: seriesColor(1) },
          ]}
        />
        <ChartFrame title={shareTitle} description={shareDescription} height={190}>
          {({ innerWidth, innerHeight }) => {
            const x = scaleLinear()
              .domain([0.5, deferredK + 0.5])
              .range([0, innerWidth]);
            const y = scaleLinear().domain([0, shareMax]).range([innerHeight, 0]).nice();
            return (
              <>
                <AxisLeft
                  scale={y}
                  label={translate({ id: 'widgets.lb.axis.share', message: '请求份额' })}
                  ticks={3}
                  tickFormat={(v) => formatPercent(v, locale, 2)}
                  gridLength={innerWidth}
                />
                <AxisBottom
                  scale={x}
                  offset={innerHeight}
                  label={translate({ id: 'widgets.lb.axis.server', message: '服务器编号' })}
                  ticks={serverTicks}
                  tickFormat={(v) => (Number.isInteger(v) ? formatNumber(v, locale) : '')}
                />
                <HistogramBars bins={shareBins(true)} x={x} y={y} color={seriesColor(0)} />
                <HistogramBars bins={shareBins(false)} x={x} y={y} color={seriesColor(3)} />
                <ReferenceLine
                  orientation="horizontal"
                  at={y(1 / deferredK)}
                  length={innerWidth}
                  label={translate({ id: 'widgets.lb.marker.even', message: '平均分配' })}
                />
              </>
            );
          }}
        </ChartFrame>
        <Legend
          items={[
            {
              label: translate({ id: 'widgets.lb.legend.fast', message: '快服务器' }),
              color: seriesColor(0),
            },
            ...(slowCount > 0
              ? [
                  {
                    label: translate(
                      { id: 'widgets.lb.legend.slow', message: '慢服务器（慢 {factor} 倍）' },
                      { factor: formatNumber(deferredSlow, locale) },
                    ),
                    color: seriesColor(3),
                  },
                ]
              : []),
          ]}
        />
      </>
    );
    return { title, reading, policyNames, body };
  }, [runs, chosen, deferredRho, deferredK, slowCount, deferredSlow, locale]);

  return (
    <WidgetFrame
      name="LoadBalancerSimulator"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.lb.control.rho', message: '总利用率 ρ' })}
            value={values.rho}
            spec={spec.rho}
            step={0.01}
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('rho', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.lb.control.servers', message: '服务器数' })}
            value={values.k}
            spec={spec.k}
            onChange={(v) => set('k', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.lb.control.slowdown',
              message: '一半服务器慢几倍（1 为同速）',
            })}
            value={values.slow}
            spec={spec.slow}
            step={0.5}
            format={(v) => `${formatNumber(v, locale)}×`}
            onChange={(v) => set('slow', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.lb.control.policy', message: '突出显示的策略' })}
            value={chosen}
            choices={POLICIES.map((p) => ({ value: p, label: policyNames[p] }))}
            onChange={(v) => set('policy', v)}
          />
        </>
      }
    >
      {body}
    </WidgetFrame>
  );
}
