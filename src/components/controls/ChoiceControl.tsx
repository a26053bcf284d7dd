import React, { useId, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A labelled native select: keyboard operable and announced by screen readers as it is. */
export default function ChoiceControl<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.control}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(event) => {
          const next = choices.find((c) => c.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
