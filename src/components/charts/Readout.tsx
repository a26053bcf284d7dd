import React, { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import styles from './styles.module.css';

/**
 * Where the pointer is over the element behind the returned ref, as a fraction of its width
 * (0 at the left edge, 1 at the right), or null when it is elsewhere. Put the ref on a
 * transparent `<rect>` covering the plot ({@link PointerLayer}); map the fraction through the x
 * scale's domain. Keyboard users drive the same readout with the widget's slider instead: use
 * the slider's value whenever this is null.
 */
export function usePointerFraction<T extends Element>(): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [fraction, setFraction] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const move = (event: Event): void => {
      const { clientX } = event as PointerEvent;
      const box = element.getBoundingClientRect();
      if (box.width > 0) setFraction(Math.min(1, Math.max(0, (clientX - box.left) / box.width)));
    };
    const leave = (): void => setFraction(null);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerdown', move);
    element.addEventListener('pointerleave', leave);
    return () => {
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerdown', move);
      element.removeEventListener('pointerleave', leave);
    };
  }, []);
  return [ref, fraction];
}

/** A transparent rectangle over the plot that catches the pointer for {@link usePointerFraction}. */
export function PointerLayer({
  layerRef,
  width,
  height,
}: {
  readonly layerRef: RefObject<SVGRectElement | null>;
  readonly width: number;
  readonly height: number;
}): ReactNode {
  return (
    <rect
      ref={layerRef}
      className={styles.pointerLayer}
      width={width}
      height={height}
      fill="transparent"
      aria-hidden="true"
    />
  );
}

/** A vertical guide at plot x `x` with a dot where it crosses each series. */
export function ReadoutMarker({
  x,
  height,
  points,
}: {
  readonly x: number;
  readonly height: number;
  /** Plot y of each series at `x`, with its colour; non-finite ones are left out. */
  readonly points: readonly { readonly y: number; readonly color: string }[];
}): ReactNode {
  if (!Number.isFinite(x)) return null;
  return (
    <g className={styles.readoutMarker} aria-hidden="true">
      <line x1={x} x2={x} y1={0} y2={height} stroke="var(--ifm-color-emphasis-700)" />
      {points.map((p) =>
        Number.isFinite(p.y) && p.y >= 0 && p.y <= height ? (
          <circle
            key={p.color}
            cx={x}
            cy={p.y}
            r={3.5}
            fill={p.color}
            stroke="var(--ifm-background-color)"
            strokeWidth={1.5}
          />
        ) : null,
      )}
    </g>
  );
}

/**
 * The values under the readout in words, below the chart: "At ρ = 85 %: mean 67 ms, p99 …". Plain
 * text, so it reads to everyone and needs no hover; not a live region (the widget's reading is).
 */
export function ReadoutText({
  heading,
  items,
}: {
  /** Where the readout is, with the x value: "At 85 % utilization". */
  readonly heading: string;
  readonly items: readonly {
    readonly label: string;
    readonly value: string;
    readonly color: string;
  }[];
}): ReactNode {
  return (
    <div className={styles.readout} data-readout="">
      <span className={styles.readoutHeading}>{heading}</span>
      {/* A list, so a screen reader pauses between the values. */}
      <ul className={styles.readoutItems}>
        {items.map((item) => (
          <li key={item.label} className={styles.readoutItem}>
            <span
              className={styles.readoutSwatch}
              style={{ backgroundColor: item.color }}
              aria-hidden="true"
            />
            {item.label} {item.value}
          </li>
        ))}
      </ul>
    </div>
  );
}
