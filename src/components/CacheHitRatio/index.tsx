import React, { useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { effectiveLatency, type CachePolicy } from '@site/src/lib/models/cache';
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
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import { KEYS, REQUESTS, cacheSimulationJob } from './compute';

const POLICIES = ['lru', 'lfu', 'fifo'] as const;

const PARAMS = {
  s: { kind: 'number', min: 0, max: 1.5, default: 0.9 },
  size: { kind: 'number', min: 0.001, max: 1, default: 0.05 },
  policy: { kind: 'choice', choices: POLICIES, default: 'lru' },
  hitMs: { kind: 'number', min: 0.01, max: 100, default: 0.5 },
  missMs: { kind: 'number', min: 0.1, max: 1000, default: 20 },
} as const;

const SHORT_NAMES: Record<CachePolicy, string> = { lru: 'LRU', lfu: 'LFU', fifo: 'FIFO' };

/**
 * Hit ratio against cache size for Zipf-distributed keys: the LRU curve by Che's approximation,
 * the ideal LFU curve, and a simulated point for the chosen policy, with the effective access
 * latency. All numbers come from src/lib/models/cache.ts.
 */
export default function CacheHitRatio({
  zipfS,
  cacheFraction,
  policy,
  hitLatencyMs,
  missLatencyMs,
}: {
  /** Initial Zipf exponent s, 0 (uniform) to 1.5. */
  readonly zipfS?: number;
  /** Initial cache size as a fraction of the 1,000 keys, 0.001 to 1. */
  readonly cacheFraction?: number;
  /** Initial replacement policy of the simulated cache. */
  readonly policy?: CachePolicy;
  /** Initial latency of a hit, milliseconds. */
  readonly hitLatencyMs?: number;
  /** Initial latency of a miss (backend fetch included), milliseconds. */
  readonly missLatencyMs?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      s: { ...PARAMS.s, default: zipfS ?? PARAMS.s.default },
      size: { ...PARAMS.size, default: cacheFraction ?? PARAMS.size.default },
      policy: { ...PARAMS.policy, default: policy ?? PARAMS.policy.default },
      hitMs: { ...PARAMS.hitMs, default: hitLatencyMs ?? PARAMS.hitMs.default },
      missMs: { ...PARAMS.missMs, default: missLatencyMs ?? PARAMS.missMs.default },
    }),
    [zipfS, cacheFraction, policy, hitLatencyMs, missLatencyMs],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('cache', spec);
  const chosen = values.policy as CachePolicy;

  // The curves and a 15,000-request simulation: computed off the main thread; the last result
  // (and the settings it belongs to) stays on screen meanwhile.
  const job = useMemo(
    () => ({
      policy: chosen,
      capacity: Math.max(1, Math.round(values.size * KEYS)),
      s: values.s,
    }),
    [chosen, values.size, values.s],
  );
  const { input: shown, result: simulated } = useSimulation('cache', cacheSimulationJob, job);
  const { s, capacity, policy: simulatedPolicy } = shown;
  const curves = simulated;
  const theory = { lru: simulated.theoryLru, lfu: simulated.theoryLfu };
  const latency = effectiveLatency(simulated.hitRatio, values.hitMs / 1000, values.missMs / 1000);

  const policyNames: Record<CachePolicy, string> = {
    lru: translate({ id: 'widgets.cache.policy.lru', message: 'LRU（淘汰最久未用的键）' }),
    lfu: translate({ id: 'widgets.cache.policy.lfu', message: 'LFU（淘汰访问最少的键）' }),
    fifo: translate({ id: 'widgets.cache.policy.fifo', message: 'FIFO（淘汰最早进入的键）' }),
  };
  const title = translate({
    id: 'widgets.cache.title',
    message: '缓存命中率：热点越集中，小缓存越管用',
    description: 'Title of the CacheHitRatio widget',
  });
  const reading = translate(
    {
      id: 'widgets.cache.reading',
      message:
        'Zipf 指数 s = {s}、缓存容纳 {fraction} 的键（{capacity} / {keys}）时，{policy} 模拟命中率 {hit}（LRU 的 Che 近似 {che}，理想 LFU {lfu}）；命中 {hitLatency}、未命中 {missLatency}，平均访问延迟 {latency}。',
      description: 'One-line reading of the cache widget',
    },
    {
      s: formatNumber(s, locale),
      fraction: formatPercent(capacity / KEYS, locale),
      capacity: formatNumber(capacity, locale, 6),
      keys: formatNumber(KEYS, locale, 6),
      policy: SHORT_NAMES[simulatedPolicy],
      hit: formatPercent(simulated.hitRatio, locale),
      che: formatPercent(theory.lru, locale),
      lfu: formatPercent(theory.lfu, locale),
      hitLatency: formatSeconds(values.hitMs / 1000, locale),
      missLatency: formatSeconds(values.missMs / 1000, locale),
      latency: formatSeconds(latency, locale),
    },
  );
  const description = translate(
    {
      id: 'widgets.cache.description',
      message:
        '折线图：横轴为缓存大小占 {keys} 个键的比例（对数坐标，0.1 % 到 100 %），纵轴为命中率。实线是 LRU 的 Che 近似，虚线是理想 LFU（始终缓存最热的键），圆点是所选策略模拟 {requests} 次请求的结果。当前：{reading}',
    },
    {
      keys: formatNumber(KEYS, locale, 6),
      requests: formatNumber(REQUESTS, locale, 6),
      reading,
    },
  );

  const fraction = capacity / KEYS;

  // The chart changes only with the deferred results: memoized, so the urgent render of a
  // slider change (which moves only the control) does not rebuild and reformat its axes.
  const chart = useMemo(
    () => (
      <ChartFrame title={title} description={description} height={300}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLog()
            .domain([1 / KEYS, 1])
            .range([0, innerWidth]);
          const y = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({ id: 'widgets.cache.axis.hitRatio', message: '命中率' })}
                ticks={5}
                tickFormat={(v) => formatPercent(v, locale, 2)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({
                  id: 'widgets.cache.axis.size',
                  message: '缓存大小 / 键总数',
                })}
                tickFormat={(v) => formatPercent(v, locale, 2)}
              />
              <ReferenceLine orientation="vertical" at={x(fraction)} length={innerHeight} />
              <LineSeries points={curves.lru} x={x} y={y} color={seriesColor(0)} />
              <LineSeries points={curves.lfu} x={x} y={y} color={seriesColor(2)} dashed />
              <PointMarker
                x={x(fraction)}
                y={y(simulated.hitRatio)}
                color={seriesColor(1)}
                label={`${SHORT_NAMES[simulatedPolicy]} ${formatPercent(simulated.hitRatio, locale)}`}
                anchor={fraction > 0.1 ? 'end' : 'start'}
              />
            </>
          );
        }}
      </ChartFrame>
    ),
    [title, description, curves, fraction, simulated.hitRatio, simulatedPolicy, locale],
  );

  return (
    <WidgetFrame
      name="CacheHitRatio"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.cache.control.s',
              message: 'Zipf 指数 s（0 为均匀）',
            })}
            value={values.s}
            spec={spec.s}
            step={0.05}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('s', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.cache.control.size',
              message: '缓存大小（占键总数的比例）',
            })}
            value={values.size}
            spec={spec.size}
            log
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('size', v)}
          />
          <ChoiceControl
            label={translate({ id: 'widgets.cache.control.policy', message: '模拟的淘汰策略' })}
            value={chosen}
            choices={POLICIES.map((p) => ({ value: p, label: policyNames[p] }))}
            onChange={(v) => set('policy', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.cache.control.hitMs', message: '命中延迟（毫秒）' })}
            value={values.hitMs}
            spec={spec.hitMs}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('hitMs', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.cache.control.missMs',
              message: '未命中延迟（毫秒，含回源）',
            })}
            value={values.missMs}
            spec={spec.missMs}
            log
            format={(v) => formatSeconds(v / 1000, locale)}
            onChange={(v) => set('missMs', v)}
          />
        </>
      }
    >
      {chart}
      <Legend
        items={[
          {
            label: translate({ id: 'widgets.cache.legend.che', message: 'LRU（Che 近似）' }),
            color: seriesColor(0),
          },
          {
            label: translate({ id: 'widgets.cache.legend.lfu', message: '理想 LFU' }),
            color: seriesColor(2),
            dashed: true,
          },
          {
            label: translate(
              { id: 'widgets.cache.legend.simulated', message: '模拟：{policy}' },
              { policy: SHORT_NAMES[simulatedPolicy] },
            ),
            color: seriesColor(1),
          },
        ]}
      />
    </WidgetFrame>
  );
}
