import React, { useMemo, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { hashModMoved } from '@site/src/lib/models/consistent-hash';
import { formatNumber, formatPercent } from '@site/src/lib/format';
import { BarChart, ChartFrame, Legend, gridColor } from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import { useSimulation } from '@site/src/components/simulation/useSimulation';
import { KEYS, RING_RADIUS, consistentHashJob } from './compute';
import styles from './styles.module.css';

const PARAMS = {
  nodes: { kind: 'number', min: 2, max: 16, default: 5, integer: true },
  vnodes: { kind: 'number', min: 1, max: 200, default: 10, integer: true },
} as const;

const RING_MARGIN = { top: 8, right: 8, bottom: 8, left: 8 };

/**
 * A colour per node. Up to 16 nodes must stay distinguishable on the ring, more than the six
 * series colours, so the hues are spread evenly around the colour wheel and neighbouring nodes
 * alternate in lightness; both lightness levels read on the light and the dark theme.
 */
function nodeColor(node: number, count: number): string {
  const hue = Math.round((node * 360) / count + 210) % 360;
  return `hsl(${hue} 70% ${node % 2 === 0 ? 48 : 62}%)`;
}

/**
 * A consistent-hash ring with virtual nodes: where each node's points fall, the share of keys
 * each node receives against the mean, and how many keys move when a node joins compared with
 * rehashing by mod N. All numbers come from src/lib/models/consistent-hash.ts.
 */
export default function ConsistentHashRing({
  nodes,
  virtualNodes,
}: {
  /** Initial number of nodes, 2 to 16. */
  readonly nodes?: number;
  /** Initial virtual nodes (ring points) per node, 1 to 200. */
  readonly virtualNodes?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      nodes: { ...PARAMS.nodes, default: nodes ?? PARAMS.nodes.default },
      vnodes: { ...PARAMS.vnodes, default: virtualNodes ?? PARAMS.vnodes.default },
    }),
    [nodes, virtualNodes],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('ring', spec);
  // Up to 3,200 ring points and 10,000 keys: computed off the main thread; the last result (and
  // the settings it belongs to) stays on screen meanwhile.
  const { input: shown, result: load } = useSimulation('ring', consistentHashJob, values);
  const n = shown.nodes;
  const v = shown.vnodes;
  const modMoved = hashModMoved(n);
  const mean = 1 / n;

  const nodeName = (node: number): string =>
    translate({ id: 'widgets.ring.node', message: '节点 {id}' }, { id: node + 1 });
  const title = translate({
    id: 'widgets.ring.title',
    message: '一致性哈希环：虚拟节点越多，负载越均匀',
    description: 'Title of the ConsistentHashRing widget',
  });
  const reading = translate(
    {
      id: 'widgets.ring.reading',
      message:
        '{nodes} 个节点、每个节点 {v} 个虚拟节点时，最忙的节点承担平均负载的 {max} 倍（变异系数 {cv}）；新增第 {next} 个节点只迁移 {moved} 的键，哈希取模（hash mod N）则要迁移 {mod}。',
      description: 'One-line reading of the consistent hashing widget',
    },
    {
      nodes: n,
      v,
      max: formatNumber(load.maxOverMean, locale),
      cv: formatPercent(load.stdDevOverMean, locale),
      next: n + 1,
      moved: formatPercent(load.movedOnJoin, locale),
      mod: formatPercent(modMoved, locale),
    },
  );
  const separator = locale === 'en' ? ', ' : '、';
  const ringTitle = translate({
    id: 'widgets.ring.chart.ring',
    message: '哈希环上各节点的位置与负责的区间',
  });
  const ringDescription = translate(
    {
      id: 'widgets.ring.description.ring',
      message:
        '环形图：{nodes} 个节点各在 32 位哈希环上放 {v} 个虚拟节点，共 {points} 个点。每段圆弧顺时针归属下一个点所在的节点，颜色区分节点。各节点负责的环区间依次占 {arcs}。',
    },
    {
      nodes: n,
      v,
      points: formatNumber(load.pointCount, locale, 6),
      arcs: load.arcShares.map((share) => formatPercent(share, locale)).join(separator),
    },
  );
  const loadTitle = translate({
    id: 'widgets.ring.chart.load',
    message: '各节点分到的键占比',
  });
  const loadDescription = translate(
    {
      id: 'widgets.ring.description.load',
      message:
        '柱状图：横轴为节点编号，纵轴为该节点分到的键占比（共 {keys} 个键），虚线为平均值 {mean}。各节点依次为 {shares}。',
    },
    {
      keys: formatNumber(KEYS, locale, 6),
      mean: formatPercent(mean, locale),
      shares: load.shares.map((share) => formatPercent(share, locale)).join(separator),
    },
  );
  const shareMax = Math.max(...load.shares, mean) * 1.15;

  // The charts change only with the simulation's result: memoized, so the urgent render of a
  // slider change (which moves only the control) does not redraw up to 3,200 arcs.
  const charts = useMemo(
    () => (
      <>
        <div className={styles.charts}>
          <div className={styles.chart}>
            <ChartFrame
              title={ringTitle}
              description={ringDescription}
              height={280}
              margin={RING_MARGIN}
            >
              {({ innerWidth, innerHeight }) => {
                const radius = Math.max(10, Math.min(innerWidth, innerHeight) / 2 - 6);
                // The worker drew each node's arcs at RING_RADIUS; scaled here to the chart.
                return (
                  <g transform={`translate(${innerWidth / 2},${innerHeight / 2})`}>
                    <circle r={radius * 0.7} fill="none" stroke={gridColor} strokeWidth={2} />
                    <g transform={`scale(${radius / RING_RADIUS})`}>
                      {load.paths.map((d, owner) => (
                        <path key={owner} d={d} fill={nodeColor(owner, n)} fillOpacity={0.6} />
                      ))}
                    </g>
                    {load.dots.map((dot) => {
                      const angle = dot.at * 2 * Math.PI;
                      return (
                        <circle
                          key={`${dot.at}-${dot.owner}`}
                          cx={radius * 0.7 * Math.sin(angle)}
                          cy={-radius * 0.7 * Math.cos(angle)}
                          r={3}
                          fill={nodeColor(dot.owner, n)}
                        />
                      );
                    })}
                  </g>
                );
              }}
            </ChartFrame>
          </div>
          <div className={styles.chart}>
            <BarChart
              title={loadTitle}
              description={loadDescription}
              height={280}
              categories={n}
              xLabel={translate({ id: 'widgets.ring.axis.node', message: '节点' })}
              series={[{ values: load.shares, color: (node) => nodeColor(node, n) }]}
              y={{
                domain: [0, shareMax],
                label: translate({ id: 'widgets.ring.axis.share', message: '键占比' }),
                format: (value) => formatPercent(value, locale, 2),
              }}
              reference={{
                value: mean,
                label: translate(
                  { id: 'widgets.ring.marker.mean', message: '平均 {mean}' },
                  { mean: formatPercent(mean, locale) },
                ),
              }}
            />
          </div>
        </div>
        <Legend
          items={Array.from({ length: n }, (_, node) => ({
            label: nodeName(node),
            color: nodeColor(node, n),
          }))}
          reserve={PARAMS.nodes.max}
        />
      </>
    ),
    [load, n, locale, ringTitle, ringDescription, loadTitle, loadDescription, shareMax, mean],
  );

  return (
    <WidgetFrame
      name="ConsistentHashRing"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.ring.control.nodes', message: '节点数 N' })}
            value={values.nodes}
            spec={spec.nodes}
            onChange={(value) => set('nodes', value)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.ring.control.vnodes',
              message: '每个节点的虚拟节点数 V',
            })}
            value={values.vnodes}
            spec={spec.vnodes}
            onChange={(value) => set('vnodes', value)}
          />
        </>
      }
    >
      {charts}
    </WidgetFrame>
  );
}
