import React, { useMemo, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { LoadBalancerPolicy } from '@site/src/lib/models/load-balancer';
import { formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import { BarChart, Legend, seriesColor } from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import { FAST_SERVICE_SECONDS, POLICIES, REQUESTS, loadBalancerJob, slowServers } from './compute';

const PARAMS = {
  rho: { kind: 'number', min: 0.1, max: 0.98, default: 0.8 },
  k: { kind: 'number', min: 2, max: 32, default: 8, integer: true },
  slow: { kind: 'number', min: 1, max: 10, default: 1 },
  policy: { kind: 'choice', choices: POLICIES, default: 'power-of-two' },
} as const;

/** A category label on at most two lines, split at its first space, so it fits a phone. */
function categoryLines(label: string): string[] {
  const space = label.indexOf(' ');
  return space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
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

  // Four simulations of 4,000 requests: computed off the main thread; the last result (and the
  // fleet it belongs to) stays on screen meanwhile.
  const fleet = useMemo(() => ({ rho: values.rho, k: values.k, slow: values.slow }), [values]);
  const { input: shownFleet, result: runs } = useSimulation('lb', loadBalancerJob, fleet);
  const { rho: deferredRho, k: deferredK, slow: deferredSlow } = shownFleet;
  const slowCount = slowServers(shownFleet);
  // Everything but the controls follows the deferred runs and the chosen policy: memoized, so
  // the urgent render of a slider change (which moves only the control) does not rebuild both
  // charts and reformat their axes.
  const { title, reading, policyNames, body } = useMemo(() => {
    const current = runs[POLICIES.indexOf(chosen)];
    const best = runs.reduce((a, b) => (b.p99 < a.p99 ? b : a));
    const worst = runs.reduce((a, b) => (b.p99 > a.p99 ? b : a));

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
        bestP99: formatSeconds(best.p99, locale),
        worst: inlineNames[worst.policy],
        worstP99: formatSeconds(worst.p99, locale),
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
                p50: formatSeconds(run.p50, locale),
                p99: formatSeconds(run.p99, locale),
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

    const allLatencies = runs.flatMap((run) => [run.p50, run.p99]);
    const yMin = Math.min(...allLatencies, FAST_SERVICE_SECONDS) * 0.5;
    const yMax = Math.max(...allLatencies) * 1.6;
    const shareMax = Math.max(...current.shares, 1 / deferredK) * 1.15;
    const latencyFormat = (v: number): string => formatSeconds(v, locale, 2);

    const body = (
      <>
        <BarChart
          title={latencyTitle}
          description={latencyDescription}
          height={280}
          categories={POLICIES.length}
          categoryLabel={(i) => categoryLines(shortNames[POLICIES[i]])}
          highlight={POLICIES.indexOf(chosen)}
          series={[
            { values: runs.map((run) => run.p50), color: seriesColor(0) },
            { values: runs.map((run) => run.p99), color: seriesColor(1) },
          ]}
          y={{
            type: 'log',
            domain: [yMin, yMax],
            label: translate({ id: 'widgets.lb.axis.latency', message: '响应时间' }),
            format: latencyFormat,
          }}
        />
        <Legend
          items={[
            { label: 'p50', color: seriesColor(0) },
            { label: 'p99', color: seriesColor(1) },
          ]}
        />
        <BarChart
          title={shareTitle}
          description={shareDescription}
          height={190}
          categories={deferredK}
          xLabel={translate({ id: 'widgets.lb.axis.server', message: '服务器编号' })}
          series={[
            {
              values: current.shares,
              color: (i) => (i < deferredK - slowCount ? seriesColor(0) : seriesColor(3)),
            },
          ]}
          y={{
            domain: [0, shareMax],
            label: translate({ id: 'widgets.lb.axis.share', message: '请求份额' }),
            ticks: 3,
            format: (v) => formatPercent(v, locale, 2),
          }}
          reference={{
            value: 1 / deferredK,
            label: translate({ id: 'widgets.lb.marker.even', message: '平均分配' }),
          }}
        />
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
