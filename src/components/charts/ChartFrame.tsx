import React, { useId, type ReactNode } from 'react';
import { useChartWidth } from './useChartWidth';
import styles from './styles.module.css';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const DEFAULT_MARGIN: Margin = { top: 12, right: 16, bottom: 44, left: 76 };

export interface PlotArea {
  /** Width and height inside the margins, in SVG units (CSS pixels once hydrated). */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** `url(#...)` of a clip path around the plot area, for series that may leave the scales. */
  readonly clipPath: string;
}

export interface ChartFrameProps {
  /** Accessible name of the chart (becomes the SVG's <title>). */
  readonly title: string;
  /** Text alternative: what the chart shows, in words, with the key numbers. */
  readonly description: string;
  readonly height?: number;
  readonly margin?: Margin;
  /** Draws the plot inside the margins; coordinates start at the plot's top-left corner. */
  readonly children: (area: PlotArea) => ReactNode;
}

/**
 * An SVG chart that takes the width of its container. The server renders it at a fixed width
 * with a viewBox, so the static page already shows the chart at the right proportions; after
 * hydration it is laid out again at the container's real width so text keeps its size on a phone.
 */
export default function ChartFrame({
  title,
  description,
  height = 280,
  margin = DEFAULT_MARGIN,
  children,
}: ChartFrameProps): ReactNode {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const id = useId();
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const innerHeight = Math.max(10, height - margin.top - margin.bottom);
  return (
    <div ref={ref} className={styles.frame}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <clipPath id={`${id}-clip`}>
            <rect width={innerWidth} height={innerHeight} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          {children({ innerWidth, innerHeight, clipPath: `url(#${id}-clip)` })}
        </g>
      </svg>
    </div>
  );
}
