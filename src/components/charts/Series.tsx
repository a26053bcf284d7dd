import React, { type ReactNode } from 'react';
import { area as d3Area, line as d3Line } from 'd3-shape';
import { seriesColor } from './colors';
import styles from './styles.module.css';

export interface Point {
  readonly x: number;
  readonly y: number;
}

type Scale = (value: number) => number;

/** Points whose coordinates are finite on both scales (Infinity and NaN are left out, not drawn). */
function drawable(points: readonly Point[], x: Scale, y: Scale): Point[] {
  return points.filter((p) => Number.isFinite(x(p.x)) && Number.isFinite(y(p.y)));
}

/** A line through `points`, broken where a point is not drawable (an unstable region, say). */
export function LineSeries({
  points,
  x,
  y,
  color = seriesColor(0),
  dashed = false,
  width = 2,
}: {
  readonly points: readonly Point[];
  readonly x: Scale;
  readonly y: Scale;
  readonly color?: string;
  readonly dashed?: boolean;
  readonly width?: number;
}): ReactNode {
  const path = d3Line<Point>()
    .defined((p) => Number.isFinite(x(p.x)) && Number.isFinite(y(p.y)))
    .x((p) => x(p.x))
    .y((p) => y(p.y))(points);
  if (!path) return null;
  return (
    <path
      d={path}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dashed ? '6 4' : undefined}
      strokeLinejoin="round"
    />
  );
}

/** The area between a baseline value and `points`. */
export function AreaSeries({
  points,
  x,
  y,
  baseline,
  color = seriesColor(0),
  opacity = 0.18,
}: {
  readonly points: readonly Point[];
  readonly x: Scale;
  readonly y: Scale;
  readonly baseline: number;
  readonly color?: string;
  readonly opacity?: number;
}): ReactNode {
  const path = d3Area<Point>()
    .x((p) => x(p.x))
    .y0(y(baseline))
    .y1((p) => y(p.y))(drawable(points, x, y));
  if (!path) return null;
  return <path d={path} fill={color} fillOpacity={opacity} stroke="none" />;
}

/** A marked point with an optional label, e.g. the current operating point. */
export function PointMarker({
  x,
  y,
  label,
  color = seriesColor(0),
  anchor = 'start',
}: {
  readonly x: number;
  readonly y: number;
  readonly label?: string;
  readonly color?: string;
  readonly anchor?: 'start' | 'end' | 'middle';
}): ReactNode {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const dx = anchor === 'start' ? 8 : anchor === 'end' ? -8 : 0;
  return (
    <g>
      <circle
        cx={x}
        cy={y}
        r={5}
        fill={color}
        stroke="var(--ifm-background-color)"
        strokeWidth={2}
      />
      {label ? (
        <text className={styles.markerLabel} x={x + dx} y={y - 8} textAnchor={anchor}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** A horizontal or vertical reference line across the plot, with an optional label. */
export function ReferenceLine({
  orientation,
  at,
  length,
  label,
  color = 'var(--ifm-color-emphasis-600)',
}: {
  readonly orientation: 'horizontal' | 'vertical';
  /** Position in SVG units: a y for a horizontal line, an x for a vertical one. */
  readonly at: number;
  /** Plot width (horizontal) or height (vertical). */
  readonly length: number;
  readonly label?: string;
  readonly color?: string;
}): ReactNode {
  if (!Number.isFinite(at)) return null;
  const horizontal = orientation === 'horizontal';
  return (
    <g>
      <line
        x1={horizontal ? 0 : at}
        x2={horizontal ? length : at}
        y1={horizontal ? at : 0}
        y2={horizontal ? at : length}
        stroke={color}
        strokeDasharray="3 3"
      />
      {label ? (
        <text
          className={styles.markerLabel}
          x={horizontal ? length - 4 : at + 4}
          y={horizontal ? at - 4 : 12}
          textAnchor={horizontal ? 'end' : 'start'}
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}

export interface Bin {
  /** Lower and upper edges of the bin, in data units. */
  readonly x0: number;
  readonly x1: number;
  /** Height in data units (a count or a density). */
  readonly value: number;
}

/**
 * Bars of a histogram; bins come from d3-array's `bin()` or a model. All bars are one `<path>`
 * (a rectangle per bin), so a histogram of many bins costs one DOM node, not one per bin.
 */
export function HistogramBars({
  bins,
  x,
  y,
  color = seriesColor(0),
}: {
  readonly bins: readonly Bin[];
  readonly x: Scale;
  readonly y: Scale;
  readonly color?: string;
}): ReactNode {
  const base = y(0);
  let d = '';
  for (const b of bins) {
    const left = x(b.x0);
    const right = x(b.x1);
    const top = y(b.value);
    if (![left, right, top, base].every(Number.isFinite)) continue;
    const width = Math.max(0, right - left - 1);
    const height = Math.abs(base - top);
    if (width === 0 || height === 0) continue;
    d += `M${round(left + 0.5)},${round(Math.min(top, base))}h${round(width)}v${round(height)}h${round(-width)}Z`;
  }
  if (!d) return null;
  return <path d={d} fill={color} fillOpacity={0.55} />;
}

/** Two decimals are far below a pixel and keep the path short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
