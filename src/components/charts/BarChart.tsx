import React, { type ReactNode } from 'react';
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import ChartFrame, { type Margin } from './ChartFrame';
import { AxisLeft } from './Axis';
import { ReferenceLine } from './Series';
import { axisColor } from './colors';
import styles from './styles.module.css';

/** One series of bars: a value per category (NaN or Infinity draws none), coloured per bar. */
export interface BarSeries {
  readonly values: readonly number[];
  readonly color: string | ((category: number) => string);
}

export interface BarChartProps {
  /** Accessible name and text alternative of the chart (see ChartFrame). */
  readonly title: string;
  readonly description: string;
  readonly height?: number;
  readonly margin?: Margin;
  /** Number of categories along the x axis. */
  readonly categories: number;
  /**
   * Label of category i under the axis, one string per line; `undefined` leaves it unlabelled.
   * Default: numbered from 1, thinned to about eight labels (1, 5, 10, ... for 32 categories).
   */
  readonly categoryLabel?: (category: number) => readonly string[] | undefined;
  /** Axis title under the labels; omit when two-line labels take its place. */
  readonly xLabel?: string;
  /** Side-by-side series within each category (p50 and p99, say). */
  readonly series: readonly BarSeries[];
  readonly y: {
    readonly type?: 'linear' | 'log';
    /** Linear domains are extended to nice values; log domains clamp what falls outside. */
    readonly domain: readonly [number, number];
    readonly label: string;
    readonly ticks?: number;
    readonly format: (value: number) => string;
  };
  /** A dashed horizontal line at a y value, with its label (the mean share, say). */
  readonly reference?: { readonly value: number; readonly label: string };
  /** A category to shade behind and label in bold (the chosen policy, say). */
  readonly highlight?: number;
}

/** Category labels thinned as a linear axis over 1..n would tick: integers only, about eight. */
function numberedLabel(count: number): (category: number) => readonly string[] | undefined {
  const shown = new Set(
    scaleLinear()
      .domain([0.5, count + 0.5])
      .ticks(Math.min(count, 8))
      .filter(Number.isInteger),
  );
  return (category) => (shown.has(category + 1) ? [String(category + 1)] : undefined);
}

/**
 * A bar chart over numbered or named categories on a d3 band scale: one bar per category and
 * series, bars 72 % of their slot, a left value axis with grid, labels under the categories, an
 * optional reference line and highlighted category. Colours are Infima variables (or computed
 * per bar), so dark mode needs nothing more.
 */
export default function BarChart({
  title,
  description,
  height = 280,
  margin,
  categories,
  categoryLabel,
  xLabel,
  series,
  y: yAxis,
  reference,
  highlight,
}: BarChartProps): ReactNode {
  const label = categoryLabel ?? numberedLabel(categories);
  return (
    <ChartFrame title={title} description={description} height={height} margin={margin}>
      {({ innerWidth, innerHeight }) => {
        const indices = Array.from({ length: categories }, (_, i) => i);
        // Inner 0.28 and outer 0.14 padding: each slot is innerWidth / n, its bar 72 % of it,
        // centred.
        const x = scaleBand<number>()
          .domain(indices)
          .range([0, innerWidth])
          .paddingInner(0.28)
          .paddingOuter(0.14);
        const slot = x.step();
        const group = scaleBand<number>()
          .domain(series.map((_, i) => i))
          .range([0, x.bandwidth()])
          .paddingInner(series.length > 1 ? 0.1 : 0);
        const y =
          yAxis.type === 'log'
            ? scaleLog()
                .domain([...yAxis.domain])
                .range([innerHeight, 0])
                .clamp(true)
            : scaleLinear()
                .domain([...yAxis.domain])
                .range([innerHeight, 0])
                .nice();
        const base = yAxis.type === 'log' ? innerHeight : y(0);
        return (
          <>
            {highlight !== undefined ? (
              <rect
                x={(x(highlight) ?? 0) - (slot - x.bandwidth()) / 2 + 2}
                width={Math.max(0, slot - 4)}
                y={0}
                height={innerHeight}
                fill="var(--ifm-color-primary)"
                fillOpacity={0.1}
              />
            ) : null}
            <AxisLeft
              scale={y}
              label={yAxis.label}
              ticks={yAxis.ticks ?? 4}
              tickFormat={yAxis.format}
              gridLength={innerWidth}
            />
            <g transform={`translate(0,${innerHeight})`} aria-hidden="true">
              <line x1={0} x2={innerWidth} stroke={axisColor} />
              {indices.map((i) => {
                const lines = label(i);
                if (!lines) return null;
                const center = (x(i) ?? 0) + x.bandwidth() / 2;
                return (
                  <g key={i}>
                    <line x1={center} x2={center} y2={5} stroke={axisColor} />
                    <text
                      className={i === highlight ? styles.categoryChosen : styles.tickLabel}
                      x={center}
                      y={17}
                      textAnchor="middle"
                    >
                      {lines.map((line, j) => (
                        <tspan key={line} x={center} dy={j === 0 ? 0 : '1.2em'}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </g>
                );
              })}
              {xLabel ? (
                <text className={styles.axisLabel} x={innerWidth / 2} y={36} textAnchor="middle">
                  {xLabel}
                </text>
              ) : null}
            </g>
            {series.map((s, si) => (
              <g key={si}>
                {s.values.map((value, i) => {
                  const top = y(value);
                  if (!Number.isFinite(value) || !Number.isFinite(top)) return null;
                  return (
                    <rect
                      key={i}
                      x={(x(i) ?? 0) + (group(si) ?? 0) + 0.5}
                      y={Math.min(top, base)}
                      width={Math.max(0, group.bandwidth() - 1)}
                      height={Math.abs(base - top)}
                      fill={typeof s.color === 'string' ? s.color : s.color(i)}
                      fillOpacity={0.55}
                    />
                  );
                })}
              </g>
            ))}
            {reference ? (
              <ReferenceLine
                orientation="horizontal"
                at={y(reference.value)}
                length={innerWidth}
                label={reference.label}
              />
            ) : null}
          </>
        );
      }}
    </ChartFrame>
  );
}
