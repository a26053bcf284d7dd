import React, { type ReactNode } from 'react';
import { axisColor, gridColor } from './colors';
import styles from './styles.module.css';
import { axisTicks, type AxisScale } from './ticks';

interface AxisProps {
  readonly scale: AxisScale;
  /** Axis title, with its unit: "Utilization ρ", "Latency (ms)". */
  readonly label: string;
  readonly tickFormat?: (value: number) => string;
  readonly ticks?: number;
  /** Draw grid lines across the plot, of this length (the other dimension of the plot). */
  readonly gridLength?: number;
}

const defaultFormat = (value: number): string => String(Number(value.toPrecision(4)));

/** Horizontal axis at the bottom of the plot, `offset` below its top (usually innerHeight). */
export function AxisBottom({
  scale,
  label,
  offset,
  tickFormat = defaultFormat,
  ticks = 6,
  gridLength,
}: AxisProps & { readonly offset: number }): ReactNode {
  const [x0, x1] = scale.range();
  return (
    <g transform={`translate(0,${offset})`} aria-hidden="true">
      <line x1={x0} x2={x1} stroke={axisColor} />
      {axisTicks(scale, ticks).map((tick) => {
        const x = scale(tick);
        return (
          <g key={tick} transform={`translate(${x},0)`}>
            {gridLength ? <line y1={0} y2={-gridLength} stroke={gridColor} /> : null}
            <line y2={5} stroke={axisColor} />
            <text className={styles.tickLabel} y={17} textAnchor="middle">
              {tickFormat(tick)}
            </text>
          </g>
        );
      })}
      <text className={styles.axisLabel} x={(x0 + x1) / 2} y={36} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** Vertical axis on the left of the plot. */
export function AxisLeft({
  scale,
  label,
  tickFormat = defaultFormat,
  ticks = 5,
  gridLength,
  labelOffset = 62,
}: AxisProps & {
  /** Distance of the rotated title from the axis line; keep it inside the left margin. */
  readonly labelOffset?: number;
}): ReactNode {
  const [y0, y1] = scale.range();
  return (
    <g aria-hidden="true">
      <line y1={y0} y2={y1} stroke={axisColor} />
      {axisTicks(scale, ticks).map((tick) => {
        const y = scale(tick);
        return (
          <g key={tick} transform={`translate(0,${y})`}>
            {gridLength ? <line x1={0} x2={gridLength} stroke={gridColor} /> : null}
            <line x2={-5} stroke={axisColor} />
            <text className={styles.tickLabel} x={-8} dy="0.32em" textAnchor="end">
              {tickFormat(tick)}
            </text>
          </g>
        );
      })}
      <text
        className={styles.axisLabel}
        transform={`translate(${-labelOffset},${(y0 + y1) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}
