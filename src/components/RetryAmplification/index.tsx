import React, { useDeferredValue, useMemo, type ReactNode } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { retryAmplification } from '@site/src/lib/models/retry';
import { formatNumber, formatPercent } from '@site/src/lib/format';
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
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';

const BUDGET_CHOICES = ['on', 'off'] as const;
type BudgetChoice = (typeof BUDGET_CHOICES)[number];

const PARAMS = {
  depth: { kind: 'number', min: 1, max: 6, default: 3, integer: true },
  attempts: { kind: 'number', min: 1, max: 10, default: 3, integer: true },
  p: { kind: 'number', min: 0, max: 1, default: 0.1 },
  budget: { kind: 'choice', choices: BUDGET_CHOICES, default: 'on' as BudgetChoice },
  ratio: { kind: 'number', min: 0.01, max: 1, default: 0.1 },
} as const;

/** Depths drawn: 1 to the slider's maximum. */
const DEPTHS = Array.from({ length: PARAMS.depth.max }, (_, i) => i + 1);

const CURVES = [
  { key: 'worst', color: 1, dashed: false, budget: false },
  { key: 'expected', color: 1, dashed: true, budget: false },
  { key: 'worstBudget', color: 0, dashed: false, budget: true },
  { key: 'expectedBudget', color: 0, dashed: true, budget: true },
] as const;

type CurveKey = (typeof CURVES)[number]['key'];

const MARGIN: Margin = { top: 12, right: 16, bottom: 44, left: 90 };

/**
 * Retry amplification through a chain of services that each retry their downstream call: the
 * load reaching the deepest layer against the depth of the chain, in the worst case and for
 * independent failures, with and without a retry budget. All numbers come from
 * `retryAmplification` in src/lib/models/retry.ts.
 */
export default function RetryAmplification({
  depth,
  attemptsPerLayer,
  failureProbability,
  budget,
  budgetRatio,
}: {
  /** Initial call depth (layers that each retry), 1 to 6. */
  readonly depth?: number;
  /** Initial tries per call at every layer, including the first, 1 to 10. */
  readonly attemptsPerLayer?: number;
  /** Initial probability that one attempt fails, 0 to 1. */
  readonly failureProbability?: number;
  /** Whether the retry budget starts switched on (default true). */
  readonly budget?: boolean;
  /** Initial retry budget: retries allowed per original call, 0.01 to 1. */
  readonly budgetRatio?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      depth: { ...PARAMS.depth, default: depth ?? PARAMS.depth.default },
      attempts: { ...PARAMS.attempts, default: attemptsPerLayer ?? PARAMS.attempts.default },
      p: { ...PARAMS.p, default: failureProbability ?? PARAMS.p.default },
      budget: {
        ...PARAMS.budget,
        default: budget === false ? 'off' : PARAMS.budget.default,
      },
      ratio: { ...PARAMS.ratio, default: budgetRatio ?? PARAMS.ratio.default },
    }),
    [depth, attemptsPerLayer, failureProbability, budget, budgetRatio],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('retry', spec);
  const budgetOn = values.budget === 'on';

  const deferred = useDeferredValue(values);
  const curves = useMemo(() => {
    const series: Record<CurveKey, Point[]> = {
      worst: [],
      expected: [],
      worstBudget: [],
      expectedBudget: [],
    };
    for (const d of DEPTHS) {
      const result = retryAmplification({
        depth: d,
        attemptsPerLayer: deferred.attempts,
        failureProbability: deferred.p,
        retryBudgetRatio: deferred.ratio,
      });
      series.worst.push({ x: d, y: result.worstCase });
      series.expected.push({ x: d, y: result.loadPerLayer[d - 1] });
      series.worstBudget.push({ x: d, y: result.worstCaseWithBudget });
      series.expectedBudget.push({ x: d, y: result.loadPerLayerWithBudget[d - 1] });
    }
    return series;
  }, [deferred.attempts, deferred.p, deferred.ratio]);

  const current = retryAmplification({
    depth: values.depth,
    attemptsPerLayer: values.attempts,
    failureProbability: values.p,
    retryBudgetRatio: values.ratio,
  });
  const times = (v: number): string => `${formatNumber(v, locale)}×`;
  const numbers = {
    depth: values.depth,
    attempts: values.attempts,
    p: formatPercent(values.p, locale),
    ratio: formatPercent(values.ratio, locale),
    worst: formatNumber(current.worstCase, locale),
    worstBudget: formatNumber(current.worstCaseWithBudget, locale),
    expected: formatNumber(current.loadPerLayer[values.depth - 1], locale),
    expectedBudget: formatNumber(current.loadPerLayerWithBudget[values.depth - 1], locale),
  };

  const title = translate({
    id: 'widgets.retry.title',
    message: '重试放大：每层都重试，最底层被放大多少倍',
    description: 'Title of the RetryAmplification widget',
  });
  const reading = budgetOn
    ? translate(
        {
          id: 'widgets.retry.reading.budget',
          message:
            '{depth} 层调用、每层最多尝试 {attempts} 次：最底层一直失败时它要承受 {worst} 倍的请求，开启 {ratio} 的重试预算后降到 {worstBudget} 倍；每次尝试以 {p} 的概率独立失败时，平均放大 {expected} 倍（有预算时 {expectedBudget} 倍）。',
          description: 'Reading of the retry widget with the retry budget on',
        },
        numbers,
      )
    : translate(
        {
          id: 'widgets.retry.reading.noBudget',
          message:
            '{depth} 层调用、每层最多尝试 {attempts} 次：最底层一直失败时它要承受 {worst} 倍的请求，这就是重试风暴；每次尝试以 {p} 的概率独立失败时，平均放大 {expected} 倍。',
          description: 'Reading of the retry widget with the retry budget off',
        },
        numbers,
      );
  const description = budgetOn
    ? translate(
        {
          id: 'widgets.retry.description.budget',
          message:
            '对数坐标折线图：横轴为调用链深度，1 到 {maxDepth} 层，每层都会重试下游；纵轴为最底层收到的请求数与用户请求数之比。实线为最坏情况（最底层持续失败，每层用尽全部尝试），虚线为尝试独立失败时的期望；无预算与开启重试预算（重试数不超过原始调用的 {ratio}）各有这样一对曲线。当前：{reading}',
        },
        { ratio: formatPercent(values.ratio, locale), maxDepth: DEPTHS.length, reading },
      )
    : translate(
        {
          id: 'widgets.retry.description.noBudget',
          message:
            '对数坐标折线图：横轴为调用链深度，1 到 {maxDepth} 层，每层都会重试下游；纵轴为最底层收到的请求数与用户请求数之比。实线为最坏情况（最底层持续失败，每层用尽全部尝试），虚线为尝试独立失败时的期望；深度每加一层，最坏情况就再乘以每层的尝试次数。当前：{reading}',
        },
        { maxDepth: DEPTHS.length, reading },
      );

  const labels: Record<CurveKey, string> = {
    worst: translate({ id: 'widgets.retry.curve.worst', message: '最坏情况，无预算' }),
    expected: translate({ id: 'widgets.retry.curve.expected', message: '独立失败期望，无预算' }),
    worstBudget: translate({
      id: 'widgets.retry.curve.worstBudget',
      message: '最坏情况，有重试预算',
    }),
    expectedBudget: translate({
      id: 'widgets.retry.curve.expectedBudget',
      message: '独立失败期望，有重试预算',
    }),
  };
  const shown = CURVES.filter((curve) => budgetOn || !curve.budget);
  const yMax = Math.max(10, curves.worst[curves.worst.length - 1].y) * 2;

  return (
    <WidgetFrame
      name="RetryAmplification"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({ id: 'widgets.retry.control.depth', message: '调用链深度（层）' })}
            value={values.depth}
            spec={spec.depth}
            onChange={(v) => set('depth', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.retry.control.attempts',
              message: '每层最多尝试次数（含首次）',
            })}
            value={values.attempts}
            spec={spec.attempts}
            onChange={(v) => set('attempts', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.retry.control.p',
              message: '单次尝试失败概率 p',
            })}
            value={values.p}
            spec={spec.p}
            step={0.01}
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('p', v)}
          />
          <ChoiceControl
            label={translate({
              id: 'widgets.retry.control.budget',
              message: '重试预算（retry budget）',
            })}
            value={values.budget as BudgetChoice}
            choices={[
              {
                value: 'on',
                label: translate({ id: 'widgets.retry.budget.on', message: '开启' }),
              },
              {
                value: 'off',
                label: translate({ id: 'widgets.retry.budget.off', message: '关闭' }),
              },
            ]}
            onChange={(v) => set('budget', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.retry.control.ratio',
              message: '预算比例：重试数 ÷ 原始调用数',
            })}
            value={values.ratio}
            spec={spec.ratio}
            step={0.01}
            format={(v) => formatPercent(v, locale)}
            onChange={(v) => set('ratio', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={300} margin={MARGIN}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([1, DEPTHS.length]).range([0, innerWidth]);
          const y = scaleLog().domain([0.8, yMax]).range([innerHeight, 0]);
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({
                  id: 'widgets.retry.axis.load',
                  message: '最底层负载（倍）',
                })}
                ticks={5}
                tickFormat={times}
                gridLength={innerWidth}
                labelOffset={76}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                ticks={DEPTHS.length - 1}
                label={translate({ id: 'widgets.retry.axis.depth', message: '调用链深度（层）' })}
                tickFormat={(v) => String(v)}
              />
              <ReferenceLine orientation="vertical" at={x(values.depth)} length={innerHeight} />
              {shown.map((curve) => (
                <LineSeries
                  key={curve.key}
                  points={curves[curve.key]}
                  x={x}
                  y={y}
                  color={seriesColor(curve.color)}
                  dashed={curve.dashed}
                />
              ))}
              <PointMarker
                x={x(values.depth)}
                y={y(current.worstCase)}
                color={seriesColor(1)}
                label={times(current.worstCase)}
                anchor={values.depth > DEPTHS.length / 2 ? 'end' : 'start'}
              />
              {budgetOn ? (
                <PointMarker
                  x={x(values.depth)}
                  y={y(current.worstCaseWithBudget)}
                  color={seriesColor(0)}
                  label={times(current.worstCaseWithBudget)}
                  anchor={values.depth > DEPTHS.length / 2 ? 'end' : 'start'}
                />
              ) : null}
            </>
          );
        }}
      </ChartFrame>
      <Legend
        items={shown.map((curve) => ({
          label: labels[curve.key],
          color: seriesColor(curve.color),
          dashed: curve.dashed,
        }))}
      />
    </WidgetFrame>
  );
}
