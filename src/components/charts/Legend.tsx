import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
}

/** The series of a chart as an HTML list, so it wraps on a phone and reads to a screen reader. */
export default function Legend({ items }: { readonly items: readonly LegendItem[] }): ReactNode {
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
    </ul>
  );
}
