import React, { useMemo, type ReactNode } from 'react';
import { scaleLog } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { littlesLaw, type LittlesLawResult } from '@site/src/lib/models/littles-law';
import { formatNumber, formatSeconds, formatSi } from '@site/src/lib/format';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  LineSeries,
  PointMarker,
  seriesColor,
  type Point,
} from '@site/src/components/charts';
import {
  ChoiceControl,
  NumberControl,
  WidgetFrame,
  useWidgetParams,
} from '@site/src/components/controls';

const SOLVE_FOR = ['concurrency', 'rate', 'time'] as const;

type SolveFor = (typeof SOLVE_FOR)[number];

const PARAMS = {
  solve: { kind: 'choice', choices: SOLVE_FOR, default: 'concurrency' },
  rate: { kind: 'number', min: 0.1, max: 1e6, default: 1000 },
  ms: { kind: 'number', min: 0.1, max: 100_000, default: 50 },
  conc: { kind: 'number', min: 0.1, max: 1e6, default: 50 },
} as const;

const GRID_POINTS = 61;

/** `count` values evenly spaced on a log scale from `min` to `max`, for a smooth curve. */
function logGrid(min: number, max: number, count: number): number[] {
  const position = scaleLog()
    .domain([min, max])
    .range([0, count - 1]);
  return Array.from({ length: count }, (_, i) => position.invert(i));
}

function asSolveFor(value: string): SolveFor {
  return SOLVE_FOR.find((s) => s === value) ?? 'concurrency';
}

/** The solved quantity of `result` (the chart's y). */
function unknownOf(solveFor: SolveFor, result: LittlesLawResult): number {
  if (solveFor === 'concurrency') return result.concurrency;
  if (solveFor === 'rate') return result.arrivalRate;
  return result.responseTime;
}

/** The known quantity the chart puts across: the arrival rate when solving for time, else W. */
function acrossOf(solveFor: SolveFor, result: LittlesLawResult): number {
  return solveFor === 'time' ? result.arrivalRate : result.responseTime;
}

/** Little's law with the two known quantities; the third is solved by `littlesLaw`. */
function solve(
  solveFor: SolveFor,
  arrivalRate: number,
  responseTime: number,
  concurrency: number,
): LittlesLawResult {
  if (solveFor === 'concurrency') return littlesLaw({ arrivalRate, responseTime });
  if (solveFor === 'rate') return littlesLaw({ responseTime, concurrency });
  return littlesLaw({ arrivalRate, concurrency });
}

/**
 * Little's law, L = λW, as a calculator: pick the unknown among arrival rate, mean response time
 * and concurrency, set the other two. The chart shows the unknown against one of the knowns with
 * the other held fixed. All numbers come from `littlesLaw` in src/lib/models/littles-law.ts.
 */
export default function LittlesLawCalculator({
  solveFor,
  arrivalRate,
  responseTimeMs,
  concurrency,
}: {
  /** The quantity to solve for: concurrency L, arrival rate λ or mean response time W. */
  readonly solveFor?: SolveFor;
  /** Initial arrival rate λ, requests per second, 0.1 to 1,000,000. */
  readonly arrivalRate?: number;
  /** Initial mean response time W, milliseconds, 0.1 to 100,000. */
  readonly responseTimeMs?: number;
  /** Initial concurrency L (mean requests in the system), 0.1 to 1,000,000. */
  readonly concurrency?: number;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      solve: { ...PARAMS.solve, default: solveFor ?? PARAMS.solve.default },
      rate: { ...PARAMS.rate, default: arrivalRate ?? PARAMS.rate.default },
      ms: { ...PARAMS.ms, default: responseTimeMs ?? PARAMS.ms.default },
      conc: { ...PARAMS.conc, default: concurrency ?? PARAMS.conc.default },
    }),
    [solveFor, arrivalRate, responseTimeMs, concurrency],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('little', spec);
  const mode = asSolveFor(values.solve);
  const responseSeconds = values.ms / 1000;
  const result = solve(mode, values.rate, responseSeconds, values.conc);

  // The unknown against one known, the other known held at its current value.
  const curve = useMemo(() => {
    const unknown = asSolveFor(values.solve);
    const byRate = unknown === 'time';
    const range = byRate ? PARAMS.rate : PARAMS.ms;
    return logGrid(range.min, range.max, GRID_POINTS).map((v): Point => {
      const r = byRate
        ? solve(unknown, v, responseSeconds, values.conc)
        : solve(unknown, values.rate, v / 1000, values.conc);
      return { x: acrossOf(unknown, r), y: unknownOf(unknown, r) };
    });
  }, [values.solve, responseSeconds, values.rate, values.conc]);

  const rateText = formatNumber(result.arrivalRate, locale);
  const timeText = formatSeconds(result.responseTime, locale);
  const concurrencyText = formatNumber(result.concurrency, locale);

  const title = translate({
    id: 'widgets.little.title',
    message: '利特尔法则（Little’s law）计算器：L = λW',
    description: 'Title of the LittlesLawCalculator widget',
  });
  const readings: Record<SolveFor, string> = {
    concurrency: translate(
      {
        id: 'widgets.little.reading.concurrency',
        message:
          '到达率 {rate} 次/秒、平均响应时间 {time} 时，系统中平均有 {concurrency} 个请求在处理（L = λW）。',
        description: 'Reading when solving for concurrency',
      },
      { rate: rateText, time: timeText, concurrency: concurrencyText },
    ),
    rate: translate(
      {
        id: 'widgets.little.reading.rate',
        message:
          '系统中平均保持 {concurrency} 个在途请求、平均响应时间 {time} 时，吞吐量为 {rate} 次/秒（λ = L / W）。',
        description: 'Reading when solving for arrival rate',
      },
      { rate: rateText, time: timeText, concurrency: concurrencyText },
    ),
    time: translate(
      {
        id: 'widgets.little.reading.time',
        message:
          '到达率 {rate} 次/秒、系统中平均有 {concurrency} 个请求时，每个请求平均停留 {time}（W = L / λ）。',
        description: 'Reading when solving for response time',
      },
      { rate: rateText, time: timeText, concurrency: concurrencyText },
    ),
  };
  const reading = readings[mode];
  const descriptions: Record<SolveFor, string> = {
    concurrency: translate(
      {
        id: 'widgets.little.description.concurrency',
        message:
          '双对数坐标折线图：横轴为平均响应时间，纵轴为系统中的平均请求数。到达率固定为 {rate} 次/秒时，两者成正比：响应时间翻倍，在途请求数也翻倍。当前点：{reading}',
      },
      { rate: rateText, reading },
    ),
    rate: translate(
      {
        id: 'widgets.little.description.rate',
        message:
          '双对数坐标折线图：横轴为平均响应时间，纵轴为吞吐量。并发数固定为 {concurrency} 时，两者成反比：响应时间翻倍，吞吐量减半。当前点：{reading}',
      },
      { concurrency: concurrencyText, reading },
    ),
    time: translate(
      {
        id: 'widgets.little.description.time',
        message:
          '双对数坐标折线图：横轴为到达率，纵轴为平均响应时间。系统中平均请求数固定为 {concurrency} 时，两者成反比。当前点：{reading}',
      },
      { concurrency: concurrencyText, reading },
    ),
  };

  const rateLabel = translate({
    id: 'widgets.little.control.rate',
    message: '到达率 λ（次/秒）',
  });
  const timeLabel = translate({
    id: 'widgets.little.control.responseTime',
    message: '平均响应时间 W（毫秒）',
  });
  const concurrencyLabel = translate({
    id: 'widgets.little.control.concurrency',
    message: '并发数 L（在途请求数）',
  });
  const axisLabels = {
    rate: translate({ id: 'widgets.little.axis.rate', message: '到达率 λ（次/秒）' }),
    time: translate({ id: 'widgets.little.axis.responseTime', message: '平均响应时间 W' }),
    concurrency: translate({ id: 'widgets.little.axis.concurrency', message: '并发数 L' }),
  };
  const countTick = (v: number): string => formatSi(v, '', locale, 2).trim();
  const timeTick = (v: number): string => formatSeconds(v, locale, 2);

  const rateControl = (
    <NumberControl
      key="rate"
      label={rateLabel}
      value={values.rate}
      spec={spec.rate}
      log
      format={(v) => formatNumber(v, locale)}
      onChange={(v) => set('rate', v)}
    />
  );
  const timeControl = (
    <NumberControl
      key="ms"
      label={timeLabel}
      value={values.ms}
      spec={spec.ms}
      log
      format={(v) => formatSeconds(v / 1000, locale)}
      onChange={(v) => set('ms', v)}
    />
  );
  const concurrencyControl = (
    <NumberControl
      key="conc"
      label={concurrencyLabel}
      value={values.conc}
      spec={spec.conc}
      log
      format={(v) => formatNumber(v, locale)}
      onChange={(v) => set('conc', v)}
    />
  );
  const inputs: Record<SolveFor, ReactNode[]> = {
    concurrency: [rateControl, timeControl],
    rate: [concurrencyControl, timeControl],
    time: [rateControl, concurrencyControl],
  };

  const xIsRate = mode === 'time';
  const current: Point = { x: acrossOf(mode, result), y: unknownOf(mode, result) };
  const ys = curve.map((p) => p.y);
  const yDomain = [Math.min(...ys), Math.max(...ys)];
  const xDomain = [curve[0].x, curve[curve.length - 1].x];
  const yTick = mode === 'time' ? timeTick : countTick;
  const xTick = xIsRate ? countTick : timeTick;

  return (
    <WidgetFrame
      name="LittlesLawCalculator"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <ChoiceControl
            label={translate({ id: 'widgets.little.control.solveFor', message: '求解哪个量' })}
            value={mode}
            choices={[
              {
                value: 'concurrency',
                label: translate({
                  id: 'widgets.little.choice.concurrency',
                  message: '并发数 L = λW',
                }),
              },
              {
                value: 'rate',
                label: translate({
                  id: 'widgets.little.choice.rate',
                  message: '吞吐量 λ = L / W',
                }),
              },
              {
                value: 'time',
                label: translate({
                  id: 'widgets.little.choice.time',
                  message: '平均响应时间 W = L / λ',
                }),
              },
            ]}
            onChange={(v) => set('solve', v)}
          />
          {inputs[mode]}
        </>
      }
    >
      <ChartFrame title={title} description={descriptions[mode]} height={260}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLog().domain(xDomain).range([0, innerWidth]);
          const y = scaleLog().domain(yDomain).range([innerHeight, 0]).nice();
          const yLabel =
            mode === 'concurrency'
              ? axisLabels.concurrency
              : mode === 'rate'
                ? axisLabels.rate
                : axisLabels.time;
          return (
            <>
              <AxisLeft
                scale={y}
                label={yLabel}
                ticks={4}
                tickFormat={yTick}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={xIsRate ? axisLabels.rate : axisLabels.time}
                ticks={4}
                tickFormat={xTick}
              />
              <LineSeries points={curve} x={x} y={y} color={seriesColor(0)} />
              <PointMarker
                x={x(current.x)}
                y={y(current.y)}
                color={seriesColor(1)}
                label={
                  mode === 'concurrency'
                    ? `L = ${concurrencyText}`
                    : mode === 'rate'
                      ? `λ = ${rateText}`
                      : `W = ${timeText}`
                }
                anchor={x(current.x) > innerWidth / 2 ? 'end' : 'start'}
              />
            </>
          );
        }}
      </ChartFrame>
    </WidgetFrame>
  );
}
