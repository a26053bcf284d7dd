import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
}

/**
 * The series of a chart as an HTML list, so it wraps on a phone and reads to a screen reader.
 *
 * `reserve`: the most items this legend will ever show. The list then keeps the height of that
 * many (invisible, unread copies of the last item fill the rest), so a slider that adds series
 * does not make the widget taller line by line; on a long chapter page each such change would move
 * everything below it and cost the browser a repaint of the whole page while dragging.
 */
export default function Legend({
  items,
  reserve = 0,
}: {
  readonly items: readonly LegendItem[];
  readonly reserve?: number;
}): ReactNode {
  const last = items[items.length - 1];
  const spare = last ? Math.max(0, reserve - items.length) : 0;
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label} className={styles.legendItem}>
          <span
            className={clsx(styles.swatch, item.dashed && styles.swatchDashed)}
            style={{ borderTopColor: item.color }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
      {Array.from({ length: spare }, (_, index) => (
        <li
          key={`spare-${index}`}
          className={clsx(styles.legendItem, styles.spare)}
          aria-hidden="true"
        >
          <span className={styles.swatch} />
          {last?.label}
        </li>
      ))}
    </ul>
  );
}
