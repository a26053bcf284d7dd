import { useEffect, useRef, useState, type RefObject } from 'react';

/** The width the server renders with, so the static HTML already holds a chart. */
export const DEFAULT_CHART_WIDTH = 640;

/**
 * Width of the element behind the returned ref, following it as it resizes. The first render,
 * on the server and before hydration, uses `defaultWidth`; the SVG's viewBox scales that render
 * to the container until the real width is known.
 */
export function useChartWidth<T extends HTMLElement>(
  defaultWidth = DEFAULT_CHART_WIDTH,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(defaultWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const update = (): void => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
