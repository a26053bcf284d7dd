import React, { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  amdahlSpeedup,
  fitUsl,
  uslCapacity,
  uslPeak,
  type UslFit,
  type UslPoint,
} from '@site/src/lib/models/scalability';
import { formatNumber, formatPercent } from '@site/src/lib/format';
import { parseNumber } from '@site/src/lib/params';
import {
  AxisBottom,
  AxisLeft,
  ChartFrame,
  Legend,
  LineSeries,
  PointMarker,
  seriesColor,
  type Point,
} from '@site/src/components/charts';
import { NumberControl, WidgetFrame, useWidgetParams } from '@site/src/components/controls';
import styles from './styles.module.css';

const PARAMS = {
  sigma: { kind: 'number', min: 0, max: 0.5, default: 0.05 },
  kappa: { kind: 'number', min: 0.00001, max: 0.1, default: 0.001 },
  nmax: { kind: 'number', min: 2, max: 1000, default: 64, integer: true },
} as const;

/** An example load test (concurrency, requests per second) that rises, flattens and falls. */
const EXAMPLE_MEASUREMENTS = '1 100\n2 186\n4 318\n8 505\n16 679\n32 790\n48 776\n64 752';

const CURVE_POINTS = 160;
/** Longest text read from the box, and most lines, so a paste cannot stall the page. */
const MAX_TEXT = 10_000;
const MAX_LINES = 500;
const N_SPEC = { min: 1, max: 1e7, default: 1 };
const THROUGHPUT_SPEC = { min: 1e-9, max: 1e15, default: 1 };

interface Parsed {
  readonly points: UslPoint[];
  /** 1-based numbers of the lines that are not a measurement. */
  readonly badLines: number[];
}

/**
 * Reads "n throughput" lines, separated by spaces, tabs, commas or semicolons. Blank lines and
 * lines starting with # are skipped; anything else that is not two numbers with n >= 1 and
 * throughput > 0 is reported by its line number. Numbers go through the same parser as the
 * controls, so nothing typed reaches the page as markup.
 */
function parseMeasurements(text: string): Parsed {
  const points: UslPoint[] = [];
  const badLines: number[] = [];
  text
    .slice(0, MAX_TEXT)
    .split(/\r?\n/)
    .slice(0, MAX_LINES)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const fields = line.split(/[\s,;]+/);
      const n = parseNumber(fields[0], N_SPEC);
      const throughput = parseNumber(fields[1], THROUGHPUT_SPEC);
      if (fields.length === 2 && n.status === 'ok' && throughput.status === 'ok') {
        points.push({ n: n.value, throughput: throughput.value });
      } else {
        badLines.push(i + 1);
      }
    });
  return { points, badLines };
}

/** The fit, or why there is none: too few points, or coefficients outside the model's range. */
function tryFit(points: readonly UslPoint[]): UslFit | 'too-few' | 'out-of-range' {
  if (points.length < 4 || new Set(points.map((p) => p.n)).size < 3) return 'too-few';
  try {
    const fit = fitUsl(points);
    // uslCapacity takes sigma as a fraction in [0, 1]; a steeper fall is outside the model.
    return fit.sigma <= 1 ? fit : 'out-of-range';
  } catch (error) {
    if (error instanceof RangeError) return 'out-of-range';
    throw error;
  }
}

/**
 * Amdahl's law and Gunther's Universal Scalability Law: relative capacity against concurrency N
 * for the reader's contention σ and coherency κ, with the USL peak marked. Measured points typed
 * into the box are fitted with `fitUsl` and drawn with the fitted curve. All numbers come from
 * src/lib/models/scalability.ts.
 */
export default function ScalabilityCurve({
  sigma,
  kappa,
  maxN,
  measurements = EXAMPLE_MEASUREMENTS,
}: {
  /** Initial contention coefficient σ, 0 to 0.5. */
  readonly sigma?: number;
  /** Initial coherency coefficient κ, 0.00001 to 0.1. */
  readonly kappa?: number;
  /** Initial right end of the N axis, 2 to 1000. */
  readonly maxN?: number;
  /** Initial text of the measurements box: one "n throughput" pair a line; "" for none. */
  readonly measurements?: string;
}): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const spec = useMemo(
    () => ({
      sigma: { ...PARAMS.sigma, default: sigma ?? PARAMS.sigma.default },
      kappa: { ...PARAMS.kappa, default: kappa ?? PARAMS.kappa.default },
      nmax: { ...PARAMS.nmax, default: maxN ?? PARAMS.nmax.default },
    }),
    [sigma, kappa, maxN],
  );
  const { values, set, rejected, urlKeys } = useWidgetParams('usl', spec);
  const [text, setText] = useState(measurements);
  const deferredText = useDeferredValue(text);
  const textId = useId();

  const { points, badLines } = useMemo(() => parseMeasurements(deferredText), [deferredText]);
  const fit = useMemo(() => tryFit(points), [points]);
  const fitted = typeof fit === 'object' ? fit : undefined;

  const xMax = Math.max(values.nmax, ...points.map((p) => p.n));
  const grid = useMemo(
    () => Array.from({ length: CURVE_POINTS + 1 }, (_, i) => 1 + ((xMax - 1) * i) / CURVE_POINTS),
    [xMax],
  );
  const parallelFraction = 1 - values.sigma;
  const amdahl = useMemo(
    () => grid.map((n): Point => ({ x: n, y: amdahlSpeedup(n, parallelFraction) })),
    [grid, parallelFraction],
  );
  const usl = useMemo(
    () => grid.map((n): Point => ({ x: n, y: uslCapacity(n, values.sigma, values.kappa) })),
    [grid, values.sigma, values.kappa],
  );
  const fittedCurve = useMemo(
    () =>
      fitted
        ? grid.map((n): Point => ({ x: n, y: uslCapacity(n, fitted.sigma, fitted.kappa) }))
        : [],
    [grid, fitted],
  );
  // Measured throughput relative to the fitted single-node throughput λ, as the y axis reads.
  const measured = fitted
    ? points.map((p): Point => ({ x: p.n, y: p.throughput / fitted.lambda }))
    : [];

  const peak = uslPeak(values.sigma, values.kappa);
  const peakCapacity = uslCapacity(Math.max(1, peak), values.sigma, values.kappa);
  const amdahlAtMax = amdahlSpeedup(values.nmax, parallelFraction);
  const fittedPeak = fitted ? uslPeak(fitted.sigma, fitted.kappa) : undefined;

  const title = translate({
    id: 'widgets.usl.title',
    message: '可扩展性曲线：阿姆达尔定律（Amdahl’s law）与通用可扩展性定律（USL）',
    description: 'Title of the ScalabilityCurve widget',
  });
  const peakText = formatNumber(peak, locale);
  const reading = translate(
    {
      id: 'widgets.usl.reading',
      message:
        'σ = {sigma}、κ = {kappa} 时，USL 预测容量在 N ≈ {peak} 处见顶，为单节点的 {peakCapacity} 倍，再加并发反而下降；只计争用的阿姆达尔定律在 N = {nmax} 时给出 {amdahl} 倍。',
      description: 'One-line reading of the scalability widget',
    },
    {
      sigma: formatNumber(values.sigma, locale),
      kappa: formatNumber(values.kappa, locale),
      peak: peakText,
      peakCapacity: formatNumber(peakCapacity, locale),
      nmax: values.nmax,
      amdahl: formatNumber(amdahlAtMax, locale),
    },
  );
  const description = translate(
    {
      id: 'widgets.usl.description',
      message:
        '折线图：横轴为并发数 N（1 到 {xMax}），纵轴为相对单节点的容量。阿姆达尔定律曲线（并行比例 {p}）单调上升并趋于平缓；USL 曲线因一致性开销在 N ≈ {peak} 处见顶后回落。{fit}当前读数：{reading}',
    },
    {
      xMax: formatNumber(xMax, locale),
      p: formatPercent(parallelFraction, locale),
      peak: peakText,
      fit: fitted
        ? translate(
            {
              id: 'widgets.usl.description.fit',
              message: '图中另有 {count} 个实测点及其 USL 拟合曲线。',
            },
            { count: points.length },
          )
        : '',
      reading,
    },
  );

  const listSeparator = translate({
    id: 'widgets.usl.input.listSeparator',
    message: '、',
    description: 'Separator between line numbers in a list',
  });
  const badMessage =
    badLines.length > 0
      ? translate(
          {
            id: 'widgets.usl.input.badLines',
            message:
              '第 {lines} 行无法识别，已忽略：每行应为“并发数 吞吐量”两个数，并发数不小于 1，吞吐量大于 0。',
          },
          { lines: badLines.join(listSeparator) },
        )
      : '';
  let fitMessage: string;
  if (fitted) {
    const fitValues = {
      count: points.length,
      sigma: formatNumber(fitted.sigma, locale),
      kappa: formatNumber(fitted.kappa, locale),
      lambda: formatNumber(fitted.lambda, locale),
      r2: formatNumber(fitted.rSquared, locale, 4),
      peak: formatNumber(fittedPeak ?? Infinity, locale),
    };
    if (fittedPeak === undefined || !Number.isFinite(fittedPeak)) {
      fitMessage = translate(
        {
          id: 'widgets.usl.fit.resultNoPeak',
          message:
            '拟合 {count} 个点：σ = {sigma}，κ = 0，单节点吞吐量 λ = {lambda} 次/秒，R² = {r2}；没有一致性开销，拟合曲线一直上升、不会见顶。',
        },
        fitValues,
      );
    } else if (fittedPeak < 1) {
      fitMessage = translate(
        {
          id: 'widgets.usl.fit.resultFalling',
          message:
            '拟合 {count} 个点：σ = {sigma}，κ = {kappa}，单节点吞吐量 λ = {lambda} 次/秒，R² = {r2}；拟合曲线从 N = 1 起就一路下降，加并发只会更慢。',
        },
        fitValues,
      );
    } else {
      fitMessage = translate(
        {
          id: 'widgets.usl.fit.result',
          message:
            '拟合 {count} 个点：σ = {sigma}，κ = {kappa}，单节点吞吐量 λ = {lambda} 次/秒，R² = {r2}；拟合曲线在 N ≈ {peak} 处见顶。',
        },
        fitValues,
      );
    }
  } else if (fit === 'too-few') {
    fitMessage = translate(
      {
        id: 'widgets.usl.fit.tooFew',
        message: '至少需要 4 个有效数据点、覆盖 3 个以上不同的并发数才能拟合（目前 {count} 个）。',
      },
      { count: points.length },
    );
  } else {
    fitMessage = translate({
      id: 'widgets.usl.fit.outOfRange',
      message: '这些数据超出了 USL 能描述的范围（吞吐量随并发下降得过快），无法拟合。',
    });
  }

  const peakAnchor: 'start' | 'middle' | 'end' =
    peak > 0.7 * xMax ? 'end' : peak < 0.2 * xMax ? 'start' : 'middle';
  const yMax =
    1.08 * Math.max(...amdahl.map((p) => p.y), ...measured.map((p) => p.y), peakCapacity);
  const legend = [
    {
      label: translate(
        { id: 'widgets.usl.legend.amdahl', message: '阿姆达尔定律（p = {p}）' },
        { p: formatPercent(parallelFraction, locale) },
      ),
      color: seriesColor(0),
      dashed: true,
    },
    {
      label: translate({ id: 'widgets.usl.legend.usl', message: 'USL（σ、κ 取自滑块）' }),
      color: seriesColor(1),
    },
    ...(fitted
      ? [
          {
            label: translate({ id: 'widgets.usl.legend.fit', message: '实测点与 USL 拟合' }),
            color: seriesColor(2),
          },
        ]
      : []),
  ];

  return (
    <WidgetFrame
      name="ScalabilityCurve"
      title={title}
      urlRejected={rejected.length > 0}
      urlKeys={urlKeys}
      reading={reading}
      controls={
        <>
          <NumberControl
            label={translate({
              id: 'widgets.usl.control.sigma',
              message: '争用系数 σ（contention）',
            })}
            value={values.sigma}
            spec={spec.sigma}
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('sigma', v)}
          />
          <NumberControl
            label={translate({
              id: 'widgets.usl.control.kappa',
              message: '一致性系数 κ（coherency）',
            })}
            value={values.kappa}
            spec={spec.kappa}
            log
            format={(v) => formatNumber(v, locale)}
            onChange={(v) => set('kappa', v)}
          />
          <NumberControl
            label={translate({ id: 'widgets.usl.control.maxN', message: '横轴最大并发数 N' })}
            value={values.nmax}
            spec={spec.nmax}
            log
            onChange={(v) => set('nmax', v)}
          />
        </>
      }
    >
      <ChartFrame title={title} description={description} height={300}>
        {({ innerWidth, innerHeight }) => {
          const x = scaleLinear().domain([1, xMax]).range([0, innerWidth]);
          const y = scaleLinear().domain([0, yMax]).range([innerHeight, 0]).nice();
          return (
            <>
              <AxisLeft
                scale={y}
                label={translate({
                  id: 'widgets.usl.axis.capacity',
                  message: '相对容量（单节点 = 1）',
                })}
                ticks={5}
                tickFormat={(v) => formatNumber(v, locale)}
                gridLength={innerWidth}
              />
              <AxisBottom
                scale={x}
                offset={innerHeight}
                label={translate({ id: 'widgets.usl.axis.n', message: '并发数 N' })}
                tickFormat={(v) => formatNumber(v, locale)}
              />
              <LineSeries points={amdahl} x={x} y={y} color={seriesColor(0)} dashed />
              <LineSeries points={usl} x={x} y={y} color={seriesColor(1)} />
              {fitted ? (
                <LineSeries points={fittedCurve} x={x} y={y} color={seriesColor(2)} width={1.5} />
              ) : null}
              {measured.map((p, i) => (
                // Identical measurements may repeat, so the position is the key.
                <PointMarker key={i} x={x(p.x)} y={y(p.y)} color={seriesColor(2)} />
              ))}
              {peak <= xMax ? (
                <PointMarker
                  x={x(Math.max(1, peak))}
                  y={y(peakCapacity)}
                  color={seriesColor(1)}
                  label={translate(
                    { id: 'widgets.usl.marker.peak', message: '峰值 N ≈ {peak}' },
                    { peak: peakText },
                  )}
                  anchor={peakAnchor}
                />
              ) : null}
            </>
          );
        }}
      </ChartFrame>
      <Legend items={legend} />
      <div className={styles.input}>
        <label className={styles.label} htmlFor={textId}>
          {translate({
            id: 'widgets.usl.input.label',
            message: '实测数据（每行“并发数 吞吐量”，吞吐量单位：次/秒）',
          })}
        </label>
        <textarea
          id={textId}
          className={styles.textarea}
          value={text}
          rows={5}
          maxLength={MAX_TEXT}
          spellCheck={false}
          aria-invalid={badLines.length > 0}
          aria-describedby={`${textId}-status`}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${textId}-status`} className={styles.status} role="status">
          {badMessage ? <span className={styles.error}>{badMessage} </span> : null}
          {fitMessage}
        </p>
      </div>
    </WidgetFrame>
  );
}
